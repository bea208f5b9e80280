"""In-memory fakes of the profile service's ports, for handler tests with no I/O."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, datetime

import pytest
from google.protobuf.message import Message
from wendu.profile.domain.model import Candidate, HistoryEntry
from wendu.profile.handlers.candidates import CandidateHandlers
from wendu.profile.handlers.history import ReportHistoryRecorder


class FakeCandidateRepository:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Candidate] = {}

    def add(self, candidate: Candidate) -> Candidate:
        existing = self.find_by_idempotency_key(candidate.tenant_id, candidate.idempotency_key)
        if existing is not None:
            return existing
        self.rows[(candidate.tenant_id, candidate.candidate_id)] = candidate
        return candidate

    def get(self, tenant_id: str, candidate_id: str) -> Candidate | None:
        return self.rows.get((tenant_id, candidate_id))

    def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Candidate | None:
        if not idempotency_key:
            return None
        return next(
            (c for c in self.rows.values() if c.tenant_id == tenant_id and c.idempotency_key == idempotency_key),
            None,
        )


class FakeHistoryRepository:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], HistoryEntry] = {}

    def add(self, entry: HistoryEntry) -> HistoryEntry:
        return self.rows.setdefault((entry.tenant_id, entry.interview_id), entry)

    def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[HistoryEntry]:
        return [e for e in self.rows.values() if e.tenant_id == tenant_id and e.candidate_id == candidate_id]

    def count_for_candidate(self, tenant_id: str, candidate_id: str) -> int:
        return len(self.list_for_candidate(tenant_id, candidate_id))


@dataclasses.dataclass
class Published:
    topic: str
    event: Message
    key: str


class FakePublisher:
    def __init__(self) -> None:
        self.sent: list[Published] = []

    async def publish(self, topic: str, event: Message, *, key: str) -> None:
        self.sent.append(Published(topic, event, key))


class SequentialIds:
    """Predictable ids: "<prefix>-1", "<prefix>-2", ..."""

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._counter = itertools.count(1)

    def __call__(self) -> str:
        return f"{self._prefix}-{next(self._counter)}"


@pytest.fixture
def candidates() -> FakeCandidateRepository:
    return FakeCandidateRepository()


@pytest.fixture
def history() -> FakeHistoryRepository:
    return FakeHistoryRepository()


@pytest.fixture
def publisher() -> FakePublisher:
    return FakePublisher()


@pytest.fixture
def handlers(
    candidates: FakeCandidateRepository, history: FakeHistoryRepository, publisher: FakePublisher
) -> CandidateHandlers:
    return CandidateHandlers(
        candidates,
        history,
        publisher,
        clock=lambda: datetime(2025, 3, 1, 9, 30, tzinfo=UTC),
        make_id=SequentialIds("id"),
    )


@pytest.fixture
def recorder(history: FakeHistoryRepository, publisher: FakePublisher) -> ReportHistoryRecorder:
    return ReportHistoryRecorder(history, publisher, make_id=SequentialIds("event"))
