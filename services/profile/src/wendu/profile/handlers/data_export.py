"""Use case: export everything Wendu holds about a candidate (GDPR art. 15 access, art. 20 portability).

Profile owns the candidate and knows their interviews from its history, so it answers the request:
its own records (decrypted: the candidate asked for their data, not for ciphertext) plus a slice
from every other service, asked over the internal CandidateDataService with a service token. If
one service cannot answer, the export fails (UNAVAILABLE) rather than pass a partial one as whole.

Every export is recorded on ``decision-audit`` (a DATA_ACCESS record: who asked, with which roles,
whose data, when), so the employer can show who read a candidate's data. No record, no export: the
record is published before the document is handed back, and a failed publish fails the call.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from wendu.core import audit
from wendu.core.auth import Principal
from wendu.core.bus import Publisher
from wendu.core.data_export import CandidateRecords, jsonable
from wendu.core.errors import NotFound
from wendu.core.vocabulary import LocalizedText
from wendu.profile.domain.data_export import export_document, summarize
from wendu.profile.handlers.notifications import utc_now
from wendu.profile.handlers.ports import (
    AssessmentRepository,
    CandidateRepository,
    ExternalProfileRepository,
    HistoryRepository,
)

PROFILE_SERVICE = "profile"


class CandidateDataSources(Protocol):
    """The other services' slices of a candidate's data, by service name."""

    async def export_candidate(
        self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]
    ) -> Mapping[str, CandidateRecords]: ...


@dataclasses.dataclass(frozen=True)
class CandidateDataExport:
    candidate_id: str
    generated_at: datetime
    document: dict[str, Any]
    summary: LocalizedText


class CandidateDataExporter:
    def __init__(
        self,
        *,
        candidates: CandidateRepository,
        history: HistoryRepository,
        assessments: AssessmentRepository,
        external_profiles: ExternalProfileRepository,
        sources: CandidateDataSources,
        publisher: Publisher,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._candidates = candidates
        self._history = history
        self._assessments = assessments
        self._external_profiles = external_profiles
        self._sources = sources
        self._publisher = publisher
        self._clock = clock

    async def export(self, principal: Principal, candidate_id: str) -> CandidateDataExport:
        """The candidate's data, for ``principal`` (already authorized), and the record of this read.
        NotFound when the tenant has no such candidate (never had, or erased)."""
        tenant_id = principal.tenant_id
        candidate = await self._candidates.get(tenant_id, candidate_id)
        if candidate is None:
            raise NotFound("candidate", candidate_id)
        history = await self._history.list_for_candidate(tenant_id, candidate_id)
        own: CandidateRecords = {
            # The data key that encrypts these fields is not the candidate's data, and is never exported.
            "profile_candidates": [_record(candidate)],
            "profile_assessments": [
                _record(a) for a in await self._assessments.list_for_candidate(tenant_id, candidate_id)
            ],
            # Held links are exported whether or not consent is current: the export says what is held.
            "profile_external_profiles": [
                _record(link) for link in await self._external_profiles.list_for_candidate(tenant_id, candidate_id)
            ],
            "profile_interview_history": [_record(entry) for entry in history],
        }
        interview_ids = [entry.interview_id for entry in history]
        others = await self._sources.export_candidate(tenant_id, candidate_id, interview_ids)
        generated_at = self._clock()
        document = export_document(
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            generated_at=generated_at,
            services={PROFILE_SERVICE: own, **others},
        )
        await audit.publish_audit(
            self._publisher,
            audit.data_access_record(
                principal,
                served_by=PROFILE_SERVICE,
                what=f"ExportCandidateData {len(interview_ids)} interview(s)",
                candidate_id=candidate_id,
            ),
        )
        return CandidateDataExport(candidate_id, generated_at, document, summarize(document))


def _record(value: Any) -> dict[str, Any]:
    return jsonable(dataclasses.asdict(value))  # type: ignore[no-any-return]
