"""What the source-verification checks (CL310-CL314) share: the verdicts on a post's
entries and the finding on an entry.

The verdicts come from :func:`claimlint.biblio.verify.judge_document` with the
registries' answers the run put in the plan's options (``source-lookups``, a mapping
from an entry's key to its :class:`~claimlint.biblio.records.Lookup`), or, in a rule's
examples, a registry written out in full (``registry``). Without either, as in every
run without ``--verify-sources``, there are none and the checks find nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from claimlint.core.model import Fix
from claimlint.engine.rule import Context, Hit
from claimlint.text.document import Block, Document

if TYPE_CHECKING:
    from claimlint.biblio.matching import Source
    from claimlint.biblio.records import Lookup
    from claimlint.biblio.verify import Judged

#: The plan option the run fills with the registries' answers.
LOOKUPS_OPTION = "source-lookups"
#: What the answers are, in a few hex digits (for the result cache's key, which leaves
#: :data:`LOOKUPS_OPTION` itself out).
DIGEST_OPTION = "source-lookups-digest"
#: The example option with a registry written out in full.
REGISTRY_OPTION = "registry"

_FIXED: dict[int, tuple[Mapping[str, Any], Any]] = {}


def judged_entries(doc: Document, ctx: Context) -> list[Judged]:
    """The post's entries with their verdicts (none when nothing was looked up: then the
    verifier is not even imported)."""
    lookups: Mapping[str, Lookup] | None = ctx.option(LOOKUPS_OPTION)
    if lookups is not None:
        from claimlint.biblio.verify import judge_document

        return judge_document(doc, lookups.get, lookups)
    spec: Mapping[str, Any] | None = ctx.option(REGISTRY_OPTION)
    if not spec:
        return []
    from claimlint.biblio.verify import fixed_registry, judge_document

    cached = _FIXED.get(id(spec))
    if cached is None or cached[0] is not spec:
        cached = _FIXED[id(spec)] = (spec, fixed_registry(spec))
    return judge_document(doc, cached[1], spec)


def entry_hit(
    source: Source, message: str, suggestion: str, fix: Fix | None = None
) -> tuple[Block, Hit]:
    """A finding on the whole entry."""
    return (
        source.block,
        Hit(
            source.start,
            source.end,
            {"match": source.describe()},
            suggestion,
            fix,
            message,
        ),
    )
