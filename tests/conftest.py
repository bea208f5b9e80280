"""Fixtures shared by every test layer.

Unit tests need none of these. Integration and end-to-end tests use ``infra``, which starts the
real Kafka broker and FerretDB through ``infra/up.sh`` (idempotent: a running stack is reused)
and never skips: if the infrastructure cannot start, the test fails.
"""

from __future__ import annotations

import os
import socket
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from wendu.core.config import CoreSettings, core_settings_from_env

ROOT = Path(__file__).resolve().parents[1]
TEST_AUTH_SECRET = "test-secret-for-wendu-tests-only-0123456789"


@dataclass(frozen=True)
class Infra:
    kafka_bootstrap: str
    mongo_uri: str
    mongo_db: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def infra() -> Iterator[Infra]:
    kafka_port = os.environ.get("KAFKA_PORT", "9092")
    mongo_port = os.environ.get("MONGO_PORT", "27017")
    subprocess.run(["bash", str(ROOT / "infra" / "up.sh")], check=True, cwd=ROOT)
    # The broker requires SASL: the tests' own clients (and services run in this process) act as its
    # super user; service processes started by wendu.cli.stack log in as their own principals.
    from wendu.cli.stack import use_local_kafka_admin

    use_local_kafka_admin()
    yield Infra(
        kafka_bootstrap=f"127.0.0.1:{kafka_port}",
        mongo_uri=f"mongodb://127.0.0.1:{mongo_port}/",
        # A fresh database per test session keeps runs independent without wiping anything.
        mongo_db=f"wendu_test_{uuid.uuid4().hex[:10]}",
    )


@pytest.fixture(scope="session")
def make_settings(infra: Infra) -> Callable[..., CoreSettings]:
    """``make_settings("scoring", grpc_port=..., ...)``: settings pointing at the test infrastructure."""

    def build(service_name: str, **overrides: object) -> CoreSettings:
        env = {
            "WENDU_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
            "WENDU_MONGO_URI": infra.mongo_uri,
            "WENDU_MONGO_DB": infra.mongo_db,
            "WENDU_AUTH_SECRET": TEST_AUTH_SECRET,
            "WENDU_CONSUMER_GROUP_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
        }
        settings = core_settings_from_env(service_name, default_grpc_port=free_port(), default_metrics_port=0, env=env)
        return replace(settings, **overrides)  # type: ignore[arg-type]

    return build
