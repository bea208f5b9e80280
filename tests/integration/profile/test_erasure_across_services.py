"""Erasing a candidate across the platform, on the real broker and FerretDB.

All five services run in this process, each pointed at the others. A candidate registers, takes a
selection interview (answers, hints, scores, a report, a learning plan and a history entry follow
through the real pipeline), then erases themself with their own candidate token. Every service
honours the candidate-erased tombstone: its reads return NOT_FOUND or nothing, and no record of the
tenant is left in any collection but the position and profile's erasure record (ids only).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import grpc
import pytest
from support.kafka import TopicReader, started_publisher
from support.platform import (
    NOT_CANDIDATE_DATA,
    Platform,
    eventually,
    is_not_found,
    running_platform,
    take_interview,
    tenant_records,
)
from wendu.core import codec, topics
from wendu.core.auth import Role, bearer_metadata
from wendu.v1 import (
    common_pb2,
    events_pb2,
    feedback_pb2,
    profile_pb2,
    question_gen_pb2,
    scoring_pb2,
    training_pb2,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def platform(infra, make_settings) -> AsyncIterator[Platform]:
    async with running_platform(infra, make_settings) as running:
        yield running


async def test_an_erased_candidate_is_gone_from_every_service(platform, infra, tenant):
    admin = platform.staff(tenant, Role.ADMIN)
    service = platform.staff(tenant, Role.SERVICE)
    candidate = await platform.profile.CreateCandidate(
        profile_pb2.CreateCandidateRequest(
            display_name="Emily Carter",
            email="emily.erasure@example.com",
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
    created = await platform.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(
            candidate_id=cid,
            position_id=position.position_id,
            language=common_pb2.LANGUAGE_EN,
            kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        metadata=admin,
    )
    interview_id = created.interview.interview_id
    candidate_token = bearer_metadata(created.candidate_token)
    await take_interview(platform, interview_id, candidate_token)

    # Everything the pipeline builds exists before the erasure.
    async def history() -> profile_pb2.ListInterviewHistoryResponse | None:
        listed = await platform.profile.ListInterviewHistory(
            profile_pb2.ListInterviewHistoryRequest(candidate_id=cid), metadata=admin
        )
        return listed if listed.entries else None

    await eventually(history, "profile's history entry")
    report_request = feedback_pb2.GetReportRequest(interview_id=interview_id)

    async def ready_report() -> feedback_pb2.Report | None:
        report = await platform.feedback.GetReport(report_request, metadata=admin)
        return report if report.status == feedback_pb2.REPORT_STATUS_READY else None

    await eventually(ready_report, "the report")
    plan_request = training_pb2.GetLearningPlanRequest(candidate_id=cid)
    await eventually(lambda: platform.training.GetLearningPlan(plan_request, metadata=admin), "the learning plan")
    hints_request = feedback_pb2.ListHintsRequest(interview_id=interview_id)
    assert (await platform.feedback.ListHints(hints_request, metadata=admin)).hints
    scores_request = scoring_pb2.ListScoresRequest(interview_id=interview_id)
    assert (await platform.scoring.ListScores(scores_request, metadata=service)).scores
    before = tenant_records(platform, infra, tenant)
    # Every service holds some of the candidate's data (collections are prefixed by service).
    holders = {name.split("_")[0] for name in set(before) - NOT_CANDIDATE_DATA}
    assert holders == {"profile", "question", "scoring", "feedback", "training"}, before

    # The token of their interview alone cannot erase (a forwarded invite link must not be enough),
    # nor with an address that is not the one they were invited at ...
    for confirm in ("", "someone.else@example.com"):
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await platform.profile.EraseCandidate(
                profile_pb2.EraseCandidateRequest(candidate_id=cid, confirm_email=confirm), metadata=candidate_token
            )
        assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED
        assert refused.value.details().startswith("confirm_email")
    assert set(tenant_records(platform, infra, tenant)) == set(before)
    # ... but the candidate with their token and their own address (as they typed it) erases themself.
    async with TopicReader(infra.kafka_bootstrap, topics.CANDIDATE_ERASED) as tail:
        erased = await platform.profile.EraseCandidate(
            profile_pb2.EraseCandidateRequest(candidate_id=cid, confirm_email=" Emily.Erasure@Example.com "),
            metadata=candidate_token,
        )
        [(event, key, headers)] = await tail.collect(lambda e: e.meta.tenant_id == tenant)

    assert isinstance(event, events_pb2.CandidateErased)
    assert key.decode() == cid
    assert (event.meta.candidate_id, event.meta.event_id) == (cid, erased.event_id)
    assert event.meta.schema_version == "wendu.v1.CandidateErased/1"
    assert headers["content-type"] == b"application/x-protobuf; messageType=wendu.v1.CandidateErased"
    assert list(event.interview_ids) == [interview_id] == list(erased.interview_ids)

    # Every service honours it: reads come back NOT_FOUND or empty, and nothing of the candidate is stored.
    async def all_gone() -> bool | None:
        left = set(tenant_records(platform, infra, tenant)) - NOT_CANDIDATE_DATA
        return True if not left else None

    await eventually(all_gone, "every service to delete the candidate's records")
    assert await is_not_found(
        platform.profile.GetCandidate(profile_pb2.GetCandidateRequest(candidate_id=cid), metadata=admin)
    )
    assert await is_not_found(
        platform.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=admin
        )
    )
    assert list((await platform.scoring.ListScores(scores_request, metadata=service)).scores) == []
    assert await is_not_found(platform.feedback.GetReport(report_request, metadata=admin))
    assert list((await platform.feedback.ListHints(hints_request, metadata=admin)).hints) == []
    assert await is_not_found(platform.training.GetLearningPlan(plan_request, metadata=admin))
    assert set(tenant_records(platform, infra, tenant)) <= NOT_CANDIDATE_DATA

    # Repeating the erasure changes nothing and re-announces the same tombstone.
    again = await platform.profile.EraseCandidate(profile_pb2.EraseCandidateRequest(candidate_id=cid), metadata=admin)
    assert (again.event_id, list(again.interview_ids)) == (erased.event_id, [interview_id])


async def test_a_tombstone_without_a_candidate_id_is_dead_lettered_by_every_service(platform, infra, tenant):
    tombstone = events_pb2.CandidateErased(
        meta=codec.new_meta(events_pb2.CandidateErased, tenant_id=tenant), interview_ids=["iv-of-nobody"]
    )
    key = f"no-candidate-{uuid.uuid4().hex[:8]}"

    async with (
        started_publisher(infra.kafka_bootstrap, "erasure-it") as publisher,
        TopicReader(infra.kafka_bootstrap, topics.dlq(topics.CANDIDATE_ERASED)) as dead_letters,
    ):
        await publisher.publish(topics.CANDIDATE_ERASED, tombstone, key=key)
        expected_groups = set(platform.erasure_groups.values())
        dead = await dead_letters.wait_for_records(
            lambda r: r.key == key.encode() and dict(r.headers)["dlq-consumer-group"].decode() in expected_groups,
            count=len(expected_groups),
        )

    assert {dict(r.headers)["dlq-consumer-group"].decode() for r in dead} == expected_groups
    assert all(b"meta.candidate_id" in dict(r.headers)["dlq-reason"] for r in dead)


async def test_a_tombstone_from_another_tenant_erases_nothing_of_this_one(platform, infra, tenant):
    """Consumers take the tenant from the event and touch only that tenant's records: a tombstone
    naming this tenant's candidate and interview under another tenant (a bug, or a forged event on a
    broker without ACLs) leaves every service's data of this tenant as it was."""
    admin = platform.staff(tenant, Role.ADMIN)
    candidate = await platform.profile.CreateCandidate(
        profile_pb2.CreateCandidateRequest(
            display_name="Wang Fang",
            email="wang.fang@example.com",
            preferred_language=common_pb2.LANGUAGE_EN,
            resume_text="Experience\nProduct Manager, Meituan\n2020 – Present\n",
            consents=profile_pb2.Consents(resume_use=True, ai_scoring=True),
        ),
        metadata=admin,
    )
    cid = candidate.candidate_id
    position = await platform.positions.CreatePosition(
        question_gen_pb2.CreatePositionRequest(
            title="Product manager",
            competencies=[common_pb2.CompetencyWeight(competency_id="communication", weight_percent=100)],
        ),
        metadata=admin,
    )
    created = await platform.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(
            candidate_id=cid,
            position_id=position.position_id,
            language=common_pb2.LANGUAGE_EN,
            kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        metadata=admin,
    )
    interview_id = created.interview.interview_id
    await take_interview(platform, interview_id, bearer_metadata(created.candidate_token))
    plan_request = training_pb2.GetLearningPlanRequest(candidate_id=cid)
    await eventually(lambda: platform.training.GetLearningPlan(plan_request, metadata=admin), "the learning plan")
    before = tenant_records(platform, infra, tenant)
    holders = {name.split("_")[0] for name in set(before) - NOT_CANDIDATE_DATA}
    assert holders == {"profile", "question", "scoring", "feedback", "training"}, before

    intruder = f"intruder-{uuid.uuid4().hex[:8]}"
    foreign = events_pb2.CandidateErased(
        meta=codec.new_meta(events_pb2.CandidateErased, tenant_id=intruder, candidate_id=cid),
        interview_ids=[interview_id],
    )
    # Then, on the same partition (same key), a tombstone every service dead-letters: once all have,
    # all have handled the foreign one before it.
    marker = events_pb2.CandidateErased(meta=codec.new_meta(events_pb2.CandidateErased, tenant_id=intruder))
    async with (
        started_publisher(infra.kafka_bootstrap, "erasure-foreign-it") as publisher,
        TopicReader(infra.kafka_bootstrap, topics.dlq(topics.CANDIDATE_ERASED)) as dead_letters,
    ):
        await publisher.publish(topics.CANDIDATE_ERASED, foreign, key=cid)
        await publisher.publish(topics.CANDIDATE_ERASED, marker, key=cid)
        expected_groups = set(platform.erasure_groups.values())
        await dead_letters.wait_for_records(
            lambda r: r.key == cid.encode() and dict(r.headers)["dlq-consumer-group"].decode() in expected_groups,
            count=len(expected_groups),
        )

    assert tenant_records(platform, infra, tenant) == before
    fetched = await platform.profile.GetCandidate(profile_pb2.GetCandidateRequest(candidate_id=cid), metadata=admin)
    assert fetched.candidate_id == cid
