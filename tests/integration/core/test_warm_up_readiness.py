"""A service is NOT_SERVING until its warm-ups (a dictionary, a model) have loaded, then SERVING."""

from __future__ import annotations

import asyncio
import threading

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from wendu.core.runtime import Infrastructure, ProcessRole, ServiceParts, serve

pytestmark = pytest.mark.integration


async def _status(address: str) -> int:
    async with grpc.aio.insecure_channel(address) as channel:
        reply = await health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=""), timeout=2)
        return reply.status


async def _eventually(address: str, wanted: int, timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        try:
            if await _status(address) == wanted:
                return
        except grpc.aio.AioRpcError:
            pass  # not listening yet
        assert asyncio.get_running_loop().time() < deadline, f"health never became {wanted}"
        await asyncio.sleep(0.2)


async def test_health_waits_for_the_warm_up_to_finish(make_settings):
    settings = make_settings("scoring")
    loaded = threading.Event()
    released = threading.Event()

    def slow_model() -> None:
        released.wait(30)  # a model that takes its time to load (in a thread: the loop keeps serving health)
        loaded.set()

    def bootstrap(infra: Infrastructure) -> ServiceParts:
        return ServiceParts(warm_ups=[slow_model])

    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, ProcessRole.ALL, bootstrap, stop))
    address = f"{settings.grpc_host}:{settings.grpc_port}"
    try:
        await _eventually(address, health_pb2.HealthCheckResponse.NOT_SERVING)
        await asyncio.sleep(1.0)  # Kafka and Mongo are up by now: only the warm-up holds it back
        assert await _status(address) == health_pb2.HealthCheckResponse.NOT_SERVING
        assert not loaded.is_set()

        released.set()

        await _eventually(address, health_pb2.HealthCheckResponse.SERVING)
        assert loaded.is_set()
    finally:
        released.set()
        stop.set()
        await asyncio.wait_for(task, 30)
