"""kill -9 a worker in the middle of a load (scoring; question-gen, the owner of the live interviews): every answer is still scored once and hinted once."""

from __future__ import annotations

import asyncio
import time

import pytest

from faults.harness import Platform
from faults.load import Load, verify

pytestmark = pytest.mark.timeout(360)

CANDIDATES = 8
KILL_AFTER_ANSWERS = 10
# A pod restart is not instant; answers submitted meanwhile wait in the topic.
DOWN_SECONDS = 2.0


async def test_scoring_worker_killed_mid_load_loses_and_doubles_nothing(serving: Platform) -> None:
    started = time.monotonic()
    tenant_id, key = serving.tenant_key()
    async with Load(serving.addresses, tenant_id, key) as load:
        running = load.start(CANDIDATES)

        await load.wait_for_answers(KILL_AFTER_ANSWERS)
        killed_pid = serving.kill("scoring", "worker1")
        at_kill = load.tally.submitted
        await asyncio.sleep(DOWN_SECONDS)
        serving.respawn("scoring", "worker1")

        await running
        counts = await verify(load, serving.infra.kafka_bootstrap)
        print(
            f"\n[worker kill -9] pid {killed_pid} killed after {at_kill} answers; "
            f"{counts.line()}; {time.monotonic() - started:.1f} s"
        )

        assert counts.submitted > at_kill, "no answer was submitted after the kill: the fault was not mid-load"
        assert counts.interviews == CANDIDATES
        assert counts.losses() == dict.fromkeys(counts.losses(), 0), counts.line()
        assert counts.scored == counts.submitted
        assert counts.hints_stored == counts.hints_expected > 0


async def test_the_owner_killed_mid_load_recovers_its_interviews_and_loses_nothing(serving: Platform) -> None:
    """question-gen's worker owns the live interviews (in memory): killed, its successor reads them back
    from the store, and the commands and scores it had not committed are delivered again and applied
    once (each interview remembers the commands it applied)."""
    started = time.monotonic()
    tenant_id, key = serving.tenant_key()
    async with Load(serving.addresses, tenant_id, key) as load:
        running = load.start(CANDIDATES)

        await load.wait_for_answers(KILL_AFTER_ANSWERS)
        killed_pid = serving.kill("question-gen", "worker1")
        at_kill = load.tally.submitted
        await asyncio.sleep(DOWN_SECONDS)
        serving.respawn("question-gen", "worker1")

        await running
        counts = await verify(load, serving.infra.kafka_bootstrap)
        print(
            f"\n[owner kill -9] pid {killed_pid} killed after {at_kill} answers; "
            f"{counts.line()}; {time.monotonic() - started:.1f} s"
        )

        assert counts.submitted > at_kill, "no answer was submitted after the kill: the fault was not mid-load"
        assert counts.interviews == CANDIDATES
        assert counts.losses() == dict.fromkeys(counts.losses(), 0), counts.line()
        assert counts.scored == counts.submitted
        assert counts.hints_stored == counts.hints_expected > 0
