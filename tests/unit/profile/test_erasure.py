"""Erasing a candidate in the profile service: data and key gone, tombstone published, idempotent."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from wendu.core import codec, topics
from wendu.core.errors import NotFound
from wendu.profile.domain.model import (
    AssessmentKind,
    AssessmentScore,
    CompetencyResult,
    Consents,
    HistoryEntry,
    InterviewKind,
    Language,
    NewAssessment,
    NewCandidate,
)
from wendu.v1 import common_pb2, events_pb2


def history_entry(candidate_id: str, interview_id: str) -> HistoryEntry:
    return HistoryEntry.record(
        tenant_id="acme",
        candidate_id=candidate_id,
        interview_id=interview_id,
        report_id=f"report-{interview_id}",
        overall_score=7.0,
        competency_scores=[CompetencyResult("communication", 8.0, 4)],
        completed_at=datetime(2025, 2, 2, tzinfo=UTC),
        kind=InterviewKind.SELECTION,
        asked_question_texts=[f"question of {interview_id}"],
        profile_event_id=f"event-{interview_id}",
    )


async def candidate_with_everything(handlers, assessment_handlers, history) -> str:
    candidate = await handlers.create_candidate(
        "acme",
        NewCandidate(
            display_name="Li Na",
            email="lina@example.com",
            preferred_language=Language.EN,
            resume_text="Meituan | Senior Data Analyst | 2019.07 - Present",
            consents=Consents(resume_use=True, external_data=True, ai_scoring=True),
        ),
    )
    cid = candidate.candidate_id
    await assessment_handlers.add_assessment(
        "acme",
        NewAssessment(
            candidate_id=cid,
            source="SHL",
            kind=AssessmentKind.PERSONALITY,
            name="OPQ",
            scores=(AssessmentScore("conscientiousness", 7, 10),),
            taken_at=datetime(2025, 2, 1, tzinfo=UTC),
        ),
    )
    await handlers.link_external_profile(
        "acme", cid, kind="code", url="https://code.example.com/lina", title="Li Na's code"
    )
    for interview_id in ("iv-1", "iv-2"):
        await history.add(history_entry(cid, interview_id))
    return cid


async def test_erasure_removes_every_record_and_the_key(
    handlers, assessment_handlers, eraser, candidates, history, assessments, external_profiles, keyring
):
    cid = await candidate_with_everything(handlers, assessment_handlers, history)

    await eraser.erase("acme", cid)

    assert candidates.rows == {}
    assert history.rows == {}
    assert assessments.rows == []
    assert external_profiles.rows == {}
    assert keyring.destroyed == [("acme", cid)]
    with pytest.raises(NotFound):
        await handlers.get_profile("acme", cid)


async def test_erasure_publishes_the_tombstone_with_the_interviews_profile_knows(
    handlers, assessment_handlers, eraser, history, publisher
):
    cid = await candidate_with_everything(handlers, assessment_handlers, history)
    publisher.sent.clear()

    await eraser.erase("acme", cid)

    [erased] = [p for p in publisher.sent if p.topic == topics.CANDIDATE_ERASED]
    assert erased.key == cid
    assert isinstance(erased.event, events_pb2.CandidateErased)
    assert (erased.event.meta.tenant_id, erased.event.meta.candidate_id) == ("acme", cid)
    assert sorted(erased.event.interview_ids) == ["iv-1", "iv-2"]
    # The envelope is complete: it decodes like any consumed record.
    value, headers = codec.encode(erased.event)
    assert codec.decode(topics.CANDIDATE_ERASED, value, headers) == erased.event
    [updated] = [p for p in publisher.sent if p.topic == topics.PROFILE_UPDATED]
    assert (updated.key, updated.event.reason, updated.event.history_count) == (cid, "erased", 0)


async def test_erasing_twice_deletes_nothing_new_and_republishes_the_same_events(
    handlers, assessment_handlers, eraser, history, publisher
):
    cid = await candidate_with_everything(handlers, assessment_handlers, history)
    first = await eraser.erase("acme", cid)
    sent_first = [(p.topic, p.event.meta.event_id) for p in publisher.sent[-2:]]

    again = await eraser.erase("acme", cid)

    assert again == first
    assert [(p.topic, p.event.meta.event_id) for p in publisher.sent[-2:]] == sent_first


async def test_erasing_an_unknown_candidate_is_not_found(eraser, publisher):
    with pytest.raises(NotFound):
        await eraser.erase("acme", "nobody")
    assert publisher.sent == []


async def test_a_report_arriving_after_erasure_does_not_bring_the_candidate_back(
    handlers, assessment_handlers, eraser, history, recorder, publisher
):
    cid = await candidate_with_everything(handlers, assessment_handlers, history)
    await eraser.erase("acme", cid)
    publisher.sent.clear()
    late = events_pb2.ReportGenerated(
        meta=codec.new_meta(
            events_pb2.ReportGenerated,
            tenant_id="acme",
            interview_id="iv-3",
            candidate_id=cid,
            interview_kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        report_id="report-iv-3",
    )

    await recorder(late, None)

    assert history.rows == {}
    assert publisher.sent == []
