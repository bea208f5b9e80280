"""What the training use cases need from the outside world. Adapters (and test fakes) implement these.

Every port is async: a storage adapter does its blocking I/O off the event loop (``wendu.core.mongo.off_loop``),
so one slow or unreachable database call never stalls the process's other RPCs, streams and consumers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from wendu.training.domain.guide import CompetencyDefinition, GuidePosition
from wendu.training.domain.model import (
    Course,
    CourseProgress,
    CreatedPractice,
    Language,
    LearningPlan,
    MockInterview,
    PracticeResult,
)
from wendu.training.domain.readiness import ReadinessQuestion, ScoredAnswer


class LearningPlanRepository(Protocol):
    async def add_if_absent(self, plan: LearningPlan) -> tuple[LearningPlan, bool]:
        """Store the plan unless its report already made one; return the stored plan and whether it is new."""
        ...

    async def latest_for(self, tenant_id: str, candidate_id: str, *, include_practice: bool) -> LearningPlan | None:
        """The candidate's most recent plan."""
        ...


class CourseProgressRepository(Protocol):
    async def record(self, progress: CourseProgress) -> None:
        """Set the candidate's progress on the course (the latest recording wins)."""
        ...

    async def for_candidate(self, tenant_id: str, candidate_id: str) -> list[CourseProgress]: ...


class TenantCourseRepository(Protocol):
    async def add(self, tenant_id: str, course: Course) -> bool:
        """Store the course; False when the tenant already has a course with its id."""
        ...

    async def for_tenant(self, tenant_id: str) -> list[Course]:
        """The tenant's courses, oldest first."""
        ...


class MockInterviewRepository(Protocol):
    async def add_if_absent(self, mock: MockInterview) -> MockInterview:
        """Store the record unless the interview already has one; return the stored record."""
        ...

    async def count_for(self, tenant_id: str, candidate_id: str, position_id: str) -> int: ...

    async def get(self, tenant_id: str, interview_id: str) -> MockInterview | None: ...


class PracticeResultRepository(Protocol):
    async def add_if_absent(self, result: PracticeResult) -> bool:
        """Store the result unless its interview already has one; True when it is new."""
        ...

    async def for_candidate(self, tenant_id: str, candidate_id: str) -> list[PracticeResult]: ...


class QuestionGen(Protocol):
    async def get_position(self, tenant_id: str, position_id: str) -> GuidePosition: ...

    async def list_competencies(self, tenant_id: str) -> Mapping[str, CompetencyDefinition]: ...

    async def create_practice_interview(
        self, tenant_id: str, candidate_id: str, position_id: str, language: Language, idempotency_key: str
    ) -> CreatedPractice: ...


class AnswerScorer(Protocol):
    async def score(self, tenant_id: str, question: ReadinessQuestion, answer_text: str) -> ScoredAnswer: ...
