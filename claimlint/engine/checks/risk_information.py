"""Risk omission: a page promotes a prescription drug and never mentions a risk.

What it does
    Finds a post that names a prescription-only treatment from the knowledge
    pack together with a condition it is promoted for (outside the source
    list and quotes) and nowhere mentions a risk, side effect, adverse
    effect, contraindication, warning or monitoring. The finding is placed
    at the first such mention.

Why it matters
    Promotion that states benefits and leaves out risks is misleading: FDA
    requires drug promotion to present a fair balance of benefit and risk,
    the FTC treats leaving out material facts as deceptive, and the 2023
    audit of ketamine clinic advertising (JAMA Network Open) found clinics
    omitting ketamine's risks.

Example
    Ketamine infusions bring fast relief from depression. Book today.

Use instead
    Ketamine can raise blood pressure and cause dissociation and nausea; we
    monitor you during and after every infusion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit, configured_jurisdiction
from claimlint.regulatory.mentions import promoted_prescription_drugs
from claimlint.text.document import Block, Document

#: Words that tell the reader about a risk (any inflection).
RISK_WORDS = re.compile(
    r"(?i)\b(?:side[\s-]?effects?|risks?|risky|adverse|contraindicat\w*|warnings?|caution\w*|"
    r"dangers?|dangerous|harms?|harmful|complications?|dissociat\w*|blood\s+pressure|nausea|"
    r"vomiting|dizziness|dizzy|drowsiness|drowsy|sedation|headaches?|misuse|abuse|"
    r"dependence|addiction\s+potential|bladder|interactions?|monitor\w*|not\s+suitable|"
    r"not\s+(?:right|safe)\s+for\s+everyone|who\s+should\s+not|screen\w*|boxed\s+warning|"
    r"REMS|overdose|withdrawal|hypoglycemia|hypoglycaemia|pancreatitis|nerve\s+damage)\b"
)


class RiskInformation(BaseCheck):
    """See the module docstring."""

    uses_knowledge = True

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        if any(RISK_WORDS.search(block.text) for block in doc.blocks):
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
