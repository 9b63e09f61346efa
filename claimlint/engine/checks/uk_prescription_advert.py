"""UK: a post that advertises a prescription-only medicine to the public.

What it does
    Runs only with `jurisdiction: uk`. Finds a post that names a medicine the
    knowledge pack marks as prescription-only (ketamine, esketamine,
    semaglutide ...) together with a condition it treats, outside the
    source list and quotes, and reports the first such mention.

Why it matters
    CAP Code rule 12.12 says prescription-only medicines may not be
    advertised to the public. A clinic may describe the services it offers,
    but a page that promotes a named prescription-only medicine for a
    condition is an advertisement for it, and the ASA has ruled against
    clinics for exactly this (weight-loss injections, ketamine).

Example
    Our ketamine infusions bring fast relief from depression.

Use instead
    Describe the consultation and the clinician's assessment; leave out the
    name of the prescription-only medicine.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimlint.engine.checks import BaseCheck
from claimlint.engine.rule import Context, Hit, configured_jurisdiction
from claimlint.regulatory.mentions import promoted_prescription_drugs
from claimlint.text.document import Block, Document


class UkPrescriptionAdvert(BaseCheck):
    """See the module docstring."""

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
