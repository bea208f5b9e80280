"""kafka-python (``wendu events export``) connects with the same settings as every aiokafka client."""

from __future__ import annotations

import pytest
from wendu.core import bus


def test_kafka_python_takes_the_shared_connection_settings():
    assert bus.kafka_python_kwargs("broker:9092") == bus.kafka_client_kwargs("broker:9092")


def test_a_setting_kafka_python_does_not_share_is_refused_not_dropped(monkeypatch):
    monkeypatch.setattr(
        bus, "kafka_client_kwargs", lambda bootstrap: {"bootstrap_servers": bootstrap, "sasl_oauth_provider": object()}
    )
    with pytest.raises(ValueError, match="sasl_oauth_provider"):
        bus.kafka_python_kwargs("broker:9092")
