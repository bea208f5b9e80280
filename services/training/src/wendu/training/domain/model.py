"""Training's domain model: courses, competency gaps, suggestions and learning plans."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class InterviewKind(enum.StrEnum):
    UNSPECIFIED = "unspecified"
    SELECTION = "selection"
    # Plans from practice interviews belong to the candidate only.
    PRACTICE = "practice"


@dataclass(frozen=True)
class LocalizedText:
    zh: str
    en: str


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
    kind: InterviewKind
    source_report_id: str
    courses: tuple[CourseSuggestion, ...]
    updated_at: datetime

    @property
    def is_practice(self) -> bool:
        return self.kind is InterviewKind.PRACTICE
