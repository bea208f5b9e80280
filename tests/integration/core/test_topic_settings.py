"""Topics are created with the partitions, replication factor and retention of the settings (the
chart's values), or only checked when ops pre-create them (issue 14, finding 6)."""

from __future__ import annotations

import uuid

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from wendu.cli.stack import local_kafka_credentials
from wendu.core.bus import TopicsMissing, ensure_topics, kafka_client_kwargs, topic_partitions
from wendu.core.config import KafkaSecurity


def unique_topic() -> str:
    return f"test.topic-settings.{uuid.uuid4().hex[:8]}"


async def retention_of(bootstrap: str, topic: str) -> str:
    admin = AIOKafkaAdminClient(**kafka_client_kwargs(bootstrap))
    await admin.start()
    try:
        [response] = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
    finally:
        await admin.close()
    [resource] = response.resources
    return next(str(entry[1]) for entry in resource[4] if entry[0] == "retention.ms")


async def test_partitions_and_retention_come_from_the_settings(infra) -> None:
    topic = unique_topic()
    await ensure_topics(infra.kafka_bootstrap, [topic], 3, retention_ms=3_600_000, with_dead_letters=False)
    assert len(await topic_partitions(infra.kafka_bootstrap, topic)) == 3
    assert await retention_of(infra.kafka_bootstrap, topic) == "3600000"


async def test_the_replication_factor_is_the_settings_not_a_hard_coded_one(infra) -> None:
    # The local broker is one node: a factor of 3 cannot be met, which shows it is asked for.
    with pytest.raises(TopicsMissing, match="replication factor of 3"):
        await ensure_topics(infra.kafka_bootstrap, [unique_topic()], 1, replication_factor=3, with_dead_letters=False)


async def test_pre_created_topics_are_only_checked(infra) -> None:
    with pytest.raises(TopicsMissing, match="missing"):
        await ensure_topics(infra.kafka_bootstrap, [unique_topic()], create=False, with_dead_letters=False)


async def test_a_service_principal_may_not_create_topics(infra, monkeypatch: pytest.MonkeyPatch) -> None:
    scoring = KafkaSecurity("SASL_PLAINTEXT", username="scoring", password=local_kafka_credentials()["scoring"])
    monkeypatch.setattr("wendu.core.bus.kafka_security_from_env", lambda: scoring)
    with pytest.raises(TopicsMissing):
        await ensure_topics(infra.kafka_bootstrap, [unique_topic()], with_dead_letters=False)
