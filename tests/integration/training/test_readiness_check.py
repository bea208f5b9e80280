"""The readiness check on the running platform: training serves the question and scores the answer
through scoring's ScoreAnswer (with a service token), then replies that all works, with a hint."""

from __future__ import annotations

import socket

import grpc
import pytest
from wendu.core.errors import Unavailable
from wendu.core.service_calls import ServiceChannel
from wendu.training.adapters.scoring_client import GrpcAnswerScorer
from wendu.training.domain.model import Language
from wendu.training.handlers.readiness import ReadinessCheck
from wendu.v1 import common_pb2, scoring_pb2, training_pb2

pytestmark = pytest.mark.integration

ANSWER = {
    "en": "Last week I organised our team's shared drive: I sorted 300 files into 12 folders.",
    "zh": "上周我整理了团队的共享文件夹：把300个文件分进了12个目录。",
}
LANGUAGES = {"zh": common_pb2.LANGUAGE_ZH, "en": common_pb2.LANGUAGE_EN}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_candidate_answers_the_readiness_question_and_gets_a_score_and_a_hint(platform, tenant, language):
    candidate = platform.candidate(tenant, "iv-upcoming", "cand-ready")
    question = await platform.training.GetReadinessQuestion(
        training_pb2.GetReadinessQuestionRequest(language=LANGUAGES[language]), metadata=candidate
    )
    result = await platform.training.SubmitReadinessAnswer(
        training_pb2.SubmitReadinessAnswerRequest(
            question_id=question.question_id, answer_text=ANSWER[language], language=LANGUAGES[language]
        ),
        metadata=candidate,
    )
    # The same answer scored directly by scoring: training passed it through unchanged.
    direct = await platform.scoring.ScoreAnswer(
        scoring_pb2.ScoreAnswerRequest(
            question_text=question.text,
            competency_ids=list(question.competency_ids),
            answer_text=ANSWER[language],
            language=LANGUAGES[language],
        ),
        metadata=platform.admin(tenant),
    )

    assert result.ready and result.message and result.example_hint
    assert [(s.competency_id, s.score) for s in result.scores] == [(s.competency_id, s.score) for s in direct.scores]
    assert sorted(result.star_parts) == sorted(direct.star_parts)
    has_han = any("\u4e00" <= ch <= "\u9fff" for ch in question.text + result.message + result.example_hint)
    assert has_han == (language == "zh")


async def test_a_wrong_question_id_is_an_invalid_argument(platform, tenant):
    request = training_pb2.SubmitReadinessAnswerRequest(
        question_id="q-unknown", answer_text="Hello", language=common_pb2.LANGUAGE_EN
    )
    with pytest.raises(grpc.aio.AioRpcError) as invalid:
        await platform.training.SubmitReadinessAnswer(request, metadata=platform.candidate(tenant, "iv-1", "cand-1"))
    assert invalid.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert invalid.value.details().startswith("question_id:")


async def test_the_check_reports_unavailable_when_scoring_cannot_be_reached(platform, tenant):
    """Training's scoring client against a port nobody listens on: the check fails loudly, not 'ready'."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    channel = ServiceChannel(f"127.0.0.1:{closed_port}", platform.signer, caller="training")
    check = ReadinessCheck(GrpcAnswerScorer(channel, timeout_seconds=2.0))
    try:
        with pytest.raises(Unavailable, match="scoring ScoreAnswer failed"):
            await check.answer(tenant, "readiness-1", "I fixed a bug.", Language.EN)
    finally:
        await channel.channel.close()
