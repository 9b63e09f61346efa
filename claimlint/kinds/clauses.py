"""Clause boundaries, negation and questions: what makes a matched phrase not a claim.

These are deliberately simple, explainable heuristics: a negator shortly
before the trigger in the same clause ("is not a cure", "no treatment works
for everyone") cancels it, except in the constructions that intensify
rather than negate ("not only", "no longer", "never again", "no more").
"""

from __future__ import annotations

import re

_CLAUSE_BREAK = re.compile(
    r"[;:—–]|\s-\s|\((?!\s*(?:e\.g\.|i\.e\.))|\)"
    r"|,?\s+\b(?:but|while|whereas|although|though|however|yet|unlike|except)\b",
    re.IGNORECASE,
)
_NEGATOR = re.compile(
    r"(?<![\w'’])(?:not(?!\s+only\b)(?!\s+just\b)|no(?!\s+(?:longer|more|matter)\b)(?!-)"
    r"|never(?!\s+again\b)|none|nothing|neither|nor|cannot|without\s+(?:any\s+)?(?:evidence|proof)"
    r"|\w+n['’]t|isnt|doesnt|dont|wont|cant|arent|hardly|rarely|unlikely\s+to|fails?\s+to"
    r"|failed\s+to|did\s+not|does\s+not|do\s+not)(?![\w'’])",
    re.IGNORECASE,
)
_QUESTION_END = re.compile(r"\?[\s\"'’”)\]]*$")
_WORD = re.compile(r"[\w'’-]+")


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` holding ``start:end`` (delimited by ; : dashes and contrast words)."""
    a, b = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            a = m.end()
        elif m.start() >= end:
            b = m.start()
            break
    return a, b


def is_negated(text: str, start: int, window: int = 6) -> bool:
    """True when a negator stands within ``window`` words before ``start`` in its clause."""
    a, _ = clause_bounds(text, start, start)
    before = text[a:start]
    words = list(_WORD.finditer(before))
    if not words:
        return False
    lo = words[max(0, len(words) - window)].start()
    return bool(_NEGATOR.search(before[lo:]))


def is_question(text: str) -> bool:
    """True when the sentence ends with a question mark."""
    return bool(_QUESTION_END.search(text))
