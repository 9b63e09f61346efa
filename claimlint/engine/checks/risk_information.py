"""Implements CL404; what it finds and why: rules/CL404-missing-risk-information.yml.

A risk is any of :data:`RISK_WORDS`, anywhere in the post. The promoted drugs are found by
:func:`claimlint.regulatory.mentions.promoted_prescription_drugs` (outside the source list
and quotes, not negated), as for CL406.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit, configured_jurisdiction
from claimlint.regulatory.mentions import promoted_prescription_drugs
from claimlint.text.document import Block, Document
from claimlint.text.prefilter import ascii_lower, needles

#: Words that tell the reader about a risk (any inflection). The lookahead names the letters
#: they start with, so that a search gives up at most word starts without trying each.
RISK_WORDS = re.compile(
    r"(?i)\b(?=[abcdhimnoprsvw])(?:side[\s-]?effects?|risks?|risky|adverse|contraindicat\w*|warnings?|caution\w*|"
    r"dangers?|dangerous|harms?|harmful|complications?|dissociat\w*|blood\s+pressure|nausea|"
    r"vomiting|dizziness|dizzy|drowsiness|drowsy|sedation|headaches?|misuse|abuse|"
    r"dependence|addiction\s+potential|bladder|interactions?|monitor\w*|not\s+suitable|"
    r"not\s+(?:right|safe)\s+for\s+everyone|who\s+should\s+not|screen\w*|boxed\s+warning|"
    r"REMS|overdose|withdrawal|hypoglycemia|hypoglycaemia|pancreatitis|nerve\s+damage)\b"
)

#: Words one of which a text must hold for :data:`RISK_WORDS` to match (tested first: a
#: post without a risk word runs the pattern over every block).
_RISK_NEEDLES = needles(RISK_WORDS)


class RiskInformation(BaseCheck):
    """Posts that promote a prescription drug and never mention a risk."""

    uses_knowledge = True

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        if any(
            _RISK_NEEDLES.may_match(ascii_lower(block.text)) and RISK_WORDS.search(block.text)
            for block in doc.blocks
        ):
            return
        jurisdiction = configured_jurisdiction(ctx.option)
        for block, m in promoted_prescription_drugs(doc, jurisdiction):
            message = (
                f"the post promotes {m.text}, a prescription drug, and never mentions "
                "a risk or side effect"
            )
            yield block, Hit(m.start, m.end, {"match": m.text}, message=message)
            return


CHECK = RiskInformation()
