"""The Kafka bus: publishing, group consumption with a dead-letter path, and broadcast reading.

Delivery is at least once: offsets are committed only after a record was handled, so a crash
replays it and handlers must be idempotent. A record that cannot be decoded, or whose handler
keeps failing for a non-transient reason, goes to ``<topic>.dlq`` with the reason in its headers,
and the partition moves on. A transient failure (database or broker unreachable) is retried with
backoff for as long as it lasts: nothing is dropped because a dependency restarted.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.coordinator.assignors.range import RangePartitionAssignor
from aiokafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor
from aiokafka.errors import (
    ClusterAuthorizationFailedError,
    CoordinatorLoadInProgressError,
    GroupCoordinatorNotAvailableError,
    KafkaError,
    NotCoordinatorError,
    TopicAlreadyExistsError,
    TopicAuthorizationFailedError,
)
from aiokafka.helpers import create_ssl_context
from google.protobuf.message import Message
from pymongo.errors import ConnectionFailure
from wendu.core import codec, metrics
from wendu.core.config import KafkaSecurity, kafka_security_from_env
from wendu.core.context import interview_id_var, tenant_id_var
from wendu.core.errors import Unavailable
from wendu.core.topics import COMPACTED_TOPICS, dlq

log = logging.getLogger(__name__)

DEFAULT_PARTITIONS = 8
MAX_HANDLER_ATTEMPTS = 3
MAX_TRANSIENT_BACKOFF_SECONDS = 5.0


@dataclass(frozen=True)
class RecordContext:
    """Where a record came from, for handlers that need more than the payload."""

    topic: str
    partition: int
    offset: int
    key: str
    timestamp_ms: int


EventHandler = Callable[[Message, RecordContext], Awaitable[None]]


def is_transient(exc: BaseException) -> bool:
    """Failures that will pass once a dependency is back: retry, never dead-letter."""
    return isinstance(exc, ConnectionFailure | KafkaError | Unavailable | ConnectionError | TimeoutError)


def kafka_client_kwargs(bootstrap: str, security: KafkaSecurity | None = None) -> dict[str, Any]:
    """The connection settings of every Kafka client Wendu creates: the one place credentials enter.

    ``security`` defaults to this process's environment (:func:`wendu.core.config.kafka_security_from_env`:
    ``WENDU_KAFKA_USERNAME``, ``WENDU_KAFKA_PASSWORD``, ``WENDU_KAFKA_SECURITY_PROTOCOL``,
    ``WENDU_KAFKA_SASL_MECHANISM``, ``WENDU_KAFKA_CA_FILE``). The keys are aiokafka's, which
    kafka-python shares; pass them to ``AIOKafkaProducer``, ``AIOKafkaConsumer`` or
    ``AIOKafkaAdminClient`` as ``**kafka_client_kwargs(bootstrap)``.
    """
    security = kafka_security_from_env() if security is None else security
    kwargs: dict[str, Any] = {"bootstrap_servers": bootstrap, "security_protocol": security.protocol}
    if security.uses_sasl:
        kwargs.update(
            sasl_mechanism=security.sasl_mechanism,
            sasl_plain_username=security.username,
            sasl_plain_password=security.password,
        )
    if security.uses_tls:
        kwargs["ssl_context"] = create_ssl_context(cafile=security.ca_file or None)
    return kwargs


# How long a topic just created may take to show in the metadata of the broker asked.
TOPIC_METADATA_WAIT_SECONDS = 5.0

# The connection keys kafka-python takes under the same name and meaning as aiokafka.
_KAFKA_PYTHON_SHARED_KEYS = frozenset(
    {
        "bootstrap_servers",
        "security_protocol",
        "sasl_mechanism",
        "sasl_plain_username",
        "sasl_plain_password",
        "ssl_context",
        "client_id",
    }
)


def kafka_python_kwargs(bootstrap: str) -> dict[str, Any]:
    """:func:`kafka_client_kwargs` for kafka-python's synchronous clients (``wendu events export``).

    A key kafka-python does not share is refused rather than dropped: a credential silently left
    out would connect without it (or not at all) with no word why.
    """
    kwargs = kafka_client_kwargs(bootstrap)
    unknown = set(kwargs) - _KAFKA_PYTHON_SHARED_KEYS
    if unknown:
        raise ValueError(f"no kafka-python equivalent for the Kafka client settings {sorted(unknown)}")
    return dict(kwargs)


# A broker that has just started has no group coordinator until its offsets topic exists.
COORDINATOR_WAIT_SECONDS = 60.0


async def group_has_offsets(bootstrap: str, group_id: str) -> bool:
    """Whether consumer group ``group_id`` has committed any offset (a group never run has none)."""
    admin = AIOKafkaAdminClient(**kafka_client_kwargs(bootstrap))
    await admin.start()
    try:
        deadline = time.monotonic() + COORDINATOR_WAIT_SECONDS
        while True:
            try:
                return bool(await admin.list_consumer_group_offsets(group_id))
            except (GroupCoordinatorNotAvailableError, CoordinatorLoadInProgressError, NotCoordinatorError):
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.5)
    finally:
        await admin.close()


async def topic_partitions(bootstrap: str, *topics: str) -> list[TopicPartition]:
    """Every partition of ``topics``, by topic and partition.

    A consumer outside a group knows no partitions until asked; the admin client tells them.
    """
    admin = AIOKafkaAdminClient(**kafka_client_kwargs(bootstrap))
    await admin.start()
    try:
        described = await admin.describe_topics(list(topics))
    finally:
        await admin.close()
    return sorted(
        (TopicPartition(t["topic"], p["partition"]) for t in described for p in t["partitions"]),
        key=lambda tp: (tp.topic, tp.partition),
    )


async def start_group_at_end(bootstrap: str, group_id: str, group_topics: Iterable[str]) -> None:
    """Commit the group's offsets at the current end of ``group_topics``, so it reads only new records.

    For a group that should not replay what other stacks on a shared broker wrote before it existed
    (tests, a local development stack); a service's own group in production starts at the earliest
    record instead (``auto_offset_reset``), so nothing published before its first start is skipped.
    """
    partitions = await topic_partitions(bootstrap, *group_topics)
    consumer = AIOKafkaConsumer(**kafka_client_kwargs(bootstrap), group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_end(*partitions)
        await consumer.commit({tp: await consumer.position(tp) for tp in partitions})
    finally:
        await consumer.stop()


async def is_behind(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    """Whether ``consumer`` has yet to read up to ``ends`` on some partition."""
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return True
    return False


class TopicsMissing(RuntimeError):
    """Topics a process needs do not exist, and it may not (or must not) create them."""


async def ensure_topics(
    bootstrap: str,
    topics: Iterable[str],
    partitions: int = DEFAULT_PARTITIONS,
    *,
    replication_factor: int = 1,
    retention_ms: int | None = None,
    topic_configs: Mapping[str, Mapping[str, str]] | None = None,
    with_dead_letters: bool = True,
    create: bool = True,
) -> None:
    """Create ``topics`` (and their DLQs, ``with_dead_letters``) when missing. Safe to run from every
    replica at start.

    With ``create=False`` (ops pre-create the topics) it only checks they exist. Raises
    :class:`TopicsMissing` when a topic is still missing afterwards, e.g. because the principal may
    not create topics: a service only sees the topics its ACLs grant.
    """
    wanted = sorted({t for topic in topics for t in ((topic, dlq(topic)) if with_dead_letters else (topic,))})
    config = {"retention.ms": str(retention_ms)} if retention_ms is not None else {}
    own_configs = topic_configs or {}

    def topic_config(topic: str) -> dict[str, str]:
        # State topics are compacted: the latest record per key is kept for ever. A topic with its own
        # settings (the audit trail's retention, topics.topic_configs) keeps them over the default.
        if topic in COMPACTED_TOPICS:
            return {"cleanup.policy": "compact"}
        return {**config, **own_configs.get(topic, {})}

    admin = AIOKafkaAdminClient(**kafka_client_kwargs(bootstrap))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in wanted if t not in existing]
        if missing and create:
            new_topics = [
                NewTopic(
                    t, num_partitions=partitions, replication_factor=replication_factor, topic_configs=topic_config(t)
                )
                for t in missing
            ]
            try:
                response = await admin.create_topics(new_topics)
            except TopicAlreadyExistsError:
                response = None  # another replica won the race
            except (TopicAuthorizationFailedError, ClusterAuthorizationFailedError) as exc:
                raise TopicsMissing(
                    f"topics {', '.join(missing)} are missing and this principal may not create them"
                ) from exc
            # Per-topic refusals (a replication factor the cluster cannot meet, a bad config) come
            # back in the response rather than as an exception: name them.
            refused = [
                f"{error[0]}: {error[2] if len(error) > 2 and error[2] else error[1]}"
                for error in (getattr(response, "topic_errors", None) or [])
                if error[1] not in (0, TopicAlreadyExistsError.errno)
            ]
            if refused:
                raise TopicsMissing(f"the broker refused to create topics: {'; '.join(refused)}")
            # The controller has created them; the broker answering may list them a moment later.
            deadline = time.monotonic() + TOPIC_METADATA_WAIT_SECONDS
            while True:
                existing = set(await admin.list_topics())
                missing = [t for t in wanted if t not in existing]
                if not missing or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.2)
        if missing:
            raise TopicsMissing(f"topics {', '.join(missing)} are missing (or not granted to this principal)")
    finally:
        await admin.close()


class Publisher(Protocol):
    """What a handler needs to publish an event; :class:`EventPublisher` implements it, tests fake it."""

    async def publish(self, topic: str, event: Message, *, key: str) -> None:
        """Publish ``event``; raises KafkaError when the broker cannot take it (the RPC answers UNAVAILABLE)."""
        ...


class EventPublisher:
    """Publishes protobuf events, keyed so the events of one interview stay in order."""

    def __init__(self, bootstrap: str, client_id: str) -> None:
        self._producer = AIOKafkaProducer(
            **kafka_client_kwargs(bootstrap),
            client_id=client_id,
            acks="all",
            enable_idempotence=True,
            # A short linger batches bursts without adding noticeable latency to a lone answer.
            linger_ms=2,
        )
        self._started = False

    async def start(self) -> None:
        await self._producer.start()
        self._started = True

    async def stop(self) -> None:
        if self._started:
            await self._producer.stop()
            self._started = False

    async def is_reachable(self, timeout_seconds: float = 2.0) -> bool:
        """True when a broker answers a metadata request."""
        if not self._started:
            return False
        try:
            metadata = await asyncio.wait_for(self._producer.client.fetch_all_metadata(), timeout_seconds)
        except (KafkaError, TimeoutError, OSError):
            return False
        return bool(metadata.brokers())

    async def publish(self, topic: str, event: Message, *, key: str) -> None:
        value, headers = codec.encode(event)
        await self._producer.send_and_wait(topic, value, key=key.encode(), headers=headers)
        metrics.EVENTS_PUBLISHED.labels(topic).inc()

    async def publish_raw(
        self, topic: str, value: bytes | None, *, key: bytes | None, headers: list[tuple[str, bytes]]
    ) -> None:
        await self._producer.send_and_wait(topic, value, key=key, headers=headers)
        metrics.EVENTS_PUBLISHED.labels(topic).inc()


@dataclass(eq=False)
class _Lane:
    """One partition's records, handled in order by a task of its own."""

    queue: asyncio.Queue[list[ConsumerRecord]] = field(default_factory=asyncio.Queue)
    task: asyncio.Task[None] | None = None
    # Next offset to commit (one past the last handled record), and what was committed last.
    processed: int | None = None
    committed: int | None = None
    pending: int = 0
    closing: bool = False


class _PartitionsRevoked(Exception):
    """The partition was taken away while its record waited on a transient failure."""


class _RebalanceListener(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, worker: StreamWorker) -> None:
        self._worker = worker

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await self._worker.retire(revoked)
        self._worker.partitions_revoked(revoked)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        """Nothing to prepare: a lane opens when its partition's first records arrive."""


class StreamWorker:
    """Consumes topics in a consumer group and hands each decoded event to its handler.

    Each partition is a lane with its own task: records of one partition are handled in order,
    and a record never waits for another partition's work or for an offset commit. Handled
    offsets are committed every ``COMMIT_INTERVAL_SECONDS`` and when partitions are revoked, so a
    crash replays at most that window (handlers are idempotent).
    """

    COMMIT_INTERVAL_SECONDS = 0.1
    # A lane with this many records waiting stops fetching its partition until it drains.
    MAX_PENDING_PER_PARTITION = 2000

    def __init__(
        self,
        *,
        bootstrap: str,
        group_id: str,
        handlers: dict[str, EventHandler],
        publisher: EventPublisher,
        client_id: str,
        max_batch: int = 500,
        co_partitioned: bool = False,
        on_revoked: Callable[[set[TopicPartition]], None] | None = None,
    ) -> None:
        """``co_partitioned``: a member gets the same partition numbers of every topic it reads (the
        range assignor), so the records of one key on several topics reach one member: the single
        writer of that key's state. ``on_revoked`` runs once the revoked partitions' lanes stopped,
        so a member can drop the state it kept for them (their next owner recovers it)."""
        self._handlers = handlers
        self._on_revoked = on_revoked
        self._publisher = publisher
        self._group_id = group_id
        self._max_batch = max_batch
        self._lanes: dict[TopicPartition, _Lane] = {}
        for topic in handlers:
            # Export the DLQ counter at zero from the start, so "DLQ non-empty" alerts see its first increase.
            metrics.DLQ_MESSAGES.labels(topic)
        self._consumer = AIOKafkaConsumer(
            **kafka_client_kwargs(bootstrap),
            group_id=group_id,
            client_id=client_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=100,
            max_poll_interval_ms=300_000,
            partition_assignment_strategy=(
                (RangePartitionAssignor,) if co_partitioned else (RoundRobinPartitionAssignor,)
            ),
        )

    async def run(self, stop: asyncio.Event, ready: asyncio.Event | None = None) -> None:
        self._consumer.subscribe(list(self._handlers), listener=_RebalanceListener(self))
        await self._consumer.start()
        loop = asyncio.get_running_loop()
        try:
            if ready is not None:
                ready.set()
            last_commit = loop.time()
            while not stop.is_set():
                batches = await self._consumer.getmany(timeout_ms=50, max_records=self._max_batch)
                for tp, records in batches.items():
                    self._enqueue(tp, records)
                self._resume_drained()
                if loop.time() - last_commit >= self.COMMIT_INTERVAL_SECONDS:
                    await self._commit_handled()
                    last_commit = loop.time()
        finally:
            await self.retire(set(self._lanes))
            await self._consumer.stop()

    def _enqueue(self, tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        lane = self._lanes.get(tp)
        if lane is None or lane.closing:
            lane = self._lanes[tp] = _Lane()
            lane.task = asyncio.create_task(self._drain(lane))
        lane.pending += len(records)
        lane.queue.put_nowait(records)
        if lane.pending >= self.MAX_PENDING_PER_PARTITION:
            self._consumer.pause(tp)

    def _resume_drained(self) -> None:
        paused = self._consumer.paused()
        for tp in paused:
            lane = self._lanes.get(tp)
            if lane is None or lane.pending < self.MAX_PENDING_PER_PARTITION // 2:
                self._consumer.resume(tp)

    async def _drain(self, lane: _Lane) -> None:
        while not lane.closing:
            records = await lane.queue.get()
            for record in records:
                if lane.closing:
                    return
                try:
                    await self._handle_record(record, lane)
                except _PartitionsRevoked:
                    return
                lane.processed = record.offset + 1
                lane.pending -= 1

    async def retire(self, partitions: set[TopicPartition]) -> None:
        """Stop the lanes of ``partitions`` after their current record, and commit what they handled."""
        retiring = {tp: self._lanes.pop(tp) for tp in partitions if tp in self._lanes}
        for lane in retiring.values():
            lane.closing = True
            lane.queue.put_nowait([])  # wakes a lane waiting for records
        await asyncio.gather(*(lane.task for lane in retiring.values() if lane.task is not None))
        await self._commit(retiring)

    def partitions_revoked(self, partitions: set[TopicPartition]) -> None:
        if self._on_revoked is not None and partitions:
            self._on_revoked(partitions)

    async def _commit_handled(self) -> None:
        await self._commit(self._lanes)
        self._record_lag()

    async def _commit(self, lanes: dict[TopicPartition, _Lane]) -> None:
        # The lanes themselves, not the dict: a rebalance may retire (pop) a lane while the commit
        # is in flight, and the commit must not fail the worker because of it.
        changed = {
            tp: lane for tp, lane in lanes.items() if lane.processed is not None and lane.processed != lane.committed
        }
        offsets = {tp: lane.processed for tp, lane in changed.items()}
        if not offsets:
            return
        try:
            await self._consumer.commit(offsets)
        except KafkaError as exc:
            # Retriable errors are retried at the next interval. A commit refused after a rebalance
            # means the new owner replays those records, which idempotent handlers make harmless.
            log.warning("offset commit failed", extra={"error": repr(exc)})
            return
        for tp, lane in changed.items():
            lane.committed = offsets[tp]

    def _record_lag(self) -> None:
        for tp, lane in self._lanes.items():
            highwater = self._consumer.highwater(tp)
            if highwater is not None and lane.processed is not None:
                lag = max(0, highwater - lane.processed)
                metrics.CONSUMER_LAG.labels(self._group_id, tp.topic, str(tp.partition)).set(lag)

    async def _handle_record(self, record: ConsumerRecord, lane: _Lane) -> None:
        topic = record.topic
        started = time.perf_counter()
        try:
            event = codec.decode(topic, record.value, list(record.headers or ()))
        except codec.MalformedEvent as exc:
            await self._dead_letter(record, str(exc))
            return
        meta = event.meta  # type: ignore[attr-defined]
        tenant_token = tenant_id_var.set(meta.tenant_id)
        interview_token = interview_id_var.set(meta.interview_id)
        context = RecordContext(
            topic=topic,
            partition=record.partition,
            offset=record.offset,
            key=(record.key or b"").decode(errors="replace"),
            timestamp_ms=record.timestamp,
        )
        try:
            await self._run_handler(event, context, record, lane)
        finally:
            tenant_id_var.reset(tenant_token)
            interview_id_var.reset(interview_token)
            metrics.EVENT_PROCESSING.labels(topic).observe(time.perf_counter() - started)

    async def _run_handler(self, event: Message, context: RecordContext, record: ConsumerRecord, lane: _Lane) -> None:
        handler = self._handlers[context.topic]
        attempt = 0
        backoff = 0.1
        while True:
            try:
                await handler(event, context)
                metrics.EVENTS_CONSUMED.labels(context.topic, "ok").inc()
                return
            except Exception as exc:
                if is_transient(exc):
                    if lane.closing:
                        raise _PartitionsRevoked from exc
                    metrics.EVENTS_CONSUMED.labels(context.topic, "retried").inc()
                    log.warning("transient failure, retrying", extra={"topic": context.topic, "error": repr(exc)})
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, MAX_TRANSIENT_BACKOFF_SECONDS)
                    continue
                attempt += 1
                if attempt >= MAX_HANDLER_ATTEMPTS:
                    log.exception("handler failed; dead-lettering", extra={"topic": context.topic})
                    await self._dead_letter(record, f"handler failed {attempt} times: {exc!r}")
                    return

    async def _dead_letter(self, record: ConsumerRecord, reason: str) -> None:
        """Send the original bytes, untouched, to the DLQ with why and whence in the headers."""
        headers = [
            *list(record.headers or ()),
            ("dlq-reason", reason.encode()),
            ("dlq-source-topic", record.topic.encode()),
            ("dlq-source-partition", str(record.partition).encode()),
            ("dlq-source-offset", str(record.offset).encode()),
            ("dlq-consumer-group", self._group_id.encode()),
        ]
        while True:
            try:
                await self._publisher.publish_raw(dlq(record.topic), record.value, key=record.key, headers=headers)
                break
            except KafkaError as exc:
                log.warning("DLQ publish failed, retrying", extra={"error": repr(exc)})
                await asyncio.sleep(0.5)
        metrics.EVENTS_CONSUMED.labels(record.topic, "dlq").inc()
        metrics.DLQ_MESSAGES.labels(record.topic).inc()
        log.warning(
            "record dead-lettered",
            extra={"topic": record.topic, "partition": record.partition, "offset": record.offset, "reason": reason},
        )


class BroadcastReader:
    """Reads every partition of a topic from its end, outside any group, in every replica.

    For fan-out: each API replica sees every update and forwards those of the streams it holds.
    Missed updates are not replayed from Kafka; the durable copy lives in the owning service's store.
    """

    def __init__(
        self, *, bootstrap: str, topic: str, client_id: str, on_event: EventHandler, from_beginning: bool = False
    ) -> None:
        self._topic = topic
        self._on_event = on_event
        # A compacted topic that holds current state (the key registry) is read from its beginning,
        # and `ready` waits until what was there at the start has been handled.
        self._from_beginning = from_beginning
        # Without a group id aiokafka assigns every partition of the topic to this consumer and
        # follows partition changes itself; "latest" because a fan-out reader only cares about what is new.
        self._consumer = AIOKafkaConsumer(
            topic,
            **kafka_client_kwargs(bootstrap),
            client_id=client_id,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest" if from_beginning else "latest",
            fetch_max_wait_ms=100,
        )

    async def run(self, stop: asyncio.Event, ready: asyncio.Event | None = None) -> None:
        await self._consumer.start()
        try:
            while not self._consumer.assignment() and not stop.is_set():  # noqa: ASYNC110 - polls aiokafka state
                await asyncio.sleep(0.05)
            # Resolve the starting offsets now, so nothing published after `ready` is missed.
            assigned = set(self._consumer.assignment())
            if self._from_beginning:
                await self._consumer.seek_to_beginning(*assigned)
            for tp in assigned:
                await self._consumer.position(tp)
            if self._from_beginning:
                await self._catch_up(assigned, stop)
            if ready is not None:
                ready.set()
            while not stop.is_set():
                batches = await self._consumer.getmany(timeout_ms=200)
                for records in batches.values():
                    for record in records:
                        await self._deliver(record)
        finally:
            await self._consumer.stop()

    async def _catch_up(self, assigned: set[TopicPartition], stop: asyncio.Event) -> None:
        ends = await self._consumer.end_offsets(list(assigned))
        while not stop.is_set() and await is_behind(self._consumer, ends):
            batches = await self._consumer.getmany(timeout_ms=200)
            for records in batches.values():
                for record in records:
                    await self._deliver(record)

    async def _deliver(self, record: ConsumerRecord) -> None:
        if record.value is None:
            return  # a compaction tombstone
        try:
            event = codec.decode(self._topic, record.value, list(record.headers or ()))
        except codec.MalformedEvent as exc:
            # The group worker dead-letters it; a broadcast reader only skips it.
            log.warning("skipping malformed broadcast record", extra={"reason": str(exc)})
            return
        context = RecordContext(
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            key=(record.key or b"").decode(errors="replace"),
            timestamp_ms=record.timestamp,
        )
        try:
            await self._on_event(event, context)
        except Exception:
            log.exception("broadcast handler failed", extra={"topic": self._topic})
