"""Implements CL406; what it finds and why: rules/CL406-uk-prescription-medicine-advert.yml.

Drugs and biologics only, found by
:func:`claimlint.regulatory.mentions.promoted_prescription_drugs` as for CL404; the first
mention carries the finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit, configured_jurisdiction
from claimlint.regulatory.mentions import promoted_prescription_drugs
from claimlint.text.document import Block, Document


class UkPrescriptionAdvert(BaseCheck):
    """Posts that advertise a prescription-only medicine to the UK public."""

    uses_knowledge = True

    def check_document(
        self, doc: Document, ctx: Context, options: dict[str, Any]
    ) -> Iterator[tuple[Block | None, Hit]]:
        jurisdiction = configured_jurisdiction(ctx.option)
        if jurisdiction != "uk":
            return
        for block, m in promoted_prescription_drugs(doc, jurisdiction, ("drug", "biologic")):
            message = (
                f"'{m.text}' is a prescription-only medicine: CAP Code rule 12.12 bars "
                "advertising it to the public"
            )
            yield block, Hit(m.start, m.end, {"match": m.text}, message=message)
            return


CHECK = UkPrescriptionAdvert()
