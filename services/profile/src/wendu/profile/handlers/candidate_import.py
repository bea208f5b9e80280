"""Use case: bulk onboarding of candidates (``wendu import candidates FILE``), idempotent by external id.

A row becomes the same ``NewCandidate`` that CreateCandidate takes, with the idempotency key
``import:<external id>``: a candidate imported once, or created before with that key, is found and
left as it is. The shared :func:`wendu.core.bulk_import.run_import` does the batching and reporting.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Sequence
from dataclasses import dataclass

from wendu.core.bulk_import import ImportReport, IncomingRow, run_import
from wendu.core.errors import InvalidArgument
from wendu.core.vocabulary import Language
from wendu.profile.domain.model import Consents, NewCandidate
from wendu.profile.handlers.candidates import CandidateHandlers
from wendu.profile.handlers.ports import CandidateRepository

IMPORT_KEY_PREFIX = "import:"


@dataclass(frozen=True)
class CandidateRow:
    """One row of a candidates file, as the client read it (header names already mapped)."""

    display_name: str
    email: str
    preferred_language: str
    resume_text: str
    consents: Consents


def import_key(external_id: str) -> str:
    return IMPORT_KEY_PREFIX + external_id.strip()


class CandidateImport:
    """The profile service's :class:`wendu.core.bulk_import.Importer` of candidates."""

    def __init__(self, handlers: CandidateHandlers, candidates: CandidateRepository) -> None:
        self._handlers = handlers
        self._candidates = candidates

    def validate(self, row: CandidateRow) -> NewCandidate:
        language = row.preferred_language.strip().lower()
        if language not in {Language.ZH.value, Language.EN.value}:
            raise InvalidArgument("preferred_language", f"must be zh or en, got {row.preferred_language[:24]!r}")
        return NewCandidate(
            display_name=row.display_name,
            email=row.email,
            preferred_language=Language(language),
            resume_text=row.resume_text,
            consents=row.consents,
        ).validated()

    async def existing(self, tenant_id: str, external_ids: Sequence[str]) -> dict[str, str]:
        found = await self._candidates.ids_by_idempotency_keys(tenant_id, [import_key(e) for e in external_ids])
        return {e: found[import_key(e)] for e in external_ids if import_key(e) in found}

    async def create(self, tenant_id: str, external_id: str, valid: NewCandidate) -> str:
        keyed = NewCandidate(
            display_name=valid.display_name,
            email=valid.email,
            preferred_language=valid.preferred_language,
            resume_text=valid.resume_text,
            consents=valid.consents,
            idempotency_key=import_key(external_id),
        )
        return (await self._handlers.register_new(tenant_id, keyed)).candidate_id

    async def run(
        self, tenant_id: str, rows: AsyncIterable[IncomingRow[CandidateRow]], *, dry_run: bool
    ) -> ImportReport:
        return await run_import(tenant_id, rows, self, dry_run=dry_run)
