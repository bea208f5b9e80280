"""The local broker requires SASL/SCRAM and enforces each service's ACLs (wendu.core.kafka_access).

Issue 14, finding 1: a ``candidate-erased`` record produced with no credential made four services
delete a candidate's data. Now nobody gets in without a credential, and a service's principal may
produce only its own topics.
"""

from __future__ import annotations

import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError, TopicAuthorizationFailedError
from wendu.cli.stack import local_kafka_credentials
from wendu.core import codec, topics
from wendu.core.bus import kafka_client_kwargs
from wendu.core.config import KafkaSecurity
from wendu.core.kafka_access import SERVICE_TOPICS
from wendu.v1 import events_pb2

pytestmark = pytest.mark.asyncio(loop_scope="module")


def as_principal(principal: str, password: str | None = None) -> KafkaSecurity:
    users = local_kafka_credentials()
    return KafkaSecurity(
        protocol="SASL_PLAINTEXT",
        username=principal,
        password=users[principal] if password is None else password,
    )


def forged_erasure() -> tuple[bytes, list[tuple[str, bytes]]]:
    event = events_pb2.CandidateErased()
    event.meta.tenant_id = f"tenant-acl-{uuid.uuid4().hex[:8]}"
    event.meta.candidate_id = f"cand-{uuid.uuid4().hex[:8]}"
    return codec.encode(event)


async def test_a_client_without_credentials_can_neither_produce_nor_consume(infra) -> None:
    producer = AIOKafkaProducer(**kafka_client_kwargs(infra.kafka_bootstrap, KafkaSecurity()), request_timeout_ms=5000)
    with pytest.raises(KafkaError):
        await producer.start()
    await producer.stop()
    consumer = AIOKafkaConsumer(
        topics.CANDIDATE_ERASED,
        **kafka_client_kwargs(infra.kafka_bootstrap, KafkaSecurity()),
        request_timeout_ms=5000,
    )
    with pytest.raises(KafkaError):
        await consumer.start()
    await consumer.stop()


async def test_a_wrong_password_is_refused(infra) -> None:
    producer = AIOKafkaProducer(**kafka_client_kwargs(infra.kafka_bootstrap, as_principal("scoring", "not-it")))
    with pytest.raises(KafkaError):
        await producer.start()
    await producer.stop()


async def test_scoring_may_not_produce_candidate_erased(infra) -> None:
    producer = AIOKafkaProducer(**kafka_client_kwargs(infra.kafka_bootstrap, as_principal("scoring")))
    await producer.start()
    try:
        value, headers = forged_erasure()
        with pytest.raises(TopicAuthorizationFailedError):
            await producer.send_and_wait(topics.CANDIDATE_ERASED, value, key=b"cand", headers=headers)
        # The same principal on a topic it owns (its input's dead letters, which no service reads):
        # the refusal above is the ACL, not a broken login.
        await producer.send_and_wait(topics.dlq(topics.ANSWER_SUBMITTED), b"acl-test", key=b"acl-test")
    finally:
        await producer.stop()


async def test_only_profile_may_produce_candidate_erased(infra) -> None:
    producer = AIOKafkaProducer(**kafka_client_kwargs(infra.kafka_bootstrap, as_principal("profile")))
    await producer.start()
    try:
        value, headers = forged_erasure()
        # A tombstone of a tenant and candidate nobody has: consumers find nothing to erase.
        await producer.send_and_wait(topics.CANDIDATE_ERASED, value, key=b"cand", headers=headers)
    finally:
        await producer.stop()


async def test_scoring_sees_only_its_own_topics(infra) -> None:
    # READ and WRITE imply DESCRIBE: a topic the principal may neither read nor write is invisible.
    admin = AIOKafkaAdminClient(**kafka_client_kwargs(infra.kafka_bootstrap, as_principal("scoring")))
    await admin.start()
    try:
        visible = set(await admin.list_topics())
    finally:
        await admin.close()
    assert visible == set(SERVICE_TOPICS["scoring"].touched)
    assert topics.REPORT_GENERATED not in visible
