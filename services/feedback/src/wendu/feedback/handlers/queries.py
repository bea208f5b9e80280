"""Feedback's API use cases: reading a report in the caller's view, listing hints, asking for review,
and the staff's lists and selection statistics.

Visibility rules live here, once: a candidate reads their own interview in the candidate view;
staff may ask for the recruiter view; practice interviews are the candidate's alone, so to any
other caller they do not exist, and they never enter a list or a statistic.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from wendu.core.auth import Principal
from wendu.core.clock import Clock, utc_now
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound
from wendu.feedback.domain.model import Hint, InterviewKind, Report, ReportContent, ReportView, ReviewRequest
from wendu.feedback.domain.report import FLAG_REVIEW_REQUESTED
from wendu.feedback.handlers.ports import HintRepository, ReportRepository, ReviewRepository

MAX_REASON_CHARS = 2000
DEFAULT_LIST_LIMIT = 50
MAX_LIST_LIMIT = 200


class ReportStore(ReportRepository, Protocol):
    async def ready_selection_reports(
        self, tenant_id: str, *, position_id: str = "", candidate_id: str = "", limit: int | None = None
    ) -> list[Report]:
        """Ready reports of selection interviews only, newest first; practice reports are never returned."""
        ...


@dataclass(frozen=True)
class CompetencyStatistic:
    competency_id: str
    report_count: int
    mean_score: float


@dataclass(frozen=True)
class SelectionStatistics:
    position_id: str
    report_count: int
    mean_overall_score: float
    competencies: tuple[CompetencyStatistic, ...]


def selection_statistics(position_id: str, reports: Sequence[Report]) -> SelectionStatistics:
    """Report count and means over ready selection reports; a practice report here is a bug, so it is refused."""
    if any(r.is_practice or r.summary.kind is not InterviewKind.SELECTION for r in reports):
        raise ValueError("selection statistics take selection reports only")
    contents = [r.content for r in reports if r.content is not None]
    by_competency: dict[str, list[float]] = {}
    for content in contents:
        for result in content.competencies:
            # A competency not assessed in a report has no score there: it is left out, never counted as 0.
            if result.score is not None:
                by_competency.setdefault(result.competency_id, []).append(result.score)
    # A report that assessed nothing has no overall to average.
    overall = [c.overall_score for c in contents if c.assessed]
    return SelectionStatistics(
        position_id=position_id,
        report_count=len(contents),
        mean_overall_score=round(sum(overall) / len(overall), 1) if overall else 0.0,
        competencies=tuple(
            CompetencyStatistic(cid, len(scores), round(sum(scores) / len(scores), 1))
            for cid, scores in sorted(by_competency.items())
        ),
    )


@dataclass(frozen=True)
class ReportForViewer:
    """A ready report with the content its viewer may see."""

    report: Report
    content: ReportContent
    view: ReportView


@dataclass(frozen=True)
class ReportBeingGenerated:
    """The interview is completed and its report is being built: some answer still waits for its score."""

    report: Report
    view: ReportView


def ensure_ready(found: ReportForViewer | ReportBeingGenerated, interview_id: str) -> ReportForViewer:
    """The ready report; FailedPrecondition, saying so, while it is still being generated."""
    if isinstance(found, ReportBeingGenerated):
        raise FailedPrecondition(
            f"the report of interview {interview_id!r} is still being generated (some answers wait for their "
            "scores); retry shortly, or poll GetReport until its status is REPORT_STATUS_READY"
        )
    return found


class FeedbackQueries:
    def __init__(
        self,
        *,
        reports: ReportStore,
        hints: HintRepository,
        reviews: ReviewRepository,
        clock: Clock = utc_now,
    ) -> None:
        self._reports = reports
        self._hints = hints
        self._reviews = reviews
        self._clock = clock

    async def look_up_report(
        self, principal: Principal, interview_id: str, requested: ReportView
    ) -> ReportForViewer | ReportBeingGenerated:
        """The interview's report in the view the caller may have, or word that it is still being built.

        NotFound when feedback knows no completed interview by that id: a report exists (pending)
        from the moment feedback consumed the interview's completion, so anything else is unknown
        (or, for practice and another tenant, not the caller's to know about).
        """
        report = await self._visible_report(principal, interview_id)
        if report is None:
            raise NotFound("report of interview", interview_id)
        view = ReportView.CANDIDATE if principal.is_candidate else requested
        if report.content is None:
            return ReportBeingGenerated(report=report, view=view)
        extra_flags: tuple[str, ...] = ()
        if view is ReportView.RECRUITER and await self._reviews.exists_for(principal.tenant_id, interview_id):
            extra_flags = (FLAG_REVIEW_REQUESTED,)
        return ReportForViewer(report=report, content=report.content.for_view(view, extra_flags), view=view)

    async def get_report(self, principal: Principal, interview_id: str, requested: ReportView) -> ReportForViewer:
        """The ready report, for renderings that need its content; FailedPrecondition while it is being built."""
        return ensure_ready(await self.look_up_report(principal, interview_id, requested), interview_id)

    async def list_hints(self, principal: Principal, interview_id: str) -> list[Hint]:
        """The interview's hints, oldest first. Practice hints are shown to the candidate only."""
        hints = await self._hints.for_interview(principal.tenant_id, interview_id)
        if not principal.is_candidate:
            hints = [h for h in hints if h.kind is not InterviewKind.PRACTICE]
        return hints

    async def request_review(self, principal: Principal, interview_id: str, reason: str) -> ReviewRequest:
        """Record that the caller wants a human to review the interview's outcome (idempotent per caller)."""
        if len(reason) > MAX_REASON_CHARS:
            raise InvalidArgument("reason", f"must be at most {MAX_REASON_CHARS} characters")
        report = await self._visible_report(principal, interview_id)
        if report is None:
            raise NotFound("completed interview", interview_id)
        if report.is_practice:
            raise FailedPrecondition("a practice interview leads to no decision, so there is nothing to review")
        return await self._reviews.add_if_absent(
            ReviewRequest(
                tenant_id=principal.tenant_id,
                review_id=str(uuid.uuid4()),
                interview_id=interview_id,
                requested_by=principal.subject,
                reason=reason.strip(),
                requested_at=self._clock(),
            )
        )

    async def list_reports(self, principal: Principal, position_id: str, candidate_id: str, limit: int) -> list[Report]:
        """Staff's list of ready selection reports, newest first. Practice never appears."""
        if limit > MAX_LIST_LIMIT:
            raise InvalidArgument("limit", f"must be at most {MAX_LIST_LIMIT}, got {limit}")
        return await self._reports.ready_selection_reports(
            principal.tenant_id, position_id=position_id, candidate_id=candidate_id, limit=limit or DEFAULT_LIST_LIMIT
        )

    async def selection_statistics(self, principal: Principal, position_id: str) -> SelectionStatistics:
        """The position's selection statistics, over every ready selection report."""
        reports = await self._reports.ready_selection_reports(principal.tenant_id, position_id=position_id)
        return selection_statistics(position_id, reports)

    async def _visible_report(self, principal: Principal, interview_id: str) -> Report | None:
        report = await self._reports.get(principal.tenant_id, interview_id)
        if report is None:
            return None
        if report.is_practice and not principal.is_candidate:
            # Practice data never reaches employers; saying "not found" does not even confirm it exists.
            return None
        return report
