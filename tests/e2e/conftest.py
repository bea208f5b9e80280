"""The whole platform as separate processes (an API and a worker per service) on the real broker."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from support.kafka import start_group_at_end
from wendu.cli import stack
from wendu.core import topics
from wendu.core.auth import Role, TokenSigner
from wendu.core.bus import ensure_topics
from wendu.insights.entrypoints.monitor import INPUT_TOPICS

# Beside the local stack (offset 0); WENDU_E2E_PORT_OFFSET lets two checkouts run e2e at once.
E2E_PORT_OFFSET = int(os.environ.get("WENDU_E2E_PORT_OFFSET", "1000"))
E2E_SECRET = "e2e-secret-for-wendu-tests-only-0123456789"


@dataclass(frozen=True)
class RunningStack:
    processes: list[stack.RunningProcess]
    addresses: dict[str, str]
    signer: TokenSigner
    kafka_bootstrap: str


async def _fresh_consumer_groups(bootstrap: str, prefix: str) -> None:
    """Start every service's consumer group at the topics' current end.

    The broker is shared with earlier runs (and other stacks): a group that replayed their history
    would spend the test's time on other interviews' events.
    """
    await ensure_topics(bootstrap, topics.ALL_TOPICS)
    for service in stack.SERVICES:
        await start_group_at_end(bootstrap, f"{prefix}.{service.name}", topics.ALL_TOPICS)
    # Insights' faust monitor is a group of its own ("<prefix>.insights-monitor").
    await start_group_at_end(bootstrap, f"{prefix}.insights-monitor", INPUT_TOPICS)


@pytest.fixture(scope="session")
def platform(infra) -> Iterator[RunningStack]:
    stack.stop_stack("e2e")
    group_prefix = f"e2e-{uuid.uuid4().hex[:8]}"
    asyncio.run(_fresh_consumer_groups(infra.kafka_bootstrap, group_prefix))
    processes = asyncio.run(
        stack.start_stack_until_serving(
            stack_name="e2e",
            split_roles=True,
            port_offset=E2E_PORT_OFFSET,
            extra_env={
                "WENDU_AUTH_SECRET": E2E_SECRET,
                "WENDU_MONGO_DB": infra.mongo_db,
                "WENDU_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
                "WENDU_MONGO_URI": infra.mongo_uri,
                "WENDU_CONSUMER_GROUP_PREFIX": group_prefix,
            },
        )
    )
    try:
        yield RunningStack(processes, stack.addresses(E2E_PORT_OFFSET), TokenSigner(E2E_SECRET), infra.kafka_bootstrap)
    finally:
        stack.stop_stack("e2e")


@pytest.fixture
def tenant_key(platform: RunningStack) -> str:
    """An admin+recruiter key for a fresh tenant, so tests never see each other's data."""
    tenant = f"tenant-{uuid.uuid4().hex[:8]}"
    return platform.signer.mint_api_key(tenant, [Role.ADMIN, Role.RECRUITER], subject="e2e")


@pytest.fixture(scope="session")
def completed_interview(platform: RunningStack):
    """One scripted interview run to its report, for tests that inspect what it left behind."""
    import wendu.cli.demo as demo
    from rich.console import Console
    from wendu.cli.client import WenduClient

    key = platform.signer.mint_api_key(f"tenant-{uuid.uuid4().hex[:8]}", [Role.ADMIN, Role.RECRUITER], subject="e2e")
    original = demo.WenduClient
    demo.WenduClient = lambda token: WenduClient(token, platform.addresses)  # type: ignore[assignment,misc]
    try:
        result = asyncio.run(demo.run_demo(key, "en", Console(quiet=True)))
    finally:
        demo.WenduClient = original  # type: ignore[misc]
    assert result.report is not None, "the scripted interview produced no report"
    return result
