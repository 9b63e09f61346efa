"""Parse one bibliographic reference string into its fields.

The parser is rule-based and uses the standard library only.  It reads the
author list with a small token-level grammar for the common name-list shapes
(``Surname, I.`` lists as in APA/Harvard/ACS, ``Surname IN`` lists as in
Vancouver/AMA, ``I. Surname`` / ``Given Surname`` lists as in IEEE/ACM/physics,
``Surname, Given, and Given Surname`` as in Chicago/MLA, all-caps surnames and
corporate authors), then finds the year, the title (quoted, or the first
sentence after the author/year block) and the container (journal, book or
proceedings) with its volume, issue and pages.

None of its regular expressions has nested unbounded repetition, so parsing time
grows linearly with the input. They are compiled when their module is imported,
which is when the parser is first used (:func:`parse_reference`): a post without a
source list never compiles them (their word lists made them about a tenth of a
one-post start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimlint.biblio.refstring.shared import may_contain, strip_emphasis

if TYPE_CHECKING:
    from claimlint.biblio.refstring.reference import ParsedReference

__all__ = ["ParsedReference", "may_contain", "parse_reference", "strip_emphasis"]


def parse_reference(text: str) -> ParsedReference:
    """The fields of one reference string (:func:`.reference.parse_reference`)."""
    from claimlint.biblio.refstring.reference import parse_reference as parse

    return parse(text)


def __getattr__(name: str) -> Any:
    if name == "ParsedReference":
        from claimlint.biblio.refstring.reference import ParsedReference

        return ParsedReference
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
