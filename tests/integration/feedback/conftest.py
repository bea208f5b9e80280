"""Feedback and training running in-process against the real Kafka and FerretDB, plus a topic tap.

The Kafka topics are shared by every test run, so each service's consumer group starts at the
current end of its topics (history from other runs is not replayed) and each test uses its own
tenant, filtering what it reads by that tenant.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import uuid
from collections.abc import AsyncIterator, Callable, Sequence

import grpc
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from google.protobuf.message import Message
from grpc_health.v1 import health_pb2, health_pb2_grpc
from wendu.core import codec, topics
from wendu.core.auth import Role, TokenSigner
from wendu.core.bus import EventPublisher, ensure_topics
from wendu.core.config import CoreSettings
from wendu.core.runtime import Bootstrap, ProcessRole, serve
from wendu.feedback.bootstrap import bootstrap as feedback_bootstrap
from wendu.training.bootstrap import bootstrap as training_bootstrap

STARTUP_TIMEOUT_SECONDS = 60.0
WAIT_TIMEOUT_SECONDS = 30.0


async def partitions_of(bootstrap: str, topic: str) -> list[TopicPartition]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return [
        TopicPartition(topic, p["partition"]) for p in sorted(described["partitions"], key=lambda p: p["partition"])
    ]


async def start_group_at_end(bootstrap: str, group_id: str, group_topics: Sequence[str]) -> None:
    """Commit the group's offsets at the topics' current end, so the service sees only new records."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [tp for topic in group_topics for tp in await partitions_of(bootstrap, topic)]
        consumer.assign(partitions)
        await consumer.seek_to_end(*partitions)
        await consumer.commit({tp: await consumer.position(tp) for tp in partitions})
    finally:
        await consumer.stop()


async def wait_serving(address: str) -> None:
    async with grpc.aio.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        deadline = asyncio.get_running_loop().time() + STARTUP_TIMEOUT_SECONDS
        while True:
            with contextlib.suppress(grpc.aio.AioRpcError):
                response = await stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=2)
                if response.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"{address} did not become SERVING")
            await asyncio.sleep(0.3)


@contextlib.asynccontextmanager
async def running(settings: CoreSettings, bootstrap: Bootstrap, consumed: Sequence[str]) -> AsyncIterator[str]:
    """Run a service in-process (role ``all``) until the block ends; yields its gRPC address."""
    await start_group_at_end(settings.kafka_bootstrap, settings.consumer_group, consumed)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, ProcessRole.ALL, bootstrap, stop))
    address = f"{settings.grpc_host}:{settings.grpc_port}"
    try:
        await wait_serving(address)
        yield address
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


class TopicTap:
    """Reads a topic from its end (outside any group) and keeps the decoded events of one tenant."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.topic = topic
        self._bootstrap = bootstrap
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
        self.events: list[Message] = []

    async def start(self) -> None:
        await self._consumer.start()
        partitions = await partitions_of(self._bootstrap, self.topic)
        self._consumer.assign(partitions)
        await self._consumer.seek_to_end(*partitions)
        for tp in partitions:
            await self._consumer.position(tp)

    async def stop(self) -> None:
        await self._consumer.stop()

    async def _poll(self) -> None:
        batches = await self._consumer.getmany(timeout_ms=200)
        for records in batches.values():
            for record in records:
                self.events.append(codec.decode(self.topic, record.value, list(record.headers or ())))

    async def wait_for(
        self, match: Callable[[Message], bool], count: int = 1, timeout: float = WAIT_TIMEOUT_SECONDS
    ) -> list[Message]:
        """The matching events once there are ``count`` of them; fails after ``timeout`` seconds."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            found = [e for e in self.events if match(e)]
            if len(found) >= count:
                return found
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"expected {count} matching events on {self.topic}, got {len(found)}")
            await self._poll()

    async def drain(self, seconds: float) -> None:
        """Keep reading for ``seconds``, to see whether anything more arrives."""
        deadline = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < deadline:
            await self._poll()


@dataclasses.dataclass
class Platform:
    feedback_addr: str
    training_addr: str
    publisher: EventPublisher
    signer: TokenSigner
    taps: dict[str, TopicTap]

    def recruiter_token(self, tenant_id: str) -> str:
        return self.signer.mint_api_key(tenant_id, [Role.RECRUITER], subject="recruiter-1")

    def candidate_token(self, tenant_id: str, interview_id: str, candidate_id: str) -> str:
        return self.signer.mint_candidate_token(tenant_id, interview_id, candidate_id)


@pytest.fixture(scope="module")
async def platform(infra, make_settings) -> AsyncIterator[Platform]:
    """Training, then feedback pointed at it, both in this process; taps on their output topics."""
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
    training_settings = make_settings("training")
    async with running(training_settings, training_bootstrap, [topics.REPORT_GENERATED]) as training_addr:
        feedback_settings = make_settings("feedback", training_addr=training_addr)
        async with running(
            feedback_settings, feedback_bootstrap, [topics.SCORE_READY, topics.INTERVIEW_COMPLETED]
        ) as feedback_addr:
            taps = {
                t: TopicTap(infra.kafka_bootstrap, t)
                for t in (topics.HINT_READY, topics.REPORT_GENERATED, topics.LEARNING_PLAN_UPDATED)
            }
            publisher = EventPublisher(infra.kafka_bootstrap, client_id="feedback-it")
            await publisher.start()
            for tap in taps.values():
                await tap.start()
            try:
                yield Platform(
                    feedback_addr=feedback_addr,
                    training_addr=training_addr,
                    publisher=publisher,
                    signer=TokenSigner(feedback_settings.auth_secret),
                    taps=taps,
                )
            finally:
                for tap in taps.values():
                    await tap.stop()
                await publisher.stop()


@pytest.fixture
def tenant() -> str:
    return f"t-{uuid.uuid4().hex[:10]}"
