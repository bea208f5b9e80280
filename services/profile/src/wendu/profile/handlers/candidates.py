"""Use cases on candidates: register one, read it, read its profile and its interview history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from wendu.core.errors import NotFound
from wendu.profile.domain.model import (
    Candidate,
    HistoryEntry,
    NewCandidate,
    Profile,
    ResumeFacts,
    build_profile,
    visible_history,
)
from wendu.profile.domain.resume import extract_resume
from wendu.profile.handlers.notifications import REASON_CREATED, announce_profile_updated, new_id, utc_now
from wendu.profile.handlers.ports import CandidateRepository, HistoryRepository, Publisher


class CandidateHandlers:
    """The service layer behind ProfileService. Every call is scoped to one tenant."""

    def __init__(
        self,
        candidates: CandidateRepository,
        history: HistoryRepository,
        publisher: Publisher,
        *,
        extract: Callable[[str], ResumeFacts] = extract_resume,
        clock: Callable[[], datetime] = utc_now,
        make_id: Callable[[], str] = new_id,
    ) -> None:
        self._candidates = candidates
        self._history = history
        self._publisher = publisher
        self._extract = extract
        self._clock = clock
        self._make_id = make_id

    async def create_candidate(self, tenant_id: str, request: NewCandidate) -> Candidate:
        """Register a candidate and announce it. The same idempotency key returns the same candidate."""
        request = request.validated()
        key = request.idempotency_key
        existing = self._candidates.find_by_idempotency_key(tenant_id, key) if key else None
        if existing is None:
            candidate = Candidate.register(
                request,
                tenant_id=tenant_id,
                candidate_id=self._make_id(),
                created_at=self._clock(),
                created_event_id=self._make_id(),
                extract=self._extract,
            )
            # A concurrent request with the same key may win the insert; then its candidate is ours.
            existing = self._candidates.add(candidate)
        # Announced on every call, under the id stored with the candidate: a retry after a crash
        # between storing and publishing heals, and consumers drop the duplicate.
        await announce_profile_updated(
            self._publisher,
            self._history,
            tenant_id=tenant_id,
            candidate_id=existing.candidate_id,
            reason=REASON_CREATED,
            event_id=existing.created_event_id,
        )
        return existing

    def get_candidate(self, tenant_id: str, candidate_id: str) -> Candidate:
        candidate = self._candidates.get(tenant_id, candidate_id)
        if candidate is None:
            # The same answer whether the id does not exist or belongs to another tenant.
            raise NotFound("candidate", candidate_id)
        return candidate

    def get_profile(self, tenant_id: str, candidate_id: str) -> Profile:
        candidate = self.get_candidate(tenant_id, candidate_id)
        return build_profile(candidate, self._history.list_for_candidate(tenant_id, candidate_id))

    def list_history(self, tenant_id: str, candidate_id: str, *, include_practice: bool) -> list[HistoryEntry]:
        """The candidate's interviews, oldest first; practice ones only when ``include_practice``."""
        self.get_candidate(tenant_id, candidate_id)
        entries = self._history.list_for_candidate(tenant_id, candidate_id)
        return visible_history(entries, include_practice=include_practice)
