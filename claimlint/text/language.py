"""Which language a sentence of a bilingual page reads as, by its function words.

A rule written for the Spanish half of a page matches words English shares ("reduce",
"control"): "we prescribe it in short courses to reduce the risk of
ochronosis" is English, and a Spanish rule must not read it. The closed classes below
are each language's commonest articles, prepositions, pronouns and conjunctions, the
words no sentence of a few words goes without; a word both languages write alike ("a",
"no", "me") is in neither.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")

#: English function words that Spanish does not write.
ENGLISH = frozenset(
    {
        "the", "and", "of", "to", "in", "is", "are", "was", "were", "be", "been",
        "with", "for", "from", "by", "on", "at", "as", "an", "or", "but", "if",
        "this", "that", "these", "those", "it", "its", "we", "our", "you", "your",
        "they", "their", "he", "she", "his", "her", "has", "have", "had", "will",
        "can", "may", "not", "after", "before", "into", "than", "who", "which",
    }
)  # fmt: skip

#: Spanish function words that English does not write.
SPANISH = frozenset(
    {
        "el", "la", "los", "las", "del", "al", "de", "y", "que", "en", "con",
        "para", "por", "su", "sus", "un", "una", "unos", "unas", "es", "son",
        "está", "están", "se", "lo", "le", "les", "nuestro", "nuestra",
        "nuestros", "nuestras", "usted", "ustedes", "sin", "más", "muy", "desde",
        "tras", "tu", "tus", "pero", "como", "cuando", "sobre", "hasta", "ya",
    }
)  # fmt: skip


def reads_as_spanish(text: str) -> bool:
    """True unless ``text`` holds more English function words than Spanish ones (a
    sentence with neither, a two-word heading, is given the benefit of the doubt)."""
    english = spanish = 0
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word in ENGLISH:
            english += 1
        elif word in SPANISH:
            spanish += 1
    return english <= spanish
