"""Kafka helpers for tests on the real broker, whose topics every test run shares.

A test never replays the history of other runs: a service's consumer group starts at the topics'
current end (``start_group_at_end``) and a ``TopicReader`` reads from where the topic ended when it
started.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any, NamedTuple

from aiokafka import AIOKafkaConsumer, ConsumerRecord
from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.bus import EventPublisher, kafka_client_kwargs, start_group_at_end, topic_partitions

__all__ = ["Received", "TopicReader", "start_group_at_end", "started_publisher", "topic_partitions"]

WAIT_TIMEOUT_SECONDS = 30.0
POLL_TIMEOUT_MS = 200


@contextlib.asynccontextmanager
async def started_publisher(bootstrap_servers: str, client_id: str) -> AsyncIterator[EventPublisher]:
    """An ``EventPublisher`` that is started for the block and stopped after it."""
    publisher = EventPublisher(bootstrap_servers, client_id=client_id)
    await publisher.start()
    try:
        yield publisher
    finally:
        await publisher.stop()


class Received(NamedTuple):
    """A record as ``TopicReader.collect`` returns it: the decoded event, the record key and its headers."""

    event: Message
    key: bytes
    headers: dict[str, bytes]


class TopicReader:
    """Reads one topic from its end at ``start()``, outside any consumer group, keeping every record read.

    ``wait_for`` and ``wait_for_records`` look at everything read since ``start()`` and fail when too
    little arrives in time; ``collect`` looks only at what it reads itself, so each call sees only the
    records that arrived after the previous one, and returns what it found when time runs out.
    Matchers get the decoded event, whose message type is the topic's payload type.
    Use it with ``async with`` or ``start()`` and ``stop()``.
    """

    def __init__(self, bootstrap_servers: str, topic: str) -> None:
        self.topic = topic
        self._bootstrap_servers = bootstrap_servers
        self._consumer = AIOKafkaConsumer(**kafka_client_kwargs(bootstrap_servers), enable_auto_commit=False)
        self.records: list[ConsumerRecord] = []
        self._events: list[Message] = []

    async def start(self) -> None:
        """Assign every partition of the topic and pin the reading position at its current end."""
        await self._consumer.start()
        partitions = await topic_partitions(self._bootstrap_servers, self.topic)
        self._consumer.assign(partitions)
        await self._consumer.seek_to_end(*partitions)
        # Resolve the offsets now, so nothing published after start() is missed.
        for tp in partitions:
            await self._consumer.position(tp)

    async def stop(self) -> None:
        await self._consumer.stop()

    async def __aenter__(self) -> TopicReader:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def events(self) -> list[Message]:
        """Every record read so far, decoded (records of a dead-letter topic do not decode)."""
        for record in self.records[len(self._events) :]:
            self._events.append(self._decode(record))
        return self._events

    async def wait_for(
        self, match: Callable[[Any], bool], count: int = 1, timeout: float = WAIT_TIMEOUT_SECONDS
    ) -> list[Message]:
        """Every decoded event read so far that ``match`` keeps, once there are ``count``; fails after ``timeout`` s."""
        return await self._wait(lambda: [event for event in self.events if match(event)], count, timeout)

    async def wait_for_records(
        self, match: Callable[[ConsumerRecord], bool], count: int = 1, timeout: float = WAIT_TIMEOUT_SECONDS
    ) -> list[ConsumerRecord]:
        """Like ``wait_for``, on the raw records (their key, headers and undecoded value)."""
        return await self._wait(lambda: [record for record in self.records if match(record)], count, timeout)

    async def drain(self, seconds: float) -> None:
        """Keep reading for ``seconds``, to see whether anything more arrives."""
        deadline = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < deadline:
            await self._poll()

    async def collect(
        self, match: Callable[[Any], bool], *, count: int = 1, timeout: float = WAIT_TIMEOUT_SECONDS
    ) -> list[Received]:
        """The records read by this call whose event ``match`` keeps, once ``count`` arrived or ``timeout`` s passed."""
        found: list[Received] = []
        deadline = asyncio.get_running_loop().time() + timeout
        while len(found) < count and asyncio.get_running_loop().time() < deadline:
            for record in await self._poll():
                event = self._decode(record)
                if match(event):
                    found.append(Received(event, record.key or b"", dict(record.headers or ())))
        return found

    async def _wait(self, matching: Callable[[], list], count: int, timeout: float) -> list:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            found = matching()
            if len(found) >= count:
                return found
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"expected {count} matching records on {self.topic}, got {len(found)}")
            await self._poll()

    async def _poll(self) -> list[ConsumerRecord]:
        batches = await self._consumer.getmany(timeout_ms=POLL_TIMEOUT_MS)
        new = [record for records in batches.values() for record in records]
        self.records.extend(new)
        return new

    def _decode(self, record: ConsumerRecord) -> Message:
        return codec.decode(self.topic, record.value, list(record.headers or ()))
