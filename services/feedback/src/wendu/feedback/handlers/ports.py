"""What the feedback use cases need from the outside world. Adapters (and test fakes) implement these.

Every port is async: a storage adapter does its blocking I/O off the event loop (``wendu.core.mongo.off_loop``),
so one slow or unreachable database call never stalls the process's other RPCs, streams and consumers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from wendu.feedback.domain.model import (
    AnswerScore,
    CompetencyGap,
    CourseSuggestion,
    Hint,
    HumanReview,
    Report,
    ReportContent,
    ReviewRequest,
    ScoreOverride,
)


class ScoreRepository(Protocol):
    async def add(self, score: AnswerScore) -> bool:
        """Store the score; False when this (answer_id, revision) was already stored."""
        ...

    async def for_interview(self, tenant_id: str, interview_id: str) -> list[AnswerScore]:
        """Every stored revision of the interview's answer scores."""
        ...


class HintRepository(Protocol):
    async def add_if_absent(self, hint: Hint) -> tuple[Hint, bool]:
        """Store the answer's hint unless it has one; return the stored hint and whether it is new."""
        ...

    async def for_interview(self, tenant_id: str, interview_id: str) -> list[Hint]:
        """The interview's hints, oldest first."""
        ...


class ReportRepository(Protocol):
    async def add_pending(self, report: Report) -> tuple[Report, bool]:
        """Store a pending report unless the interview has one; return the stored one and whether it is new."""
        ...

    async def get(self, tenant_id: str, interview_id: str) -> Report | None:
        """The interview's report; None when it has none. Cheap either way (one read by key): the
        score-ready consumer asks after every answer."""
        ...

    async def complete(self, report: Report) -> bool:
        """Turn the stored pending report into ``report`` (ready); False when it was no longer pending."""
        ...

    async def mark_published(self, tenant_id: str, interview_id: str) -> None: ...

    async def record_review(
        self, tenant_id: str, interview_id: str, content: ReportContent, review: HumanReview | None
    ) -> None:
        """Replace a ready report's content with one rebuilt after overrides, and record the review;
        unless the stored report already has as many overrides applied (or more): revisions only go up."""
        ...


class OverrideRepository(Protocol):
    async def add_if_absent(self, override: ScoreOverride) -> tuple[ScoreOverride, bool]:
        """Store the override unless its id (from the idempotency key) is stored; return the stored one
        and whether it is new."""
        ...

    async def for_interview(self, tenant_id: str, interview_id: str) -> list[ScoreOverride]:
        """The interview's overrides, oldest first."""
        ...


class ReviewRepository(Protocol):
    async def add_if_absent(self, review: ReviewRequest) -> ReviewRequest:
        """Store the request unless this requester already asked for this interview; return the stored one."""
        ...

    async def exists_for(self, tenant_id: str, interview_id: str) -> bool: ...


class CourseRecommender(Protocol):
    async def recommend(
        self, tenant_id: str, gaps: Sequence[CompetencyGap], max_courses: int
    ) -> list[CourseSuggestion]:
        """Courses for the gaps, weakest first. Raises wendu.core.errors.Unavailable when it cannot answer."""
        ...
