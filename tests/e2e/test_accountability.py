"""Accountability on the running platform: an interview of a candidate who stated their sex and
race/ethnicity leaves one audit record per automated decision (with the versions of its score), and
nothing the recruiter, the report or the questions show carries what the candidate stated."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from dataclasses import dataclass

import grpc
import pytest
from rich.console import Console
from support.auth import api_key_metadata, bearer_metadata
from wendu.cli import demo
from wendu.cli.client import WenduClient
from wendu.core.auth import Role
from wendu.v1 import (
    accountability_pb2,
    common_pb2,
    feedback_pb2,
    insights_pb2,
    insights_pb2_grpc,
    profile_pb2,
    question_gen_pb2,
    scoring_pb2,
)

pytestmark = pytest.mark.e2e

# Every spelling a leak could take: the enum names and the words an LLM prompt or a report would use.
STATED = ("FEMALE", "female", "Female", "BLACK_OR_AFRICAN_AMERICAN", "black_or_african", "African American")


@dataclass
class Interviewed:
    tenant: str
    staff_key: str
    candidate_id: str
    interview_id: str
    position_id: str
    result: demo.DemoResult


def _interview_with_self_identification(platform) -> Interviewed:
    tenant = f"tenant-{uuid.uuid4().hex[:8]}"
    key = platform.signer.mint_api_key(tenant, [Role.ADMIN, Role.RECRUITER], subject="e2e")

    async def run() -> Interviewed:
        async with WenduClient(key, platform.addresses) as staff:
            candidate = await staff.profile.CreateCandidate(
                profile_pb2.CreateCandidateRequest(
                    display_name="Amara Okafor",
                    preferred_language=common_pb2.LANGUAGE_EN,
                    resume_text=demo.RESUME["en"],
                    consents=profile_pb2.Consents(resume_use=True, ai_scoring=True, self_identification=True),
                )
            )
            position = await staff.positions.CreatePosition(
                question_gen_pb2.CreatePositionRequest(
                    title="Analyst",
                    competencies=[
                        common_pb2.CompetencyWeight(competency_id="communication", weight_percent=50),
                        common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=50),
                    ],
                )
            )
            created = await staff.interviews.CreateInterview(
                question_gen_pb2.CreateInterviewRequest(
                    candidate_id=candidate.candidate_id,
                    position_id=position.position_id,
                    language=common_pb2.LANGUAGE_EN,
                    kind=common_pb2.INTERVIEW_KIND_SELECTION,
                )
            )
        interview_id = created.interview.interview_id
        async with WenduClient(created.candidate_token, platform.addresses) as candidate_client:
            await candidate_client.profile.SetSelfIdentification(
                profile_pb2.SetSelfIdentificationRequest(
                    candidate_id=candidate.candidate_id,
                    sex=accountability_pb2.SEX_FEMALE,
                    race_ethnicity=accountability_pb2.RACE_ETHNICITY_BLACK_OR_AFRICAN_AMERICAN,
                )
            )
        result = demo.DemoResult(interview_id=interview_id)
        original = demo.WenduClient
        demo.WenduClient = lambda token: WenduClient(token, platform.addresses)  # type: ignore[assignment,misc]
        try:
            await demo._take_interview(created.candidate_token, interview_id, "en", Console(quiet=True), result)
            result.report = await demo._wait_for_report(created.candidate_token, interview_id, timeout=60)
        finally:
            demo.WenduClient = original  # type: ignore[misc]
        assert result.report is not None, "the interview produced no report"
        return Interviewed(tenant, key, candidate.candidate_id, interview_id, position.position_id, result)

    return asyncio.run(run())


@pytest.fixture(scope="module")
def interviewed(platform) -> Interviewed:
    return _interview_with_self_identification(platform)


async def _trail(platform, interviewed: Interviewed, *, at_least: int) -> list[accountability_pb2.DecisionAuditRecord]:
    metadata = api_key_metadata(platform.signer, interviewed.tenant, Role.RECRUITER)
    async with grpc.aio.insecure_channel(platform.addresses["insights"]) as channel:
        stub = insights_pb2_grpc.InsightsServiceStub(channel)
        records: list[accountability_pb2.DecisionAuditRecord] = []
        for _ in range(100):
            try:
                reply = await stub.ExportAuditTrail(
                    insights_pb2.ExportAuditTrailRequest(interview_id=interviewed.interview_id), metadata=metadata
                )
                records = list(reply.records)
            except grpc.aio.AioRpcError as error:
                assert error.code() == grpc.StatusCode.NOT_FOUND
            if len(records) >= at_least:
                return records
            await asyncio.sleep(0.3)
    raise AssertionError(f"the trail has {len(records)} records, expected at least {at_least}")


async def test_the_audit_trail_has_one_record_per_automated_decision_with_the_scores_versions(platform, interviewed):
    async with WenduClient(interviewed.staff_key, platform.addresses) as staff:
        scores = (
            await staff.scoring.ListScores(scoring_pb2.ListScoresRequest(interview_id=interviewed.interview_id))
        ).scores
    expected = len(scores) + len(interviewed.result.hints) + len(interviewed.result.follow_ups) + 1

    trail = await _trail(platform, interviewed, at_least=expected)
    await asyncio.sleep(1.0)  # a duplicate would arrive meanwhile
    trail = await _trail(platform, interviewed, at_least=expected)

    kinds = Counter(record.kind for record in trail)
    assert (
        kinds
        == Counter(
            {
                accountability_pb2.AUDIT_DECISION_KIND_SCORE: len(scores),
                accountability_pb2.AUDIT_DECISION_KIND_HINT: len(interviewed.result.hints),
                accountability_pb2.AUDIT_DECISION_KIND_FOLLOW_UP: len(interviewed.result.follow_ups),
                accountability_pb2.AUDIT_DECISION_KIND_REPORT: 1,
            }
        )
        - Counter()
    )  # drops kinds with a zero count
    score_records = {
        (r.answer_id, r.decision): r for r in trail if r.kind == accountability_pb2.AUDIT_DECISION_KIND_SCORE
    }
    for score in scores:
        decision = " ".join(f"{s.competency_id}={s.score:.1f}" for s in score.scores)
        record = score_records[(score.answer_id, decision)]
        assert record.scorer_version == f"{score.scorer.name}/{score.scorer.version}"
        assert (record.rubric_version, record.prompt_version) == (
            score.scorer.rubric_version,
            score.scorer.prompt_version,
        )
        assert record.input_sha256.startswith("sha256:") and record.meta.candidate_id == interviewed.candidate_id
    assert all(r.meta.tenant_id == interviewed.tenant for r in trail)


async def test_no_question_hint_report_or_staff_read_carries_the_self_identification(platform, interviewed):
    result = interviewed.result
    async with WenduClient(interviewed.staff_key, platform.addresses) as staff:
        recruiter_report = await staff.feedback.GetReport(
            feedback_pb2.GetReportRequest(
                interview_id=interviewed.interview_id, view=feedback_pb2.REPORT_VIEW_RECRUITER
            )
        )
        rendered = await staff.feedback.RenderReport(
            feedback_pb2.GetReportRequest(
                interview_id=interviewed.interview_id, view=feedback_pb2.REPORT_VIEW_RECRUITER
            )
        )
        candidate = await staff.profile.GetCandidate(
            profile_pb2.GetCandidateRequest(candidate_id=interviewed.candidate_id)
        )
        profile = await staff.profile.GetProfile(profile_pb2.GetProfileRequest(candidate_id=interviewed.candidate_id))
    trail = await _trail(platform, interviewed, at_least=1)
    seen = [
        *result.questions,
        *result.hints,
        str(result.report),
        str(recruiter_report),
        str(rendered),
        str(candidate),
        str(profile),
        *(str(record) for record in trail),
    ]
    leaks = [(text[:60], word) for text in seen for word in STATED if word in text]
    assert leaks == []
    assert candidate.consents.self_identification  # the consent is visible; what was stated is not


async def test_the_monitor_counts_the_statement_without_naming_the_candidate(platform, interviewed):
    metadata = api_key_metadata(platform.signer, interviewed.tenant, Role.RECRUITER)
    async with grpc.aio.insecure_channel(platform.addresses["insights"]) as channel:
        stub = insights_pb2_grpc.InsightsServiceStub(channel)
        for _ in range(100):
            reply = await stub.GetImpactRatios(
                insights_pb2.GetImpactRatiosRequest(
                    position_id=interviewed.position_id, measure=accountability_pb2.OUTCOME_MEASURE_SCORING_RATE
                ),
                metadata=metadata,
            )
            if reply.snapshots:
                break
            await asyncio.sleep(0.3)
    [snapshot] = reply.snapshots
    rows = {(c.dimension, c.category): c.candidates for c in snapshot.categories}
    assert rows[("intersection", "female/black_or_african_american")] == 1
    assert interviewed.candidate_id not in str(reply)
    with pytest.raises(grpc.aio.AioRpcError) as denied:
        async with grpc.aio.insecure_channel(platform.addresses["insights"]) as channel:
            await insights_pb2_grpc.InsightsServiceStub(channel).GetImpactRatios(
                insights_pb2.GetImpactRatiosRequest(position_id=interviewed.position_id),
                metadata=bearer_metadata(platform.signer.mint_candidate_token(interviewed.tenant, "iv", "c")),
            )
    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
