"""Restart the Kafka broker while interviews run: the services reconnect, and the interviews finish."""

from __future__ import annotations

import asyncio
import time

import pytest

from faults.harness import Platform
from faults.load import Load, verify

pytestmark = pytest.mark.timeout(360)

CANDIDATES = 6
RESTART_AFTER_ANSWERS = 8
DOWN_SECONDS = 3.0


async def test_broker_restart_mid_load_interviews_finish_and_nothing_is_lost(serving: Platform) -> None:
    started = time.monotonic()
    tenant_id, key = serving.tenant_key()
    async with Load(serving.addresses, tenant_id, key) as load:
        running = load.start(CANDIDATES)

        await load.wait_for_answers(RESTART_AFTER_ANSWERS)
        at_stop = load.tally.submitted
        await asyncio.to_thread(serving.infra.stop, "kafka")
        await asyncio.sleep(DOWN_SECONDS)
        await asyncio.to_thread(serving.infra.up)
        back = time.monotonic()

        await running
        finished = time.monotonic()
        counts = await verify(load, serving.infra.kafka_bootstrap)
        print(
            f"\n[broker restart] stopped after {at_stop} answers, down {DOWN_SECONDS:.0f} s; {counts.line()}; "
            f"interviews done {finished - back:.1f} s after the broker was back; "
            f"{time.monotonic() - started:.1f} s"
        )

        assert counts.submitted > at_stop, "no answer was submitted after the restart"
        assert counts.interviews == counts.completed == counts.reported == CANDIDATES
        assert counts.losses() == dict.fromkeys(counts.losses(), 0), counts.line()
