"""In-memory fakes of the profile service's ports, for handler tests with no I/O (awaitable, like the ports)."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from google.protobuf.message import Message
from wendu.profile.domain.model import Assessment, Candidate, Erasure, ExternalProfile, HistoryEntry, ResumeMediaType
from wendu.profile.domain.self_identification import SelfIdentification
from wendu.profile.entrypoints.grpc_api import ProfileServicer
from wendu.profile.handlers.assessments import AssessmentHandlers
from wendu.profile.handlers.candidate_import import CandidateImport
from wendu.profile.handlers.candidates import CandidateHandlers
from wendu.profile.handlers.data_export import CandidateDataExporter
from wendu.profile.handlers.erasure import CandidateEraser
from wendu.profile.handlers.history import ReportHistoryRecorder
from wendu.profile.handlers.self_identification import SelfIdentificationHandlers

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


class FakeCandidateRepository:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Candidate] = {}

    async def add(self, candidate: Candidate) -> Candidate:
        existing = self._find_by_idempotency_key(candidate.tenant_id, candidate.idempotency_key)
        if existing is not None:
            return existing
        self.rows[(candidate.tenant_id, candidate.candidate_id)] = candidate
        return candidate

    async def get(self, tenant_id: str, candidate_id: str) -> Candidate | None:
        return self.rows.get((tenant_id, candidate_id))

    async def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Candidate | None:
        return self._find_by_idempotency_key(tenant_id, idempotency_key)

    def _find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Candidate | None:
        if not idempotency_key:
            return None
        return next(
            (c for c in self.rows.values() if c.tenant_id == tenant_id and c.idempotency_key == idempotency_key),
            None,
        )

    async def save(self, candidate: Candidate) -> None:
        stored = self.rows[(candidate.tenant_id, candidate.candidate_id)]
        self.rows[(candidate.tenant_id, candidate.candidate_id)] = dataclasses.replace(
            stored, resume_text=candidate.resume_text, facts=candidate.facts, consents=candidate.consents
        )

    async def delete(self, tenant_id: str, candidate_id: str) -> None:
        self.rows.pop((tenant_id, candidate_id), None)


class FakeHistoryRepository:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], HistoryEntry] = {}

    async def add(self, entry: HistoryEntry) -> HistoryEntry:
        return self.rows.setdefault((entry.tenant_id, entry.interview_id), entry)

    async def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[HistoryEntry]:
        return self._of(tenant_id, candidate_id)

    async def count_for_candidate(self, tenant_id: str, candidate_id: str) -> int:
        return len(self._of(tenant_id, candidate_id))

    def _of(self, tenant_id: str, candidate_id: str) -> list[HistoryEntry]:
        return [e for e in self.rows.values() if e.tenant_id == tenant_id and e.candidate_id == candidate_id]

    async def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None:
        for key, entry in list(self.rows.items()):
            if entry.tenant_id == tenant_id and entry.candidate_id == candidate_id:
                del self.rows[key]


class FakeAssessmentRepository:
    def __init__(self) -> None:
        self.rows: list[Assessment] = []

    async def add(self, assessment: Assessment) -> Assessment:
        for stored in self.rows:
            same_candidate = (stored.tenant_id, stored.candidate_id) == (assessment.tenant_id, assessment.candidate_id)
            if same_candidate and assessment.idempotency_key and stored.idempotency_key == assessment.idempotency_key:
                return stored
        self.rows.append(assessment)
        return assessment

    async def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[Assessment]:
        return [a for a in self.rows if (a.tenant_id, a.candidate_id) == (tenant_id, candidate_id)]

    async def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None:
        self.rows = [a for a in self.rows if (a.tenant_id, a.candidate_id) != (tenant_id, candidate_id)]


class FakeExternalProfileRepository:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], list[ExternalProfile]] = {}
        self.reads = 0

    async def add(self, tenant_id: str, candidate_id: str, link: ExternalProfile) -> None:
        self.rows.setdefault((tenant_id, candidate_id), []).append(link)

    async def list_for_candidate(self, tenant_id: str, candidate_id: str) -> list[ExternalProfile]:
        self.reads += 1
        return list(self.rows.get((tenant_id, candidate_id), []))

    async def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None:
        self.rows.pop((tenant_id, candidate_id), None)


class FakeSelfIdentificationRepository:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], SelfIdentification] = {}

    async def put(self, tenant_id: str, candidate_id: str, statement: SelfIdentification) -> None:
        self.rows[(tenant_id, candidate_id)] = statement

    async def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None:
        self.rows.pop((tenant_id, candidate_id), None)


class FakeErasureRepository:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Erasure] = {}

    async def add(self, erasure: Erasure) -> Erasure:
        return self.rows.setdefault((erasure.tenant_id, erasure.candidate_id), erasure)

    async def get(self, tenant_id: str, candidate_id: str) -> Erasure | None:
        return self.rows.get((tenant_id, candidate_id))


class FakeKeyring:
    def __init__(self) -> None:
        self.destroyed: list[tuple[str, str]] = []

    async def destroy(self, tenant_id: str, candidate_id: str) -> None:
        self.destroyed.append((tenant_id, candidate_id))


def read_plain_text(content: bytes, media_type: ResumeMediaType) -> str:
    """The résumé reader for handler tests: every upload is UTF-8 text, whatever its type."""
    return content.decode("utf-8")


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
def assessments() -> FakeAssessmentRepository:
    return FakeAssessmentRepository()


@pytest.fixture
def external_profiles() -> FakeExternalProfileRepository:
    return FakeExternalProfileRepository()


@pytest.fixture
def erasures() -> FakeErasureRepository:
    return FakeErasureRepository()


@pytest.fixture
def keyring() -> FakeKeyring:
    return FakeKeyring()


@pytest.fixture
def self_identifications() -> FakeSelfIdentificationRepository:
    return FakeSelfIdentificationRepository()


@pytest.fixture
def self_identification(
    candidates: FakeCandidateRepository,
    self_identifications: FakeSelfIdentificationRepository,
    publisher: FakePublisher,
) -> SelfIdentificationHandlers:
    return SelfIdentificationHandlers(candidates, self_identifications, publisher, make_id=SequentialIds("self-id"))


@pytest.fixture
def handlers(
    candidates: FakeCandidateRepository,
    history: FakeHistoryRepository,
    publisher: FakePublisher,
    assessments: FakeAssessmentRepository,
    external_profiles: FakeExternalProfileRepository,
    self_identification: SelfIdentificationHandlers,
) -> CandidateHandlers:
    return CandidateHandlers(
        candidates,
        history,
        publisher,
        assessments=assessments,
        external_profiles=external_profiles,
        read_resume=read_plain_text,
        self_identification=self_identification,
        clock=lambda: NOW,
        make_id=SequentialIds("id"),
    )


@pytest.fixture
def assessment_handlers(
    candidates: FakeCandidateRepository,
    assessments: FakeAssessmentRepository,
    history: FakeHistoryRepository,
    publisher: FakePublisher,
) -> AssessmentHandlers:
    return AssessmentHandlers(
        candidates, assessments, history, publisher, clock=lambda: NOW, make_id=SequentialIds("assessment")
    )


@pytest.fixture
def eraser(
    candidates: FakeCandidateRepository,
    history: FakeHistoryRepository,
    assessments: FakeAssessmentRepository,
    external_profiles: FakeExternalProfileRepository,
    erasures: FakeErasureRepository,
    keyring: FakeKeyring,
    self_identifications: FakeSelfIdentificationRepository,
    publisher: FakePublisher,
) -> CandidateEraser:
    return CandidateEraser(
        candidates=candidates,
        history=history,
        assessments=assessments,
        external_profiles=external_profiles,
        erasures=erasures,
        keys=keyring,
        self_identifications=self_identifications,
        publisher=publisher,
        clock=lambda: NOW,
        make_id=SequentialIds("erasure"),
    )


@pytest.fixture
def recorder(
    history: FakeHistoryRepository, publisher: FakePublisher, erasures: FakeErasureRepository
) -> ReportHistoryRecorder:
    return ReportHistoryRecorder(history, publisher, erasures=erasures, make_id=SequentialIds("event"))


class FakeCandidateDataSources:
    """The other services' slices: whatever a test sets, and the interview ids each call named."""

    def __init__(self) -> None:
        self.slices: dict[str, dict[str, list[dict[str, object]]]] = {}
        self.asked: list[list[str]] = []

    async def export_candidate(
        self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]
    ) -> dict[str, dict[str, list[dict[str, object]]]]:
        self.asked.append(list(interview_ids))
        return self.slices


@pytest.fixture
def data_sources() -> FakeCandidateDataSources:
    return FakeCandidateDataSources()


@pytest.fixture
def exporter(candidates, history, assessments, external_profiles, data_sources, publisher) -> CandidateDataExporter:
    return CandidateDataExporter(
        candidates=candidates,
        history=history,
        assessments=assessments,
        external_profiles=external_profiles,
        sources=data_sources,
        publisher=publisher,
    )


@pytest.fixture
def servicer(
    handlers: CandidateHandlers,
    candidates: FakeCandidateRepository,
    assessment_handlers: AssessmentHandlers,
    eraser: CandidateEraser,
    self_identification: SelfIdentificationHandlers,
    exporter: CandidateDataExporter,
) -> ProfileServicer:
    """ProfileService over the fakes, called directly (no server): a test sets the caller with
    ``wendu.core.interceptors.principal_var``, as the auth interceptor would."""
    return ProfileServicer(
        handlers,
        assessment_handlers,
        eraser,
        self_identification,
        exporter,
        CandidateImport(handlers, candidates),
    )
