"""A candidate's data export (GDPR art. 15/20) across the platform, on the real broker and FerretDB.

Two candidates of one tenant each take a selection interview through all five services. Each
export holds every service's records of its candidate and nothing of the other: per collection,
the two exports together count exactly the tenant's records, and neither names the other.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from support.kafka import TopicReader
from support.platform import NOT_CANDIDATE_DATA, Platform, eventually, running_platform, take_interview, tenant_records
from typer.testing import CliRunner
from wendu.cli.main import app
from wendu.core import topics
from wendu.core.auth import Role, bearer_metadata
from wendu.core.data_export import EXPORT_FORMAT
from wendu.profile.domain.data_export import COLLECTION_MEANINGS
from wendu.v1 import (
    accountability_pb2,
    common_pb2,
    data_rights_pb2,
    feedback_pb2,
    profile_pb2,
    question_gen_pb2,
    training_pb2,
)

pytestmark = pytest.mark.integration

# Held for the candidate but not theirs to take away: the key that encrypts their fields.
NOT_EXPORTED = {"profile_candidate_keys"}
SERVICES = {"profile", "question-gen", "scoring", "feedback", "training"}


@pytest.fixture(scope="module")
async def platform(infra, make_settings) -> AsyncIterator[Platform]:
    async with running_platform(infra, make_settings) as running:
        yield running


async def onboard_and_interview(platform: Platform, tenant: str, position_id: str, name: str, email: str):
    admin = platform.staff(tenant, Role.ADMIN)
    candidate = await platform.profile.CreateCandidate(
        profile_pb2.CreateCandidateRequest(
            display_name=name,
            email=email,
            preferred_language=common_pb2.LANGUAGE_EN,
            resume_text="Experience\nSenior Data Scientist, Stripe\nApr 2021 – Present\n",
            consents=profile_pb2.Consents(resume_use=True, external_data=True, ai_scoring=True),
        ),
        metadata=admin,
    )
    cid = candidate.candidate_id
    await platform.profile.AddAssessment(
        profile_pb2.AddAssessmentRequest(
            candidate_id=cid,
            source="SHL Verify",
            kind=profile_pb2.ASSESSMENT_KIND_ABILITY,
            scores=[profile_pb2.AssessmentScore(dimension="numerical reasoning", score=71, max_score=100)],
            taken_at=candidate.created_at,
        ),
        metadata=admin,
    )
    created = await platform.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(
            candidate_id=cid,
            position_id=position_id,
            language=common_pb2.LANGUAGE_EN,
            kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        metadata=admin,
    )
    interview_id = created.interview.interview_id
    token = bearer_metadata(created.candidate_token)
    await take_interview(platform, interview_id, token)

    async def report_ready() -> feedback_pb2.Report | None:
        report = await platform.feedback.GetReport(
            feedback_pb2.GetReportRequest(interview_id=interview_id), metadata=admin
        )
        return report if report.status == feedback_pb2.REPORT_STATUS_READY else None

    async def history() -> profile_pb2.ListInterviewHistoryResponse | None:
        listed = await platform.profile.ListInterviewHistory(
            profile_pb2.ListInterviewHistoryRequest(candidate_id=cid), metadata=admin
        )
        return listed if listed.entries else None

    await eventually(report_ready, "the report")
    await eventually(history, "profile's history entry")
    plan = training_pb2.GetLearningPlanRequest(candidate_id=cid)
    await eventually(lambda: platform.training.GetLearningPlan(plan, metadata=admin), "the learning plan")
    return cid, interview_id, token


def counts(document: dict[str, Any]) -> dict[str, int]:
    return {
        collection: len(records)
        for collections in document["services"].values()
        for collection, records in collections.items()
        if records
    }


async def test_each_export_holds_every_service_s_data_of_its_candidate_and_nothing_of_the_other(
    platform, infra, tenant
):
    admin = platform.staff(tenant, Role.ADMIN)
    position = await platform.positions.CreatePosition(
        question_gen_pb2.CreatePositionRequest(
            title="Data scientist",
            competencies=[
                common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=60),
                common_pb2.CompetencyWeight(competency_id="communication", weight_percent=40),
            ],
        ),
        metadata=admin,
    )
    ada, ada_interview, ada_token = await onboard_and_interview(
        platform, tenant, position.position_id, "Ada Export", "ada.export@example.com"
    )
    bo, bo_interview, _ = await onboard_and_interview(
        platform, tenant, position.position_id, "Bo Export", "bo.export@example.com"
    )

    # The candidate asks with their own token; an admin asks on the other's behalf.
    ada_export = await platform.profile.ExportCandidateData(
        data_rights_pb2.ExportCandidateDataRequest(candidate_id=ada), metadata=ada_token
    )
    bo_export = await platform.profile.ExportCandidateData(
        data_rights_pb2.ExportCandidateDataRequest(candidate_id=bo), metadata=admin
    )
    ada_document = json.loads(ada_export.document_json)
    bo_document = json.loads(bo_export.document_json)

    assert ada_document["format"] == EXPORT_FORMAT
    assert (ada_document["candidate_id"], bo_document["candidate_id"]) == (ada, bo)
    assert set(ada_document["services"]) == SERVICES
    # Every service contributes records of the candidate.
    for service, collections in ada_document["services"].items():
        assert any(collections.values()), f"{service} exported nothing"

    # Complete and disjoint: per collection, the two exports add up to the tenant's records.
    held = {
        name: count
        for name, count in tenant_records(platform, infra, tenant).items()
        if name not in NOT_CANDIDATE_DATA | NOT_EXPORTED
    }
    ada_counts, bo_counts = counts(ada_document), counts(bo_document)
    assert set(ada_counts) == set(held), (ada_counts, held)
    assert {name: ada_counts[name] + bo_counts.get(name, 0) for name in held} == held

    # Readable, decrypted and about Ada only.
    ada_text = ada_export.document_json
    assert "ada.export@example.com" in ada_text and "shipped 3 days early" in ada_text
    for foreign in (bo, bo_interview, "bo.export@example.com", "Bo Export"):
        assert foreign not in ada_text
    assert ada_interview not in bo_export.document_json
    [score] = ada_document["services"]["scoring"]["scoring_answer_scores"][:1]
    assert score["score_ready"]["meta"]["candidate_id"] == ada  # the stored event, decoded
    assert "scoring_answer_scores" in ada_export.summary.en and "您回答的评分" in ada_export.summary.zh
    # The summary words every collection that holds something (none falls back to its bare name).
    assert set(ada_counts) <= set(COLLECTION_MEANINGS), set(ada_counts) - set(COLLECTION_MEANINGS)


async def test_each_export_leaves_a_data_access_record_on_decision_audit_naming_who_asked(infra, platform, tenant):
    """Who read whose data, and when: the admin's subject and role, the candidate, the time; two
    exports are two records, and a refused export leaves none."""
    admin = platform.staff(tenant, Role.ADMIN)
    candidate = await platform.profile.CreateCandidate(
        profile_pb2.CreateCandidateRequest(
            display_name="Cai Audit",
            email="cai.audit@example.com",
            preferred_language=common_pb2.LANGUAGE_ZH,
            consents=profile_pb2.Consents(ai_scoring=True),
        ),
        metadata=admin,
    )
    request = data_rights_pb2.ExportCandidateDataRequest(candidate_id=candidate.candidate_id)
    async with TopicReader(infra.kafka_bootstrap, topics.DECISION_AUDIT) as trail:
        with pytest.raises(grpc.aio.AioRpcError):
            await platform.profile.ExportCandidateData(request, metadata=platform.staff(tenant, Role.RECRUITER))
        await platform.profile.ExportCandidateData(request, metadata=admin)
        await platform.profile.ExportCandidateData(request, metadata=admin)
        accesses = await trail.wait_for(lambda r: r.meta.tenant_id == tenant, count=2)
        await trail.drain(1.0)
        accesses = [r for r in trail.events if r.meta.tenant_id == tenant]

    assert len(accesses) == 2 and accesses[0].meta.event_id != accesses[1].meta.event_id
    for access in accesses:
        assert access.kind == accountability_pb2.AUDIT_DECISION_KIND_DATA_ACCESS
        assert (access.actor, list(access.actor_roles), access.decided_by) == ("test-admin", ["admin"], "profile")
        assert access.meta.candidate_id == candidate.candidate_id
        assert access.decision.startswith("ExportCandidateData") and access.meta.occurred_at.seconds > 0


async def test_only_the_candidate_or_an_admin_may_export(platform, tenant):
    request = data_rights_pb2.ExportCandidateDataRequest(candidate_id="someone-else")
    for caller in (platform.staff(tenant, Role.RECRUITER), platform.staff(tenant, Role.SERVICE)):
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await platform.profile.ExportCandidateData(request, metadata=caller)
        assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.aio.AioRpcError) as missing:
        await platform.profile.ExportCandidateData(request, metadata=platform.staff(tenant, Role.ADMIN))
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND


async def test_wendu_candidate_export_writes_the_document_and_prints_the_summary(platform, tenant, tmp_path):
    admin = platform.staff(tenant, Role.ADMIN)
    candidate = await platform.profile.CreateCandidate(
        profile_pb2.CreateCandidateRequest(
            display_name="李娜", email="lina.export@example.com", preferred_language=common_pb2.LANGUAGE_ZH
        ),
        metadata=admin,
    )
    path = tmp_path / "export.json"
    env = {
        "WENDU_PROFILE_ADDR": platform.addresses["profile"],
        "WENDU_API_KEY": platform.signer.mint_api_key(tenant, [Role.ADMIN], subject="cli-test"),
    }
    arguments = ["candidate", "export", candidate.candidate_id, "--output", str(path), "--language", "zh"]

    # The command runs its own event loop: in a thread, so this one keeps serving the services.
    result = await asyncio.to_thread(CliRunner().invoke, app, arguments, env=env)

    assert result.exit_code == 0, result.output
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["candidate_id"] == candidate.candidate_id and set(document["services"]) == SERVICES
    [registered] = document["services"]["profile"]["profile_candidates"]
    assert registered["email"] == "lina.export@example.com"
    assert "您的登记信息" in result.output
