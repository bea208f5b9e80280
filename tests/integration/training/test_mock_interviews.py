"""Mock interviews through the real pipeline (question-gen, scoring, feedback, training) and the data wall.

One candidate takes a selection interview and two practice interviews for the same position. The
practice interviews get the same hints and reports as the selection one, and the candidate sees the
change per competency between them; to the recruiter role they do not exist, and the selection
statistics count the selection interview only.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

import grpc
import pytest
from wendu.training.adapters.documents import LearningPlanDocument
from wendu.v1 import common_pb2, feedback_pb2, question_gen_pb2, training_pb2

pytestmark = pytest.mark.integration

T = TypeVar("T")
WAIT_SECONDS = 45.0

# Talks past the question: the hint policy always answers it with a hint.
VAGUE = "I am not sure. I usually just try my best and see what happens."
STRONG = (
    "Last year our main customer moved a launch deadline two weeks earlier. As the lead I had to keep the "
    "release on time, so I split the work into two streams, took the payment integration myself, explained "
    "the plan to the customer in a one-page update and held a 10-minute check-in every morning. As a result "
    "we shipped 3 days early, with 40% fewer defects than the release before, and the customer signed a "
    "second contract."
)
WEIGHTS = {"problem_solving": 60, "communication": 40}


async def eventually(action: Callable[[], Awaitable[T | None]], what: str, timeout: float = WAIT_SECONDS) -> T:
    """Retry ``action`` until it returns something (NOT_FOUND counts as not yet)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        try:
            result = await action()
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.NOT_FOUND:
                raise
            result = None
        if result is not None:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.25)


@dataclass
class Taken:
    interview_id: str
    token_metadata: tuple[tuple[str, str], ...]
    report: feedback_pb2.Report
    hints: list


async def take_interview(
    platform, interview_id: str, token: str, answer_for: Callable[[int], str], *, expect_hints: bool = True
) -> Taken:
    """Answer every question (follow-ups included) as the candidate, complete, wait for report and hints."""
    candidate = (("authorization", f"Bearer {token}"),)
    ref = question_gen_pb2.InterviewRef(interview_id=interview_id)
    interview = await platform.interviews.StartInterview(ref, metadata=candidate)
    answered: list[str] = []

    async def next_open() -> question_gen_pb2.Interview | None:
        current = await platform.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=candidate
        )
        ready = current.all_questions_answered or (
            current.current_question_id and current.current_question_id not in answered
        )
        return current if ready else None

    while not interview.all_questions_answered:
        if not interview.current_question_id or interview.current_question_id in answered:
            interview = await eventually(next_open, f"the next question of {interview_id}")
            continue
        question_id = interview.current_question_id
        await platform.interviews.SubmitAnswer(
            question_gen_pb2.SubmitAnswerRequest(
                interview_id=interview_id,
                question_id=question_id,
                text=answer_for(len(answered)),
                idempotency_key=uuid.uuid4().hex,
            ),
            metadata=candidate,
        )
        answered.append(question_id)
        interview = await eventually(next_open, f"the question after {question_id}")
    await platform.interviews.CompleteInterview(ref, metadata=candidate)

    async def ready_report() -> feedback_pb2.Report | None:
        report = await platform.feedback.GetReport(
            feedback_pb2.GetReportRequest(interview_id=interview_id), metadata=candidate
        )
        return report if report.status == feedback_pb2.REPORT_STATUS_READY else None

    report = await eventually(ready_report, f"the report of {interview_id}")

    async def some_hints() -> list | None:
        listed = await platform.feedback.ListHints(
            feedback_pb2.ListHintsRequest(interview_id=interview_id), metadata=candidate
        )
        return list(listed.hints) or None

    # Hints are sparse: strong answers throughout may get none at all (not even praise under 8).
    hints = await eventually(some_hints, f"the hints of {interview_id}") if expect_hints else []
    return Taken(interview_id, candidate, report, hints)


async def test_practice_gets_the_same_hints_and_report_and_is_walled_off_from_the_recruiter(platform, tenant):
    recruiter = platform.recruiter(tenant)
    candidate_id = f"cand-{uuid.uuid4().hex[:6]}"
    position = await platform.positions.CreatePosition(
        question_gen_pb2.CreatePositionRequest(
            title="Operations analyst",
            competencies=[common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in WEIGHTS.items()],
        ),
        metadata=platform.admin(tenant),
    )

    created = await platform.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(
            candidate_id=candidate_id,
            position_id=position.position_id,
            language=common_pb2.LANGUAGE_EN,
            kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        metadata=recruiter,
    )
    selection = await take_interview(
        # A vague answer, its follow-up answered as vaguely, then strong answers.
        platform,
        created.interview.interview_id,
        created.candidate_token,
        lambda i: VAGUE if i < 2 else STRONG,
    )

    # The HR suite starts practice for the candidate; every start is a retake.
    start = training_pb2.StartMockInterviewRequest(
        candidate_id=candidate_id, position_id=position.position_id, language=common_pb2.LANGUAGE_EN
    )
    first_mock = await platform.training.StartMockInterview(start, metadata=platform.admin(tenant))
    practice = await take_interview(platform, first_mock.interview_id, first_mock.candidate_token, lambda i: VAGUE)
    second_mock = await platform.training.StartMockInterview(start, metadata=practice.token_metadata)
    retake = await take_interview(
        platform, second_mock.interview_id, second_mock.candidate_token, lambda i: STRONG, expect_hints=False
    )

    # Same experience: the report has the same shape, and the same answers at the same point of the
    # interview get the same hint (the first one: on the vague answer to the follow-up).
    assert (first_mock.attempt, second_mock.attempt) == (1, 2)
    assert practice.report.kind == common_pb2.INTERVIEW_KIND_PRACTICE
    assert selection.report.kind == common_pb2.INTERVIEW_KIND_SELECTION
    assert {c.competency_id: c.weight_percent for c in practice.report.competencies} == WEIGHTS
    assert {c.competency_id: c.weight_percent for c in selection.report.competencies} == WEIGHTS
    assert practice.report.improvements and practice.report.course_suggestions
    assert practice.hints[0].hint_code == selection.hints[0].hint_code and practice.hints[0].text

    # The wall: to the recruiter role practice does not exist.
    for taken in (practice, retake):
        with pytest.raises(grpc.aio.AioRpcError) as hidden:
            await platform.feedback.GetReport(
                feedback_pb2.GetReportRequest(interview_id=taken.interview_id, view=feedback_pb2.REPORT_VIEW_RECRUITER),
                metadata=recruiter,
            )
        assert hidden.value.code() == grpc.StatusCode.NOT_FOUND
        hints = await platform.feedback.ListHints(
            feedback_pb2.ListHintsRequest(interview_id=taken.interview_id), metadata=recruiter
        )
        assert list(hints.hints) == []
    listed = await platform.feedback.ListReports(
        feedback_pb2.ListReportsRequest(candidate_id=candidate_id), metadata=recruiter
    )
    assert [r.interview_id for r in listed.reports] == [selection.interview_id]
    with pytest.raises(grpc.aio.AioRpcError) as denied:
        await platform.training.GetPracticeProgress(
            training_pb2.GetPracticeProgressRequest(candidate_id=candidate_id), metadata=recruiter
        )
    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED

    # Selection statistics: the selection report alone, to the decimal.
    statistics = await platform.feedback.GetSelectionStatistics(
        feedback_pb2.GetSelectionStatisticsRequest(position_id=position.position_id), metadata=recruiter
    )
    assert statistics.report_count == 1
    assert statistics.mean_overall_score == pytest.approx(round(selection.report.overall_score, 1))
    assert {c.competency_id: (c.report_count, c.mean_score) for c in statistics.competencies} == {
        c.competency_id: (1, pytest.approx(round(c.score, 1))) for c in selection.report.competencies
    }

    # The candidate sees the change per competency since the previous practice interview.
    async def both_sessions() -> training_pb2.PracticeProgress | None:
        progress = await platform.training.GetPracticeProgress(
            training_pb2.GetPracticeProgressRequest(), metadata=retake.token_metadata
        )
        return progress if len(progress.sessions) == 2 else None

    progress = await eventually(both_sessions, "two practice sessions in training")
    before, after = progress.sessions
    assert (before.interview_id, after.interview_id) == (practice.interview_id, retake.interview_id)
    assert list(before.changes) == [] and after.position_id == position.position_id
    # Each session keeps the scores of its interview's report; the change is between the two.
    scores_before = {c.competency_id: c.score for c in before.competency_scores}
    scores_after = {c.competency_id: c.score for c in after.competency_scores}
    assert set(scores_before) == set(scores_after) == set(WEIGHTS)
    assert {c.competency_id: c.change for c in after.changes} == {
        cid: pytest.approx(round(scores_after[cid] - scores_before[cid], 1)) for cid in WEIGHTS
    }
    assert all(c.change > 0 for c in after.changes), list(after.changes)

    # Learning plans follow the same wall: the candidate's latest comes from practice, staff's from selection.
    async def plan_kind(metadata, wanted: str) -> str | None:
        plan = await platform.training.GetLearningPlan(
            training_pb2.GetLearningPlanRequest(candidate_id=candidate_id), metadata=metadata
        )
        stored = LearningPlanDocument.objects(tenant_id=tenant, plan_id=plan.plan_id).first()
        return stored.kind if stored is not None and stored.kind == wanted else None

    assert await eventually(lambda: plan_kind(retake.token_metadata, "practice"), "the candidate's practice plan")
    assert await eventually(lambda: plan_kind(recruiter, "selection"), "the staff's selection plan")
