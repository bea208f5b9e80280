"""Use case: erase a candidate, and tell every other service to do the same (candidate-erased).

The order makes a crash at any point safe to retry: the erasure record is written first (ids and
times only), then the data is deleted, then the events are published. A repeated call finds the
record, deletes again (a no-op when done) and re-publishes the same events under the same ids, so
consumers that already honoured them drop the duplicates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from wendu.core import codec, topics
from wendu.core.bus import Publisher
from wendu.core.errors import NotFound
from wendu.profile.domain.model import Erasure
from wendu.profile.handlers.notifications import REASON_ERASED, announce_profile_updated, new_id, utc_now
from wendu.profile.handlers.ports import (
    AssessmentRepository,
    CandidateRepository,
    ErasureRepository,
    ExternalProfileRepository,
    HistoryRepository,
    KeyShredder,
    SelfIdentificationRepository,
)
from wendu.v1 import events_pb2


class CandidateEraser:
    def __init__(
        self,
        *,
        candidates: CandidateRepository,
        history: HistoryRepository,
        assessments: AssessmentRepository,
        external_profiles: ExternalProfileRepository,
        erasures: ErasureRepository,
        keys: KeyShredder,
        self_identifications: SelfIdentificationRepository,
        publisher: Publisher,
        clock: Callable[[], datetime] = utc_now,
        make_id: Callable[[], str] = new_id,
    ) -> None:
        self._candidates = candidates
        self._history = history
        self._assessments = assessments
        self._external_profiles = external_profiles
        self._erasures = erasures
        self._keys = keys
        self._self_identifications = self_identifications
        self._publisher = publisher
        self._clock = clock
        self._make_id = make_id

    async def erase(self, tenant_id: str, candidate_id: str) -> Erasure:
        """Erase the candidate; NotFound when the tenant never had them. Repeating it is harmless."""
        erasure = await self._erasures.get(tenant_id, candidate_id)
        if erasure is None:
            if await self._candidates.get(tenant_id, candidate_id) is None:
                raise NotFound("candidate", candidate_id)
            # Profile's history names the candidate's finished interviews: services whose records of
            # an interview lack the candidate id find them by these.
            interview_ids = tuple(
                e.interview_id for e in await self._history.list_for_candidate(tenant_id, candidate_id)
            )
            erasure = await self._erasures.add(
                Erasure(
                    tenant_id=tenant_id,
                    candidate_id=candidate_id,
                    erased_at=self._clock(),
                    event_id=self._make_id(),
                    profile_event_id=self._make_id(),
                    interview_ids=interview_ids,
                )
            )
        await self._assessments.delete_for_candidate(tenant_id, candidate_id)
        await self._external_profiles.delete_for_candidate(tenant_id, candidate_id)
        await self._self_identifications.delete_for_candidate(tenant_id, candidate_id)
        await self._history.delete_for_candidate(tenant_id, candidate_id)
        await self._candidates.delete(tenant_id, candidate_id)
        # Last: until the documents are gone, a read must still be able to decrypt them.
        await self._keys.destroy(tenant_id, candidate_id)
        await self._publisher.publish(topics.CANDIDATE_ERASED, erased_event(erasure), key=candidate_id)
        await announce_profile_updated(
            self._publisher,
            self._history,
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            reason=REASON_ERASED,
            event_id=erasure.profile_event_id,
        )
        return erasure


def erased_event(erasure: Erasure) -> events_pb2.CandidateErased:
    return events_pb2.CandidateErased(
        meta=codec.new_meta(
            events_pb2.CandidateErased,
            tenant_id=erasure.tenant_id,
            candidate_id=erasure.candidate_id,
            event_id=erasure.event_id,
        ),
        interview_ids=erasure.interview_ids,
        erased_at=codec.to_timestamp(erasure.erased_at),
    )
