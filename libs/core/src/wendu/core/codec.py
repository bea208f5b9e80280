"""The event codec: binary protobuf with a content-type header naming the message.

Every payload has ``EventMeta meta = 1``. Decoding checks that the bytes parse as the topic's
message and that the envelope is complete; anything else is a :class:`MalformedEvent`, which the
bus routes to the topic's dead-letter queue.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TypeVar

from google.protobuf.message import DecodeError, Message
from google.protobuf.timestamp_pb2 import Timestamp
from wendu.core.context import request_id_var
from wendu.core.topics import PAYLOADS
from wendu.v1 import common_pb2

SCHEMA_MAJOR = 1
CONTENT_TYPE_HEADER = "content-type"
SCHEMA_VERSION_HEADER = "schema-version"

Headers = list[tuple[str, bytes]]

M = TypeVar("M", bound=Message)


class MalformedEvent(ValueError):
    """The record cannot be understood; it goes to the dead-letter queue with this reason."""


def schema_version(message_type: type[Message]) -> str:
    return f"{message_type.DESCRIPTOR.full_name}/{SCHEMA_MAJOR}"


def content_type(message_type: type[Message]) -> str:
    return f"application/x-protobuf; messageType={message_type.DESCRIPTOR.full_name}"


def timestamp_now() -> Timestamp:
    ts = Timestamp()
    ts.GetCurrentTime()
    return ts


def to_timestamp(moment: datetime | None) -> Timestamp:
    """The Timestamp of ``moment`` (naive means UTC); the zero Timestamp for None."""
    ts = Timestamp()
    if moment is not None:
        ts.FromDatetime(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    return ts


def from_timestamp(ts: Timestamp) -> datetime | None:
    """The inverse of :func:`to_timestamp`: None for an unset (zero) Timestamp, else an aware UTC datetime."""
    if ts.seconds == 0 and ts.nanos == 0:
        return None
    return ts.ToDatetime(tzinfo=UTC)


def new_meta(
    message_type: type[Message],
    *,
    tenant_id: str,
    interview_id: str = "",
    candidate_id: str = "",
    interview_kind: int = common_pb2.INTERVIEW_KIND_UNSPECIFIED,
    event_id: str | None = None,
) -> common_pb2.EventMeta:
    """A fresh envelope. Pass ``event_id`` to make a re-emitted event deduplicate with the first."""
    return common_pb2.EventMeta(
        event_id=event_id or str(uuid.uuid4()),
        tenant_id=tenant_id,
        occurred_at=timestamp_now(),
        schema_version=schema_version(message_type),
        interview_id=interview_id,
        candidate_id=candidate_id,
        request_id=request_id_var.get(),
        interview_kind=interview_kind,  # type: ignore[arg-type]
    )


def expect(event: Message, message_type: type[M]) -> M:
    """``event`` as a ``message_type``; TypeError when a handler is given the event of another topic."""
    if not isinstance(event, message_type):
        raise TypeError(f"expected {message_type.DESCRIPTOR.full_name}, got {type(event).__name__}")
    return event


def encode(event: Message) -> tuple[bytes, Headers]:
    headers: Headers = [
        (CONTENT_TYPE_HEADER, content_type(type(event)).encode()),
        (SCHEMA_VERSION_HEADER, schema_version(type(event)).encode()),
    ]
    return event.SerializeToString(deterministic=True), headers


def decode(topic: str, value: bytes | None, headers: Headers | None = None) -> Message:
    """Parse a record of ``topic``; raise MalformedEvent with a readable reason when it is not valid."""
    message_type = PAYLOADS.get(topic)
    if message_type is None:
        raise MalformedEvent(f"no schema is registered for topic {topic!r}")
    if not value:
        raise MalformedEvent("empty record value")
    expected = content_type(message_type)
    for key, raw in headers or ():
        if key == CONTENT_TYPE_HEADER and raw.decode(errors="replace") != expected:
            raise MalformedEvent(f"content-type {raw.decode(errors='replace')!r} is not {expected!r}")
    event = message_type()
    try:
        event.ParseFromString(value)
    except DecodeError as exc:
        raise MalformedEvent(f"not a valid {message_type.DESCRIPTOR.full_name}: {exc}") from exc
    meta: common_pb2.EventMeta = event.meta  # type: ignore[attr-defined]
    if not meta.event_id:
        raise MalformedEvent("meta.event_id is empty")
    if not meta.tenant_id:
        raise MalformedEvent("meta.tenant_id is empty")
    name, _, major = meta.schema_version.partition("/")
    if name != message_type.DESCRIPTOR.full_name or major != str(SCHEMA_MAJOR):
        raise MalformedEvent(f"schema_version {meta.schema_version!r} is not {schema_version(message_type)!r}")
    return event
