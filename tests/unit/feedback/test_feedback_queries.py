"""Reading reports and hints, and asking for review: who sees what, through the servicer."""

from __future__ import annotations

import pytest
from wendu.core.auth import Principal, Role
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied
from wendu.core.interceptors import principal_var
from wendu.feedback.entrypoints.grpc_api import FeedbackServicer
from wendu.v1 import common_pb2, feedback_pb2

CANDIDATE = Principal(
    "acme", frozenset({Role.CANDIDATE}), "candidate:cand-1", interview_id="iv-1", candidate_id="cand-1"
)
OTHER_CANDIDATE = Principal(
    "acme", frozenset({Role.CANDIDATE}), "candidate:cand-2", interview_id="iv-2", candidate_id="cand-2"
)
RECRUITER = Principal("acme", frozenset({Role.RECRUITER}), "recruiter-7")
OTHER_TENANT = Principal("globex", frozenset({Role.ADMIN}), "admin-1")

WEIGHTS = {"communication": 50, "teamwork": 50}


@pytest.fixture
def servicer(feedback) -> FeedbackServicer:
    return FeedbackServicer(feedback.queries)


async def call(principal: Principal, method, request):
    token = principal_var.set(principal)
    try:
        return await method(request, None)
    finally:
        principal_var.reset(token)


@pytest.fixture
async def ready_report(feedback, score_ready, interview_completed, ctx):
    async def make(kind: int = common_pb2.INTERVIEW_KIND_SELECTION) -> None:
        await feedback.worker.on_score_ready(
            score_ready(
                "a-1",
                {"communication": 8.0, "teamwork": 5.0},
                evidence=[("I briefed all 12 people", "communication"), ("we shipped it", "teamwork")],
                specificity=0.1,
                kind=kind,
            ),
            ctx,
        )
        await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS, kind=kind), ctx)

    return make


def get(view=feedback_pb2.REPORT_VIEW_RECRUITER, interview_id="iv-1"):
    return feedback_pb2.GetReportRequest(interview_id=interview_id, view=view)


async def test_candidate_gets_the_candidate_view_even_when_asking_for_the_recruiter_view(servicer, ready_report):
    await ready_report()
    report = await call(CANDIDATE, servicer.GetReport, get())
    assert report.view == feedback_pb2.REPORT_VIEW_CANDIDATE
    assert [c.competency_id for c in report.competencies] == ["communication", "teamwork"]
    assert all(len(c.evidence) == 0 for c in report.competencies)
    assert list(report.review_flags) == [] and list(report.scorers) == []
    # Strengths still quote the candidate's own words back to them.
    assert report.strengths[0].evidence_quote == "I briefed all 12 people"


async def test_recruiter_view_adds_evidence_and_scorer_versions(servicer, ready_report):
    await ready_report()
    report = await call(RECRUITER, servicer.GetReport, get())
    assert report.view == feedback_pb2.REPORT_VIEW_RECRUITER
    assert report.competencies[0].evidence[0].quote == "I briefed all 12 people"
    assert report.scorers[0].name == "local" and report.scorers[0].version == "1.0"
    assert report.candidate_id == "cand-1"


async def test_staff_get_the_candidate_view_unless_they_ask_for_the_recruiter_view(servicer, ready_report):
    await ready_report()
    report = await call(RECRUITER, servicer.GetReport, get(view=feedback_pb2.REPORT_VIEW_UNSPECIFIED))
    assert report.view == feedback_pb2.REPORT_VIEW_CANDIDATE
    assert list(report.scorers) == []


async def test_report_is_not_found_until_it_is_ready(servicer, feedback, interview_completed, ctx):
    with pytest.raises(NotFound):
        await call(RECRUITER, servicer.GetReport, get())
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS), ctx)
    with pytest.raises(NotFound):
        await call(RECRUITER, servicer.GetReport, get())


async def test_candidate_cannot_read_another_interview(servicer, ready_report):
    await ready_report()
    with pytest.raises(PermissionDenied):
        await call(OTHER_CANDIDATE, servicer.GetReport, get())


async def test_another_tenant_never_finds_the_report(servicer, ready_report):
    await ready_report()
    with pytest.raises(NotFound):
        await call(OTHER_TENANT, servicer.GetReport, get())


async def test_practice_report_is_visible_to_the_candidate_only(servicer, ready_report):
    await ready_report(common_pb2.INTERVIEW_KIND_PRACTICE)
    mine = await call(CANDIDATE, servicer.GetReport, get())
    assert mine.kind == common_pb2.INTERVIEW_KIND_PRACTICE
    with pytest.raises(NotFound):
        await call(RECRUITER, servicer.GetReport, get())
    with pytest.raises(NotFound):
        await call(RECRUITER, servicer.RenderReport, get())
    hints = await call(RECRUITER, servicer.ListHints, feedback_pb2.ListHintsRequest(interview_id="iv-1"))
    assert list(hints.hints) == []


async def test_hints_are_listed_for_the_interview(servicer, ready_report):
    await ready_report()
    response = await call(CANDIDATE, servicer.ListHints, feedback_pb2.ListHintsRequest(interview_id="iv-1"))
    assert [h.hint_code for h in response.hints] == ["add_number"]


async def test_review_request_is_recorded_once_per_requester_and_flags_the_recruiter_view(servicer, ready_report):
    await ready_report()
    request = feedback_pb2.RequestReviewRequest(interview_id="iv-1", reason="  The transcript missed my last answer. ")
    first = await call(CANDIDATE, servicer.RequestReview, request)
    again = await call(CANDIDATE, servicer.RequestReview, request)
    assert first.review_id == again.review_id
    assert first.requested_by == "candidate:cand-1"
    assert first.reason == "The transcript missed my last answer."
    assert first.requested_at.seconds > 0
    report = await call(RECRUITER, servicer.GetReport, get())
    assert "review_requested" in report.review_flags


async def test_review_of_a_practice_interview_is_a_failed_precondition(servicer, ready_report):
    await ready_report(common_pb2.INTERVIEW_KIND_PRACTICE)
    with pytest.raises(FailedPrecondition):
        await call(CANDIDATE, servicer.RequestReview, feedback_pb2.RequestReviewRequest(interview_id="iv-1"))


async def test_review_of_an_unknown_interview_is_not_found(servicer):
    with pytest.raises(NotFound):
        await call(RECRUITER, servicer.RequestReview, feedback_pb2.RequestReviewRequest(interview_id="iv-404"))


@pytest.mark.parametrize(
    ("method", "request_", "field"),
    [
        ("GetReport", feedback_pb2.GetReportRequest(interview_id=" "), "interview_id"),
        ("GetReport", feedback_pb2.GetReportRequest(interview_id="iv-1", view=7), "view"),  # type: ignore[arg-type]
        ("RenderReport", feedback_pb2.GetReportRequest(), "interview_id"),
        ("ListHints", feedback_pb2.ListHintsRequest(), "interview_id"),
        ("RequestReview", feedback_pb2.RequestReviewRequest(), "interview_id"),
        ("RequestReview", feedback_pb2.RequestReviewRequest(interview_id="iv-1", reason="x" * 2001), "reason"),
    ],
)
async def test_bad_requests_are_invalid_arguments_naming_the_field(servicer, ready_report, method, request_, field):
    await ready_report()
    with pytest.raises(InvalidArgument) as raised:
        await call(RECRUITER, getattr(servicer, method), request_)
    assert raised.value.field == field
    assert str(raised.value).startswith(f"{field}: ")
