"""Feedback and training running in-process against the real Kafka and FerretDB, plus topic readers.

The Kafka topics are shared by every test run, so each service's consumer group starts at the
current end of its topics (history from other runs is not replayed) and each test uses its own
tenant, filtering what it reads by that tenant.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator

import pytest
from support.auth import Metadata, api_key_metadata, candidate_metadata
from support.interview_ends import question_gen_for_tests
from support.kafka import TopicReader, started_publisher
from support.services import running_service
from wendu.core import topics
from wendu.core.auth import TokenSigner
from wendu.core.bus import EventPublisher, ensure_topics
from wendu.feedback.bootstrap import bootstrap as feedback_bootstrap
from wendu.training.bootstrap import bootstrap as training_bootstrap


@dataclasses.dataclass
class Platform:
    feedback_addr: str
    training_addr: str
    publisher: EventPublisher
    signer: TokenSigner
    taps: dict[str, TopicReader]

    def recruiter(self, tenant_id: str) -> Metadata:
        return api_key_metadata(self.signer, tenant_id, subject="recruiter-1")

    def candidate(self, tenant_id: str, interview_id: str, candidate_id: str) -> Metadata:
        return candidate_metadata(self.signer, tenant_id, interview_id, candidate_id)


@pytest.fixture(scope="module")
async def platform(infra, make_settings) -> AsyncIterator[Platform]:
    """Training, then feedback pointed at it, both in this process; readers on their output topics."""
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
    signer = TokenSigner(make_settings("training").auth_secret)
    # Training asks question-gen when a candidate token's interview ended; none of these has.
    async with (
        question_gen_for_tests(signer) as (question_gen_addr, _),
        running_service(
            make_settings("training", question_gen_addr=question_gen_addr),
            training_bootstrap,
            consumed=[topics.REPORT_GENERATED],
        ) as training_addr,
    ):
        feedback_settings = make_settings("feedback", training_addr=training_addr)
        async with (
            running_service(
                feedback_settings,
                feedback_bootstrap,
                consumed=[topics.SCORE_READY, topics.HINT_READY, topics.INTERVIEW_COMPLETED],
            ) as feedback_addr,
            started_publisher(infra.kafka_bootstrap, "feedback-it") as publisher,
            contextlib.AsyncExitStack() as readers,
        ):
            taps = {
                t: await readers.enter_async_context(TopicReader(infra.kafka_bootstrap, t))
                for t in (
                    topics.HINT_READY,
                    topics.REPORT_GENERATED,
                    topics.LEARNING_PLAN_UPDATED,
                    topics.CANDIDATE_FEEDBACK,
                )
            }
            yield Platform(
                feedback_addr=feedback_addr,
                training_addr=training_addr,
                publisher=publisher,
                signer=TokenSigner(feedback_settings.auth_secret),
                taps=taps,
            )
