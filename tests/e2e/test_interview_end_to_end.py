"""One real interview, end to end, through the real broker, database and gRPC APIs."""

from __future__ import annotations

import re
import statistics

import pytest
from rich.console import Console
from wendu.cli.client import WenduClient
from wendu.cli.demo import run_demo
from wendu.v1 import feedback_pb2, profile_pb2, question_gen_pb2, scoring_pb2, training_pb2

pytestmark = pytest.mark.e2e


def _quoted_fragments(question: str) -> list[str]:
    """Text inside quotation marks ("…", “…”, 「…」), at least 4 characters long, without the ellipses
    that mark where a long quote was cut."""
    return [m.strip("…") for m in re.findall(r'["“「]([^"”」]{4,})["”」]', question)]


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_candidate_gets_questions_live_hints_and_a_report(platform, tenant_key, language, monkeypatch):
    import wendu.cli.demo as demo

    monkeypatch.setattr(demo, "WenduClient", lambda token: WenduClient(token, platform.addresses))
    result = await run_demo(tenant_key, language, Console(quiet=True))

    assert len(result.questions) >= 3, result.questions
    assert result.hints, "no hint reached the candidate's stream"
    # At least one real follow-up, quoting the candidate's own words from an earlier answer.
    quoted = [
        q for q in result.follow_ups for fragment in _quoted_fragments(q) if any(fragment in a for a in result.answers)
    ]
    assert quoted, (result.follow_ups, result.answers)
    assert result.report is not None
    report = result.report
    assert {c.competency_id for c in report.competencies} == {"communication", "problem_solving", "leadership"}
    assert all(0.0 <= c.score <= 10.0 for c in report.competencies)
    assert sum(c.weight_percent for c in report.competencies) == 100
    assert report.strengths and report.improvements
    # The candidate view never carries evidence or scorer audit data.
    assert not report.scorers and all(not c.evidence for c in report.competencies)
    if language == "zh":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in result.hints[0])

    async with WenduClient(tenant_key, platform.addresses) as staff:
        scores = await staff.scoring.ListScores(scoring_pb2.ListScoresRequest(interview_id=result.interview_id))
        assert len({s.answer_id for s in scores.scores}) >= 3
        recruiter = await staff.feedback.GetReport(
            feedback_pb2.GetReportRequest(interview_id=result.interview_id, view=feedback_pb2.REPORT_VIEW_RECRUITER)
        )
        assert recruiter.scorers, "the recruiter view carries the scorer versions"
        assert report.course_suggestions or recruiter.course_suggestions
        interview = await staff.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=result.interview_id)
        )
        history = await staff.profile.ListInterviewHistory(
            profile_pb2.ListInterviewHistoryRequest(candidate_id=interview.candidate_id)
        )
        assert [e.interview_id for e in history.entries] == [result.interview_id]
        plan = await staff.training.GetLearningPlan(
            training_pb2.GetLearningPlanRequest(candidate_id=interview.candidate_id)
        )
        assert plan.courses

    latencies = sorted(result.hint_latencies)
    print(
        f"\n[{language}] answer->hint over {len(latencies)} hints: "
        f"median {statistics.median(latencies) * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
    )
