"""Use case: attach an assessment result (ability, personality, skill) from a named source."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from wendu.core.bus import Publisher
from wendu.core.errors import NotFound
from wendu.profile.domain.model import Assessment, NewAssessment
from wendu.profile.handlers.notifications import REASON_ASSESSMENT_ADDED, announce_profile_updated, new_id, utc_now
from wendu.profile.handlers.ports import AssessmentRepository, CandidateRepository, HistoryRepository


class AssessmentHandlers:
    def __init__(
        self,
        candidates: CandidateRepository,
        assessments: AssessmentRepository,
        history: HistoryRepository,
        publisher: Publisher,
        *,
        clock: Callable[[], datetime] = utc_now,
        make_id: Callable[[], str] = new_id,
    ) -> None:
        self._candidates = candidates
        self._assessments = assessments
        self._history = history
        self._publisher = publisher
        self._clock = clock
        self._make_id = make_id

    async def add_assessment(self, tenant_id: str, request: NewAssessment) -> Assessment:
        """Validate and store the result, then announce it. The same idempotency key stores it once."""
        assessment = Assessment.record(
            request,
            tenant_id=tenant_id,
            assessment_id=self._make_id(),
            recorded_at=self._clock(),
            event_id=self._make_id(),
        )
        if await self._candidates.get(tenant_id, assessment.candidate_id) is None:
            raise NotFound("candidate", assessment.candidate_id)
        stored = await self._assessments.add(assessment)
        # Under the stored event id, so a retried call re-announces and consumers drop the duplicate.
        await announce_profile_updated(
            self._publisher,
            self._history,
            tenant_id=tenant_id,
            candidate_id=stored.candidate_id,
            reason=REASON_ASSESSMENT_ADDED,
            event_id=stored.event_id,
        )
        return stored
