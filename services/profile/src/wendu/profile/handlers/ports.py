"""What the service layer needs from the outside world. Adapters implement these; tests use fakes.

The stores are awaitable: the Mongo adapters run each call on a worker thread (``off_loop``), so a
database round trip never blocks the event loop that serves RPCs and consumes events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from wendu.profile.domain.model import Assessment, Candidate, Erasure, ExternalProfile, HistoryEntry, ResumeMediaType
from wendu.profile.domain.self_identification import SelfIdentification


class CandidateRepository(Protocol):
    async def add(self, candidate: Candidate) -> Candidate:
        """Store ``candidate``. When its idempotency key is already taken in the tenant, store nothing
        and return the candidate stored under that key."""
        ...

    async def get(self, tenant_id: str, candidate_id: str) -> Candidate | None: ...

    async def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Candidate | None: ...

    async def ids_by_idempotency_keys(self, tenant_id: str, idempotency_keys: Sequence[str]) -> dict[str, str]:
        """Of ``idempotency_keys``, those stored: key -> candidate id (one lookup for a batch)."""
        ...

    async def save(self, candidate: Candidate) -> None:
        """Store the candidate's résumé, parsed facts and consents."""
        ...

    async def delete(self, tenant_id: str, candidate_id: str) -> None: ...


class HistoryRepository(Protocol):
    async def add(self, entry: HistoryEntry) -> HistoryEntry:
        """Store ``entry``. When its interview is already recorded in the tenant, store nothing and
        return the stored entry."""
        ...

    async def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[HistoryEntry]: ...

    async def count_for_candidate(self, tenant_id: str, candidate_id: str) -> int: ...

    async def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None: ...


class AssessmentRepository(Protocol):
    async def add(self, assessment: Assessment) -> Assessment:
        """Store ``assessment``. When its idempotency key is already taken for the candidate, store
        nothing and return the stored assessment."""
        ...

    async def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[Assessment]: ...

    async def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None: ...


class ExternalProfileRepository(Protocol):
    async def add(self, tenant_id: str, candidate_id: str, link: ExternalProfile) -> None: ...

    async def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[ExternalProfile]: ...

    async def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None: ...


class ErasureRepository(Protocol):
    async def add(self, erasure: Erasure) -> Erasure:
        """Record ``erasure``; when the candidate was already erased, return that record instead."""
        ...

    async def get(self, tenant_id: str, candidate_id: str) -> Erasure | None: ...


class KeyShredder(Protocol):
    async def destroy(self, tenant_id: str, candidate_id: str) -> None:
        """Delete the candidate's data key, so any surviving ciphertext of theirs cannot be opened."""
        ...


class ResumeReader(Protocol):
    def __call__(self, content: bytes, media_type: ResumeMediaType) -> str:
        """The text of an uploaded résumé; InvalidArgument("content", ...) when it cannot be read."""
        ...


class SelfIdentificationRepository(Protocol):
    """The walled-off store of self-identification: written, deleted, never read by another use case."""

    async def put(self, tenant_id: str, candidate_id: str, statement: SelfIdentification) -> None: ...

    async def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None: ...
