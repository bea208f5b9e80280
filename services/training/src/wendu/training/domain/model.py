"""Training's domain model: courses, competency gaps, suggestions, learning plans and practice results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wendu.core.vocabulary import InterviewKind, Language, LocalizedText


@dataclass(frozen=True)
class Course:
    """A course; its first competency is the one it mainly trains."""

    course_id: str
    title: LocalizedText
    summary: LocalizedText
    competency_ids: tuple[str, ...]
    url: str

    def trains(self, competency_id: str) -> bool:
        return competency_id in self.competency_ids


@dataclass(frozen=True)
class CompetencyGap:
    competency_id: str
    # 0.0 - 10.0; lower means a larger gap.
    score: float

    @property
    def size(self) -> float:
        return 10.0 - self.score


@dataclass(frozen=True)
class CourseSuggestion:
    """A course suggested for one weak competency."""

    course_id: str
    competency_id: str
    title: LocalizedText


@dataclass(frozen=True)
class LearningPlan:
    """A candidate's courses after one report. ``event_id`` is reused when the plan is re-published."""

    tenant_id: str
    plan_id: str
    event_id: str
    candidate_id: str
    interview_id: str
    # None: the report did not say. Plans from practice interviews belong to the candidate only.
    kind: InterviewKind | None
    source_report_id: str
    courses: tuple[CourseSuggestion, ...]
    updated_at: datetime

    @property
    def is_practice(self) -> bool:
        return self.kind is InterviewKind.PRACTICE


@dataclass(frozen=True)
class CourseProgress:
    """How far a candidate is through one course (0 - 100)."""

    tenant_id: str
    candidate_id: str
    course_id: str
    percent_complete: int
    updated_at: datetime


@dataclass(frozen=True)
class CompetencyScore:
    competency_id: str
    score: float


@dataclass(frozen=True)
class MockInterview:
    """A practice interview started through training; ``attempt`` counts the candidate's tries on the position."""

    tenant_id: str
    interview_id: str
    candidate_id: str
    position_id: str
    language: Language
    attempt: int
    started_at: datetime


@dataclass(frozen=True)
class PracticeResult:
    """The per-competency outcome of one practice interview, from its report (one per interview)."""

    tenant_id: str
    candidate_id: str
    interview_id: str
    report_id: str
    position_id: str
    overall_score: float
    scores: tuple[CompetencyScore, ...]
    completed_at: datetime


@dataclass(frozen=True)
class CreatedPractice:
    """A practice interview question-gen created: its id and the candidate's token for it."""

    interview_id: str
    candidate_token: str
    created_at: datetime | None


@dataclass(frozen=True)
class PlanWithProgress:
    """A learning plan with the candidate's progress on its courses."""

    plan: LearningPlan
    progress: tuple[CourseProgress, ...]
