"""What a page quotes in order to deny it: a myth.

Myth-busting posts state the claim they argue against ("## Myth 4: TMS causes
seizures", "**Myth:** Ketamine is addictive. **Fact:** ...", a table column headed
"Myth"). Such a sentence is no claim of the page's, as a quotation attributed to
someone is not: rules that skip quotes skip it too (``skip-blocks: [myth]``). A quotation
in running text followed by whose words they are ('"...," says Dr. Ruiz.') is read as an
attributed blockquote is (:func:`is_attributed_quote`), unless the speaker is the clinic's
own ("says our medical director").

A sentence is a myth when it stands in a heading that opens with a myth label, in a
table cell under a column headed as myths, or in a paragraph or list item that opens
with a myth label, before the sentence that opens with a fact label ("Fact:", "The
truth:"); with no fact label, only the labelled sentence is the myth.
"""

from __future__ import annotations

import re

from claimlint.core.lazyre import LazyPattern
from claimlint.text.document import Block, Sentence

#: A label that introduces a myth: "Myth:", "Myth 3 -", "Myth #2.", "Misconception:".
_MYTH_LABEL = re.compile(
    r"^\W*(?:common\s+|popular\s+)?(?:myths?|misconceptions?|misbeliefs?|fiction)"
    r"\s*(?:(?:#|no\.?)?\s*\d{1,2})?\s*[:.—–-]",
    re.IGNORECASE,
)


#: A label that introduces the answer to a myth: "Fact:", "The truth:", "Reality -".
_fact_label = LazyPattern(
    r"^\W*(?:the\s+)?(?:facts?|truth|reality|evidence|answer|verdict)\s*[:.—–-]",
    re.IGNORECASE,
)


#: A table column of myths: "Myth", "Myths", "Misconception", "What people believe".
_myth_column = LazyPattern(
    r"^\W*(?:the\s+|common\s+)?(?:myths?|misconceptions?|fiction|"
    r"what\s+(?:people|patients|you)\s+(?:think|believe|hear|may\s+have\s+heard))\W*$",
    re.IGNORECASE,
)


def is_myth(unit: Sentence) -> bool:
    """True when the page states ``unit`` as a myth it goes on to deny."""
    block = unit.block
    labelled = block.memo.get(_MEMO)
    if labelled is None:  # read once a block, whichever unit group asks
        labelled = block.memo[_MEMO] = _labelled(block)
    if not labelled:
        return False
    if block.kind in ("table-cell", "heading"):
        return True
    if unit.start == 0:
        return True
    for sentence in block.sentences:
        if sentence.start >= unit.start:
            break
        if _fact_label().match(sentence.text) is not None:
            return False
    return any(_fact_label().match(s.text) for s in block.sentences if s.start > unit.start)


#: A sentence that is a quotation and its attribution: '"...," says dermatologist Dr. Ana
#: Ruiz.', '"..." explains Tom Lee, a physiotherapist.' The quoted words are the speaker's,
#: as in a blockquote attributed to someone.
_ATTRIBUTED_QUOTE = LazyPattern(
    r"^\s*[\"“][^\"“”]{8,}[,.!?]?[\"”],?\s+(?:(?:he|she|they)\s+)?(?:says|said|explains|explained"
    r"|adds|added|notes|noted|writes|wrote|tells\s+(?:us|patients|clients)|told\s+us|recalls"
    r"|according\s+to)\b(?P<who>[^\"“”]{2,80})$"
)


def is_attributed_quote(unit: Sentence) -> bool:
    """True when ``unit`` is a quotation followed by whose words they are ('"...," says
    Dr. Ruiz.'): as a blockquote attributed to someone, the page reports the claim, rules
    that skip quotes (``skip-blocks: [blockquote]``) skip it."""
    text = unit.text
    if text[:1] not in '"“':
        return False
    quote = _ATTRIBUTED_QUOTE().match(text)
    # the clinic's own staff ("says our medical director") speak for the clinic
    return quote is not None and _OWN_SPEAKER().search(quote.group("who")) is None


_OWN_SPEAKER = LazyPattern(r"(?i)\b(?:our|we|us|this\s+clinic['’]s|the\s+clinic['’]s)\b")


#: The key of :func:`_labelled`'s answer in a block's memo.
_MEMO = "framing.labelled"


def _labelled(block: Block) -> bool:
    """Whether ``block`` opens with a myth label, or is a cell under a column of myths."""
    if block.kind == "table-cell":
        header = block.column_header
        return header is not None and _myth_column().match(header) is not None
    return _MYTH_LABEL.match(block.text) is not None


#: The key of :func:`lead_in`'s answer in a block's memo.
_LEAD_MEMO = "framing.lead_in"


def lead_in(block: Block, blocks: list[Block]) -> Sentence | None:
    """The sentence that introduces the list holding ``block``: the last sentence of the
    paragraph right before the list, or of the nearest item before it, when it ends with a
    colon ("Benefits may include:", "Early trials suggest promise in:"). A hedge there
    governs every item after it, a fragment the lead-in finishes ("... may include: better
    sleep")."""
    if block.kind != "list-item":
        return None
    if _LEAD_MEMO in block.memo:
        found: Sentence | None = block.memo[_LEAD_MEMO]
        return found
    found = None
    for i in range(block.index - 1, -1, -1):
        before = blocks[i]
        if before.in_blockquote != block.in_blockquote or before.kind not in (
            "paragraph",
            "list-item",
        ):
            break
        sentences = before.sentences
        if sentences and sentences[-1].text.rstrip(" *_").endswith(":"):
            found = sentences[-1]
            break
        if before.kind == "paragraph":
            break
    block.memo[_LEAD_MEMO] = found
    return found


def sentence_before(unit: Sentence, blocks: list[Block]) -> Sentence | None:
    """The sentence a reader reads right before ``unit``: the one before it in its block,
    or the last of the block before (a heading, an FAQ's question), when there is one."""
    block = unit.block
    previous: Sentence | None = None
    for sentence in block.sentences:
        if sentence.start >= unit.start:
            break
        previous = sentence
    if previous is not None:
        return previous
    if block.index <= 0:
        return None
    sentences = blocks[block.index - 1].sentences
    return sentences[-1] if sentences else None
