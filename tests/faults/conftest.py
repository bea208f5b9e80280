"""Fixtures of the fault tests: the isolated instance (wiped before and after) and the split stack on it."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator

import pytest
from wendu.cli import stack
from wendu.core.auth import TokenSigner

from faults.harness import AUTH_SECRET, INSTANCE_ENV, PORT_OFFSET, STACK_NAME, FaultInfra, Platform, instance_lock


@pytest.fixture(scope="session")
def fault_infra() -> Iterator[FaultInfra]:
    with instance_lock():
        fault = FaultInfra()
        fault.down(purge=True)  # a run that was killed may have left its instance behind
        fault.up()
        # This process's own Kafka clients (the load's readers) act as the instance's admin.
        stack.use_local_kafka_admin(INSTANCE_ENV)
        try:
            yield fault
        finally:
            fault.down(purge=os.environ.get("WENDU_FAULTS_KEEP_DATA") != "1")


@pytest.fixture(scope="session")
def infra(fault_infra: FaultInfra) -> None:
    """Fault tests must never reach the shared instance: the root ``infra`` fixture is disabled here."""
    raise RuntimeError("fault tests use the fault_infra fixture, never the shared infrastructure")


@pytest.fixture(scope="session")
def platform(fault_infra: FaultInfra) -> Iterator[Platform]:
    stack.stop_stack(STACK_NAME)
    run_id = uuid.uuid4().hex[:8]
    mongo_db = f"wendu_faults_{run_id}"
    group_prefix = f"wendu-faults-{run_id}"
    extra_env = {
        "WENDU_AUTH_SECRET": AUTH_SECRET,
        "WENDU_KAFKA_BOOTSTRAP": fault_infra.kafka_bootstrap,
        "WENDU_MONGO_URI": fault_infra.mongo_uri,
        "WENDU_MONGO_DB": mongo_db,
        "WENDU_CONSUMER_GROUP_PREFIX": group_prefix,
        # Which instance's SCRAM users the services log in as (wendu.cli.stack.kafka_env).
        "INFRA_INSTANCE": INSTANCE_ENV["INFRA_INSTANCE"],
    }
    # Started and SERVING here (the whole stack again if a fixed port was taken for the moment).
    processes = asyncio.run(
        stack.start_stack_until_serving(
            stack_name=STACK_NAME, split_roles=True, port_offset=PORT_OFFSET, extra_env=extra_env
        )
    )
    # The same environment start_stack gives its processes, for respawning one of them.
    env = stack.stack_env(PORT_OFFSET, extra_env)
    running = Platform(
        infra=fault_infra,
        env=env,
        processes=processes,
        addresses=stack.addresses(PORT_OFFSET),
        signer=TokenSigner(AUTH_SECRET),
        mongo_db=mongo_db,
        consumer_group_prefix=group_prefix,
    )
    try:
        asyncio.run(running.wait_serving())
        yield running
    finally:
        stack.stop_stack(STACK_NAME)


@pytest.fixture
async def serving(platform: Platform) -> Platform:
    """The platform with every process SERVING (a test before may have failed with Kafka or FerretDB down)."""
    await asyncio.to_thread(platform.infra.up)
    await platform.wait_serving()
    return platform


# The gentlest fault first, and the database restart last: it leaves the question-gen API slow for
# minutes (docs/faults.md, "What the tests found"), which would otherwise spill into the next test.
ORDER = ("test_poison_messages", "test_worker_crash", "test_broker_restart", "test_database_restart")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Order the fault tests among themselves; the hook sees every item of the session, others stay put."""
    slots = [i for i, item in enumerate(items) if item.path.stem in ORDER]
    ordered = sorted((items[i] for i in slots), key=lambda item: ORDER.index(item.path.stem))
    for slot, item in zip(slots, ordered, strict=True):
        items[slot] = item
