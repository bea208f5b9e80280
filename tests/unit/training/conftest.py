"""In-memory fakes and event builders for training's unit tests (no Kafka, no Mongo)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.bus import RecordContext
from wendu.core.text import StarPart
from wendu.training.domain.model import (
    CompetencyScore,
    Course,
    CourseProgress,
    CreatedPractice,
    Language,
    LearningPlan,
    MockInterview,
    PracticeResult,
)
from wendu.training.domain.readiness import ReadinessQuestion, ScoredAnswer
from wendu.training.handlers.courses import Catalogues
from wendu.training.handlers.learning_plans import LearningPlans
from wendu.training.handlers.practice import Practice
from wendu.v1 import common_pb2, events_pb2

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


class FakePlans:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], LearningPlan] = {}

    async def add_if_absent(self, plan: LearningPlan) -> tuple[LearningPlan, bool]:
        key = (plan.tenant_id, plan.source_report_id)
        if key in self.rows:
            return self.rows[key], False
        self.rows[key] = plan
        return plan, True

    async def latest_for(self, tenant_id: str, candidate_id: str, *, include_practice: bool) -> LearningPlan | None:
        plans = [
            p
            for p in self.rows.values()
            if p.tenant_id == tenant_id and p.candidate_id == candidate_id and (include_practice or not p.is_practice)
        ]
        return max(plans, key=lambda p: p.updated_at, default=None)


class FakeProgress:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str], CourseProgress] = {}

    async def record(self, progress: CourseProgress) -> None:
        self.rows[(progress.tenant_id, progress.candidate_id, progress.course_id)] = progress

    async def for_candidate(self, tenant_id: str, candidate_id: str) -> list[CourseProgress]:
        return [p for (t, c, _), p in sorted(self.rows.items()) if (t, c) == (tenant_id, candidate_id)]


class FakeTenantCourses:
    def __init__(self) -> None:
        self.rows: dict[str, list[Course]] = {}

    async def add(self, tenant_id: str, course: Course) -> bool:
        courses = self.rows.setdefault(tenant_id, [])
        if any(c.course_id == course.course_id for c in courses):
            return False
        courses.append(course)
        return True

    async def for_tenant(self, tenant_id: str) -> list[Course]:
        return list(self.rows.get(tenant_id, []))


class FakeMocks:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], MockInterview] = {}

    async def add_if_absent(self, mock: MockInterview) -> MockInterview:
        return self.rows.setdefault((mock.tenant_id, mock.interview_id), mock)

    async def count_for(self, tenant_id: str, candidate_id: str, position_id: str) -> int:
        return sum(
            1
            for m in self.rows.values()
            if (m.tenant_id, m.candidate_id, m.position_id) == (tenant_id, candidate_id, position_id)
        )

    async def get(self, tenant_id: str, interview_id: str) -> MockInterview | None:
        return self.rows.get((tenant_id, interview_id))


class FakeResults:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], PracticeResult] = {}

    async def add_if_absent(self, result: PracticeResult) -> bool:
        key = (result.tenant_id, result.interview_id)
        if key in self.rows:
            return False
        self.rows[key] = result
        return True

    async def for_candidate(self, tenant_id: str, candidate_id: str) -> list[PracticeResult]:
        return [r for r in self.rows.values() if (r.tenant_id, r.candidate_id) == (tenant_id, candidate_id)]


class FakeQuestionGen:
    """Creates practice interviews with ids iv-p1, iv-p2, ...; the same idempotency key gives the same one."""

    def __init__(self) -> None:
        self.created: dict[str, CreatedPractice] = {}
        self.calls: list[tuple[str, str, str, Language, str]] = []

    async def get_position(self, tenant_id: str, position_id: str):  # pragma: no cover - guides use real gRPC
        raise NotImplementedError

    async def list_competencies(self, tenant_id: str):  # pragma: no cover - guides use real gRPC
        raise NotImplementedError

    async def create_practice_interview(
        self, tenant_id: str, candidate_id: str, position_id: str, language: Language, idempotency_key: str
    ) -> CreatedPractice:
        self.calls.append((tenant_id, candidate_id, position_id, language, idempotency_key))
        if idempotency_key not in self.created:
            number = len(self.created) + 1
            self.created[idempotency_key] = CreatedPractice(f"iv-p{number}", f"token-{number}", START)
        return self.created[idempotency_key]


class FakeScorer:
    def __init__(self, scored: ScoredAnswer) -> None:
        self.scored = scored
        self.calls: list[tuple[str, ReadinessQuestion, str]] = []

    async def score(self, tenant_id: str, question: ReadinessQuestion, answer_text: str) -> ScoredAnswer:
        self.calls.append((tenant_id, question, answer_text))
        return self.scored


class FakePublisher:
    def __init__(self) -> None:
        self.sent: list[tuple[str, Message, str]] = []

    async def publish(self, topic: str, event: Message, *, key: str) -> None:
        self.sent.append((topic, event, key))


class TickingClock:
    """Each reading is a minute later, so plans made one after another have an order."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@dataclasses.dataclass
class Training:
    plans: LearningPlans
    store: FakePlans
    publisher: FakePublisher
    progress: FakeProgress
    catalogues: Catalogues
    practice: Practice
    question_gen: FakeQuestionGen
    results: FakeResults


@pytest.fixture
def training() -> Training:
    store, publisher, progress = FakePlans(), FakePublisher(), FakeProgress()
    catalogues = Catalogues(FakeTenantCourses())
    clock = TickingClock()
    plans = LearningPlans(plans=store, progress=progress, publisher=publisher, catalogues=catalogues, clock=clock)
    question_gen, results = FakeQuestionGen(), FakeResults()
    practice = Practice(question_gen=question_gen, mocks=FakeMocks(), results=results, clock=clock)
    return Training(plans, store, publisher, progress, catalogues, practice, question_gen, results)


@pytest.fixture
def ctx() -> RecordContext:
    return RecordContext(topic="report-generated", partition=0, offset=0, key="iv-1", timestamp_ms=0)


@pytest.fixture
def report_generated() -> Callable[..., events_pb2.ReportGenerated]:
    """``report_generated("r-1", {"teamwork": 4.0, ...}, weak=["teamwork"])``."""

    def build(
        report_id: str,
        scores: dict[str, float],
        *,
        weak: Sequence[str],
        candidate_id: str = "cand-1",
        tenant_id: str = "acme",
        kind: int = common_pb2.INTERVIEW_KIND_SELECTION,
        **extra: Any,
    ) -> events_pb2.ReportGenerated:
        return events_pb2.ReportGenerated(
            meta=codec.new_meta(
                events_pb2.ReportGenerated,
                tenant_id=tenant_id,
                interview_id=f"iv-{report_id}",
                candidate_id=candidate_id,
                interview_kind=kind,
            ),
            report_id=report_id,
            overall_score=6.0,
            competency_scores=[common_pb2.CompetencyScore(competency_id=c, score=s) for c, s in scores.items()],
            weak_competency_ids=list(weak),
            **extra,
        )

    return build


@pytest.fixture
def scorer() -> FakeScorer:
    """Scores communication 6.0 and finds an action but no situation or result."""
    return FakeScorer(ScoredAnswer((CompetencyScore("communication", 6.0),), frozenset({StarPart.ACTION}), 0.5))
