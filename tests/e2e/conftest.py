"""The whole platform as separate processes (an API and a worker per service) on the real broker."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from wendu.cli import stack
from wendu.core.auth import Role, TokenSigner

E2E_PORT_OFFSET = 1000
E2E_SECRET = "e2e-secret-for-wendu-tests-only-0123456789"


@dataclass(frozen=True)
class RunningStack:
    processes: list[stack.RunningProcess]
    addresses: dict[str, str]
    signer: TokenSigner
    kafka_bootstrap: str


@pytest.fixture(scope="session")
def platform(infra) -> Iterator[RunningStack]:
    stack.stop_stack("e2e")
    processes = stack.start_stack(
        stack_name="e2e",
        split_roles=True,
        port_offset=E2E_PORT_OFFSET,
        extra_env={
            "WENDU_AUTH_SECRET": E2E_SECRET,
            "WENDU_MONGO_DB": infra.mongo_db,
            "WENDU_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
            "WENDU_MONGO_URI": infra.mongo_uri,
        },
    )
    try:
        asyncio.run(stack.wait_until_serving(processes, timeout_seconds=120))
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
