"""Assessments, consent per purpose and authorised external data over gRPC, on the real broker and FerretDB."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import bson
import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from pymongo import MongoClient
from support.auth import candidate_metadata
from support.kafka import TopicReader
from wendu.core import topics
from wendu.core.auth import CANDIDATE_ACCESS_AFTER_END, Role
from wendu.v1 import common_pb2, profile_pb2

pytestmark = pytest.mark.integration

PORTFOLIO = "https://portfolio.example.com/wang-fang"
RESUME = "工作经历\n2018.07 - 至今  字节跳动  高级数据分析师\n负责A/B测试平台，熟练使用SQL。\n"


async def _candidate(service, tenant: str, **consents: bool) -> str:
    given = {"resume_use": True, "external_data": True, "ai_scoring": True} | consents
    created = await service.stub.CreateCandidate(
        profile_pb2.CreateCandidateRequest(
            display_name="王芳",
            email="wang.fang.consents@example.cn",
            preferred_language=common_pb2.LANGUAGE_ZH,
            resume_text=RESUME,
            consents=profile_pb2.Consents(**given),
        ),
        metadata=service.staff(tenant),
    )
    return created.candidate_id


def _assessment(candidate_id: str, **changes) -> profile_pb2.AddAssessmentRequest:
    request = profile_pb2.AddAssessmentRequest(
        candidate_id=candidate_id,
        source="北森 测评",
        kind=profile_pb2.ASSESSMENT_KIND_PERSONALITY,
        name="职业性格测评",
        scores=[
            profile_pb2.AssessmentScore(dimension="尽责性", score=78, max_score=100),
            profile_pb2.AssessmentScore(dimension="外向性", score=41, max_score=100),
        ],
        taken_at=Timestamp(seconds=1_740_000_000),
        idempotency_key="beisen-991",
    )
    for name, value in changes.items():
        if name == "scores":
            del request.scores[:]
            request.scores.extend(value)
        elif name == "taken_at":
            request.taken_at.CopyFrom(value)
        else:
            setattr(request, name, value)
    return request


async def test_an_assessment_is_stored_once_shown_in_the_profile_and_announced(service, infra, tenant):
    candidate_id = await _candidate(service, tenant)

    async with TopicReader(infra.kafka_bootstrap, topics.PROFILE_UPDATED) as tail:
        first = await service.stub.AddAssessment(_assessment(candidate_id), metadata=service.staff(tenant))
        again = await service.stub.AddAssessment(_assessment(candidate_id), metadata=service.staff(tenant))
        announced = await tail.collect(lambda e: e.meta.tenant_id == tenant and e.reason == "assessment_added", count=2)
    profile = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate_id), metadata=service.staff(tenant)
    )

    assert again.assessment_id == first.assessment_id
    [shown] = profile.assessments
    assert (shown.source, shown.kind, shown.name) == (
        "北森 测评",
        profile_pb2.ASSESSMENT_KIND_PERSONALITY,
        "职业性格测评",
    )
    assert [(s.dimension, s.score, s.max_score) for s in shown.scores] == [("尽责性", 78, 100), ("外向性", 41, 100)]
    assert shown.taken_at.seconds == 1_740_000_000
    # A retried call re-announces under the same event id, so consumers count it once.
    assert len({event.meta.event_id for event, _, _ in announced}) == 1
    assert {key.decode() for _, key, _ in announced} == {candidate_id}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"source": ""}, "source"),
        ({"kind": profile_pb2.ASSESSMENT_KIND_UNSPECIFIED}, "kind"),
        ({"scores": []}, "scores"),
        ({"scores": [profile_pb2.AssessmentScore(dimension="grit", score=12, max_score=10)]}, "scores[0].score"),
        ({"taken_at": Timestamp(seconds=4_000_000_000)}, "taken_at"),
    ],
)
async def test_a_bad_assessment_is_invalid_argument_naming_the_field(service, tenant, changes, field):
    candidate_id = await _candidate(service, tenant)
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.AddAssessment(_assessment(candidate_id, **changes), metadata=service.staff(tenant))
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details().startswith(f"{field}:")


async def test_an_assessment_for_another_tenants_candidate_is_not_found(service, tenant):
    candidate_id = await _candidate(service, tenant)
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.AddAssessment(_assessment(candidate_id), metadata=service.staff(tenant + "-other"))
    assert raised.value.code() == grpc.StatusCode.NOT_FOUND


async def test_external_data_is_linked_encrypted_and_deleted_when_consent_is_withdrawn(service, infra, tenant):
    candidate_id = await _candidate(service, tenant)
    linked = await service.stub.LinkExternalProfile(
        profile_pb2.LinkExternalProfileRequest(
            candidate_id=candidate_id, kind="portfolio", url=PORTFOLIO, title="王芳的作品集"
        ),
        metadata=service.staff(tenant),
    )
    assert [(p.kind, p.url, p.title) for p in linked.external_profiles] == [("portfolio", PORTFOLIO, "王芳的作品集")]
    client: MongoClient = MongoClient(infra.mongo_uri, serverSelectionTimeoutMS=3000)
    try:
        links = client[service.settings.mongo_db]["profile_external_profiles"]
        stored = list(links.find({"tenant_id": tenant, "candidate_id": candidate_id}))
        assert len(stored) == 1 and PORTFOLIO.encode() not in bson.encode(stored[0])

        async with TopicReader(infra.kafka_bootstrap, topics.PROFILE_UPDATED) as tail:
            updated = await service.stub.UpdateConsents(
                profile_pb2.UpdateConsentsRequest(
                    candidate_id=candidate_id, consents=profile_pb2.Consents(resume_use=True, ai_scoring=True)
                ),
                metadata=service.staff(tenant),
            )
            announced = await tail.collect(lambda e: e.meta.tenant_id == tenant and e.reason == "consent_changed")

        assert updated.consents.external_data is False
        assert announced
        assert links.count_documents({"tenant_id": tenant, "candidate_id": candidate_id}) == 0
    finally:
        client.close()
    profile = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate_id), metadata=service.staff(tenant)
    )
    assert list(profile.external_profiles) == []
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.LinkExternalProfile(
            profile_pb2.LinkExternalProfileRequest(candidate_id=candidate_id, kind="portfolio", url=PORTFOLIO),
            metadata=service.staff(tenant),
        )
    assert raised.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_withdrawing_resume_consent_removes_the_parsed_resume(service, tenant):
    candidate_id = await _candidate(service, tenant)
    before = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate_id), metadata=service.staff(tenant)
    )
    assert "SQL" in before.skills

    await service.stub.UpdateConsents(
        profile_pb2.UpdateConsentsRequest(
            candidate_id=candidate_id, consents=profile_pb2.Consents(external_data=True, ai_scoring=True)
        ),
        metadata=service.staff(tenant),
    )
    # Consent again: the résumé is gone for good, not merely hidden.
    await service.stub.UpdateConsents(
        profile_pb2.UpdateConsentsRequest(
            candidate_id=candidate_id, consents=profile_pb2.Consents(resume_use=True, ai_scoring=True)
        ),
        metadata=service.staff(tenant),
    )
    after = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate_id), metadata=service.staff(tenant)
    )
    assert list(after.skills) == [] and list(after.experience) == []


async def test_a_candidate_may_change_only_their_own_consents(service, tenant):
    mine, theirs = await _candidate(service, tenant), await _candidate(service, tenant)
    token = candidate_metadata(service.signer, tenant, "iv-1", mine)

    updated = await service.stub.UpdateConsents(
        profile_pb2.UpdateConsentsRequest(candidate_id=mine, consents=profile_pb2.Consents(resume_use=True)),
        metadata=token,
    )
    assert updated.consents.ai_scoring is False
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.UpdateConsents(
            profile_pb2.UpdateConsentsRequest(candidate_id=theirs, consents=profile_pb2.Consents()), metadata=token
        )
    assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_a_candidate_token_stops_changing_consents_a_bounded_time_after_its_interview_ended(service, tenant):
    candidate_id = await _candidate(service, tenant)
    now = datetime.now(UTC)
    service.interview_ends.end(tenant, "iv-just-ended", now - timedelta(hours=1))
    service.interview_ends.end(tenant, "iv-ended-long-ago", now - CANDIDATE_ACCESS_AFTER_END - timedelta(hours=1))
    request = profile_pb2.UpdateConsentsRequest(
        candidate_id=candidate_id, consents=profile_pb2.Consents(resume_use=True)
    )

    updated = await service.stub.UpdateConsents(
        request, metadata=candidate_metadata(service.signer, tenant, "iv-just-ended", candidate_id)
    )
    assert updated.consents.resume_use is True
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await service.stub.UpdateConsents(
            request, metadata=candidate_metadata(service.signer, tenant, "iv-ended-long-ago", candidate_id)
        )
    assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert refused.value.details() == "credential expired: the interview ended"


async def test_erasure_in_profile_deletes_the_candidate_and_shreds_their_key(service, infra, tenant):
    candidate_id = await _candidate(service, tenant)
    await service.stub.AddAssessment(_assessment(candidate_id), metadata=service.staff(tenant))
    await service.stub.LinkExternalProfile(
        profile_pb2.LinkExternalProfileRequest(candidate_id=candidate_id, kind="code", url=PORTFOLIO),
        metadata=service.staff(tenant),
    )
    request = profile_pb2.EraseCandidateRequest(candidate_id=candidate_id)
    with pytest.raises(grpc.aio.AioRpcError) as recruiter_denied:
        await service.stub.EraseCandidate(request, metadata=service.staff(tenant))
    assert recruiter_denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
    other = candidate_metadata(service.signer, tenant, "iv-9", "someone-else")
    with pytest.raises(grpc.aio.AioRpcError) as stranger_denied:
        await service.stub.EraseCandidate(request, metadata=other)
    assert stranger_denied.value.code() == grpc.StatusCode.PERMISSION_DENIED

    async with TopicReader(infra.kafka_bootstrap, topics.CANDIDATE_ERASED) as tail:
        first = await service.stub.EraseCandidate(request, metadata=service.staff(tenant, Role.ADMIN))
        again = await service.stub.EraseCandidate(request, metadata=service.staff(tenant, Role.ADMIN))
        tombstones = await tail.collect(lambda e: e.meta.tenant_id == tenant, count=2)

    assert again.event_id == first.event_id
    assert [(event.meta.event_id, key.decode()) for event, key, _ in tombstones] == [
        (first.event_id, candidate_id),
        (first.event_id, candidate_id),
    ]
    client: MongoClient = MongoClient(infra.mongo_uri, serverSelectionTimeoutMS=3000)
    try:
        database = client[service.settings.mongo_db]
        for collection in (
            "profile_candidates",
            "profile_assessments",
            "profile_external_profiles",
            "profile_interview_history",
            "profile_candidate_keys",
        ):
            assert database[collection].count_documents({"tenant_id": tenant, "candidate_id": candidate_id}) == 0
        [kept] = database["profile_erasures"].find({"tenant_id": tenant, "candidate_id": candidate_id})
        assert set(kept) == {
            "_id",
            "tenant_id",
            "candidate_id",
            "erased_at",
            "event_id",
            "profile_event_id",
            "interview_ids",
        }
    finally:
        client.close()
    for call in (
        service.stub.GetCandidate(
            profile_pb2.GetCandidateRequest(candidate_id=candidate_id), metadata=service.staff(tenant)
        ),
        service.stub.GetProfile(
            profile_pb2.GetProfileRequest(candidate_id=candidate_id), metadata=service.staff(tenant)
        ),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await call
        assert raised.value.code() == grpc.StatusCode.NOT_FOUND


async def test_erasing_an_unknown_candidate_is_not_found(service, tenant):
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.EraseCandidate(
            profile_pb2.EraseCandidateRequest(candidate_id="nobody"), metadata=service.staff(tenant, Role.ADMIN)
        )
    assert raised.value.code() == grpc.StatusCode.NOT_FOUND
