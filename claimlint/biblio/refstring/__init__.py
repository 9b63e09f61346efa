"""Parse one bibliographic reference string into its fields.

The parser is rule-based and uses the standard library only.  It reads the
author list with a small token-level grammar for the common name-list shapes
(``Surname, I.`` lists as in APA/Harvard/ACS, ``Surname IN`` lists as in
Vancouver/AMA, ``I. Surname`` / ``Given Surname`` lists as in IEEE/ACM/physics,
``Surname, Given, and Given Surname`` as in Chicago/MLA, all-caps surnames and
corporate authors), then finds the year, the title (quoted, or the first
sentence after the author/year block) and the container (journal, book or
proceedings) with its volume, issue and pages.

Every regular expression is compiled once at import time and none of them has
nested unbounded repetition, so parsing time grows linearly with the input.
"""

from __future__ import annotations

from claimlint.biblio.refstring.reference import ParsedReference, parse_reference
from claimlint.biblio.refstring.shared import may_contain, strip_emphasis

__all__ = ["ParsedReference", "may_contain", "parse_reference", "strip_emphasis"]
