"""faust's broker settings come from wendu.core's one Kafka connection function."""

from __future__ import annotations

import pytest
from wendu.insights.adapters import faust_connection


def test_the_bootstrap_servers_become_faust_broker_urls():
    assert faust_connection.faust_broker_settings("k1:9092,k2:9092") == {"broker": "kafka://k1:9092;kafka://k2:9092"}


def test_sasl_settings_from_the_shared_function_reach_faust(monkeypatch):
    monkeypatch.setattr(
        faust_connection,
        "kafka_client_kwargs",
        lambda bootstrap: {
            "bootstrap_servers": bootstrap,
            "security_protocol": "SASL_PLAINTEXT",
            "sasl_mechanism": "SCRAM-SHA-512",
            "sasl_plain_username": "insights",
            "sasl_plain_password": "secret",
        },
    )

    settings = faust_connection.faust_broker_settings("k1:9092")

    credentials = settings["broker_credentials"]
    assert (credentials.username, credentials.mechanism.value) == ("insights", "SCRAM-SHA-512")


def test_a_setting_faust_is_not_told_about_fails_loudly(monkeypatch):
    monkeypatch.setattr(
        faust_connection, "kafka_client_kwargs", lambda bootstrap: {"bootstrap_servers": bootstrap, "client_rack": "a"}
    )

    with pytest.raises(ValueError, match="client_rack"):
        faust_connection.faust_broker_settings("k1:9092")
