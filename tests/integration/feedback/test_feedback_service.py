"""Feedback (and training behind it) against the real Kafka and FerretDB, driven through events and gRPC."""

from __future__ import annotations

import asyncio
import threading
import uuid
from datetime import UTC, datetime

import grpc
import pytest
from support.mongo_commands import recorded_commands
from wendu.core import codec, topics
from wendu.feedback.adapters.documents import HintDocument, InterviewScoresDocument, ReportDocument
from wendu.feedback.adapters.repositories import MongoReportRepository, interview_scores_key, report_key
from wendu.feedback.domain.model import Report
from wendu.training.adapters.documents import LearningPlanDocument
from wendu.training.domain.catalogue import STARTER_CATALOGUE
from wendu.v1 import (
    common_pb2,
    events_pb2,
    feedback_pb2,
    feedback_pb2_grpc,
    training_pb2,
    training_pb2_grpc,
)

pytestmark = pytest.mark.integration

WEIGHTS = {"communication": 30, "problem_solving": 40, "teamwork": 30}
COURSE_IDS = {c.course_id for c in STARTER_CATALOGUE}


def score_ready(
    tenant: str,
    interview_id: str,
    answer_id: str,
    scores: dict[str, float],
    *,
    specificity: float = 0.8,
    evidence: str = "I explained the plan to all 12 stakeholders",
    kind: int = common_pb2.INTERVIEW_KIND_SELECTION,
) -> events_pb2.ScoreReady:
    return events_pb2.ScoreReady(
        meta=codec.new_meta(
            events_pb2.ScoreReady,
            tenant_id=tenant,
            interview_id=interview_id,
            candidate_id="cand-1",
            interview_kind=kind,
        ),
        answer_id=answer_id,
        question_id=f"q-{answer_id}",
        scores=[common_pb2.CompetencyScore(competency_id=c, score=s, level=3) for c, s in scores.items()],
        evidence=[common_pb2.Evidence(quote=evidence, start=0, end=len(evidence), competency_id=c) for c in scores],
        star_parts=[
            common_pb2.STAR_PART_SITUATION,
            common_pb2.STAR_PART_TASK,
            common_pb2.STAR_PART_ACTION,
            common_pb2.STAR_PART_RESULT,
        ],
        specificity=specificity,
        relevance=0.9,
        scorer=common_pb2.ScorerInfo(name="local", version="1.0", rubric_version="r1", prompt_version="p1"),
        language=common_pb2.LANGUAGE_EN,
        revision=0,
        submitted_at=codec.timestamp_now(),
        answer_text=evidence,
    )


def interview_completed(
    tenant: str, interview_id: str, answer_ids: list[str], *, kind: int = common_pb2.INTERVIEW_KIND_SELECTION
) -> events_pb2.InterviewCompleted:
    return events_pb2.InterviewCompleted(
        meta=codec.new_meta(
            events_pb2.InterviewCompleted,
            tenant_id=tenant,
            interview_id=interview_id,
            candidate_id="cand-1",
            interview_kind=kind,
        ),
        position_id="pos-1",
        position_title="Product analyst",
        weights=[common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in WEIGHTS.items()],
        answer_ids=answer_ids,
        language=common_pb2.LANGUAGE_EN,
        started_at=codec.to_timestamp(datetime(2025, 3, 1, 9, 0, tzinfo=UTC)),
        completed_at=codec.timestamp_now(),
        question_texts=[f"Tell me about {a}" for a in answer_ids],
    )


def of(tenant: str):
    return lambda event: event.meta.tenant_id == tenant


async def eventually(check, timeout: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.2)


async def test_a_hint_shown_by_question_gen_is_listed_once_even_when_delivered_twice(platform, tenant):
    event = events_pb2.HintReady(
        meta=codec.new_meta(
            events_pb2.HintReady,
            tenant_id=tenant,
            interview_id="iv-h",
            candidate_id="cand-1",
            interview_kind=common_pb2.INTERVIEW_KIND_SELECTION,
            event_id="e-h-1",
        ),
        hint_id="h-1",
        answer_id="a-1",
        question_id="q-1",
        hint_code="add_result",
        kind=common_pb2.HINT_KIND_ADD_RESULT,
        text="Good example. What changed in the end because of what you did?",
        language=common_pb2.LANGUAGE_EN,
    )
    await platform.publisher.publish(topics.HINT_READY, event, key="iv-h")
    await platform.publisher.publish(topics.HINT_READY, event, key="iv-h")
    await eventually(lambda: HintDocument.objects(tenant_id=tenant).count() == 1)

    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        listed = await stub.ListHints(
            feedback_pb2.ListHintsRequest(interview_id="iv-h"),
            metadata=platform.candidate(tenant, "iv-h", "cand-1"),
        )
    assert [(h.hint_id, h.kind) for h in listed.hints] == [("h-1", common_pb2.HINT_KIND_ADD_RESULT)]
    assert HintDocument.objects(tenant_id=tenant).count() == 1


async def test_feedback_decides_no_hint_on_a_score(platform, tenant):
    # Hints are decided by question-gen with the next question; feedback only projects the score.
    event = score_ready(tenant, "iv-n", "a-1", {"communication": 6.0}, specificity=0.1)
    await platform.publisher.publish(topics.SCORE_READY, event, key="iv-n")
    await eventually(lambda: InterviewScoresDocument.objects(tenant_id=tenant).count() == 1)
    await platform.taps[topics.HINT_READY].drain(1.0)
    assert [e for e in platform.taps[topics.HINT_READY].events if of(tenant)(e)] == []


async def test_a_score_before_its_interview_completed_costs_no_scan(platform, tenant):
    """FerretDB v1 serves only ``{_id: ...}`` from an index: the score-ready path (projection, the
    look for a report waiting on it, usually not there yet) sends nothing else about the tenant."""
    interview = f"iv-{uuid.uuid4().hex[:6]}"
    key = report_key(tenant, interview)
    with recorded_commands() as log:
        event = score_ready(tenant, interview, "a-1", {"communication": 6.0}, specificity=0.1)
        await platform.publisher.publish(topics.SCORE_READY, event, key=interview)
        await log.wait_for(lambda c: c.collection == "feedback_reports" and c.filter == {"_id": key})

    assert log.scans(tenant_id=tenant) == []
    assert [(c.name, c.filter) for c in log.on("feedback_reports") if c.about(tenant)] == [("find", {"_id": key})]
    scores_key = interview_scores_key(tenant, interview)
    assert [
        (c.name, c.filter) for c in log.on("feedback_interview_scores") if (c.filter or {}).get("_id") == scores_key
    ] == [("update", {"_id": scores_key})]

    # Once the interview completes, its report is stored under that key and found by it.
    with recorded_commands() as completion:
        completed = interview_completed(tenant, interview, ["a-1"])
        await platform.publisher.publish(topics.INTERVIEW_COMPLETED, completed, key=interview)
        # Our service's own report (a concurrent test run's service may publish one of its own first).
        stored_by_key = ReportDocument._get_collection().find_one
        await eventually(lambda: (stored_by_key({"_id": key}) or {}).get("published") is True)
    stored = stored_by_key({"_id": key})
    assert stored is not None and (stored["tenant_id"], stored["status"]) == (tenant, "ready")
    # The finish goes by _id alone too (findAndModify returning the status it had): no scan at all.
    assert completion.scans("feedback_reports", tenant_id=tenant) == []
    # The report read its interview's scores with one find by _id, not a query by answer ids.
    assert completion.scans("feedback_interview_scores", tenant_id=tenant) == []
    assert ("find", {"_id": scores_key}) in [(c.name, c.filter) for c in completion.on("feedback_interview_scores")]


async def test_report_waits_for_the_last_score_then_goes_out_with_courses_and_a_learning_plan(platform, tenant):
    interview = f"iv-{uuid.uuid4().hex[:6]}"
    publish = platform.publisher.publish
    await publish(
        topics.SCORE_READY,
        score_ready(tenant, interview, "a-1", {"communication": 8.5, "problem_solving": 7.8}),
        key=interview,
    )
    await publish(topics.INTERVIEW_COMPLETED, interview_completed(tenant, interview, ["a-1", "a-2"]), key=interview)
    await eventually(
        lambda: ReportDocument.objects(tenant_id=tenant, interview_id=interview, status="pending").count() == 1
    )
    await platform.taps[topics.REPORT_GENERATED].drain(1.0)
    assert [e for e in platform.taps[topics.REPORT_GENERATED].events if of(tenant)(e)] == []

    await publish(
        topics.SCORE_READY,
        score_ready(tenant, interview, "a-2", {"teamwork": 4.0}, evidence="we just did it together"),
        key=interview,
    )
    [report] = await platform.taps[topics.REPORT_GENERATED].wait_for(of(tenant))
    assert report.meta.interview_id == interview and report.meta.candidate_id == "cand-1"
    # 8.5*0.3 + 7.8*0.4 + 4.0*0.3 = 6.87
    assert report.overall_score == 6.9
    assert [(s.competency_id, s.score) for s in report.competency_scores] == [
        ("communication", 8.5),
        ("problem_solving", 7.8),
        ("teamwork", 4.0),
    ]
    assert list(report.weak_competency_ids) == ["teamwork"]
    # Suggestions came from the real training service over gRPC.
    assert report.course_suggestions
    assert {c.course_id for c in report.course_suggestions} <= COURSE_IDS
    assert {c.competency_id for c in report.course_suggestions} == {"teamwork"}

    [plan] = await platform.taps[topics.LEARNING_PLAN_UPDATED].wait_for(of(tenant))
    assert plan.source_report_id == report.report_id
    assert plan.meta.candidate_id == "cand-1"
    assert [c.competency_id for c in plan.courses] and {c.competency_id for c in plan.courses} == {"teamwork"}
    assert LearningPlanDocument.objects(tenant_id=tenant).count() == 1

    candidate = platform.candidate(tenant, interview, "cand-1")
    recruiter = platform.recruiter(tenant)
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        request = feedback_pb2.GetReportRequest(interview_id=interview, view=feedback_pb2.REPORT_VIEW_RECRUITER)
        as_candidate = await stub.GetReport(request, metadata=candidate)
        as_recruiter = await stub.GetReport(request, metadata=recruiter)
        page = await stub.RenderReport(request, metadata=candidate)
    assert as_candidate.view == feedback_pb2.REPORT_VIEW_CANDIDATE
    assert as_recruiter.view == feedback_pb2.REPORT_VIEW_RECRUITER
    assert as_candidate.report_id == as_recruiter.report_id == report.report_id
    assert as_candidate.overall_score == as_recruiter.overall_score == 6.9
    assert all(len(c.evidence) == 0 for c in as_candidate.competencies) and not as_candidate.scorers
    assert as_recruiter.competencies[0].evidence[0].quote == "I explained the plan to all 12 stakeholders"
    assert as_recruiter.scorers[0].version == "1.0"
    assert page.content_type.startswith("text/html") and "<svg" in page.html

    async with grpc.aio.insecure_channel(platform.training_addr) as channel:
        stub = training_pb2_grpc.TrainingServiceStub(channel)
        own = await stub.GetLearningPlan(
            training_pb2.GetLearningPlanRequest(candidate_id="cand-1"),
            metadata=platform.candidate(tenant, interview, "cand-1"),
        )
    assert own.plan_id == plan.plan_id


async def test_replayed_completion_never_makes_a_second_report(platform, tenant):
    interview = f"iv-{uuid.uuid4().hex[:6]}"
    completed = interview_completed(tenant, interview, ["a-1"])
    await platform.publisher.publish(
        topics.SCORE_READY, score_ready(tenant, interview, "a-1", {"communication": 7.0}), key=interview
    )
    await platform.publisher.publish(topics.INTERVIEW_COMPLETED, completed, key=interview)
    await platform.publisher.publish(topics.INTERVIEW_COMPLETED, completed, key=interview)
    tap = platform.taps[topics.REPORT_GENERATED]
    [first, *_] = await tap.wait_for(of(tenant))
    await tap.drain(2.0)
    reports = [e for e in tap.events if of(tenant)(e)]
    assert {(r.report_id, r.meta.event_id) for r in reports} == {(first.report_id, first.meta.event_id)}
    assert ReportDocument.objects(tenant_id=tenant).count() == 1


async def test_practice_report_is_hidden_from_the_recruiter_but_shown_to_the_candidate(platform, tenant):
    interview = f"iv-{uuid.uuid4().hex[:6]}"
    practice = common_pb2.INTERVIEW_KIND_PRACTICE
    await platform.publisher.publish(
        topics.SCORE_READY, score_ready(tenant, interview, "a-1", {"communication": 7.0}, kind=practice), key=interview
    )
    await platform.publisher.publish(
        topics.INTERVIEW_COMPLETED, interview_completed(tenant, interview, ["a-1"], kind=practice), key=interview
    )
    await platform.taps[topics.REPORT_GENERATED].wait_for(of(tenant))
    request = feedback_pb2.GetReportRequest(interview_id=interview, view=feedback_pb2.REPORT_VIEW_RECRUITER)
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        mine = await stub.GetReport(request, metadata=platform.candidate(tenant, interview, "cand-1"))
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await stub.GetReport(request, metadata=platform.recruiter(tenant))
    assert mine.kind == practice
    assert raised.value.code() in (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.PERMISSION_DENIED)


async def test_how_it_felt_is_stored_once_and_published_as_candidate_feedback(platform, tenant):
    interview = f"iv-{uuid.uuid4().hex[:6]}"
    await platform.publisher.publish(
        topics.SCORE_READY, score_ready(tenant, interview, "a-1", {"communication": 7.0}), key=interview
    )
    await platform.publisher.publish(
        topics.INTERVIEW_COMPLETED, interview_completed(tenant, interview, ["a-1"]), key=interview
    )
    await platform.taps[topics.REPORT_GENERATED].wait_for(of(tenant))
    candidate = platform.candidate(tenant, interview, "cand-1")
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        first = await stub.SubmitCandidateFeedback(
            feedback_pb2.SubmitCandidateFeedbackRequest(interview_id=interview, rating=4, comment="Kind."),
            metadata=candidate,
        )
        again = await stub.SubmitCandidateFeedback(
            feedback_pb2.SubmitCandidateFeedbackRequest(interview_id=interview, rating=1), metadata=candidate
        )
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await stub.SubmitCandidateFeedback(
                feedback_pb2.SubmitCandidateFeedbackRequest(interview_id=interview, rating=9), metadata=candidate
            )
    assert first.recorded_now and first.rating == 4
    assert not again.recorded_now and again.rating == 4 and again.feedback_id == first.feedback_id
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT and "rating" in (raised.value.details() or "")
    [event, repeated] = await platform.taps[topics.CANDIDATE_FEEDBACK].wait_for(of(tenant), count=2)
    assert event.meta.event_id == repeated.meta.event_id  # the repeat deduplicates downstream
    assert (event.rating, event.comment, event.position_id) == (4, "Kind.", "pos-1")
    assert event.meta.schema_version == "wendu.v1.CandidateFeedbackGiven/1"


async def test_bad_requests_get_invalid_argument_naming_the_field(platform, tenant):
    recruiter = platform.recruiter(tenant)
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as missing_id:
            await stub.GetReport(feedback_pb2.GetReportRequest(), metadata=recruiter)
        with pytest.raises(grpc.aio.AioRpcError) as not_ready:
            await stub.GetReport(feedback_pb2.GetReportRequest(interview_id="iv-none"), metadata=recruiter)
        with pytest.raises(grpc.aio.AioRpcError) as anonymous:
            await stub.GetReport(feedback_pb2.GetReportRequest(interview_id="iv-none"))
    async with grpc.aio.insecure_channel(platform.training_addr) as channel:
        stub = training_pb2_grpc.TrainingServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as bad_score:
            await stub.RecommendCourses(
                training_pb2.RecommendCoursesRequest(
                    gaps=[training_pb2.CompetencyGap(competency_id="teamwork", score=12)]
                ),
                metadata=recruiter,
            )
    assert missing_id.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert missing_id.value.details().startswith("interview_id:")
    assert not_ready.value.code() == grpc.StatusCode.NOT_FOUND
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert bad_score.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert bad_score.value.details().startswith("gaps[0].score:")


async def test_a_database_call_runs_off_the_event_loop(platform, tenant, monkeypatch):
    """While GetReport's lookup waits on the database, the service's loop keeps answering other RPCs:
    the lookup is held until the loop has served ListHints and released it (on the loop it would
    wait in vain, and ListHints could not be answered)."""
    gated = f"iv-gated-{uuid.uuid4().hex[:8]}"
    entered, released = threading.Event(), threading.Event()
    waited: list[tuple[bool, bool]] = []
    real_get = MongoReportRepository._get
    loop_thread = threading.current_thread()

    def gated_get(self: MongoReportRepository, tenant_id: str, interview_id: str) -> Report | None:
        if interview_id == gated:  # every other lookup of the in-process service passes
            entered.set()
            # (released by the loop in time, ran on a thread other than the loop's)
            waited.append((released.wait(timeout=10), threading.current_thread() is not loop_thread))
        return real_get(self, tenant_id, interview_id)

    monkeypatch.setattr(MongoReportRepository, "_get", gated_get)
    recruiter = platform.recruiter(tenant)
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        loading = asyncio.ensure_future(  # a gRPC call is an awaitable, not a coroutine
            stub.GetReport(feedback_pb2.GetReportRequest(interview_id=gated), metadata=recruiter, timeout=20)
        )
        await eventually(entered.is_set, timeout=10)
        listed = await stub.ListHints(
            feedback_pb2.ListHintsRequest(interview_id="iv-other"), metadata=recruiter, timeout=5
        )
        assert not loading.done()
        released.set()
        with pytest.raises(grpc.aio.AioRpcError) as not_found:
            await asyncio.wait_for(loading, 10)

    assert list(listed.hints) == []
    assert not_found.value.code() == grpc.StatusCode.NOT_FOUND
    assert waited == [(True, True)]


async def test_get_report_while_generating_says_so_and_an_unknown_interview_stays_not_found(platform, tenant):
    """Completed with one answer still unscored: GetReport answers GENERATING (not NOT_FOUND), the
    renderings FAILED_PRECONDITION saying so; once the last score is in, READY with the same report id."""
    interview = f"iv-{uuid.uuid4().hex[:6]}"
    publish = platform.publisher.publish
    await publish(
        topics.SCORE_READY,
        score_ready(tenant, interview, "a-1", {"communication": 8.5, "problem_solving": 7.8}),
        key=interview,
    )
    await publish(topics.INTERVIEW_COMPLETED, interview_completed(tenant, interview, ["a-1", "a-2"]), key=interview)
    await eventually(
        lambda: ReportDocument.objects(tenant_id=tenant, interview_id=interview, status="pending").count() == 1
    )
    candidate = platform.candidate(tenant, interview, "cand-1")
    recruiter = platform.recruiter(tenant)
    request = feedback_pb2.GetReportRequest(interview_id=interview, view=feedback_pb2.REPORT_VIEW_RECRUITER)
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        generating = await stub.GetReport(request, metadata=recruiter)
        mine = await stub.GetReport(request, metadata=candidate)
        with pytest.raises(grpc.aio.AioRpcError) as page:
            await stub.RenderReport(request, metadata=recruiter)
        with pytest.raises(grpc.aio.AioRpcError) as unknown:
            await stub.GetReport(feedback_pb2.GetReportRequest(interview_id=f"{interview}-x"), metadata=recruiter)

        assert generating.status == feedback_pb2.REPORT_STATUS_GENERATING
        assert generating.interview_id == interview and generating.report_id and generating.candidate_id == "cand-1"
        assert not generating.competencies and generating.overall_score == 0.0
        assert mine.status == feedback_pb2.REPORT_STATUS_GENERATING and mine.view == feedback_pb2.REPORT_VIEW_CANDIDATE
        assert page.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert "still being generated" in (page.value.details() or "")
        assert unknown.value.code() == grpc.StatusCode.NOT_FOUND

        await publish(
            topics.SCORE_READY,
            score_ready(tenant, interview, "a-2", {"teamwork": 4.0}, evidence="we just did it together"),
            key=interview,
        )
        [event] = await platform.taps[topics.REPORT_GENERATED].wait_for(of(tenant))
        ready = await stub.GetReport(request, metadata=recruiter)
    assert ready.status == feedback_pb2.REPORT_STATUS_READY
    assert ready.report_id == generating.report_id == event.report_id
    assert ready.overall_score == 6.9 and ready.assessed_weight_percent == 100


async def test_unanswered_competency_is_stored_and_served_as_not_assessed(platform, tenant):
    """The interview completed with teamwork's question unanswered: the report served from FerretDB
    lists teamwork as not assessed and says the overall covers 2 of 3 competencies, 70% of the weight."""
    interview = f"iv-{uuid.uuid4().hex[:6]}"
    await platform.publisher.publish(
        topics.SCORE_READY,
        score_ready(tenant, interview, "a-1", {"communication": 8.5, "problem_solving": 7.8}),
        key=interview,
    )
    await platform.publisher.publish(
        topics.INTERVIEW_COMPLETED, interview_completed(tenant, interview, ["a-1"]), key=interview
    )
    [event] = await platform.taps[topics.REPORT_GENERATED].wait_for(of(tenant))
    # The event carries scores for what was assessed only; its weights still name all three.
    assert [s.competency_id for s in event.competency_scores] == ["communication", "problem_solving"]
    assert [w.competency_id for w in event.weights] == list(WEIGHTS)
    request = feedback_pb2.GetReportRequest(interview_id=interview, view=feedback_pb2.REPORT_VIEW_RECRUITER)
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        report = await stub.GetReport(request, metadata=platform.recruiter(tenant))
        page = await stub.RenderReport(request, metadata=platform.recruiter(tenant))
    assert [(c.competency_id, c.not_assessed) for c in report.competencies] == [
        ("communication", False),
        ("problem_solving", False),
        ("teamwork", True),
    ]
    # (8.5*30 + 7.8*40) / 70 = 8.1
    assert report.overall_score == 8.1 and event.overall_score == 8.1
    assert (report.assessed_competencies, report.total_competencies, report.assessed_weight_percent) == (2, 3, 70)
    assert "Covers 2 of 3 competencies (70% of the weight). Not assessed: Teamwork." in page.html
