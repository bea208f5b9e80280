"""The gRPC aio server bootstrap shared by every service: interceptors, health, reflection.

Reflection is served as ``grpc.reflection.v1`` (what recent clients ask first) and ``v1alpha``.

Health reports NOT_SERVING until the process's dependencies (Kafka, Mongo) answer, and goes back
to NOT_SERVING if they stop answering, so a readiness probe takes the pod out of rotation.
The ``liveness`` health service stays SERVING while the process runs, for liveness probes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1._async import HealthServicer
from grpc_reflection.v1alpha import reflection
from wendu.core import reflection_v1
from wendu.core.auth import TokenSigner
from wendu.core.grpc_tls import GrpcTls, bind
from wendu.core.interceptors import (
    AuthInterceptor,
    CandidateEndBoundInterceptor,
    ErrorMappingInterceptor,
    MetricsInterceptor,
    RequestContextInterceptor,
    RequestValidationInterceptor,
)
from wendu.core.interview_ends import InterviewEnds

log = logging.getLogger(__name__)

LIVENESS_SERVICE = "liveness"
READINESS_POLL_SECONDS = 2.0
# The largest request the server accepts (WENDU_GRPC_MAX_RECEIVE_BYTES). ImportResume documents
# 5 MiB files; the request around the file needs a little more. gRPC's own default is 4 MiB.
DEFAULT_MAX_RECEIVE_BYTES = 6 * 1024 * 1024

ReadinessCheck = Callable[[], Awaitable[bool]]


@dataclass(frozen=True)
class GrpcService:
    """One servicer to mount: its full name (from the proto DESCRIPTOR) and the generated adder."""

    full_name: str
    servicer: Any
    add_to_server: Callable[[Any, grpc.aio.Server], None]


def build_server(
    service_name: str,
    signer: TokenSigner,
    *,
    interview_ends: InterviewEnds | None = None,
    max_receive_bytes: int = DEFAULT_MAX_RECEIVE_BYTES,
) -> grpc.aio.Server:
    """A request larger than ``max_receive_bytes`` is refused by grpc itself with RESOURCE_EXHAUSTED.

    ``interview_ends`` bounds candidate tokens by their interview's end on every method; without it
    the server refuses candidate tokens altogether (see ``CandidateEndBoundInterceptor``).
    """
    return grpc.aio.server(
        interceptors=[
            RequestContextInterceptor(),
            MetricsInterceptor(service_name),
            ErrorMappingInterceptor(),
            AuthInterceptor(signer),
            CandidateEndBoundInterceptor(interview_ends),
            RequestValidationInterceptor(),
        ],
        options=[
            ("grpc.keepalive_time_ms", 30_000),
            ("grpc.keepalive_permit_without_calls", 1),
            ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
            ("grpc.max_receive_message_length", max_receive_bytes),
        ],
    )


class GrpcRunner:
    """Owns a server, its health state and the readiness loop."""

    def __init__(
        self,
        *,
        service_name: str,
        signer: TokenSigner,
        services: Sequence[GrpcService],
        host: str,
        port: int,
        readiness_checks: Sequence[ReadinessCheck],
        max_receive_bytes: int = DEFAULT_MAX_RECEIVE_BYTES,
        tls: GrpcTls | None = None,
        health_port: int = 0,
        interview_ends: InterviewEnds | None = None,
    ) -> None:
        self._server = build_server(
            service_name, signer, interview_ends=interview_ends, max_receive_bytes=max_receive_bytes
        )
        self._tls = tls or GrpcTls()
        self._host, self._port = host, port
        # With TLS on, a second, plaintext listener that serves only health, for the kubelet's
        # native gRPC probes (they cannot speak TLS). Health carries no data and needs no token.
        self._health_port = health_port
        self._health_server: grpc.aio.Server | None = None
        self._health = HealthServicer()
        self._services = list(services)
        self._checks = list(readiness_checks)
        self._address = f"{host}:{port}"
        self.port = 0
        self._serving: bool | None = None

    async def start(self) -> None:
        for service in self._services:
            service.add_to_server(service.servicer, self._server)
        health_pb2_grpc.add_HealthServicer_to_server(self._health, self._server)
        names = [s.full_name for s in self._services]
        reflection_v1.enable_server_reflection(
            [
                *names,
                health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
                reflection.SERVICE_NAME,
                reflection_v1.SERVICE_NAME,
            ],
            self._server,
        )
        await self._health.set(LIVENESS_SERVICE, health_pb2.HealthCheckResponse.SERVING)
        await self._set_ready(False)
        self.port = bind(self._server, self._host, self._port, self._tls)
        if self.port == 0:
            raise RuntimeError(f"cannot bind gRPC server to {self._address}")
        await self._server.start()
        if self._health_port:
            self._health_server = grpc.aio.server()
            health_pb2_grpc.add_HealthServicer_to_server(self._health, self._health_server)
            if self._health_server.add_insecure_port(f"{self._host}:{self._health_port}") == 0:
                raise RuntimeError(f"cannot bind the health port {self._host}:{self._health_port}")
            await self._health_server.start()
        log.info(
            "gRPC server listening", extra={"address": self._address, "tls": self._tls.serves_tls, "services": names}
        )

    async def _set_ready(self, ready: bool) -> None:
        if ready == self._serving:
            return
        self._serving = ready
        status = health_pb2.HealthCheckResponse.SERVING if ready else health_pb2.HealthCheckResponse.NOT_SERVING
        for name in ["", *(s.full_name for s in self._services)]:
            await self._health.set(name, status)
        log.info("readiness changed", extra={"serving": ready})

    async def watch_readiness(self, stop: asyncio.Event) -> None:
        """Poll the dependency checks and publish the result through the health service."""
        while not stop.is_set():
            results = await asyncio.gather(*(check() for check in self._checks), return_exceptions=True)
            await self._set_ready(all(result is True for result in results))
            try:
                await asyncio.wait_for(stop.wait(), READINESS_POLL_SECONDS)
            except TimeoutError:
                pass

    async def stop(self, grace_seconds: float) -> None:
        await self._health.enter_graceful_shutdown()
        await self._server.stop(grace_seconds)
        if self._health_server is not None:
            await self._health_server.stop(grace_seconds)
