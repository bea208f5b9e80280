"""What question-gen takes from the profile service over gRPC: the candidate's preferred language
when CreateInterview names none, and the typed profile signals.

The profile service is the conftest's gRPC stand-in, so a profile without a preferred language (a
profile service from before the field) can be served.
"""

from __future__ import annotations

import uuid

import grpc
import pytest
from wendu.v1 import common_pb2, profile_pb2, question_gen_pb2

pytestmark = pytest.mark.integration


async def create_without_language(qg, candidate_id: str) -> question_gen_pb2.CreateInterviewResponse:
    position = await qg.create_position()
    return await qg.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(candidate_id=candidate_id, position_id=position.position_id),
        metadata=qg.staff(),
    )


async def test_create_interview_without_any_language_names_the_field(qg):
    candidate_id = f"cand-{uuid.uuid4().hex[:8]}"
    qg.add_profile(candidate_id)  # no preferred language

    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await create_without_language(qg, candidate_id)

    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details() == (
        "language: not set, and the candidate's profile names no preferred language: set LANGUAGE_ZH or LANGUAGE_EN"
    )


async def test_create_interview_defaults_to_the_candidates_preferred_language(qg):
    candidate_id = f"cand-{uuid.uuid4().hex[:8]}"
    qg.add_profile(candidate_id, preferred_language=common_pb2.LANGUAGE_ZH)

    created = await create_without_language(qg, candidate_id)

    assert created.interview.language == common_pb2.LANGUAGE_ZH
    assert created.interview.plan.main_questions == 2


async def test_question_gen_asks_about_a_typed_signal(qg):
    candidate_id = f"cand-{uuid.uuid4().hex[:8]}"
    qg.add_profile(
        candidate_id,
        preferred_language=common_pb2.LANGUAGE_EN,
        signal_kinds=[profile_pb2.PROFILE_SIGNAL_FOUNDER],
        experience=[profile_pb2.WorkExperience(employer="Lumen Labs", role="Co-founder")],
    )
    created = await create_without_language(qg, candidate_id)

    started = await qg.interviews.StartInterview(
        question_gen_pb2.InterviewRef(interview_id=created.interview.interview_id), metadata=qg.staff()
    )

    [first] = started.questions
    assert first.reason == "profile signal: founder"
    assert 'As the founder of "Lumen Labs"' in first.text
