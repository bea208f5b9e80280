"""The profile service in-process against the real Kafka broker and FerretDB.

One service instance (API and worker) serves every test of the module; each test works in its own
tenant, so they do not see each other's candidates.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from datetime import UTC, datetime

import bson
import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp
from pymongo import MongoClient
from support.kafka import Received, TopicReader, started_publisher
from support.mongo_commands import recorded_commands
from wendu.core import codec, topics
from wendu.core.auth import Role, bearer_metadata
from wendu.profile.adapters.cipher import FieldCipher
from wendu.profile.adapters.keyring import CandidateKeyring
from wendu.profile.adapters.repositories import MongoCandidateRepository
from wendu.profile.domain.model import Candidate, Consents, Language, ResumeFacts
from wendu.v1 import common_pb2, events_pb2, profile_pb2

pytestmark = pytest.mark.integration

EMAIL = "wang.fang.integration@example.cn"
RESUME_SENTENCE = "负责抖音电商的A/B测试平台，推动数据驱动决策"
RESUME = f"""王芳
工作经历
2018.07 - 至今  字节跳动  高级数据分析师
  {RESUME_SENTENCE}，熟练使用SQL和Python。
项目名称：灯塔实时看板
"""


def _tenant() -> str:
    return f"acme-{uuid.uuid4().hex[:8]}"


def _create_request(**changes: object) -> profile_pb2.CreateCandidateRequest:
    request = profile_pb2.CreateCandidateRequest(
        display_name="王芳",
        email=EMAIL,
        preferred_language=common_pb2.LANGUAGE_ZH,
        resume_text=RESUME,
        consents=profile_pb2.Consents(resume_use=True, external_data=False, ai_scoring=True),
    )
    for name, value in changes.items():
        setattr(request, name, value)
    return request


def _keyed(received: list[Received]) -> list[tuple[events_pb2.ProfileUpdated, str]]:
    """(event, key) pairs of profile-updated records, the key as text (the candidate id)."""
    return [(event, key.decode()) for event, key, _ in received if isinstance(event, events_pb2.ProfileUpdated)]


def _report(tenant_id: str, candidate_id: str, interview_id: str) -> events_pb2.ReportGenerated:
    return events_pb2.ReportGenerated(
        meta=codec.new_meta(
            events_pb2.ReportGenerated,
            tenant_id=tenant_id,
            interview_id=interview_id,
            candidate_id=candidate_id,
            interview_kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        report_id=f"report-{interview_id}",
        overall_score=7.1,
        competency_scores=[
            common_pb2.CompetencyScore(competency_id="communication", score=8.5, level=4),
            common_pb2.CompetencyScore(competency_id="problem_solving", score=5.2, level=3),
        ],
        question_texts=["请介绍一次你用数据改变决策的经历。"],
        language=common_pb2.LANGUAGE_ZH,
        completed_at=Timestamp(seconds=1_740_000_000),
    )


async def test_create_candidate_publishes_profile_updated_keyed_by_candidate(service, infra):
    tenant = _tenant()
    async with TopicReader(infra.kafka_bootstrap, topics.PROFILE_UPDATED) as tail:
        candidate = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(tenant))
        [(event, key)] = _keyed(await tail.collect(lambda e: e.meta.tenant_id == tenant, count=1))

    assert key == candidate.candidate_id
    assert event.reason == "created"
    assert event.meta.candidate_id == candidate.candidate_id
    assert candidate.tenant_id == tenant
    assert candidate.email == EMAIL


async def test_email_and_resume_are_not_stored_in_plaintext(service, infra):
    tenant = _tenant()
    candidate = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(tenant))

    client: MongoClient = MongoClient(infra.mongo_uri, serverSelectionTimeoutMS=3000)
    try:
        raw = client[service.settings.mongo_db]["profile_candidates"].find_one(
            {"tenant_id": tenant, "candidate_id": candidate.candidate_id}
        )
    finally:
        client.close()
    assert raw is not None
    stored_bytes = bson.encode(raw)
    for plaintext in (EMAIL, "wang.fang.integration", RESUME_SENTENCE, "字节跳动  高级数据分析师"):
        assert plaintext.encode() not in stored_bytes
    assert raw["email_encrypted"] and raw["resume_encrypted"]
    # Yet the service reads both back: the e-mail for staff, the résumé as a parsed profile.
    again = await service.stub.GetCandidate(
        profile_pb2.GetCandidateRequest(candidate_id=candidate.candidate_id), metadata=service.staff(tenant)
    )
    assert again.email == EMAIL
    profile = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate.candidate_id), metadata=service.staff(tenant)
    )
    assert {"SQL", "Python", "A/B testing"} <= set(profile.skills)
    assert "data_work" in profile.signals
    assert list(profile.project_names) == ["灯塔实时看板"]


async def _stored_profile_event_id(infra, service, tenant: str, interview_id: str) -> str:
    """The ProfileUpdated event id stored with the history entry, once the entry is stored."""
    client: MongoClient = MongoClient(infra.mongo_uri, serverSelectionTimeoutMS=3000)
    try:
        history = client[service.settings.mongo_db]["profile_interview_history"]
        for _ in range(150):
            stored = history.find_one({"tenant_id": tenant, "interview_id": interview_id})
            if stored is not None:
                return str(stored["profile_event_id"])
            await asyncio.sleep(0.2)
    finally:
        client.close()
    raise AssertionError(f"no history entry for {interview_id}")


async def test_a_report_published_twice_shows_once_in_the_history(service, infra):
    tenant = _tenant()
    candidate = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(tenant))
    report = _report(tenant, candidate.candidate_id, f"iv-{uuid.uuid4().hex[:8]}")
    async with (
        started_publisher(infra.kafka_bootstrap, "profile-test") as publisher,
        TopicReader(infra.kafka_bootstrap, topics.PROFILE_UPDATED) as tail,
    ):
        for _ in range(2):
            await publisher.publish(topics.REPORT_GENERATED, report, key=report.meta.interview_id)
        # Both deliveries are handled; the second re-announces the stored entry's event.
        stored_event_id = await _stored_profile_event_id(infra, service, tenant, report.meta.interview_id)
        announced = _keyed(
            await tail.collect(lambda e: e.meta.tenant_id == tenant and e.meta.event_id == stored_event_id, count=2)
        )
        # (Only this service's announcements count: another stack on the shared broker may answer too.)
        announced += _keyed(await tail.collect(lambda e: e.meta.event_id == stored_event_id, count=1, timeout=2))

    assert len(announced) == 2
    assert {event.reason for event, _ in announced} == {"history_recorded"}
    assert {key for _, key in announced} == {candidate.candidate_id}
    history = await service.stub.ListInterviewHistory(
        profile_pb2.ListInterviewHistoryRequest(candidate_id=candidate.candidate_id), metadata=service.staff(tenant)
    )
    assert [e.interview_id for e in history.entries] == [report.meta.interview_id]
    assert history.entries[0].kind == common_pb2.INTERVIEW_KIND_SELECTION
    profile = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate.candidate_id), metadata=service.staff(tenant)
    )
    assert list(profile.covered_competency_ids) == ["communication", "problem_solving"]
    assert list(profile.weak_competency_ids) == ["problem_solving"]
    assert list(profile.asked_question_texts) == ["请介绍一次你用数据改变决策的经历。"]


async def test_the_same_idempotency_key_returns_the_same_candidate(service):
    tenant = _tenant()
    request = _create_request(idempotency_key="hr-suite-7")
    first = await service.stub.CreateCandidate(request, metadata=service.staff(tenant))
    second = await service.stub.CreateCandidate(request, metadata=service.staff(tenant))

    assert second.candidate_id == first.candidate_id


async def test_a_racing_create_with_a_taken_key_gets_the_stored_candidate(service):
    # Two replicas may both miss the key lookup; the unique index on (tenant, key) picks one winner.
    repository = MongoCandidateRepository(CandidateKeyring(service.settings.encryption_key))
    tenant = _tenant()

    def candidate(candidate_id: str) -> Candidate:
        return Candidate(
            tenant_id=tenant,
            candidate_id=candidate_id,
            display_name="Li Na",
            email="lina@example.com",
            preferred_language=Language.EN,
            consents=Consents(resume_use=False),
            resume_text="",
            facts=ResumeFacts(),
            idempotency_key="same-key",
            created_at=datetime(2025, 3, 1, tzinfo=UTC),
            created_event_id=f"event-{candidate_id}",
        )

    winner = await repository.add(candidate("cand-a"))
    loser = await repository.add(candidate("cand-b"))

    assert winner.candidate_id == loser.candidate_id == "cand-a"
    assert loser.created_event_id == "event-cand-a"
    assert await repository.get(tenant, "cand-b") is None


class _GatedKeyring(CandidateKeyring):
    """A keyring whose key lookup, made inside a repository call, waits until the test releases it."""

    def __init__(self, service_key: str) -> None:
        super().__init__(service_key)
        self.released = threading.Event()
        self.waited: list[tuple[bool, threading.Thread]] = []

    def cipher_for(self, tenant_id: str, candidate_id: str) -> FieldCipher:
        self.waited.append((self.released.wait(timeout=10), threading.current_thread()))
        return super().cipher_for(tenant_id, candidate_id)


async def test_a_database_call_runs_off_the_event_loop(service):
    """While a repository call works on the database the loop goes on: here the call (reading a stored
    candidate, whose decryption looks the key up) only proceeds once the loop has run again and
    released it. Run on the loop itself, it would wait in vain and the loop could not release it."""
    tenant = _tenant()
    created = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(tenant))
    keyring = _GatedKeyring(service.settings.encryption_key)
    loop_thread = threading.current_thread()

    loading = asyncio.create_task(MongoCandidateRepository(keyring).get(tenant, created.candidate_id))
    await asyncio.sleep(0.05)
    assert not loading.done()
    keyring.released.set()
    loaded = await asyncio.wait_for(loading, 10)

    assert loaded is not None and loaded.email == EMAIL
    [(released_in_time, thread)] = keyring.waited
    assert released_in_time
    assert thread is not loop_thread and thread.name.startswith("mongo")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"display_name": ""}, "display_name"),
        ({"preferred_language": common_pb2.LANGUAGE_UNSPECIFIED}, "preferred_language"),
        ({"resume_text": "x" * 50_001}, "resume_text"),
    ],
)
async def test_bad_input_is_invalid_argument_naming_the_field(service, changes, field):
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.CreateCandidate(_create_request(**changes), metadata=service.staff(_tenant()))

    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details().startswith(f"{field}:")


async def test_an_empty_candidate_id_is_invalid_argument(service):
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.GetProfile(profile_pb2.GetProfileRequest(candidate_id=""), metadata=service.staff(_tenant()))

    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details() == "candidate_id: must not be empty"


async def test_another_tenant_gets_not_found(service):
    owner, other = _tenant(), _tenant()
    candidate = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(owner))
    cid = candidate.candidate_id

    for call in (
        service.stub.GetCandidate(profile_pb2.GetCandidateRequest(candidate_id=cid), metadata=service.staff(other)),
        service.stub.GetProfile(profile_pb2.GetProfileRequest(candidate_id=cid), metadata=service.staff(other)),
        service.stub.ListInterviewHistory(
            profile_pb2.ListInterviewHistoryRequest(candidate_id=cid), metadata=service.staff(other, Role.ADMIN)
        ),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await call
        assert raised.value.code() == grpc.StatusCode.NOT_FOUND


async def test_a_candidate_token_is_permission_denied_on_staff_reads(service):
    tenant = _tenant()
    candidate = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(tenant))
    cid = candidate.candidate_id
    token = bearer_metadata(service.signer.mint_candidate_token(tenant, "iv-1", cid))

    for call in (
        service.stub.CreateCandidate(_create_request(), metadata=token),
        service.stub.GetCandidate(profile_pb2.GetCandidateRequest(candidate_id=cid), metadata=token),
        service.stub.ListInterviewHistory(profile_pb2.ListInterviewHistoryRequest(candidate_id=cid), metadata=token),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as raised:
            await call
        assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_a_candidate_token_reads_its_own_profile_and_no_one_elses(service):
    tenant = _tenant()
    candidate = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(tenant))
    other = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(tenant))
    token = bearer_metadata(service.signer.mint_candidate_token(tenant, "iv-1", candidate.candidate_id))

    # What Wendu read from their résumé, which drives their questions (the web app's "My data").
    own = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate.candidate_id), metadata=token
    )
    assert own.candidate_id == candidate.candidate_id
    assert {"SQL", "Python"} <= set(own.skills)
    assert profile_pb2.PROFILE_SIGNAL_DATA_WORK in own.signal_kinds
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await service.stub.GetProfile(profile_pb2.GetProfileRequest(candidate_id=other.candidate_id), metadata=token)
    assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert "own record" in (raised.value.details() or "")


async def test_get_profile_returns_typed_signals_and_the_preferred_language(service):
    tenant = _tenant()
    candidate = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(tenant))

    profile = await service.stub.GetProfile(
        profile_pb2.GetProfileRequest(candidate_id=candidate.candidate_id), metadata=service.staff(tenant)
    )

    assert profile.preferred_language == common_pb2.LANGUAGE_ZH
    assert profile_pb2.PROFILE_SIGNAL_DATA_WORK in profile.signal_kinds
    # The deprecated strings name the same signals, in the same order.
    assert [profile_pb2.ProfileSignal.Name(k) for k in profile.signal_kinds] == [
        f"PROFILE_SIGNAL_{name.upper()}" for name in profile.signals
    ]


async def test_a_known_candidate_and_their_data_key_are_read_by_id_alone(service):
    """FerretDB v1 serves only ``{_id: ...}`` from an index: reading a candidate (and the key that
    decrypts their fields) must not scan every candidate of every tenant."""
    tenant = _tenant()
    candidate = await service.stub.CreateCandidate(_create_request(), metadata=service.staff(tenant))
    with recorded_commands() as log:
        fetched = await service.stub.GetCandidate(
            profile_pb2.GetCandidateRequest(candidate_id=candidate.candidate_id), metadata=service.staff(tenant)
        )
    assert fetched.candidate_id == candidate.candidate_id
    assert [c for c in log.on("profile_candidates") if c.scans] == []
    assert [c for c in log.on("profile_candidate_keys") if c.scans] == []
    assert any(c.id_only for c in log.on("profile_candidates"))
    assert any(c.id_only for c in log.on("profile_candidate_keys"))
