"""A service running in-process (API and worker, role ``all``) against the test infrastructure."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from wendu.core.config import CoreSettings
from wendu.core.runtime import Bootstrap, ProcessRole, serve

from support.kafka import start_group_at_end

STARTUP_TIMEOUT_SECONDS = 60.0
SHUTDOWN_TIMEOUT_SECONDS = 30.0


async def wait_until_serving(
    address: str, service: asyncio.Task[None] | None = None, timeout: float = STARTUP_TIMEOUT_SECONDS
) -> None:
    """Poll gRPC health at ``address`` until it is SERVING (Kafka, Mongo and the consumers are up).

    When ``service`` (the task running it) ends first, its failure is raised instead of waiting on.
    """
    async with grpc.aio.insecure_channel(address) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            if service is not None and service.done():
                service.result()  # surface a startup failure
                raise AssertionError(f"the service at {address} stopped during startup")
            with contextlib.suppress(grpc.aio.AioRpcError):
                reply = await health.Check(health_pb2.HealthCheckRequest(service=""), timeout=2)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"{address} did not become SERVING")
            await asyncio.sleep(0.3)


@contextlib.asynccontextmanager
async def running_service(
    settings: CoreSettings, bootstrap: Bootstrap, *, consumed: Sequence[str] = ()
) -> AsyncIterator[str]:
    """Run a service in-process (role ``all``) until the block ends; yields its gRPC address once SERVING.

    ``consumed`` names the (existing) topics whose history its consumer group skips: the group starts
    at their current end, so the service sees only records published after it started.
    """
    if consumed:
        await start_group_at_end(settings.kafka_bootstrap, settings.consumer_group, consumed)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, ProcessRole.ALL, bootstrap, stop))
    address = f"{settings.grpc_host}:{settings.grpc_port}"
    try:
        await wait_until_serving(address, task)
        yield address
    finally:
        stop.set()
        await asyncio.wait_for(task, SHUTDOWN_TIMEOUT_SECONDS)
