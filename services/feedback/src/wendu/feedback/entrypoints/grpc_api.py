"""FeedbackService over gRPC: validate the request, authorize the caller, call the use case, map the result.

Domain errors raised here or below are mapped to status codes by the shared interceptor.
"""

from __future__ import annotations

import asyncio

import grpc
from wendu.core import codec
from wendu.core.auth import Role, authorize
from wendu.core.errors import InvalidArgument, require
from wendu.core.interceptors import current_principal
from wendu.feedback.domain.model import Report, ReportView
from wendu.feedback.entrypoints import report_pdf
from wendu.feedback.entrypoints.report_html import CONTENT_TYPE, render_report_html
from wendu.feedback.handlers import mapping
from wendu.feedback.handlers.candidate_feedback import CandidateFeedbackRecorder
from wendu.feedback.handlers.overrides import OverrideRequest, ScoreOverrides
from wendu.feedback.handlers.queries import FeedbackQueries, ReportBeingGenerated, ReportForViewer, ensure_ready
from wendu.v1 import feedback_pb2, feedback_pb2_grpc

SERVICE_FULL_NAME = feedback_pb2.DESCRIPTOR.services_by_name["FeedbackService"].full_name
# A PDF takes a few hundred ms of CPU in a worker thread; more at once would only queue behind the
# GIL and hold the default executor's threads that the database calls also run on.
MAX_CONCURRENT_PDF_RENDERS = 2

_VIEW_FROM_PROTO = {
    # Without an explicit request, everyone gets the developmental view.
    feedback_pb2.REPORT_VIEW_UNSPECIFIED: ReportView.CANDIDATE,
    feedback_pb2.REPORT_VIEW_CANDIDATE: ReportView.CANDIDATE,
    feedback_pb2.REPORT_VIEW_RECRUITER: ReportView.RECRUITER,
}


def _report_summary(report: Report) -> feedback_pb2.ReportSummary:
    summary = report.summary
    message = feedback_pb2.ReportSummary(
        report_id=report.report_id,
        interview_id=summary.interview_id,
        candidate_id=summary.candidate_id,
        position_id=summary.position_id,
        overall_score=report.content.overall_score if report.content else 0.0,
        assessed_weight_percent=report.content.coverage.assessed_weight_percent if report.content else 0,
    )
    if report.generated_at is not None:
        message.generated_at.CopyFrom(codec.to_timestamp(report.generated_at))
    return message


def _view(value: int) -> ReportView:
    view = _VIEW_FROM_PROTO.get(value)  # type: ignore[call-overload]
    if view is None:
        raise InvalidArgument("view", f"unknown report view {value}")
    return view


class FeedbackServicer(feedback_pb2_grpc.FeedbackServiceServicer):
    def __init__(self, queries: FeedbackQueries, ratings: CandidateFeedbackRecorder, overrides: ScoreOverrides) -> None:
        self._queries = queries
        self._ratings = ratings
        self._overrides = overrides
        self._pdf_slots = asyncio.Semaphore(MAX_CONCURRENT_PDF_RENDERS)

    async def _look_up(self, request: feedback_pb2.GetReportRequest) -> ReportForViewer | ReportBeingGenerated:
        interview_id = require(request.interview_id, "interview_id")
        view = _view(request.view)
        principal = current_principal()
        authorize(principal, allow_candidate=True, interview_id=interview_id)
        return await self._queries.look_up_report(principal, interview_id, view)

    async def _report(self, request: feedback_pb2.GetReportRequest) -> ReportForViewer:
        """The ready report for a rendering; FAILED_PRECONDITION while it is being generated."""
        found = await self._look_up(request)
        return ensure_ready(found, found.report.interview_id)

    async def GetReport(
        self, request: feedback_pb2.GetReportRequest, context: grpc.aio.ServicerContext
    ) -> feedback_pb2.Report:
        found = await self._look_up(request)
        if isinstance(found, ReportBeingGenerated):
            return mapping.generating_report_to_proto(found.report, found.view)
        return mapping.report_to_proto(found.report, found.content, found.view)

    async def RenderReport(
        self, request: feedback_pb2.GetReportRequest, context: grpc.aio.ServicerContext
    ) -> feedback_pb2.RenderedReport:
        return feedback_pb2.RenderedReport(
            content_type=CONTENT_TYPE, html=render_report_html(await self._report(request))
        )

    async def RenderReportPdf(
        self, request: feedback_pb2.GetReportRequest, context: grpc.aio.ServicerContext
    ) -> feedback_pb2.RenderedDocument:
        result = await self._report(request)
        async with self._pdf_slots:
            pdf = await asyncio.to_thread(report_pdf.render_report_pdf, result)
        return feedback_pb2.RenderedDocument(
            content_type=report_pdf.CONTENT_TYPE,
            content=pdf,
            filename=report_pdf.filename_for(result.report.summary.interview_id, result.report.summary.language),
        )

    async def ListHints(
        self, request: feedback_pb2.ListHintsRequest, context: grpc.aio.ServicerContext
    ) -> feedback_pb2.ListHintsResponse:
        interview_id = require(request.interview_id, "interview_id")
        principal = current_principal()
        authorize(principal, allow_candidate=True, interview_id=interview_id)
        hints = await self._queries.list_hints(principal, interview_id)
        return feedback_pb2.ListHintsResponse(hints=[mapping.hint_to_event(h) for h in hints])

    async def RequestReview(
        self, request: feedback_pb2.RequestReviewRequest, context: grpc.aio.ServicerContext
    ) -> feedback_pb2.ReviewRequest:
        interview_id = require(request.interview_id, "interview_id")
        principal = current_principal()
        authorize(principal, allow_candidate=True, interview_id=interview_id)
        review = await self._queries.request_review(principal, interview_id, request.reason)
        return mapping.review_to_proto(review)

    async def ListReports(
        self, request: feedback_pb2.ListReportsRequest, context: grpc.aio.ServicerContext
    ) -> feedback_pb2.ListReportsResponse:
        principal = current_principal()
        authorize(principal)
        reports = await self._queries.list_reports(
            principal, request.position_id.strip(), request.candidate_id.strip(), request.limit
        )
        return feedback_pb2.ListReportsResponse(reports=[_report_summary(r) for r in reports])

    async def GetSelectionStatistics(
        self, request: feedback_pb2.GetSelectionStatisticsRequest, context: grpc.aio.ServicerContext
    ) -> feedback_pb2.SelectionStatistics:
        position_id = require(request.position_id, "position_id")
        principal = current_principal()
        authorize(principal)
        statistics = await self._queries.selection_statistics(principal, position_id)
        return feedback_pb2.SelectionStatistics(
            position_id=statistics.position_id,
            report_count=statistics.report_count,
            mean_overall_score=statistics.mean_overall_score,
            competencies=[
                feedback_pb2.CompetencyStatistic(
                    competency_id=c.competency_id, report_count=c.report_count, mean_score=c.mean_score
                )
                for c in statistics.competencies
            ],
        )

    async def SubmitCandidateFeedback(
        self, request: feedback_pb2.SubmitCandidateFeedbackRequest, context: grpc.aio.ServicerContext
    ) -> feedback_pb2.CandidateFeedback:
        interview_id = require(request.interview_id, "interview_id")
        principal = current_principal()
        authorize(principal, allow_candidate=True, interview_id=interview_id)
        stored, new = await self._ratings.submit(principal, interview_id, request.rating, request.comment)
        message = feedback_pb2.CandidateFeedback(
            feedback_id=stored.feedback_id,
            interview_id=stored.interview_id,
            rating=stored.rating,
            comment=stored.comment,
            recorded_now=new,
        )
        message.submitted_at.CopyFrom(codec.to_timestamp(stored.submitted_at))
        return message

    async def OverrideScore(
        self, request: feedback_pb2.OverrideScoreRequest, context: grpc.aio.ServicerContext
    ) -> feedback_pb2.ScoreOverride:
        principal = current_principal()
        # Staff only (recruiter or admin); a candidate token gets PERMISSION_DENIED before any field check.
        authorize(principal, roles=(Role.RECRUITER, Role.ADMIN))
        override = OverrideRequest(
            interview_id=require(request.interview_id, "interview_id"),
            answer_id=require(request.answer_id, "answer_id"),
            competency_id=require(request.competency_id, "competency_id"),
            score=request.score,
            reason=request.reason,
            idempotency_key=require(request.idempotency_key, "idempotency_key"),
        )
        stored, new = await self._overrides.override(principal, override)
        return mapping.score_override_to_proto(stored, recorded_now=new)
