"""What the service layer needs from the outside world. Adapters implement these; tests use fakes."""

from __future__ import annotations

from typing import Protocol

from google.protobuf.message import Message
from wendu.profile.domain.model import Candidate, HistoryEntry


class CandidateRepository(Protocol):
    def add(self, candidate: Candidate) -> Candidate:
        """Store ``candidate``. When its idempotency key is already taken in the tenant, store nothing
        and return the candidate stored under that key."""
        ...

    def get(self, tenant_id: str, candidate_id: str) -> Candidate | None: ...

    def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Candidate | None: ...


class HistoryRepository(Protocol):
    def add(self, entry: HistoryEntry) -> HistoryEntry:
        """Store ``entry``. When its interview is already recorded in the tenant, store nothing and
        return the stored entry."""
        ...

    def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[HistoryEntry]: ...

    def count_for_candidate(self, tenant_id: str, candidate_id: str) -> int: ...


class Publisher(Protocol):
    async def publish(self, topic: str, event: Message, *, key: str) -> None: ...
