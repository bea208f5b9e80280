"""Fixtures of the insights integration tests (helpers: ``tests/support/insights.py``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from support.insights import Population
from support.kafka import started_publisher
from wendu.core.bus import EventPublisher, ensure_topics
from wendu.insights.entrypoints.monitor import INPUT_TOPICS


@pytest.fixture(scope="module")
async def publisher(infra) -> AsyncIterator[EventPublisher]:
    await ensure_topics(infra.kafka_bootstrap, INPUT_TOPICS)
    async with started_publisher(infra.kafka_bootstrap, "insights-tests") as publisher:
        yield publisher


@pytest.fixture
def population(publisher, tenant) -> Callable[[str], Population]:
    return lambda position: Population(publisher, tenant, position)
