"""Restart the database: RPCs in flight get UNAVAILABLE, the client retries, and nothing is lost."""

from __future__ import annotations

import asyncio
import time

import grpc
import pytest

from faults.harness import Platform
from faults.load import Load, verify

pytestmark = pytest.mark.timeout(360)

CANDIDATES = 6
RESTART_AFTER_ANSWERS = 8
# The database stays down until this many calls came back UNAVAILABLE (or this long passed).
MIN_UNAVAILABLE = 3
MAX_DOWN_SECONDS = 15.0


async def test_database_restart_mid_load_clients_retry_and_nothing_is_lost(serving: Platform) -> None:
    started = time.monotonic()
    tenant_id, key = serving.tenant_key()
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

        await running
        counts = await verify(load, serving.infra.kafka_bootstrap)
        print(
            f"\n[database restart] stopped after {at_stop} answers, down {down_for:.1f} s, "
            f"{unavailable_while_down} calls UNAVAILABLE meanwhile; {counts.line()}; {time.monotonic() - started:.1f} s"
        )

        assert unavailable_while_down >= MIN_UNAVAILABLE, f"only {unavailable_while_down} calls saw UNAVAILABLE"
        assert counts.submitted > at_stop, "no answer was submitted after the restart"
        assert counts.interviews == counts.completed == counts.reported == CANDIDATES
        assert counts.losses() == dict.fromkeys(counts.losses(), 0), counts.line()
