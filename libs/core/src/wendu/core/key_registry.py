"""The registry of tenant API keys: a compacted Kafka topic (``api-keys``) holding each key's latest
state, keyed by ``<tenant id>/<key id>``.

Why a topic and not a database read per call: every API replica of every service reads it from the
beginning at start (health stays NOT_SERVING until it has caught up) and then follows it, so a
revocation reaches every replica within a fetch (``fetch_max_wait_ms`` 100 ms) and a call costs a
set lookup. Compaction keeps one record per key for ever, so the topic stays as small as the set of
keys. Only an operator's principal may write it (``wendu tenant key create|revoke``).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.auth import MintedKey, RevokedKeys, Role
from wendu.core.bus import RecordContext, is_behind, kafka_client_kwargs, topic_partitions
from wendu.core.topics import API_KEYS
from wendu.v1 import events_pb2


def registry_key(tenant_id: str, key_id: str) -> str:
    return f"{tenant_id}/{key_id}"


class RevocationFollower:
    """Broadcast handler of ``api-keys``: records every revoked key in ``revoked``."""

    def __init__(self, revoked: RevokedKeys) -> None:
        self._revoked = revoked

    async def __call__(self, event: Message, context: RecordContext) -> None:
        state = codec.expect(event, events_pb2.ApiKeyState)
        if state.HasField("revoked_at") and state.key_id:
            self._revoked.revoke(state.meta.tenant_id, state.key_id)


@dataclass(frozen=True)
class KeyRecord:
    tenant_id: str
    key_id: str
    subject: str
    roles: tuple[str, ...]
    expires_at: datetime
    revoked_at: datetime | None


def _record(state: events_pb2.ApiKeyState) -> KeyRecord:
    return KeyRecord(
        tenant_id=state.meta.tenant_id,
        key_id=state.key_id,
        subject=state.subject,
        roles=tuple(state.roles),
        expires_at=state.expires_at.ToDatetime(tzinfo=UTC),
        revoked_at=state.revoked_at.ToDatetime(tzinfo=UTC) if state.HasField("revoked_at") else None,
    )


async def _publish(bootstrap: str, state: events_pb2.ApiKeyState) -> None:
    value, headers = codec.encode(state)
    producer = AIOKafkaProducer(**kafka_client_kwargs(bootstrap), acks="all", enable_idempotence=True)
    await producer.start()
    try:
        key = registry_key(state.meta.tenant_id, state.key_id).encode()
        await producer.send_and_wait(API_KEYS, value, key=key, headers=headers)
    finally:
        await producer.stop()


async def register_key(bootstrap: str, tenant_id: str, minted: MintedKey, subject: str, roles: list[Role]) -> None:
    """Announce a newly minted key, so ``list`` shows it."""
    state = events_pb2.ApiKeyState(
        meta=codec.new_meta(events_pb2.ApiKeyState, tenant_id=tenant_id),
        key_id=minted.key_id,
        subject=subject,
        roles=[str(role) for role in roles],
    )
    state.expires_at.FromSeconds(minted.expires_at)
    await _publish(bootstrap, state)


async def revoke_key(bootstrap: str, tenant_id: str, key_id: str) -> KeyRecord:
    """Revoke ``key_id`` of ``tenant_id`` (known to the registry or not: a key minted elsewhere is
    revoked all the same)."""
    known = {record.key_id: record for record in await list_keys(bootstrap, tenant_id)}
    state = events_pb2.ApiKeyState(meta=codec.new_meta(events_pb2.ApiKeyState, tenant_id=tenant_id), key_id=key_id)
    if key_id in known:
        state.subject = known[key_id].subject
        state.roles.extend(known[key_id].roles)
        state.expires_at.FromDatetime(known[key_id].expires_at)
    state.revoked_at.GetCurrentTime()
    await _publish(bootstrap, state)
    return _record(state)


async def list_keys(bootstrap: str, tenant_id: str) -> list[KeyRecord]:
    """The tenant's keys as the registry holds them now, oldest first."""
    partitions = await topic_partitions(bootstrap, API_KEYS)
    consumer = AIOKafkaConsumer(**kafka_client_kwargs(bootstrap), group_id=None, enable_auto_commit=False)
    await consumer.start()
    latest: dict[str, KeyRecord] = {}
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        while await is_behind(consumer, ends):
            batches = await asyncio.wait_for(consumer.getmany(timeout_ms=500), 30)
            for records in batches.values():
                for record in records:
                    if record.value is None:
                        continue
                    state = codec.decode(API_KEYS, record.value, list(record.headers or ()))
                    assert isinstance(state, events_pb2.ApiKeyState)
                    if state.meta.tenant_id == tenant_id:
                        latest[state.key_id] = _record(state)
    finally:
        await consumer.stop()
    return list(latest.values())
