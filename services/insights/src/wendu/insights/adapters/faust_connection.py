"""faust's broker settings, translated from the one place every Wendu Kafka client takes its own
(:func:`wendu.core.bus.kafka_client_kwargs`), so the monitor authenticates like every other client."""

from __future__ import annotations

from typing import Any

import faust
from wendu.core.bus import kafka_client_kwargs


def faust_broker_settings(bootstrap: str) -> dict[str, Any]:
    """``broker`` (and ``broker_credentials`` when the shared settings carry SASL or TLS) for faust.App."""
    connection = dict(kafka_client_kwargs(bootstrap))
    servers = connection.pop("bootstrap_servers")
    hosts = servers if isinstance(servers, str) else ",".join(servers)
    settings: dict[str, Any] = {"broker": ";".join(f"kafka://{host.strip()}" for host in hosts.split(","))}
    protocol = str(connection.pop("security_protocol", "PLAINTEXT")).upper()
    ssl_context = connection.pop("ssl_context", None)
    if protocol.startswith("SASL"):
        settings["broker_credentials"] = faust.SASLCredentials(
            username=connection.pop("sasl_plain_username", None),
            password=connection.pop("sasl_plain_password", None),
            mechanism=connection.pop("sasl_mechanism", "PLAIN"),
            ssl_context=ssl_context if protocol == "SASL_SSL" else None,
        )
    elif protocol == "SSL":
        settings["broker_credentials"] = faust.SSLCredentials(ssl_context)
    if connection:
        # A setting added to kafka_client_kwargs() that faust is not told about would silently be
        # dropped here: fail loudly instead, so whoever adds it extends this translation.
        raise ValueError(f"faust_broker_settings does not translate {sorted(connection)}")
    return settings
