"""Publishing to the event bus from handlers."""

from __future__ import annotations

from aiokafka.errors import KafkaError
from google.protobuf.message import Message
from wendu.core.bus import EventPublisher
from wendu.core.errors import Unavailable


class BusPublisher:
    """The shared publisher, with a broker failure raised as Unavailable.

    An RPC then answers UNAVAILABLE (the client retries with the same idempotency key, and the
    stored event is published then) instead of INTERNAL; the stream worker retries it as transient.
    """

    def __init__(self, publisher: EventPublisher) -> None:
        self._publisher = publisher

    async def publish(self, topic: str, event: Message, *, key: str) -> None:
        try:
            await self._publisher.publish(topic, event, key=key)
        except KafkaError as exc:
            raise Unavailable(f"event bus unavailable, retry later ({type(exc).__name__})") from exc
