"""Restart the database: RPCs in flight get UNAVAILABLE, the client retries, and nothing is lost."""

from __future__ import annotations

import asyncio
import re
import time
import urllib.request

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from faults.harness import Platform
from faults.load import Load, timeline, verify

pytestmark = pytest.mark.timeout(420)

CANDIDATES = 6
RESTART_AFTER_ANSWERS = 8
# The database stays down until this many calls came back UNAVAILABLE (or this long passed).
MIN_UNAVAILABLE = 3
MAX_DOWN_SECONDS = 15.0


async def probe_event_loop(address: str, stop: asyncio.Event, samples: list[tuple[float, float]]) -> None:
    """Time a gRPC health check every 0.5 s: a process whose event loop is blocked answers late."""
    async with grpc.aio.insecure_channel(address) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        while not stop.is_set():
            began = time.monotonic()
            try:
                await health.Check(health_pb2.HealthCheckRequest(), timeout=5.0)
            except grpc.aio.AioRpcError:
                pass
            samples.append((began, time.monotonic() - began))
            await asyncio.sleep(0.5)


def where_time_went(metrics_port: int) -> list[str]:
    """The question-gen API's own account: mean handling time per RPC, and the slowest Mongo commands."""
    with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10) as response:
        text = response.read().decode()
    sums: dict[str, float] = {}
    counts: dict[str, float] = {}
    pattern = r"^(wendu_rpc_duration_seconds|wendu_mongo_command_seconds)_(sum|count)\{([^}]*)\} (\S+)$"
    for name, kind, labels, value in re.findall(pattern, text, re.M):
        key = f"{'rpc' if 'rpc' in name else 'mongo'} {labels}"
        (sums if kind == "sum" else counts)[key] = float(value)
    rows = sorted(((sums[k], counts.get(k, 0), k) for k in sums), reverse=True)[:8]
    return [f"{k}: {n:.0f} x {s / max(n, 1):.2f} s = {s:.0f} s" for s, n, k in rows]


async def test_database_restart_mid_load_clients_retry_and_nothing_is_lost(serving: Platform) -> None:
    started = time.monotonic()
    tenant_id, key = serving.tenant_key()
    stop_probe = asyncio.Event()
    health_samples: list[tuple[float, float]] = []
    probe = asyncio.create_task(probe_event_loop(serving.addresses["question-gen"], stop_probe, health_samples))
    async with Load(serving.addresses, tenant_id, key) as load:
        running = load.start(CANDIDATES)

        await load.wait_for_answers(RESTART_AFTER_ANSWERS)
        at_stop = load.tally.submitted
        await asyncio.to_thread(serving.infra.stop, "ferretdb")
        down_at = time.monotonic()
        for _ in range(int(MAX_DOWN_SECONDS / 0.2)):
            if load.tally.retried(grpc.StatusCode.UNAVAILABLE) >= MIN_UNAVAILABLE:
                break
            await asyncio.sleep(0.2)
        unavailable_while_down = load.tally.retried(grpc.StatusCode.UNAVAILABLE)
        down_for = time.monotonic() - down_at
        await asyncio.to_thread(serving.infra.up)

        try:
            await running
        finally:
            stop_probe.set()
            await probe
        api = serving.process("question-gen", "api")
        spent = await asyncio.to_thread(where_time_went, api.metrics_port)
        counts = await verify(load, serving.infra.kafka_bootstrap)
        slow_health = [f"+{b - down_at:.0f}s {t:.1f}s" for b, t in health_samples if b >= down_at - 5 and t > 1.0]
        print(
            f"\n[database restart] stopped after {at_stop} answers, down {down_for:.1f} s, "
            f"{unavailable_while_down} calls UNAVAILABLE meanwhile; {counts.line()}; {time.monotonic() - started:.1f} s"
            f"\n  calls from the stop on: {timeline(load.tally, down_at - 5)}"
            f"\n  question-gen API health checks slower than 1 s: {slow_health}"
            f"\n  question-gen API time by RPC and Mongo command (whole session): {spent}"
        )

        assert unavailable_while_down >= MIN_UNAVAILABLE, f"only {unavailable_while_down} calls saw UNAVAILABLE"
        assert counts.submitted > at_stop, "no answer was submitted after the restart"
        assert counts.interviews == counts.completed == counts.reported == CANDIDATES
        assert counts.losses() == dict.fromkeys(counts.losses(), 0), counts.line()
