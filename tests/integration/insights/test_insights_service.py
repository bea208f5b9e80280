"""InsightsService in-process (API + worker + faust monitor) on the real Kafka and FerretDB: decisions
recorded by the HR suite reach the selection rate, the gauges and the alert; a changed decision needs
a reason and is audited as a human override; the audit trail is exported per interview."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import grpc
import pytest
from prometheus_client import REGISTRY
from support.auth import api_key_metadata, candidate_metadata
from support.insights import Population
from support.kafka import TopicReader
from support.services import running_service
from wendu.core import topics
from wendu.core.auth import Role, TokenSigner
from wendu.insights.bootstrap import make_bootstrap
from wendu.insights.config import MonitorSettings, Settings
from wendu.v1 import accountability_pb2, insights_pb2, insights_pb2_grpc

pytestmark = pytest.mark.integration


@dataclass
class RunningInsights:
    stub: insights_pb2_grpc.InsightsServiceStub
    signer: TokenSigner


@pytest.fixture(scope="module")
async def insights(make_settings) -> AsyncIterator[RunningInsights]:
    core = make_settings("insights")
    settings = Settings(
        core=core,
        monitor=MonitorSettings(window_days=30, retain_days=400, min_candidates=3, snapshot_interval_seconds=0.2),
    )
    async with running_service(
        core, make_bootstrap(settings), consumed=("decision-audit", "candidate-erased")
    ) as address:
        async with grpc.aio.insecure_channel(address) as channel:
            yield RunningInsights(insights_pb2_grpc.InsightsServiceStub(channel), TokenSigner(core.auth_secret))


async def impact_ratios(insights: RunningInsights, tenant: str, position: str, candidates: int):
    metadata = api_key_metadata(insights.signer, tenant, Role.RECRUITER)
    for _ in range(150):
        reply = await insights.stub.GetImpactRatios(
            insights_pb2.GetImpactRatiosRequest(
                position_id=position, measure=accountability_pb2.OUTCOME_MEASURE_SELECTION_RATE
            ),
            metadata=metadata,
        )
        # Every candidate counted, and every statement applied (no one left unknown: statements and
        # decisions travel on different topics, so a decision may be counted before its statement).
        if reply.snapshots and reply.snapshots[0].candidates == candidates:
            unknown = [c for c in reply.snapshots[0].categories if c.dimension == "sex" and c.category == "unknown"]
            if not unknown:
                return reply.snapshots[0]
        await asyncio.sleep(0.2)
    raise AssertionError(f"no selection snapshot of {candidates} candidates; last reply {reply}")


async def test_decisions_reach_the_selection_rate_the_gauges_and_the_alert(insights, publisher, tenant):
    population = Population(publisher, tenant, "pos-hr")
    service = api_key_metadata(insights.signer, tenant, Role.SERVICE)
    # 4 men all advanced, 4 women one advanced: women's ratio 0.25 / 1.0, with 4 >= 3 candidates.
    for sex, advanced_count in (("male", 4), ("female", 1)):
        for i in range(4):
            candidate_id = f"c-{uuid.uuid4().hex[:10]}"
            await population.identify(candidate_id, sex, "asian")
            outcome = (
                accountability_pb2.HIRING_OUTCOME_ADVANCED
                if i < advanced_count
                else accountability_pb2.HIRING_OUTCOME_REJECTED
            )
            await insights.stub.RecordDecision(
                insights_pb2.RecordDecisionRequest(
                    candidate_id=candidate_id, position_id="pos-hr", outcome=outcome, decision_id=f"d-{candidate_id}"
                ),
                metadata=service,
            )

    snapshot = await impact_ratios(insights, tenant, "pos-hr", 8)

    women = next(c for c in snapshot.categories if c.dimension == "sex" and c.category == "female")
    assert (women.candidates, women.positives, women.impact_ratio, women.adverse) == (4, 1, 0.25, True)
    labels = {"tenant": tenant, "position": "pos-hr", "measure": "selection"}
    assert REGISTRY.get_sample_value("wendu_fairness_adverse_categories", labels) >= 1
    assert REGISTRY.get_sample_value("wendu_fairness_adverse_impact_alerts_total", labels) >= 1
    assert REGISTRY.get_sample_value(
        "wendu_fairness_impact_ratio", {**labels, "dimension": "sex", "category": "female"}
    ) == pytest.approx(0.25)


async def test_changing_a_decision_needs_a_reason_and_is_audited_as_an_override(insights, tenant):
    recruiter = api_key_metadata(insights.signer, tenant, Role.RECRUITER, subject="recruiter-7")
    first = insights_pb2.RecordDecisionRequest(
        candidate_id="cand-1",
        position_id="pos-1",
        interview_id="iv-override",
        outcome=accountability_pb2.HIRING_OUTCOME_REJECTED,
        decision_id="d-1",
    )
    await insights.stub.RecordDecision(first, metadata=recruiter)
    again = await insights.stub.RecordDecision(first, metadata=recruiter)
    assert not again.changed

    change = insights_pb2.RecordDecisionRequest(
        candidate_id="cand-1",
        position_id="pos-1",
        interview_id="iv-override",
        outcome=accountability_pb2.HIRING_OUTCOME_ADVANCED,
        decision_id="d-2",
    )
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await insights.stub.RecordDecision(change, metadata=recruiter)
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT and "reason" in (refused.value.details() or "")
    change.reason = "the portfolio review showed the skills the interview missed"
    changed = await insights.stub.RecordDecision(change, metadata=recruiter)
    assert changed.changed

    trail = None
    for _ in range(100):
        try:
            trail = await insights.stub.ExportAuditTrail(
                insights_pb2.ExportAuditTrailRequest(interview_id="iv-override"), metadata=recruiter
            )
            if len(trail.records) >= 2:
                break
        except grpc.aio.AioRpcError as error:
            assert error.code() == grpc.StatusCode.NOT_FOUND
        await asyncio.sleep(0.2)
    assert trail is not None
    kinds = [r.kind for r in trail.records]
    assert kinds == [
        accountability_pb2.AUDIT_DECISION_KIND_HIRING_DECISION,
        accountability_pb2.AUDIT_DECISION_KIND_HUMAN_OVERRIDE,
    ]
    original, override = trail.records
    assert (override.actor, override.reason) == ("recruiter-7", change.reason)
    assert override.overrides_record_id == original.meta.event_id


async def test_reading_a_trail_is_itself_recorded_with_the_caller_and_listed_with_the_candidates_records(
    infra, insights, tenant
):
    """ExportAuditTrail leaves a DATA_ACCESS record (who, with which role, which interview and
    candidate, when) on decision-audit; the candidate's records list it, the interview's decisions do not."""
    recruiter = api_key_metadata(insights.signer, tenant, Role.RECRUITER, subject="recruiter-8")
    await insights.stub.RecordDecision(
        insights_pb2.RecordDecisionRequest(
            candidate_id="cand-read",
            position_id="pos-1",
            interview_id="iv-read",
            outcome=accountability_pb2.HIRING_OUTCOME_ADVANCED,
            decision_id="d-read",
        ),
        metadata=recruiter,
    )
    async with TopicReader(infra.kafka_bootstrap, topics.DECISION_AUDIT) as topic:
        trail = None
        for _ in range(100):
            try:
                trail = await insights.stub.ExportAuditTrail(
                    insights_pb2.ExportAuditTrailRequest(interview_id="iv-read"), metadata=recruiter
                )
                break
            except grpc.aio.AioRpcError as error:
                assert error.code() == grpc.StatusCode.NOT_FOUND
            await asyncio.sleep(0.2)
        assert trail is not None
        [access] = await topic.wait_for(
            lambda r: r.meta.tenant_id == tenant and r.kind == accountability_pb2.AUDIT_DECISION_KIND_DATA_ACCESS
        )
    assert (access.actor, list(access.actor_roles), access.decided_by) == ("recruiter-8", ["recruiter"], "insights")
    assert (access.meta.interview_id, access.meta.candidate_id) == ("iv-read", "cand-read")
    assert access.decision == "ExportAuditTrail 1 record(s)"

    admin = api_key_metadata(insights.signer, tenant, Role.ADMIN, subject="admin-2")
    kinds: list[int] = []
    for _ in range(100):
        everything = await insights.stub.ExportAuditTrail(
            insights_pb2.ExportAuditTrailRequest(candidate_id="cand-read"), metadata=admin
        )
        kinds = [r.kind for r in everything.records]
        if accountability_pb2.AUDIT_DECISION_KIND_DATA_ACCESS in kinds:
            break
        await asyncio.sleep(0.2)
    assert kinds[0] == accountability_pb2.AUDIT_DECISION_KIND_HIRING_DECISION
    assert accountability_pb2.AUDIT_DECISION_KIND_DATA_ACCESS in kinds
    again = await insights.stub.ExportAuditTrail(
        insights_pb2.ExportAuditTrailRequest(interview_id="iv-read"), metadata=recruiter
    )
    assert [r.kind for r in again.records] == [accountability_pb2.AUDIT_DECISION_KIND_HIRING_DECISION]

    for bad, field in (({}, "interview_id"), ({"interview_id": "iv-read", "candidate_id": "c"}, "candidate_id")):
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await insights.stub.ExportAuditTrail(insights_pb2.ExportAuditTrailRequest(**bad), metadata=recruiter)
        assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT and field in (refused.value.details() or "")


async def test_a_candidate_token_may_not_read_impact_ratios_or_the_trail(insights, tenant):
    metadata = candidate_metadata(insights.signer, tenant, "iv-1", "cand-1")
    with pytest.raises(grpc.aio.AioRpcError) as denied:
        await insights.stub.GetImpactRatios(insights_pb2.GetImpactRatiosRequest(position_id="p"), metadata=metadata)
    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
    recruiter = api_key_metadata(insights.signer, tenant, Role.RECRUITER)
    with pytest.raises(grpc.aio.AioRpcError) as missing:
        await insights.stub.GetImpactRatios(insights_pb2.GetImpactRatiosRequest(), metadata=recruiter)
    assert missing.value.code() == grpc.StatusCode.INVALID_ARGUMENT and "position_id" in (missing.value.details() or "")
