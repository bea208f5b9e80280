"""What the service layer needs from the outside world. Adapters implement these; tests use fakes."""

from __future__ import annotations

from typing import Protocol

from google.protobuf.message import Message
from wendu.profile.domain.model import Assessment, Candidate, Erasure, ExternalProfile, HistoryEntry, ResumeMediaType


class CandidateRepository(Protocol):
    def add(self, candidate: Candidate) -> Candidate:
        """Store ``candidate``. When its idempotency key is already taken in the tenant, store nothing
        and return the candidate stored under that key."""
        ...

    def get(self, tenant_id: str, candidate_id: str) -> Candidate | None: ...

    def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Candidate | None: ...

    def save(self, candidate: Candidate) -> None:
        """Store the candidate's résumé, parsed facts and consents."""
        ...

    def delete(self, tenant_id: str, candidate_id: str) -> None: ...


class HistoryRepository(Protocol):
    def add(self, entry: HistoryEntry) -> HistoryEntry:
        """Store ``entry``. When its interview is already recorded in the tenant, store nothing and
        return the stored entry."""
        ...

    def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[HistoryEntry]: ...

    def count_for_candidate(self, tenant_id: str, candidate_id: str) -> int: ...

    def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None: ...


class AssessmentRepository(Protocol):
    def add(self, assessment: Assessment) -> Assessment:
        """Store ``assessment``. When its idempotency key is already taken for the candidate, store
        nothing and return the stored assessment."""
        ...

    def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[Assessment]: ...

    def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None: ...


class ExternalProfileRepository(Protocol):
    def add(self, tenant_id: str, candidate_id: str, link: ExternalProfile) -> None: ...

    def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[ExternalProfile]: ...

    def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None: ...


class ErasureRepository(Protocol):
    def add(self, erasure: Erasure) -> Erasure:
        """Record ``erasure``; when the candidate was already erased, return that record instead."""
        ...

    def get(self, tenant_id: str, candidate_id: str) -> Erasure | None: ...


class KeyShredder(Protocol):
    def destroy(self, tenant_id: str, candidate_id: str) -> None:
        """Delete the candidate's data key, so any surviving ciphertext of theirs cannot be opened."""
        ...


class ResumeReader(Protocol):
    def __call__(self, content: bytes, media_type: ResumeMediaType) -> str:
        """The text of an uploaded résumé; InvalidArgument("content", ...) when it cannot be read."""
        ...


class Publisher(Protocol):
    async def publish(self, topic: str, event: Message, *, key: str) -> None: ...
