"""Recording interview history from report-generated, with in-memory fakes."""

from __future__ import annotations

import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from wendu.core import codec, topics
from wendu.core.bus import RecordContext
from wendu.profile.domain.model import InterviewKind
from wendu.profile.handlers.history import UnusableReport
from wendu.v1 import common_pb2, events_pb2

CONTEXT = RecordContext(topic=topics.REPORT_GENERATED, partition=0, offset=0, key="iv-1", timestamp_ms=0)


def report(
    interview_id: str = "iv-1",
    *,
    candidate_id: str = "cand-1",
    kind: int = common_pb2.INTERVIEW_KIND_SELECTION,
    tenant_id: str = "acme",
) -> events_pb2.ReportGenerated:
    return events_pb2.ReportGenerated(
        meta=codec.new_meta(
            events_pb2.ReportGenerated,
            tenant_id=tenant_id,
            interview_id=interview_id,
            candidate_id=candidate_id,
            interview_kind=kind,
        ),
        report_id=f"report-{interview_id}",
        overall_score=6.9,
        competency_scores=[
            common_pb2.CompetencyScore(competency_id="communication", score=8.5, level=4),
            common_pb2.CompetencyScore(competency_id="problem_solving", score=5.9, level=3),
            common_pb2.CompetencyScore(competency_id="teamwork", score=6.0, level=3),
        ],
        question_texts=["Tell me about a hard decision.", "How did you measure the result?"],
        language=common_pb2.LANGUAGE_EN,
        completed_at=Timestamp(seconds=1_740_000_000),
    )


async def test_a_report_becomes_a_history_entry_with_covered_and_weak_competencies(recorder, history):
    await recorder(report(), CONTEXT)

    [entry] = await history.list_for_candidate("acme", "cand-1")
    assert entry.interview_id == "iv-1"
    assert entry.report_id == "report-iv-1"
    assert entry.covered_competency_ids == ("communication", "problem_solving", "teamwork")
    # Below 6.0 is weak; exactly 6.0 is not.
    assert entry.weak_competency_ids == ("problem_solving",)
    assert entry.asked_question_texts == ("Tell me about a hard decision.", "How did you measure the result?")
    assert entry.kind is InterviewKind.SELECTION
    assert entry.completed_at.timestamp() == 1_740_000_000


async def test_recording_announces_profile_updated_keyed_by_candidate(recorder, publisher):
    await recorder(report(), CONTEXT)

    [sent] = publisher.sent
    assert sent.topic == topics.PROFILE_UPDATED
    assert sent.key == "cand-1"
    assert sent.event.reason == "history_recorded"
    assert sent.event.history_count == 1
    assert (sent.event.meta.tenant_id, sent.event.meta.candidate_id, sent.event.meta.interview_id) == (
        "acme",
        "cand-1",
        "iv-1",
    )


async def test_a_redelivered_report_is_recorded_once_and_re_announced_with_the_same_event_id(
    recorder, history, publisher
):
    event = report()
    await recorder(event, CONTEXT)
    await recorder(event, CONTEXT)

    assert await history.count_for_candidate("acme", "cand-1") == 1
    first, second = publisher.sent
    assert first.event.meta.event_id == second.event.meta.event_id
    assert second.event.history_count == 1


async def test_each_interview_adds_its_own_entry(recorder, history, publisher):
    await recorder(report("iv-1"), CONTEXT)
    await recorder(report("iv-2"), CONTEXT)

    assert await history.count_for_candidate("acme", "cand-1") == 2
    assert publisher.sent[-1].event.history_count == 2


async def test_the_same_interview_id_in_another_tenant_is_another_entry(recorder, history):
    await recorder(report(tenant_id="acme"), CONTEXT)
    await recorder(report(tenant_id="globex"), CONTEXT)

    assert await history.count_for_candidate("acme", "cand-1") == 1
    assert await history.count_for_candidate("globex", "cand-1") == 1


async def test_a_practice_report_is_recorded_flagged_as_practice(recorder, history, publisher):
    await recorder(report(kind=common_pb2.INTERVIEW_KIND_PRACTICE), CONTEXT)

    [entry] = await history.list_for_candidate("acme", "cand-1")
    assert entry.kind is InterviewKind.PRACTICE
    assert publisher.sent[0].event.meta.interview_kind == common_pb2.INTERVIEW_KIND_PRACTICE


async def test_a_report_without_a_candidate_is_unusable_and_records_nothing(recorder, history, publisher):
    with pytest.raises(UnusableReport, match="candidate_id"):
        await recorder(report(candidate_id=""), CONTEXT)

    assert history.rows == {}
    assert publisher.sent == []
