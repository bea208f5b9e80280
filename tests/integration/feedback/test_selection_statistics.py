"""Feedback's staff lists and selection statistics against the real Kafka and FerretDB.

Reports are made the usual way (score-ready, then interview-completed); the statistics and the list
then count selection reports only: practice reports, whatever their scores, never enter them.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import grpc
import pytest
from wendu.core import codec, topics
from wendu.feedback.adapters.documents import ReportDocument
from wendu.v1 import common_pb2, events_pb2, feedback_pb2, feedback_pb2_grpc

pytestmark = pytest.mark.integration

SELECTION = common_pb2.INTERVIEW_KIND_SELECTION
PRACTICE = common_pb2.INTERVIEW_KIND_PRACTICE
WEIGHTS = {"communication": 40, "problem_solving": 60}


def meta(message_type, tenant: str, interview_id: str, candidate_id: str, kind: int):
    return codec.new_meta(
        message_type, tenant_id=tenant, interview_id=interview_id, candidate_id=candidate_id, interview_kind=kind
    )


async def make_report(platform, tenant: str, interview_id: str, candidate_id: str, scores: dict[str, float], kind: int):
    """One answer scored on every competency, then the interview completed for position ``pos-stats``."""
    quote = "I explained the plan to all 12 stakeholders and cut costs by 20%."
    await platform.publisher.publish(
        topics.SCORE_READY,
        events_pb2.ScoreReady(
            meta=meta(events_pb2.ScoreReady, tenant, interview_id, candidate_id, kind),
            answer_id=f"a-{interview_id}",
            question_id=f"q-{interview_id}",
            scores=[common_pb2.CompetencyScore(competency_id=c, score=s, level=3) for c, s in scores.items()],
            evidence=[common_pb2.Evidence(quote=quote, start=0, end=len(quote), competency_id=c) for c in scores],
            star_parts=[common_pb2.STAR_PART_SITUATION, common_pb2.STAR_PART_ACTION, common_pb2.STAR_PART_RESULT],
            specificity=0.8,
            relevance=0.9,
            scorer=common_pb2.ScorerInfo(name="local", version="1.0", rubric_version="r1", prompt_version="p1"),
            language=common_pb2.LANGUAGE_EN,
            submitted_at=codec.timestamp_now(),
            answer_text=quote,
        ),
        key=interview_id,
    )
    await platform.publisher.publish(
        topics.INTERVIEW_COMPLETED,
        events_pb2.InterviewCompleted(
            meta=meta(events_pb2.InterviewCompleted, tenant, interview_id, candidate_id, kind),
            position_id="pos-stats",
            position_title="Analyst",
            weights=[common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in WEIGHTS.items()],
            answer_ids=[f"a-{interview_id}"],
            language=common_pb2.LANGUAGE_EN,
            started_at=codec.to_timestamp(datetime(2025, 3, 1, 9, 0, tzinfo=UTC)),
            completed_at=codec.timestamp_now(),
            question_texts=["Tell me about a plan you explained."],
        ),
        key=interview_id,
    )


async def reports_ready(tenant: str, count: int, timeout: float = 30.0) -> None:
    """Wait for this run's feedback to have ``count`` ready reports of the tenant.

    Not on report-generated: feedback services of other test runs read the same topics and announce
    reports of their own for this tenant.
    """
    deadline = asyncio.get_running_loop().time() + timeout
    while ReportDocument.objects(tenant_id=tenant, status="ready").count() < count:
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"fewer than {count} ready reports of {tenant} in time")
        await asyncio.sleep(0.2)


async def test_statistics_and_lists_count_selection_reports_only(platform, tenant):
    interviews = {
        "iv-s1": ("cand-a", {"communication": 6.0, "problem_solving": 8.0}, SELECTION),
        "iv-s2": ("cand-b", {"communication": 7.0, "problem_solving": 5.0}, SELECTION),
        # Far from the selection scores, so counting it would move every mean.
        "iv-p1": ("cand-a", {"communication": 1.0, "problem_solving": 1.0}, PRACTICE),
        "iv-p2": ("cand-b", {"communication": 10.0, "problem_solving": 10.0}, PRACTICE),
    }
    for interview_id, (candidate_id, scores, kind) in interviews.items():
        await make_report(platform, tenant, interview_id, candidate_id, scores, kind)
    await reports_ready(tenant, 4)

    recruiter = platform.recruiter(tenant)
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        stub = feedback_pb2_grpc.FeedbackServiceStub(channel)
        statistics = await stub.GetSelectionStatistics(
            feedback_pb2.GetSelectionStatisticsRequest(position_id="pos-stats"), metadata=recruiter
        )
        listed = await stub.ListReports(feedback_pb2.ListReportsRequest(position_id="pos-stats"), metadata=recruiter)
        for_a = await stub.ListReports(feedback_pb2.ListReportsRequest(candidate_id="cand-a"), metadata=recruiter)
        limited = await stub.ListReports(feedback_pb2.ListReportsRequest(limit=1), metadata=recruiter)
        practice_view = await stub.GetReport(
            feedback_pb2.GetReportRequest(interview_id="iv-p1"),
            metadata=platform.candidate(tenant, "iv-p1", "cand-a"),
        )
        with pytest.raises(grpc.aio.AioRpcError) as candidate_denied:
            await stub.GetSelectionStatistics(
                feedback_pb2.GetSelectionStatisticsRequest(position_id="pos-stats"),
                metadata=platform.candidate(tenant, "iv-s1", "cand-a"),
            )
        with pytest.raises(grpc.aio.AioRpcError) as no_position:
            await stub.GetSelectionStatistics(feedback_pb2.GetSelectionStatisticsRequest(), metadata=recruiter)
        with pytest.raises(grpc.aio.AioRpcError) as too_many:
            await stub.ListReports(feedback_pb2.ListReportsRequest(limit=1000), metadata=recruiter)

    assert statistics.report_count == 2
    assert {c.competency_id: (c.report_count, c.mean_score) for c in statistics.competencies} == {
        "communication": (2, 6.5),
        "problem_solving": (2, 6.5),
    }
    # Each selection overall is weighted 40/60: 7.2 and 5.8.
    assert statistics.mean_overall_score == pytest.approx(6.5)
    assert sorted(r.interview_id for r in listed.reports) == ["iv-s1", "iv-s2"]
    assert [r.interview_id for r in for_a.reports] == ["iv-s1"]
    assert len(limited.reports) == 1 and limited.reports[0].interview_id in {"iv-s1", "iv-s2"}
    # The practice report exists, for its candidate.
    assert practice_view.kind == PRACTICE
    assert candidate_denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert no_position.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert too_many.value.code() == grpc.StatusCode.INVALID_ARGUMENT and too_many.value.details().startswith("limit:")


async def test_statistics_of_a_position_without_selection_reports_are_empty(platform, tenant):
    await make_report(platform, tenant, "iv-only-practice", "cand-c", {"communication": 9.0}, PRACTICE)
    await reports_ready(tenant, 1)
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        statistics = await feedback_pb2_grpc.FeedbackServiceStub(channel).GetSelectionStatistics(
            feedback_pb2.GetSelectionStatisticsRequest(position_id="pos-stats"), metadata=platform.recruiter(tenant)
        )
    assert (statistics.report_count, list(statistics.competencies), statistics.mean_overall_score) == (0, [], 0.0)
