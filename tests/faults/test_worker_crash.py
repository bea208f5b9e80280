"""kill -9 a worker in the middle of a load: every answer is still scored once and hinted once.

Two workers: scoring's (stateless), and question-gen's, the owner of every live interview, which it
keeps in memory. The owner's successor reads each interview back from the store, and the commands
and scores the dead owner had applied but not committed are delivered again and applied once (each
interview remembers the last commands it applied).
"""

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


@pytest.mark.parametrize(
    ("service", "label"),
    [("scoring", "worker kill -9"), ("question-gen", "owner kill -9")],
    ids=["scoring-worker", "question-gen-owner"],
)
async def test_a_worker_killed_mid_load_loses_and_doubles_nothing(serving: Platform, service: str, label: str) -> None:
    started = time.monotonic()
    tenant_id, key = serving.tenant_key()
    async with Load(serving.addresses, tenant_id, key) as load:
        running = load.start(CANDIDATES)

        await load.wait_for_answers(KILL_AFTER_ANSWERS)
        killed_pid = serving.kill(service, "worker1")
        at_kill = load.tally.submitted
        await asyncio.sleep(DOWN_SECONDS)
        serving.respawn(service, "worker1")

        await running
        counts = await verify(load, serving.infra.kafka_bootstrap)
        print(
            f"\n[{label}] pid {killed_pid} killed after {at_kill} answers; {counts.line()}; {time.monotonic() - started:.1f} s"
        )

        assert counts.submitted > at_kill, "no answer was submitted after the kill: the fault was not mid-load"
        assert counts.interviews == CANDIDATES
        assert counts.losses() == dict.fromkeys(counts.losses(), 0), counts.line()
        assert counts.scored == counts.submitted
        assert counts.hints_stored == counts.hints_expected > 0
