"""What an HR-suite integrator sees from outside, through grpcurl and server reflection: an interview
created without a language is held in the candidate's preferred one, and its plan can be read
before the first answer.

The real profile service and the real question-gen run in-process on the real Kafka and FerretDB;
every call here goes through the grpcurl binary (`make tools`), and the assertions read the JSON it
prints (grpcurl names fields as the proto does, snake_case), so they check the wire as any client sees it.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from cryptography.fernet import Fernet
from support.auth import Metadata, api_key_metadata
from support.grpcurl import grpcurl
from support.services import running_service
from wendu.core import topics
from wendu.core.auth import TokenSigner, bearer_metadata
from wendu.core.bus import ensure_topics
from wendu.profile.bootstrap import bootstrap as profile_bootstrap
from wendu.question_gen.bootstrap import bootstrap as question_gen_bootstrap

pytestmark = pytest.mark.integration

# Co-founder and data work: the profile service finds two signals, so the plan is personalised.
RESUME = """Work Experience
Lumen Labs | Co-founder | 2019.03 - 2022.06
- Ran 40+ A/B tests with SQL and Python
Project: Atlas — pricing engine
"""


@dataclass
class Outside:
    """The two services' addresses and a way to call them the way an integrator would."""

    profile: str
    question_gen: str
    signer: TokenSigner
    tenant_id: str

    def staff(self) -> Metadata:
        return api_key_metadata(self.signer, self.tenant_id)

    async def call(self, address: str, method: str, body: dict[str, Any], metadata: Metadata) -> dict[str, Any]:
        """grpcurl's JSON reply to a call that must succeed."""
        exit_code, reply = await grpcurl(address, method, body, metadata)
        assert exit_code == 0, (method, reply)
        return reply


@pytest.fixture(scope="module")
async def outside(infra, make_settings) -> AsyncIterator[Outside]:
    await ensure_topics(infra.kafka_bootstrap, topics.ALL_TOPICS)
    async with contextlib.AsyncExitStack() as stack:
        profile_settings = make_settings("profile", encryption_key=Fernet.generate_key().decode())
        profile = await stack.enter_async_context(
            running_service(profile_settings, profile_bootstrap, consumed=[topics.REPORT_GENERATED])
        )
        question_gen = await stack.enter_async_context(
            running_service(
                make_settings("question-gen", profile_addr=profile),
                question_gen_bootstrap,
                consumed=[topics.SCORE_READY, topics.INTERVIEW_COMMANDS],
            )
        )
        yield Outside(profile, question_gen, TokenSigner(profile_settings.auth_secret), f"t-{uuid.uuid4().hex[:10]}")


async def _candidate(outside: Outside, preferred_language: str) -> str:
    candidate = await outside.call(
        outside.profile,
        "wendu.v1.ProfileService/CreateCandidate",
        {
            "display_name": "林晓",
            "preferred_language": preferred_language,
            "resume_text": RESUME,
            "consents": {"resume_use": True, "ai_scoring": True},
        },
        outside.staff(),
    )
    return candidate["candidate_id"]


async def _position(outside: Outside) -> str:
    position = await outside.call(
        outside.question_gen,
        "wendu.v1.PositionService/CreatePosition",
        {
            "title": "Product analyst",
            "competencies": [
                {"competency_id": "communication", "weight_percent": 30},
                {"competency_id": "problem_solving", "weight_percent": 70},
            ],
        },
        outside.staff(),
    )
    return position["position_id"]


async def test_create_interview_defaults_to_the_candidates_preferred_language(outside):
    candidate_id = await _candidate(outside, "LANGUAGE_ZH")
    position_id = await _position(outside)

    created = await outside.call(
        outside.question_gen,
        "wendu.v1.InterviewService/CreateInterview",
        {"candidate_id": candidate_id, "position_id": position_id},
        outside.staff(),
    )

    assert created["interview"]["language"] == "LANGUAGE_ZH"
    profile = await outside.call(
        outside.profile, "wendu.v1.ProfileService/GetProfile", {"candidate_id": candidate_id}, outside.staff()
    )
    assert profile["preferred_language"] == "LANGUAGE_ZH"
    assert profile["signal_kinds"] == ["PROFILE_SIGNAL_FOUNDER", "PROFILE_SIGNAL_DATA_WORK"]


async def test_an_explicit_language_still_wins(outside):
    candidate_id = await _candidate(outside, "LANGUAGE_ZH")

    created = await outside.call(
        outside.question_gen,
        "wendu.v1.InterviewService/CreateInterview",
        {"candidate_id": candidate_id, "position_id": await _position(outside), "language": "LANGUAGE_EN"},
        outside.staff(),
    )

    assert created["interview"]["language"] == "LANGUAGE_EN"


async def test_plan_is_visible_before_the_first_answer(outside):
    candidate_id = await _candidate(outside, "LANGUAGE_EN")
    created = await outside.call(
        outside.question_gen,
        "wendu.v1.InterviewService/CreateInterview",
        {"candidate_id": candidate_id, "position_id": await _position(outside)},
        outside.staff(),
    )
    interview_id = created["interview"]["interview_id"]
    as_candidate = bearer_metadata(created["candidate_token"])

    started = await outside.call(
        outside.question_gen, "wendu.v1.InterviewService/StartInterview", {"interview_id": interview_id}, as_candidate
    )
    seen = await outside.call(
        outside.question_gen, "wendu.v1.InterviewService/GetInterview", {"interview_id": interview_id}, as_candidate
    )

    assert "answers" not in seen and len(started["questions"]) == 1
    plan = seen["plan"]
    assert plan == created["interview"]["plan"] == started["plan"]
    assert plan["main_questions"] == 2
    assert plan["competencies"] == [
        {
            "competency_id": "problem_solving",
            "name": {"zh": "问题解决", "en": "Problem solving"},
            "weight_percent": 70,
            "main_questions": 1,
        },
        {
            "competency_id": "communication",
            "name": {"zh": "沟通表达", "en": "Communication"},
            "weight_percent": 30,
            "main_questions": 1,
        },
    ]
    # The service's default: one follow-up at most on each main question.
    assert (plan["follow_ups_allowed"], plan["max_follow_ups_per_question"], plan["max_questions"]) == (True, 1, 4)
    assert started["questions"][0]["competency_ids"] == ["problem_solving"]
