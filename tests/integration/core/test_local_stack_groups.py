"""The local stack's consumer groups on a broker shared with the tests: a group that never ran starts
at the topics' end; one that ran resumes where it stopped unless asked to skip its backlog."""

from __future__ import annotations

import uuid

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from support.kafka import started_publisher, topic_partitions
from wendu.cli import stack
from wendu.core import codec, topics
from wendu.core.bus import ensure_topics, kafka_client_kwargs
from wendu.v1 import events_pb2

pytestmark = pytest.mark.integration


async def committed(bootstrap: str, group: str, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
    admin = AIOKafkaAdminClient(**kafka_client_kwargs(bootstrap))
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group, partitions=partitions)
    finally:
        await admin.close()
    return {tp: meta.offset for tp, meta in offsets.items()}


async def ends(bootstrap: str, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
    # Assigned, as the tests' topic readers do (a bare end_offsets query on topics created a moment
    # ago can fail before their partitions have leaders).
    consumer = AIOKafkaConsumer(**kafka_client_kwargs(bootstrap), enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_end(*partitions)
        return {tp: await consumer.position(tp) for tp in partitions}
    finally:
        await consumer.stop()


async def test_new_groups_start_at_the_end_and_groups_that_ran_keep_their_place(infra):
    env = {
        "WENDU_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
        "WENDU_CONSUMER_GROUP_PREFIX": f"t-{uuid.uuid4().hex[:8]}",
        "WENDU_AUTH_SECRET": "test-only-secret",
    }
    groups = [f"{env['WENDU_CONSUMER_GROUP_PREFIX']}.{spec.name}" for spec in stack.SERVICES]
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)  # a fresh broker (CI) has none yet
    partitions = await topic_partitions(infra.kafka_bootstrap, topics.ANSWER_SUBMITTED)
    async with started_publisher(infra.kafka_bootstrap, "groups-test") as publisher:
        # History the new groups must not replay.
        event = events_pb2.AnswerSubmitted(
            meta=codec.new_meta(events_pb2.AnswerSubmitted, tenant_id="t"), answer_id="a"
        )
        await publisher.publish(topics.ANSWER_SUBMITTED, event, key="history")

        assert await stack.prepare_consumer_groups(env) == groups
        at_start = await ends(infra.kafka_bootstrap, partitions)
        assert await committed(infra.kafka_bootstrap, groups[2], partitions) == at_start

        # They ran: new records are their backlog, kept on the next start...
        await publisher.publish(topics.ANSWER_SUBMITTED, event, key="backlog")
        assert await stack.prepare_consumer_groups(env) == []
        assert await committed(infra.kafka_bootstrap, groups[2], partitions) == at_start

        # ...unless the start skips it.
        assert await stack.prepare_consumer_groups(env, skip_backlog=True) == groups
        moved = await committed(infra.kafka_bootstrap, groups[2], partitions)
        assert moved == await ends(infra.kafka_bootstrap, partitions) != at_start
