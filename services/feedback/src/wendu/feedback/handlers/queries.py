"""Feedback's API use cases: reading a report in the caller's view, listing hints, asking for review.

Visibility rules live here, once: a candidate reads their own interview in the candidate view;
staff may ask for the recruiter view; practice interviews are the candidate's alone, so to any
other caller they do not exist.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from wendu.core.auth import Principal
from wendu.core.clock import Clock, utc_now
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound
from wendu.feedback.domain.model import Hint, InterviewKind, Report, ReportContent, ReportView, ReviewRequest
from wendu.feedback.domain.report import FLAG_REVIEW_REQUESTED
from wendu.feedback.handlers.ports import HintRepository, ReportRepository, ReviewRepository

MAX_REASON_CHARS = 2000


@dataclass(frozen=True)
class ReportForViewer:
    """A ready report with the content its viewer may see."""

    report: Report
    content: ReportContent
    view: ReportView


class FeedbackQueries:
    def __init__(
        self,
        *,
        reports: ReportRepository,
        hints: HintRepository,
        reviews: ReviewRepository,
        clock: Clock = utc_now,
    ) -> None:
        self._reports = reports
        self._hints = hints
        self._reviews = reviews
        self._clock = clock

    def get_report(self, principal: Principal, interview_id: str, requested: ReportView) -> ReportForViewer:
        """The interview's report in the view the caller may have; NotFound until it is ready."""
        report = self._visible_report(principal, interview_id)
        if report is None or report.content is None:
            raise NotFound("report of interview", interview_id)
        view = ReportView.CANDIDATE if principal.is_candidate else requested
        extra_flags: tuple[str, ...] = ()
        if view is ReportView.RECRUITER and self._reviews.exists_for(principal.tenant_id, interview_id):
            extra_flags = (FLAG_REVIEW_REQUESTED,)
        return ReportForViewer(report=report, content=report.content.for_view(view, extra_flags), view=view)

    def list_hints(self, principal: Principal, interview_id: str) -> list[Hint]:
        """The interview's hints, oldest first. Practice hints are shown to the candidate only."""
        hints = self._hints.for_interview(principal.tenant_id, interview_id)
        if not principal.is_candidate:
            hints = [h for h in hints if h.kind is not InterviewKind.PRACTICE]
        return hints

    def request_review(self, principal: Principal, interview_id: str, reason: str) -> ReviewRequest:
        """Record that the caller wants a human to review the interview's outcome (idempotent per caller)."""
        if len(reason) > MAX_REASON_CHARS:
            raise InvalidArgument("reason", f"must be at most {MAX_REASON_CHARS} characters")
        report = self._visible_report(principal, interview_id)
        if report is None:
            raise NotFound("completed interview", interview_id)
        if report.is_practice:
            raise FailedPrecondition("a practice interview leads to no decision, so there is nothing to review")
        return self._reviews.add_if_absent(
            ReviewRequest(
                tenant_id=principal.tenant_id,
                review_id=str(uuid.uuid4()),
                interview_id=interview_id,
                requested_by=principal.subject,
                reason=reason.strip(),
                requested_at=self._clock(),
            )
        )

    def _visible_report(self, principal: Principal, interview_id: str) -> Report | None:
        report = self._reports.get(principal.tenant_id, interview_id)
        if report is None:
            return None
        if report.is_practice and not principal.is_candidate:
            # Practice data never reaches employers; saying "not found" does not even confirm it exists.
            return None
        return report
