"""The local broker's optional TLS listener (KAFKA_TLS=1): SASL_SSL with a certificate from the CA
infra/tls.sh generates. A second, throw-away broker instance on free ports, wiped afterwards."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from wendu.cli.stack import kafka_env, work_dir
from wendu.core.bus import kafka_client_kwargs
from wendu.core.config import KafkaSecurity, kafka_security_from_env

ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def tls_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    kafka_port, controller_port = free_port(), free_port()
    instance = f"tls-{uuid.uuid4().hex[:6]}"
    env = {
        **os.environ,
        "INFRA_INSTANCE": instance,
        "KAFKA_PORT": str(kafka_port),
        "KAFKA_CONTROLLER_PORT": str(controller_port),
        "MONGO_PORT": str(free_port()),
        "KAFKA_TLS": "1",
        "WENDU_TLS_DIR": str(tmp_path_factory.mktemp("kafka-tls")),
    }
    subprocess.run(["bash", str(ROOT / "infra" / "up.sh")], env=env, check=True, cwd=ROOT, timeout=180)
    try:
        yield f"127.0.0.1:{kafka_port}", env
    finally:
        subprocess.run(["bash", str(ROOT / "infra" / "down.sh"), "--purge"], env=env, check=False, cwd=ROOT)
        shutil.rmtree(work_dir() / "instances" / instance, ignore_errors=True)


async def test_a_service_logs_in_over_tls_with_the_generated_ca_and_not_without_it(tls_broker) -> None:
    bootstrap, env = tls_broker
    login = kafka_env("scoring", env)
    assert login["WENDU_KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    security = kafka_security_from_env(login)
    producer = AIOKafkaProducer(**kafka_client_kwargs(bootstrap, security))
    await producer.start()
    try:
        await producer.send_and_wait("score-ready", b"tls-test", key=b"tls-test")
    finally:
        await producer.stop()

    without_ca = KafkaSecurity("SASL_SSL", username="scoring", password=security.password)
    refused = AIOKafkaProducer(**kafka_client_kwargs(bootstrap, without_ca), request_timeout_ms=5000)
    with pytest.raises(KafkaError):
        await refused.start()
    await refused.stop()
