"""Reading reports and hints, and asking for review: who sees what, through the servicer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from support.auth import call_as
from wendu.core import topics
from wendu.core.auth import Principal, Role
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied
from wendu.feedback.domain.model import (
    AnswerScore,
    CompetencyScore,
    CompetencyWeight,
    InterviewKind,
    InterviewSummary,
    Language,
    Report,
)
from wendu.feedback.domain.report import build_report
from wendu.feedback.handlers.queries import selection_statistics
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
async def ready_report(feedback, score_ready, hint_ready, interview_completed, ctx):
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
        if kind == common_pb2.INTERVIEW_KIND_SELECTION:
            await feedback.worker.on_hint_ready(hint_ready("a-1"), ctx)
        await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS, kind=kind), ctx)

    return make


def get(view=feedback_pb2.REPORT_VIEW_RECRUITER, interview_id="iv-1"):
    return feedback_pb2.GetReportRequest(interview_id=interview_id, view=view)


async def test_candidate_gets_the_candidate_view_even_when_asking_for_the_recruiter_view(servicer, ready_report):
    await ready_report()
    report = await call_as(CANDIDATE, servicer.GetReport, get())
    assert report.view == feedback_pb2.REPORT_VIEW_CANDIDATE
    assert [c.competency_id for c in report.competencies] == ["communication", "teamwork"]
    assert all(len(c.evidence) == 0 for c in report.competencies)
    assert list(report.review_flags) == [] and list(report.scorers) == []
    # Strengths still quote the candidate's own words back to them.
    assert report.strengths[0].evidence_quote == "I briefed all 12 people"


async def test_recruiter_view_adds_evidence_and_scorer_versions(servicer, ready_report):
    await ready_report()
    report = await call_as(RECRUITER, servicer.GetReport, get())
    assert report.view == feedback_pb2.REPORT_VIEW_RECRUITER
    assert report.competencies[0].evidence[0].quote == "I briefed all 12 people"
    assert report.scorers[0].name == "local" and report.scorers[0].version == "1.0"
    assert report.candidate_id == "cand-1"


async def test_staff_get_the_candidate_view_unless_they_ask_for_the_recruiter_view(servicer, ready_report):
    await ready_report()
    report = await call_as(RECRUITER, servicer.GetReport, get(view=feedback_pb2.REPORT_VIEW_UNSPECIFIED))
    assert report.view == feedback_pb2.REPORT_VIEW_CANDIDATE
    assert list(report.scorers) == []


async def test_an_interview_feedback_never_saw_complete_is_not_found(servicer, feedback, score_ready, ctx):
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.GetReport, get())
    # A scored answer alone is no completed interview: still unknown.
    await feedback.worker.on_score_ready(score_ready("a-1", {"communication": 8.0}), ctx)
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.GetReport, get())


async def test_get_report_while_generating_says_so(servicer, feedback, score_ready, interview_completed, ctx):
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS), ctx)

    generating = await call_as(RECRUITER, servicer.GetReport, get())
    assert generating.status == feedback_pb2.REPORT_STATUS_GENERATING
    assert generating.interview_id == "iv-1" and generating.report_id and generating.candidate_id == "cand-1"
    assert generating.language == common_pb2.LANGUAGE_EN
    # Nothing that could pass for a result: no score, no competency, no advice.
    assert generating.overall_score == 0.0 and not generating.competencies
    assert not generating.strengths and not generating.improvements and not generating.HasField("generated_at")
    for render in (servicer.RenderReport, servicer.RenderReportPdf):
        with pytest.raises(FailedPrecondition, match="still being generated"):
            await call_as(RECRUITER, render, get())

    await feedback.worker.on_score_ready(score_ready("a-1", {"communication": 8.0, "teamwork": 6.0}), ctx)
    ready = await call_as(RECRUITER, servicer.GetReport, get())
    assert ready.status == feedback_pb2.REPORT_STATUS_READY
    assert ready.report_id == generating.report_id
    assert ready.overall_score == 7.0 and ready.HasField("generated_at")


async def test_a_candidate_sees_their_own_report_generating_in_the_candidate_view(
    servicer, feedback, interview_completed, ctx
):
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS), ctx)
    generating = await call_as(CANDIDATE, servicer.GetReport, get(view=feedback_pb2.REPORT_VIEW_RECRUITER))
    assert generating.status == feedback_pb2.REPORT_STATUS_GENERATING
    assert generating.view == feedback_pb2.REPORT_VIEW_CANDIDATE
    with pytest.raises(PermissionDenied):
        await call_as(OTHER_CANDIDATE, servicer.GetReport, get())


async def test_a_practice_report_being_generated_is_not_found_for_staff(servicer, feedback, interview_completed, ctx):
    practice = common_pb2.INTERVIEW_KIND_PRACTICE
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS, kind=practice), ctx)
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.GetReport, get())
    mine = await call_as(CANDIDATE, servicer.GetReport, get())
    assert mine.status == feedback_pb2.REPORT_STATUS_GENERATING


async def test_unanswered_competency_is_shown_as_not_assessed(
    servicer, feedback, score_ready, interview_completed, ctx
):
    """Three of four competencies answered: the fourth is listed, not assessed, and the overall says
    it covers 3 of 4 competencies, 70% of the weight, rather than silently standing for all of it."""
    weights = {"communication": 30, "problem_solving": 20, "teamwork": 20, "leadership": 30}
    await feedback.worker.on_score_ready(
        score_ready("a-1", {"communication": 8.0, "problem_solving": 7.0, "teamwork": 6.0}), ctx
    )
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], weights), ctx)

    report = await call_as(RECRUITER, servicer.GetReport, get())
    assert report.status == feedback_pb2.REPORT_STATUS_READY
    by_id = {c.competency_id: c for c in report.competencies}
    assert list(by_id) == ["communication", "problem_solving", "teamwork", "leadership"]
    assert by_id["leadership"].not_assessed and by_id["leadership"].weight_percent == 30
    assert not any(by_id[c].not_assessed for c in ("communication", "problem_solving", "teamwork"))
    assert (report.assessed_competencies, report.total_competencies, report.assessed_weight_percent) == (3, 4, 70)
    # (8*30 + 7*20 + 6*20) / 70 = 7.14: over what was assessed, and said so.
    assert report.overall_score == 7.1
    assert "leadership" not in {i.competency_id for i in (*report.strengths, *report.improvements)}
    # Never a course for a competency nobody assessed.
    assert {c.competency_id for c in report.course_suggestions} <= {"communication", "problem_solving", "teamwork"}
    [event] = feedback.publisher.on(topics.REPORT_GENERATED)
    assert [s.competency_id for s in event.competency_scores] == ["communication", "problem_solving", "teamwork"]
    assert [w.competency_id for w in event.weights] == list(weights)
    # Staff's list says what each overall covers too.
    listed = await call_as(RECRUITER, servicer.ListReports, feedback_pb2.ListReportsRequest())
    assert [(r.overall_score, r.assessed_weight_percent) for r in listed.reports] == [(7.1, 70)]


async def test_candidate_cannot_read_another_interview(servicer, ready_report):
    await ready_report()
    with pytest.raises(PermissionDenied):
        await call_as(OTHER_CANDIDATE, servicer.GetReport, get())


async def test_another_tenant_never_finds_the_report(servicer, ready_report):
    await ready_report()
    with pytest.raises(NotFound):
        await call_as(OTHER_TENANT, servicer.GetReport, get())


async def test_practice_report_is_visible_to_the_candidate_only(servicer, ready_report):
    await ready_report(common_pb2.INTERVIEW_KIND_PRACTICE)
    mine = await call_as(CANDIDATE, servicer.GetReport, get())
    assert mine.kind == common_pb2.INTERVIEW_KIND_PRACTICE
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.GetReport, get())
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.RenderReport, get())
    hints = await call_as(RECRUITER, servicer.ListHints, feedback_pb2.ListHintsRequest(interview_id="iv-1"))
    assert list(hints.hints) == []


async def test_hints_are_listed_for_the_interview(servicer, ready_report):
    await ready_report()
    response = await call_as(CANDIDATE, servicer.ListHints, feedback_pb2.ListHintsRequest(interview_id="iv-1"))
    assert [(h.hint_code, h.kind) for h in response.hints] == [("add_result", common_pb2.HINT_KIND_ADD_RESULT)]


async def test_review_request_is_recorded_once_per_requester_and_flags_the_recruiter_view(servicer, ready_report):
    await ready_report()
    request = feedback_pb2.RequestReviewRequest(interview_id="iv-1", reason="  The transcript missed my last answer. ")
    first = await call_as(CANDIDATE, servicer.RequestReview, request)
    again = await call_as(CANDIDATE, servicer.RequestReview, request)
    assert first.review_id == again.review_id
    assert first.requested_by == "candidate:cand-1"
    assert first.reason == "The transcript missed my last answer."
    assert first.requested_at.seconds > 0
    report = await call_as(RECRUITER, servicer.GetReport, get())
    assert "review_requested" in report.review_flags


async def test_review_of_a_practice_interview_is_a_failed_precondition(servicer, ready_report):
    await ready_report(common_pb2.INTERVIEW_KIND_PRACTICE)
    with pytest.raises(FailedPrecondition):
        await call_as(CANDIDATE, servicer.RequestReview, feedback_pb2.RequestReviewRequest(interview_id="iv-1"))


async def test_review_of_an_unknown_interview_is_not_found(servicer):
    with pytest.raises(NotFound):
        await call_as(RECRUITER, servicer.RequestReview, feedback_pb2.RequestReviewRequest(interview_id="iv-404"))


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
        await call_as(RECRUITER, getattr(servicer, method), request_)
    assert raised.value.field == field
    assert str(raised.value).startswith(f"{field}: ")


def test_selection_statistics_leave_a_not_assessed_competency_out_of_its_mean_never_count_it_as_zero():
    def ready(interview_id: str, scores: dict[str, float]) -> Report:
        weights = (CompetencyWeight("communication", 50), CompetencyWeight("teamwork", 50))
        summary = InterviewSummary(
            tenant_id="acme",
            interview_id=interview_id,
            candidate_id="cand-1",
            kind=InterviewKind.SELECTION,
            language=Language.EN,
            position_id="pos-1",
            position_title="Analyst",
            weights=weights,
            answer_ids=("a-1",),
        )
        answer = AnswerScore(
            "acme",
            interview_id,
            "a-1",
            "q-1",
            0,
            Language.EN,
            tuple(CompetencyScore(c, s, 3) for c, s in scores.items()),
        )
        return Report(summary, f"r-{interview_id}", f"e-{interview_id}").finished(
            build_report(Language.EN, weights, [answer]), (), datetime(2025, 3, 1, tzinfo=UTC)
        )

    statistics = selection_statistics(
        "pos-1",
        [
            ready("iv-1", {"communication": 8.0, "teamwork": 6.0}),
            ready("iv-2", {"communication": 6.0}),  # teamwork's question unanswered
            ready("iv-3", {}),  # nothing answered: no overall to average
        ],
    )
    by_id = {c.competency_id: c for c in statistics.competencies}
    assert (by_id["teamwork"].report_count, by_id["teamwork"].mean_score) == (1, 6.0)
    assert (by_id["communication"].report_count, by_id["communication"].mean_score) == (2, 7.0)
    assert statistics.report_count == 3
    # (7.0 + 6.0) / 2: the report that assessed nothing does not pull the mean to 0.
    assert statistics.mean_overall_score == 6.5
