"""Training running in-process against the real Kafka and FerretDB, with a tap on learning-plan-updated.

Its consumer group starts at the current end of report-generated, so records of other runs are not
replayed; each test uses its own tenant. (The feedback integration tests run training behind
feedback with the same technique; these helpers belong in a shared test module once one exists.)
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import uuid
from collections.abc import AsyncIterator, Callable

import grpc
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from google.protobuf.message import Message
from grpc_health.v1 import health_pb2, health_pb2_grpc
from wendu.core import codec, topics
from wendu.core.auth import TokenSigner
from wendu.core.bus import EventPublisher, ensure_topics
from wendu.core.runtime import ProcessRole, serve
from wendu.training.bootstrap import bootstrap


async def _partitions(bootstrap_servers: str, topic: str) -> list[TopicPartition]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers)
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return sorted((TopicPartition(topic, p["partition"]) for p in described["partitions"]), key=lambda tp: tp.partition)


async def _consumer_at_end(bootstrap_servers: str, topic: str, group_id: str | None = None) -> AIOKafkaConsumer:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers, group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    partitions = await _partitions(bootstrap_servers, topic)
    consumer.assign(partitions)
    await consumer.seek_to_end(*partitions)
    positions = {tp: await consumer.position(tp) for tp in partitions}
    if group_id is not None:
        await consumer.commit(positions)
    return consumer


@dataclasses.dataclass
class TrainingUnderTest:
    address: str
    publisher: EventPublisher
    signer: TokenSigner
    plans: AIOKafkaConsumer
    seen: list[Message] = dataclasses.field(default_factory=list)

    async def wait_for_plans(
        self, match: Callable[[Message], bool], count: int = 1, timeout: float = 30.0
    ) -> list[Message]:
        """Learning-plan-updated events matching ``match``, once ``count`` arrived, after reading ``timeout`` s at most."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            found = [e for e in self.seen if match(e)]
            if len(found) >= count or asyncio.get_running_loop().time() > deadline:
                return found
            for records in (await self.plans.getmany(timeout_ms=200)).values():
                self.seen.extend(
                    codec.decode(topics.LEARNING_PLAN_UPDATED, r.value, list(r.headers or ())) for r in records
                )


@pytest.fixture(scope="module")
async def training(infra, make_settings) -> AsyncIterator[TrainingUnderTest]:
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
    settings = make_settings("training")
    group = await _consumer_at_end(infra.kafka_bootstrap, topics.REPORT_GENERATED, settings.consumer_group)
    await group.stop()
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, ProcessRole.ALL, bootstrap, stop))
    address = f"{settings.grpc_host}:{settings.grpc_port}"
    publisher = EventPublisher(infra.kafka_bootstrap, client_id="training-it")
    await publisher.start()
    plans = await _consumer_at_end(infra.kafka_bootstrap, topics.LEARNING_PLAN_UPDATED)
    try:
        async with grpc.aio.insecure_channel(address) as channel:
            health = health_pb2_grpc.HealthStub(channel)
            for _ in range(200):
                with contextlib.suppress(grpc.aio.AioRpcError):
                    reply = await health.Check(health_pb2.HealthCheckRequest(), timeout=2)
                    if reply.status == health_pb2.HealthCheckResponse.SERVING:
                        break
                await asyncio.sleep(0.3)
            else:
                raise TimeoutError("training did not become SERVING")
        yield TrainingUnderTest(address, publisher, TokenSigner(settings.auth_secret), plans)
    finally:
        await plans.stop()
        await publisher.stop()
        stop.set()
        await asyncio.wait_for(task, 30)


@pytest.fixture
def tenant() -> str:
    return f"t-{uuid.uuid4().hex[:10]}"
