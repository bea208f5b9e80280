"""The Kafka bus against the real broker: dead-lettering, continued processing, retries."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Callable

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from pymongo.errors import AutoReconnect
from support.kafka import started_publisher
from wendu.core import codec, topics
from wendu.core.bus import EventPublisher, RecordContext, StreamWorker, ensure_topics, kafka_client_kwargs
from wendu.v1 import events_pb2

pytestmark = pytest.mark.integration


def _answer(answer_id: str) -> events_pb2.AnswerSubmitted:
    return events_pb2.AnswerSubmitted(
        meta=codec.new_meta(events_pb2.AnswerSubmitted, tenant_id="acme", interview_id="iv-1"),
        answer_id=answer_id,
        answer_text="I shipped it.",
    )


async def _read_all(bootstrap: str, topic: str, expected: int, timeout: float = 20.0) -> list:
    consumer = AIOKafkaConsumer(topic, **kafka_client_kwargs(bootstrap), auto_offset_reset="earliest")
    await consumer.start()
    records: list = []
    try:
        deadline = asyncio.get_running_loop().time() + timeout
        while len(records) < expected and asyncio.get_running_loop().time() < deadline:
            batches = await consumer.getmany(timeout_ms=500)
            for batch in batches.values():
                records.extend(batch)
    finally:
        await consumer.stop()
    return records


async def _fresh_topic(infra, monkeypatch, prefix: str = "answer-submitted-test", partitions: int = 1) -> str:
    """A topic of this test alone, carrying AnswerSubmitted; a unique topic per test keeps runs independent."""
    topic = f"{prefix}-{uuid.uuid4().hex[:8]}"
    # The codec only needs the payload type.
    monkeypatch.setitem(topics.PAYLOADS, topic, events_pb2.AnswerSubmitted)
    await ensure_topics(infra.kafka_bootstrap, [topic], partitions=partitions)
    return topic


async def _run_worker(infra, group: str, handlers, stop: asyncio.Event) -> tuple[asyncio.Task, EventPublisher]:
    publisher = EventPublisher(infra.kafka_bootstrap, client_id="bus-test")
    await publisher.start()
    worker = StreamWorker(
        bootstrap=infra.kafka_bootstrap, group_id=group, handlers=handlers, publisher=publisher, client_id="bus-test"
    )
    ready = asyncio.Event()
    task = asyncio.create_task(worker.run(stop, ready))
    await asyncio.wait_for(ready.wait(), 30)
    return task, publisher


@contextlib.asynccontextmanager
async def _running_worker(infra, handlers) -> AsyncIterator[EventPublisher]:
    """A StreamWorker of a fresh group running ``handlers`` until the block ends; yields its publisher."""
    stop = asyncio.Event()
    task, publisher = await _run_worker(infra, f"bus-test-{uuid.uuid4().hex[:6]}", handlers, stop)
    try:
        yield publisher
    finally:
        stop.set()
        await task
        await publisher.stop()


async def _until(condition: Callable[[], object], *, attempts: int = 100, interval: float = 0.1) -> None:
    """Poll ``condition`` ``attempts`` times, ``interval`` s apart; the assertions after it judge the outcome."""
    for _ in range(attempts):
        if condition():
            break
        await asyncio.sleep(interval)


async def test_malformed_record_goes_to_dlq_and_the_next_good_one_is_processed(infra, monkeypatch):
    topic = await _fresh_topic(infra, monkeypatch)

    handled: list[str] = []

    async def handle(event, ctx: RecordContext) -> None:
        handled.append(event.answer_id)

    producer = AIOKafkaProducer(**kafka_client_kwargs(infra.kafka_bootstrap))
    await producer.start()
    try:
        await producer.send_and_wait(topic, b"\x08\x96\x01 this is not an AnswerSubmitted", key=b"iv-1")
        value, headers = codec.encode(_answer("good-1"))
        await producer.send_and_wait(topic, value, key=b"iv-1", headers=headers)
    finally:
        await producer.stop()

    async with _running_worker(infra, {topic: handle}):
        await _until(lambda: handled)

    assert handled == ["good-1"]
    dead = await _read_all(infra.kafka_bootstrap, topics.dlq(topic), expected=1)
    assert len(dead) == 1
    headers = dict(dead[0].headers)
    assert b"not a valid wendu.v1.AnswerSubmitted" in headers["dlq-reason"] or b"content-type" in headers["dlq-reason"]
    assert headers["dlq-source-topic"] == topic.encode()
    assert dead[0].value == b"\x08\x96\x01 this is not an AnswerSubmitted"


async def test_transient_failure_is_retried_not_dead_lettered(infra, monkeypatch):
    topic = await _fresh_topic(infra, monkeypatch)
    attempts: list[str] = []

    async def flaky(event, ctx: RecordContext) -> None:
        attempts.append(event.answer_id)
        if len(attempts) < 4:
            raise AutoReconnect("database restarting")

    async with _running_worker(infra, {topic: flaky}) as publisher:
        await publisher.publish(topic, _answer("a-1"), key="iv-1")
        await _until(lambda: len(attempts) >= 4)
    assert attempts == ["a-1"] * 4
    dead = await _read_all(infra.kafka_bootstrap, topics.dlq(topic), expected=1, timeout=2)
    assert dead == []


async def test_handler_bug_is_dead_lettered_after_bounded_attempts(infra, monkeypatch):
    topic = await _fresh_topic(infra, monkeypatch)
    calls: list[str] = []

    async def broken(event, ctx: RecordContext) -> None:
        calls.append(event.answer_id)
        if event.answer_id == "poison":
            raise ValueError("cannot handle this one")

    async with _running_worker(infra, {topic: broken}) as publisher:
        await publisher.publish(topic, _answer("poison"), key="iv-1")
        await publisher.publish(topic, _answer("fine"), key="iv-1")
        await _until(lambda: "fine" in calls)
    assert calls == ["poison", "poison", "poison", "fine"]
    dead = await _read_all(infra.kafka_bootstrap, topics.dlq(topic), expected=1)
    assert b"cannot handle this one" in dict(dead[0].headers)["dlq-reason"]


async def test_every_broadcast_reader_sees_every_update(infra, monkeypatch):
    from wendu.core.bus import BroadcastReader

    topic = await _fresh_topic(infra, monkeypatch, prefix="interview-updated-test", partitions=3)
    seen: dict[str, list[str]] = {"replica-a": [], "replica-b": []}
    stop = asyncio.Event()
    tasks = []
    for replica in seen:

        async def record(event, ctx: RecordContext, replica: str = replica) -> None:
            seen[replica].append(event.answer_id)

        ready = asyncio.Event()
        reader = BroadcastReader(bootstrap=infra.kafka_bootstrap, topic=topic, client_id=replica, on_event=record)
        tasks.append(asyncio.create_task(reader.run(stop, ready)))
        await asyncio.wait_for(ready.wait(), 30)
    async with started_publisher(infra.kafka_bootstrap, "bus-test") as publisher:
        try:
            for index in range(6):
                await publisher.publish(topic, _answer(f"a-{index}"), key=f"iv-{index}")
            await _until(lambda: all(len(ids) == 6 for ids in seen.values()))
        finally:
            stop.set()
            await asyncio.gather(*tasks)
    assert sorted(seen["replica-a"]) == sorted(seen["replica-b"]) == [f"a-{i}" for i in range(6)]


async def test_a_slow_partition_does_not_hold_up_another(infra, monkeypatch):
    topic = await _fresh_topic(infra, monkeypatch, partitions=2)
    finished: dict[str, float] = {}
    release = asyncio.Event()

    async def handle(event, ctx: RecordContext) -> None:
        if event.answer_id == "slow":
            await release.wait()
        finished[event.answer_id] = asyncio.get_running_loop().time()

    stop = asyncio.Event()
    task, publisher = await _run_worker(infra, f"bus-test-{uuid.uuid4().hex[:6]}", {topic: handle}, stop)
    try:
        producer = AIOKafkaProducer(**kafka_client_kwargs(infra.kafka_bootstrap))
        await producer.start()
        try:
            for answer_id, partition in (("slow", 0), ("fast", 1)):
                value, headers = codec.encode(_answer(answer_id))
                await producer.send_and_wait(topic, value, key=b"k", partition=partition, headers=headers)
        finally:
            await producer.stop()
        await _until(lambda: "fast" in finished, interval=0.05)
        assert "fast" in finished and "slow" not in finished
    finally:
        release.set()
        stop.set()
        await task
        await publisher.stop()
    assert "slow" in finished, "the held record is handled once released"


async def test_a_rebalance_loses_no_record(infra, monkeypatch):
    topic = await _fresh_topic(infra, monkeypatch, partitions=4)
    group = f"bus-test-{uuid.uuid4().hex[:6]}"
    handled: list[str] = []

    async def handle(event, ctx: RecordContext) -> None:
        await asyncio.sleep(0.005)
        handled.append(event.answer_id)

    first_stop, second_stop = asyncio.Event(), asyncio.Event()
    first, publisher = await _run_worker(infra, group, {topic: handle}, first_stop)
    try:
        for index in range(200):
            await publisher.publish(topic, _answer(f"a-{index}"), key=f"iv-{index}")
            if index == 60:
                second, second_publisher = await _run_worker(infra, group, {topic: handle}, second_stop)
            if index == 140:
                first_stop.set()
                await first
        await _until(lambda: set(handled) >= {f"a-{i}" for i in range(200)}, attempts=200)
    finally:
        first_stop.set()
        second_stop.set()
        await first
        await second
        await publisher.stop()
        await second_publisher.stop()
    assert set(handled) == {f"a-{i}" for i in range(200)}


async def test_a_partition_revoked_while_its_offsets_are_committed_does_not_stop_the_worker(infra, monkeypatch):
    topic = await _fresh_topic(infra, monkeypatch)
    handled: list[str] = []

    async def handle(event, ctx: RecordContext) -> None:
        handled.append(event.answer_id)

    publisher = EventPublisher(infra.kafka_bootstrap, client_id="bus-test")
    await publisher.start()
    worker = StreamWorker(
        bootstrap=infra.kafka_bootstrap,
        group_id=f"bus-test-{uuid.uuid4().hex[:6]}",
        handlers={topic: handle},
        publisher=publisher,
        client_id="bus-test",
    )
    real_commit = worker._consumer.commit
    revoked_mid_commit: list[object] = []

    async def commit(offsets):
        if not revoked_mid_commit:
            # What a rebalance does while a commit is in flight: the partition's lane is retired.
            revoked_mid_commit.extend(offsets)
            await worker.retire(set(offsets))
        return await real_commit(offsets)

    monkeypatch.setattr(worker._consumer, "commit", commit)
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(worker.run(stop, ready))
    try:
        await asyncio.wait_for(ready.wait(), 30)
        await publisher.publish(topic, _answer("a-1"), key="iv-1")
        await _until(lambda: revoked_mid_commit)
        await publisher.publish(topic, _answer("a-2"), key="iv-1")
        await _until(lambda: "a-2" in handled or task.done())
        assert revoked_mid_commit, "the commit ran while the lane was retired"
        assert not task.done(), "the worker kept running"
        assert handled == ["a-1", "a-2"]
    finally:
        stop.set()
        await task
        await publisher.stop()
