"""Training running in-process against the real Kafka and FerretDB, with a reader on learning-plan-updated.

Its consumer group starts at the current end of report-generated, so records of other runs are not
replayed; each test uses its own tenant. (The feedback integration tests run training behind
feedback with the same helpers, from ``tests/support``.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator

import pytest
from support.kafka import TopicReader, started_publisher
from support.services import running_service
from wendu.core import topics
from wendu.core.auth import TokenSigner
from wendu.core.bus import EventPublisher, ensure_topics
from wendu.training.bootstrap import bootstrap


@dataclasses.dataclass
class TrainingUnderTest:
    address: str
    publisher: EventPublisher
    signer: TokenSigner
    plans: TopicReader


@pytest.fixture(scope="module")
async def training(infra, make_settings) -> AsyncIterator[TrainingUnderTest]:
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
    settings = make_settings("training")
    async with (
        running_service(settings, bootstrap, consumed=[topics.REPORT_GENERATED]) as address,
        started_publisher(infra.kafka_bootstrap, "training-it") as publisher,
        TopicReader(infra.kafka_bootstrap, topics.LEARNING_PLAN_UPDATED) as plans,
    ):
        yield TrainingUnderTest(address, publisher, TokenSigner(settings.auth_secret), plans)
