"""question-gen running in-process (api + worker) against the real Kafka and FerretDB.

A tiny ProfileService (real gRPC, in-process) stands in for the profile service. Test modules
reach everything through the ``qg`` fixture (importlib mode: no imports from conftest).

The Kafka topics are shared by every test run on the broker: the worker's group starts at the
topics' current end (no replay of other runs' history), each run uses its own tenant, and tests
wait for the records and stream items they caused, skipping others (another run's feedback
service may well hint on this run's scores).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from google.protobuf.message import Message
from grpc_health.v1 import health_pb2, health_pb2_grpc
from wendu.core.auth import Principal, Role, TokenSigner, bearer_metadata, token_from_metadata
from wendu.core.bus import EventPublisher, ensure_topics
from wendu.core.codec import decode
from wendu.core.config import CoreSettings
from wendu.core.runtime import ProcessRole, serve
from wendu.core.topics import ALL_TOPICS, HINT_READY, SCORE_READY
from wendu.question_gen.bootstrap import bootstrap
from wendu.v1 import common_pb2, profile_pb2, profile_pb2_grpc, question_gen_pb2, question_gen_pb2_grpc

STARTUP_TIMEOUT_SECONDS = 60.0
# A candidate whose profile service answers UNAVAILABLE, to test the mapping.
UNREACHABLE_CANDIDATE = "cand-profile-down"


async def start_group_at_end(bootstrap_servers: str, group_id: str, topics: list[str]) -> None:
    """Commit the group's offsets at the topics' current end, so the worker sees only new records."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers)
    await admin.start()
    try:
        described = await admin.describe_topics(topics)
    finally:
        await admin.close()
    partitions = [TopicPartition(t["topic"], p["partition"]) for t in described for p in t["partitions"]]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers, group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_end(*partitions)
        await consumer.commit({tp: await consumer.position(tp) for tp in partitions})
    finally:
        await consumer.stop()


class FakeProfileService(profile_pb2_grpc.ProfileServiceServicer):
    """Serves the profiles a test registers, per tenant; remembers who called."""

    def __init__(self, signer: TokenSigner) -> None:
        self._signer = signer
        self.profiles: dict[tuple[str, str], profile_pb2.Profile] = {}
        self.callers: list[Principal] = []

    async def GetProfile(
        self, request: profile_pb2.GetProfileRequest, context: grpc.aio.ServicerContext
    ) -> profile_pb2.Profile:
        principal = self._signer.verify(token_from_metadata(context.invocation_metadata()))
        self.callers.append(principal)
        if request.candidate_id == UNREACHABLE_CANDIDATE:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "profile store is down")
        profile = self.profiles.get((principal.tenant_id, request.candidate_id))
        if profile is None:
            await context.abort(grpc.StatusCode.NOT_FOUND, f"candidate {request.candidate_id!r} not found")
        return profile


class TopicTail:
    """Reads a topic from where it ended when the tail started (every partition, no group)."""

    def __init__(self, bootstrap_servers: str, topic: str) -> None:
        self._topic = topic
        self._consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=bootstrap_servers,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="latest",
        )

    async def start(self) -> None:
        await self._consumer.start()
        for _ in range(200):
            if self._consumer.assignment():
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError(f"no partitions of {self._topic} were assigned")
        # Resolve the offsets now, so nothing published after start() is missed.
        for tp in self._consumer.assignment():
            await self._consumer.position(tp)

    async def stop(self) -> None:
        await self._consumer.stop()

    async def collect(
        self, wanted: Callable[[Message], bool], *, count: int = 1, within: float = 20.0
    ) -> list[tuple[Message, bytes, dict[str, bytes]]]:
        """Records matching ``wanted`` (event, key, headers), waiting until ``count`` or ``within`` seconds."""
        found: list[tuple[Message, bytes, dict[str, bytes]]] = []
        deadline = time.monotonic() + within
        while len(found) < count and time.monotonic() < deadline:
            batches = await self._consumer.getmany(timeout_ms=200)
            for records in batches.values():
                for record in records:
                    event = decode(self._topic, record.value, list(record.headers))
                    if wanted(event):
                        found.append((event, record.key or b"", dict(record.headers)))
        return found


@dataclass
class QuestionGen:
    """Clients of the running service, credentials, and the test's side of Kafka."""

    settings: CoreSettings
    signer: TokenSigner
    channel: grpc.aio.Channel
    profile_service: FakeProfileService
    publisher: EventPublisher
    tails: dict[str, TopicTail] = field(default_factory=dict)
    tenant_id: str = field(default_factory=lambda: f"tenant-{uuid.uuid4().hex[:8]}")

    @property
    def positions(self) -> question_gen_pb2_grpc.PositionServiceStub:
        return question_gen_pb2_grpc.PositionServiceStub(self.channel)

    @property
    def interviews(self) -> question_gen_pb2_grpc.InterviewServiceStub:
        return question_gen_pb2_grpc.InterviewServiceStub(self.channel)

    def staff(self, tenant_id: str | None = None) -> tuple[tuple[str, str], ...]:
        token = self.signer.mint_api_key(tenant_id or self.tenant_id, [Role.RECRUITER], subject="hr-suite")
        return bearer_metadata(token)

    @staticmethod
    def as_candidate(token: str) -> tuple[tuple[str, str], ...]:
        return bearer_metadata(token)

    def add_profile(self, candidate_id: str, *, consent: bool = True, **fields: Any) -> None:
        self.profile_service.profiles[(self.tenant_id, candidate_id)] = profile_pb2.Profile(
            candidate_id=candidate_id, consents=profile_pb2.Consents(ai_scoring=consent), **fields
        )

    async def create_position(self, **overrides: object) -> question_gen_pb2.Position:
        request = question_gen_pb2.CreatePositionRequest(
            title="Product analyst",
            competencies=[
                common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=60),
                common_pb2.CompetencyWeight(competency_id="communication", weight_percent=40),
            ],
            question_bank=[
                question_gen_pb2.BankQuestion(
                    competency_id="communication",
                    text=common_pb2.LocalizedText(
                        zh="你如何向非技术同事解释一个数据结论？",
                        en="How do you explain a finding from data to a non-technical colleague?",
                    ),
                )
            ],
            **overrides,
        )
        return await self.positions.CreatePosition(request, metadata=self.staff())

    async def create_interview(
        self, candidate_id: str = "cand-1", language: int = common_pb2.LANGUAGE_EN, **profile: Any
    ) -> question_gen_pb2.CreateInterviewResponse:
        self.add_profile(candidate_id, **profile)
        position = await self.create_position()
        return await self.interviews.CreateInterview(
            question_gen_pb2.CreateInterviewRequest(
                candidate_id=candidate_id, position_id=position.position_id, language=language
            ),
            metadata=self.staff(),
        )


async def _wait_until_serving(channel: grpc.aio.Channel) -> None:
    health = health_pb2_grpc.HealthStub(channel)
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        try:
            reply = await health.Check(health_pb2.HealthCheckRequest(service=""), timeout=1)
            if reply.status == health_pb2.HealthCheckResponse.SERVING:
                return
        except grpc.aio.AioRpcError:
            pass
        await asyncio.sleep(0.2)
    raise AssertionError("question-gen did not become SERVING in time")


@pytest.fixture(scope="package")
async def qg(make_settings: Callable[..., CoreSettings]) -> AsyncIterator[QuestionGen]:
    probe = make_settings("question-gen")
    signer = TokenSigner(probe.auth_secret)
    profile_service = FakeProfileService(signer)
    profile_server = grpc.aio.server()
    profile_pb2_grpc.add_ProfileServiceServicer_to_server(profile_service, profile_server)
    profile_port = profile_server.add_insecure_port("127.0.0.1:0")
    await profile_server.start()

    settings = make_settings("question-gen", profile_addr=f"127.0.0.1:{profile_port}")
    await ensure_topics(settings.kafka_bootstrap, ALL_TOPICS)
    await start_group_at_end(settings.kafka_bootstrap, settings.consumer_group, [SCORE_READY, HINT_READY])
    stop = asyncio.Event()
    service = asyncio.create_task(serve(settings, ProcessRole.ALL, bootstrap, stop))
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{settings.grpc_port}")
    publisher = EventPublisher(settings.kafka_bootstrap, client_id="question-gen-tests")
    tails: dict[str, TopicTail] = {}
    try:
        await _wait_until_serving(channel)
        await publisher.start()
        for topic in ("answer-submitted", "interview-completed"):
            tails[topic] = TopicTail(settings.kafka_bootstrap, topic)
            await tails[topic].start()
        yield QuestionGen(settings, signer, channel, profile_service, publisher, tails)
    finally:
        for tail in tails.values():
            await tail.stop()
        await publisher.stop()
        await channel.close()
        stop.set()
        await service
        await profile_server.stop(None)
