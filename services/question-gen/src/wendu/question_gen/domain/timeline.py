"""Items of an interview's timeline: what the candidate's stream shows, in order.

Each item is stored once under a dedup key, so re-processing an event never shows it twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wendu.question_gen.domain.interviews import InterviewStatus, Question


@dataclass(frozen=True)
class QuestionAsked:
    question: Question

    @property
    def dedup_key(self) -> str:
        return f"question:{self.question.question_id}"


@dataclass(frozen=True)
class HintShown:
    hint_id: str
    answer_id: str
    question_id: str
    hint_code: str
    text: str
    # When the hinted answer was submitted, to measure answer -> hint latency on delivery.
    answer_submitted_at: datetime | None = None

    @property
    def dedup_key(self) -> str:
        return f"hint:{self.hint_id}"


@dataclass(frozen=True)
class StatusChanged:
    status: InterviewStatus
    all_questions_answered: bool = False


TimelineItem = QuestionAsked | HintShown | StatusChanged
