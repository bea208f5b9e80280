"""gRPC over TLS with the CA infra/tls.sh generates (issue 14, finding 2: everything was in clear)."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from wendu.core.auth import TokenSigner
from wendu.core.config import ConfigError
from wendu.core.grpc_server import GrpcRunner
from wendu.core.grpc_tls import GrpcTls, open_channel

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def tls_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("tls")
    out = subprocess.run(
        ["bash", str(ROOT / "infra" / "tls.sh"), "scoring", "question-gen"],
        env={"PATH": "/usr/bin:/bin", "WENDU_TLS_DIR": str(directory), "WENDU_WORK_DIR": str(directory)},
        check=True,
        capture_output=True,
        text=True,
    )
    assert Path(out.stdout.strip()) == directory
    return directory


def server_tls(tls_dir: Path, *, client_auth: bool = False) -> GrpcTls:
    return GrpcTls(
        cert_file=str(tls_dir / "scoring.pem"),
        key_file=str(tls_dir / "scoring.key"),
        ca_file=str(tls_dir / "ca.pem"),
        client_auth=client_auth,
    )


async def running(tls: GrpcTls) -> GrpcRunner:
    runner = GrpcRunner(
        service_name="tls-test",
        signer=TokenSigner("tls-test-secret-0123456789abcdef"),
        services=[],
        host="127.0.0.1",
        port=0,
        readiness_checks=[],
        tls=tls,
    )
    await runner.start()
    return runner


async def health(channel: grpc.aio.Channel) -> int:
    response = await health_pb2_grpc.HealthStub(channel).Check(
        health_pb2.HealthCheckRequest(service="liveness"), timeout=5.0
    )
    return int(response.status)


@pytest.fixture
async def tls_server(tls_dir: Path) -> AsyncIterator[GrpcRunner]:
    runner = await running(server_tls(tls_dir))
    yield runner
    await runner.stop(0.1)


async def test_a_client_with_the_generated_ca_connects_over_tls(tls_server: GrpcRunner, tls_dir: Path) -> None:
    async with open_channel(f"localhost:{tls_server.port}", GrpcTls(ca_file=str(tls_dir / "ca.pem"))) as channel:
        assert await health(channel) == health_pb2.HealthCheckResponse.SERVING


@pytest.mark.parametrize(
    "dial",
    [
        pytest.param(lambda address: grpc.aio.insecure_channel(address), id="plaintext"),
        # TLS trusting only the system's roots, which never signed the local CA's certificate.
        pytest.param(
            lambda address: grpc.aio.secure_channel(address, grpc.ssl_channel_credentials()), id="tls-without-ca"
        ),
    ],
)
async def test_a_client_without_the_ca_is_refused(
    tls_server: GrpcRunner, dial: Callable[[str], grpc.aio.Channel]
) -> None:
    async with dial(f"localhost:{tls_server.port}") as channel:
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await health(channel)
    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE


async def test_mutual_tls_refuses_a_client_without_a_certificate(tls_dir: Path) -> None:
    runner = await running(server_tls(tls_dir, client_auth=True))
    try:
        address = f"localhost:{runner.port}"
        async with open_channel(address, GrpcTls(ca_file=str(tls_dir / "ca.pem"))) as anonymous:
            with pytest.raises(grpc.aio.AioRpcError):
                await health(anonymous)
        caller = GrpcTls(
            cert_file=str(tls_dir / "question-gen.pem"),
            key_file=str(tls_dir / "question-gen.key"),
            ca_file=str(tls_dir / "ca.pem"),
        )
        async with open_channel(address, caller) as service:
            assert await health(service) == health_pb2.HealthCheckResponse.SERVING
    finally:
        await runner.stop(0.1)


async def test_plaintext_is_refused_beyond_loopback() -> None:
    runner = GrpcRunner(
        service_name="tls-test",
        signer=TokenSigner("tls-test-secret-0123456789abcdef"),
        services=[],
        host="0.0.0.0",
        port=0,
        readiness_checks=[],
        tls=GrpcTls(),
    )
    with pytest.raises(ConfigError, match="WENDU_GRPC_TLS_CERT_FILE"):
        await runner.start()


async def test_a_tls_server_answers_plaintext_health_probes_on_its_health_port_only(tls_dir: Path) -> None:
    health_port = free_port()
    runner = GrpcRunner(
        service_name="tls-test",
        signer=TokenSigner("tls-test-secret-0123456789abcdef"),
        services=[],
        host="127.0.0.1",
        port=0,
        readiness_checks=[],
        tls=server_tls(tls_dir),
        health_port=health_port,
    )
    await runner.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{health_port}") as probe:
            assert await health(probe) == health_pb2.HealthCheckResponse.SERVING
            # Nothing but health there: reflection (and every API) lives behind TLS only.
            listing = probe.unary_stream("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo")
            with pytest.raises(grpc.aio.AioRpcError) as absent:
                async for _ in listing(b""):
                    pass
            assert absent.value.code() == grpc.StatusCode.UNIMPLEMENTED
    finally:
        await runner.stop(0.1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
