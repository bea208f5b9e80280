"""The Kafka ACL table: what each service's principal may do, and the local broker's copy of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from wendu.core import topics
from wendu.core.bus import DEFAULT_PARTITIONS, kafka_client_kwargs
from wendu.core.config import ConfigError, KafkaSecurity, kafka_security_from_env
from wendu.core.kafka_access import OPERATOR_TOPICS, SERVICE_TOPICS, acl_spec

ROOT = Path(__file__).resolve().parents[3]


def test_the_local_brokers_acl_file_is_generated_from_the_table() -> None:
    # Regenerate with: uv run python -m wendu.core.kafka_access > infra/kafka/acls.txt
    assert (ROOT / "infra" / "kafka" / "acls.txt").read_text() == acl_spec(DEFAULT_PARTITIONS)


def test_only_profile_may_produce_candidate_erased() -> None:
    writers = {service for service, access in SERVICE_TOPICS.items() if topics.CANDIDATE_ERASED in access.writes}
    assert writers == {"profile"}


def test_only_question_gen_may_produce_answer_submitted() -> None:
    writers = {service for service, access in SERVICE_TOPICS.items() if topics.ANSWER_SUBMITTED in access.writes}
    assert writers == {"question-gen"}


def test_every_topic_has_exactly_one_producing_service() -> None:
    for topic in set(topics.ALL_TOPICS) - set(OPERATOR_TOPICS) - {topics.DECISION_AUDIT}:
        producers = [service for service, access in SERVICE_TOPICS.items() if topic in access.produces]
        assert len(producers) == 1, (topic, producers)


def test_the_audit_trail_is_written_by_every_service_that_decides_and_read_by_insights_alone() -> None:
    writers = {service for service, access in SERVICE_TOPICS.items() if topics.DECISION_AUDIT in access.produces}
    # profile: it records each ExportCandidateData (who read a candidate's data) there.
    assert writers == {"question-gen", "scoring", "feedback", "insights", "profile"}
    readers = {service for service, access in SERVICE_TOPICS.items() if topics.DECISION_AUDIT in access.reads}
    assert readers == {"insights"}


def test_self_identification_is_written_by_profile_and_read_by_insights_alone() -> None:
    writers = {s for s, access in SERVICE_TOPICS.items() if topics.SELF_IDENTIFICATION in access.produces}
    readers = {s for s, access in SERVICE_TOPICS.items() if topics.SELF_IDENTIFICATION in access.reads}
    assert (writers, readers) == ({"profile"}, {"insights"})


def test_a_username_turns_on_scram_and_needs_a_password() -> None:
    security = kafka_security_from_env({"WENDU_KAFKA_USERNAME": "scoring", "WENDU_KAFKA_PASSWORD": "pw"})
    assert security.protocol == "SASL_PLAINTEXT"
    kwargs = kafka_client_kwargs("broker:9092", security)
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kwargs["sasl_plain_username"] == "scoring"
    with pytest.raises(ConfigError, match="WENDU_KAFKA_PASSWORD"):
        kafka_security_from_env({"WENDU_KAFKA_USERNAME": "scoring"})


def test_tls_builds_an_ssl_context_and_plaintext_carries_no_credentials() -> None:
    assert "ssl_context" in kafka_client_kwargs("b:9093", KafkaSecurity("SASL_SSL", username="u", password="p"))
    assert kafka_client_kwargs("b:9092", KafkaSecurity()) == {
        "bootstrap_servers": "b:9092",
        "security_protocol": "PLAINTEXT",
    }
    with pytest.raises(ConfigError, match="WENDU_KAFKA_SECURITY_PROTOCOL"):
        kafka_security_from_env({"WENDU_KAFKA_SECURITY_PROTOCOL": "SASL_PLAIN"})


def test_no_service_may_write_the_key_registry_and_every_one_reads_it() -> None:
    assert all(topics.API_KEYS not in access.writes for access in SERVICE_TOPICS.values())
    assert all(topics.API_KEYS in access.reads for access in SERVICE_TOPICS.values())
