"""OverrideScore on the real Kafka and FerretDB: feedback (with training) and insights in-process.

A recruiter changes one competency score with a reason: the stored report shows the new score and
overall with the automated ones kept beside them and the "reviewed by a person" mark; insights'
audit trail (fed by ``decision-audit``) holds the override once, with the reason and the recruiter;
a retry with the same key changes nothing; bad input gets the right status naming the field.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import grpc
import pytest
from support.auth import api_key_metadata
from support.services import running_service
from wendu.core import codec, topics
from wendu.core.auth import Role
from wendu.feedback.adapters.documents import ScoreOverrideDocument
from wendu.insights.bootstrap import make_bootstrap
from wendu.insights.config import MonitorSettings, Settings
from wendu.v1 import (
    accountability_pb2,
    common_pb2,
    events_pb2,
    feedback_pb2,
    feedback_pb2_grpc,
    insights_pb2,
    insights_pb2_grpc,
)

pytestmark = pytest.mark.integration

WEIGHTS = {"communication": 30, "problem_solving": 40, "teamwork": 30}
REASON = "the transcript cut the answer off; the recording shows a complete, specific answer"


def score_ready(tenant: str, interview_id: str, answer_id: str, scores: dict[str, float]) -> events_pb2.ScoreReady:
    return events_pb2.ScoreReady(
        meta=codec.new_meta(
            events_pb2.ScoreReady,
            tenant_id=tenant,
            interview_id=interview_id,
            candidate_id="cand-1",
            interview_kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        answer_id=answer_id,
        question_id=f"q-{answer_id}",
        scores=[common_pb2.CompetencyScore(competency_id=c, score=s, level=3) for c, s in scores.items()],
        scorer=common_pb2.ScorerInfo(name="local", version="1.0", rubric_version="r1", prompt_version="p1"),
        language=common_pb2.LANGUAGE_EN,
        submitted_at=codec.timestamp_now(),
        answer_text="I explained the plan to all 12 stakeholders",
    )


def interview_completed(tenant: str, interview_id: str, answer_ids: list[str]) -> events_pb2.InterviewCompleted:
    return events_pb2.InterviewCompleted(
        meta=codec.new_meta(
            events_pb2.InterviewCompleted,
            tenant_id=tenant,
            interview_id=interview_id,
            candidate_id="cand-1",
            interview_kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        position_id="pos-1",
        weights=[common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in WEIGHTS.items()],
        answer_ids=answer_ids,
        language=common_pb2.LANGUAGE_EN,
        completed_at=codec.timestamp_now(),
    )


@pytest.fixture(scope="module")
async def trail_stub(make_settings) -> AsyncIterator[insights_pb2_grpc.InsightsServiceStub]:
    """Insights (its audit store consumes ``decision-audit``) running beside feedback."""
    core = make_settings("insights")
    settings = Settings(core=core, monitor=MonitorSettings(snapshot_interval_seconds=5.0))
    async with running_service(core, make_bootstrap(settings), consumed=("decision-audit", "candidate-erased")) as addr:
        async with grpc.aio.insecure_channel(addr) as channel:
            yield insights_pb2_grpc.InsightsServiceStub(channel)


@pytest.fixture
async def feedback_stub(platform) -> AsyncIterator[feedback_pb2_grpc.FeedbackServiceStub]:
    async with grpc.aio.insecure_channel(platform.feedback_addr) as channel:
        yield feedback_pb2_grpc.FeedbackServiceStub(channel)


async def ready_report(platform, tenant: str) -> str:
    interview = f"iv-{uuid.uuid4().hex[:8]}"
    publish = platform.publisher.publish
    await publish(
        topics.SCORE_READY,
        score_ready(tenant, interview, "a-1", {"communication": 4.0, "problem_solving": 7.0}),
        key=interview,
    )
    await publish(topics.SCORE_READY, score_ready(tenant, interview, "a-2", {"teamwork": 6.0}), key=interview)
    await publish(topics.INTERVIEW_COMPLETED, interview_completed(tenant, interview, ["a-1", "a-2"]), key=interview)
    await platform.taps[topics.REPORT_GENERATED].wait_for(
        lambda e: e.meta.tenant_id == tenant and e.meta.interview_id == interview
    )
    return interview


def override_request(interview: str, **changes) -> feedback_pb2.OverrideScoreRequest:
    fields = {
        "interview_id": interview,
        "answer_id": "a-1",
        "competency_id": "communication",
        "score": 8.0,
        "reason": REASON,
        "idempotency_key": f"override-{interview}",
    }
    fields.update(changes)
    return feedback_pb2.OverrideScoreRequest(**fields)


async def audit_overrides(trail_stub, metadata, interview: str, expected: int) -> list:
    records: list = []
    for _ in range(150):
        try:
            trail = await trail_stub.ExportAuditTrail(
                insights_pb2.ExportAuditTrailRequest(interview_id=interview), metadata=metadata
            )
            records = [r for r in trail.records if r.kind == accountability_pb2.AUDIT_DECISION_KIND_HUMAN_OVERRIDE]
            if len(records) >= expected:
                return records
        except grpc.aio.AioRpcError as error:
            assert error.code() == grpc.StatusCode.NOT_FOUND
        await asyncio.sleep(0.2)
    return records


async def test_an_override_changes_the_report_keeps_the_automated_score_and_is_audited_once(
    platform, feedback_stub, trail_stub, tenant
):
    interview = await ready_report(platform, tenant)
    recruiter = platform.recruiter(tenant)
    view = feedback_pb2.GetReportRequest(interview_id=interview, view=feedback_pb2.REPORT_VIEW_RECRUITER)
    before = await feedback_stub.GetReport(view, metadata=recruiter)
    # 30% communication 4.0, 40% problem solving 7.0, 30% teamwork 6.0 -> 5.8.
    assert before.overall_score == 5.8 and not before.HasField("human_review")

    stored = await feedback_stub.OverrideScore(override_request(interview), metadata=recruiter)
    assert (stored.automated_score, stored.score_before, stored.score_after) == (4.0, 4.0, 8.0)
    assert stored.recorded_now and stored.overridden_by == "recruiter-1"

    after = await feedback_stub.GetReport(view, metadata=recruiter)
    communication = next(c for c in after.competencies if c.competency_id == "communication")
    assert (communication.score, communication.automated_score) == (8.0, 4.0)
    # 0.3 * 8 + 0.4 * 7 + 0.3 * 6 = 7.0; the automated overall stays beside it.
    assert (after.overall_score, after.automated_overall_score) == (7.0, 5.8)
    assert (after.human_review.reviewed_by, after.human_review.override_count) == ("recruiter-1", 1)
    assert after.human_review.notice == "A person at the employer reviewed this report and adjusted 1 score(s)."

    candidate = await feedback_stub.GetReport(
        feedback_pb2.GetReportRequest(interview_id=interview),
        metadata=platform.candidate(tenant, interview, "cand-1"),
    )
    assert candidate.overall_score == 7.0 and candidate.human_review.override_count == 1
    assert candidate.human_review.reviewed_by == "" and not candidate.HasField("automated_overall_score")

    [record] = await audit_overrides(trail_stub, recruiter, interview, 1)
    assert (record.actor, record.reason, record.decided_by, record.answer_id) == ("recruiter-1", REASON, "human", "a-1")
    assert record.decision == "communication 4.0 -> 8.0 (automated 4.0)"
    assert record.meta.candidate_id == "cand-1"

    # A retry with the same key (even with another score) changes nothing and is not audited twice.
    retry = await feedback_stub.OverrideScore(override_request(interview, score=1.0), metadata=recruiter)
    assert (retry.override_id, retry.score_after, retry.recorded_now) == (stored.override_id, 8.0, False)
    again = await feedback_stub.GetReport(view, metadata=recruiter)
    assert again.overall_score == 7.0 and again.human_review.override_count == 1
    assert ScoreOverrideDocument.objects(tenant_id=tenant, interview_id=interview).count() == 1
    await asyncio.sleep(1.0)
    assert len(await audit_overrides(trail_stub, recruiter, interview, 1)) == 1


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"reason": "  "}, grpc.StatusCode.INVALID_ARGUMENT, "reason"),
        ({"idempotency_key": ""}, grpc.StatusCode.INVALID_ARGUMENT, "idempotency_key"),
        ({"score": 12.0}, grpc.StatusCode.INVALID_ARGUMENT, "score"),
        ({"competency_id": "leadership"}, grpc.StatusCode.INVALID_ARGUMENT, "competency_id"),
        ({"answer_id": "a-unknown"}, grpc.StatusCode.NOT_FOUND, "a-unknown"),
        ({"interview_id": "iv-unknown"}, grpc.StatusCode.NOT_FOUND, "iv-unknown"),
    ],
)
async def test_bad_overrides_get_the_right_status_naming_the_field(
    platform, feedback_stub, tenant, changes, code, field
):
    interview = await ready_report(platform, tenant)
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await feedback_stub.OverrideScore(override_request(interview, **changes), metadata=platform.recruiter(tenant))
    assert refused.value.code() == code
    assert field in (refused.value.details() or "")
    assert ScoreOverrideDocument.objects(tenant_id=tenant).count() == 0


async def test_a_candidate_token_may_not_override(platform, feedback_stub, tenant):
    interview = await ready_report(platform, tenant)
    service = api_key_metadata(platform.signer, tenant, Role.SERVICE)
    for metadata in (platform.candidate(tenant, interview, "cand-1"), service):
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await feedback_stub.OverrideScore(override_request(interview), metadata=metadata)
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_an_override_republishes_the_report_and_the_monitor_counts_the_interview_once_at_its_latest_revision(
    infra, platform, feedback_stub, tenant
):
    """The corrected report reaches report-generated as revision 1 (same report id, its own event id,
    human_reviewed); the faust monitor keeps one outcome for the interview, the revised score, and a
    retried override re-publishes the same revision (same event id), which changes nothing."""
    from support.insights import Snapshots, running_monitor

    sink = Snapshots()
    async with running_monitor(infra.kafka_bootstrap, sink, platform.publisher) as monitor:
        interview = await ready_report(platform, tenant)
        recruiter = platform.recruiter(tenant)
        await feedback_stub.OverrideScore(override_request(interview), metadata=recruiter)
        await feedback_stub.OverrideScore(override_request(interview, score=1.0), metadata=recruiter)  # a retry

        reports = platform.taps[topics.REPORT_GENERATED]
        # At least once: the first report may reach the topic twice (same event id); count by revision.
        mine = await reports.wait_for(lambda e: e.meta.interview_id == interview and e.revision == 1, count=2)
        revised, retried = mine[:2]
        first = next(e for e in reports.events if e.meta.interview_id == interview and e.revision == 0)
        assert (
            len({e.meta.event_id for e in reports.events if e.meta.interview_id == interview and e.revision == 0}) == 1
        )
        assert (first.revision, first.human_reviewed, first.overall_score) == (0, False, 5.8)
        assert (revised.revision, revised.human_reviewed, revised.overall_score) == (1, True, 7.0)
        assert revised.automated_overall_score == 5.8 and revised.HasField("reviewed_at")
        assert revised.report_id == first.report_id and revised.meta.event_id != first.meta.event_id
        assert (retried.revision, retried.meta.event_id) == (1, revised.meta.event_id)

        key = f"{tenant}/cand-1"
        for _ in range(300):
            outcome = (monitor.candidates[key] or {}).get("outcomes", {}).get("pos-1|scoring")
            if outcome is not None and outcome.get("revision") == 1:
                break
            await asyncio.sleep(0.1)
        assert outcome == {**outcome, "value": 7.0, "revision": 1, "interview": interview}
        scoring = await sink.wait_for(tenant, "scoring", 1, unknown=1)
        assert scoring.table.candidates == 1  # the interview counts once, not once per revision
