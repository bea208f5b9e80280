"""The ScoringService gRPC servicer: validate, authorize, call the handlers, map to protos.

Domain errors raised here are turned into status codes by the shared interceptor.
"""

from __future__ import annotations

import grpc
from wendu.core.auth import Role, authorize
from wendu.core.errors import InvalidArgument, require
from wendu.core.interceptors import current_principal
from wendu.core.wire import language_from_proto
from wendu.scoring.adapters.repository import ScoreRepository
from wendu.scoring.domain.competencies import KNOWN_COMPETENCY_IDS
from wendu.scoring.domain.model import AnswerScorer, AnswerToScore
from wendu.scoring.handlers import mapping
from wendu.scoring.handlers.scoring import list_scores, score_answer
from wendu.v1 import scoring_pb2, scoring_pb2_grpc

MAX_ANSWER_CHARS = 10_000
MAX_QUESTION_CHARS = 4_000
MAX_COMPETENCIES = 16
MAX_ID_CHARS = 128


def _validated_answer(request: scoring_pb2.ScoreAnswerRequest) -> AnswerToScore:
    # Only blankness is judged on the stripped text: the answer is scored as given, since the
    # evidence offsets index into it.
    require(request.answer_text, "answer_text")
    if len(request.answer_text) > MAX_ANSWER_CHARS:
        raise InvalidArgument("answer_text", f"must be at most {MAX_ANSWER_CHARS} characters")
    if len(request.question_text) > MAX_QUESTION_CHARS:
        raise InvalidArgument("question_text", f"must be at most {MAX_QUESTION_CHARS} characters")
    competency_ids = tuple(request.competency_ids)
    if not competency_ids:
        raise InvalidArgument("competency_ids", "must not be empty")
    if len(competency_ids) > MAX_COMPETENCIES:
        raise InvalidArgument("competency_ids", f"must list at most {MAX_COMPETENCIES} competencies")
    for competency_id in competency_ids:
        if competency_id not in KNOWN_COMPETENCY_IDS:
            known = ", ".join(sorted(KNOWN_COMPETENCY_IDS))
            raise InvalidArgument(
                "competency_ids", f"unknown competency {competency_id[:MAX_ID_CHARS]!r}; known: {known}"
            )
    if len(set(competency_ids)) != len(competency_ids):
        raise InvalidArgument("competency_ids", "must not repeat a competency")
    language = language_from_proto(request.language, default=None)
    if language is None:
        raise InvalidArgument("language", "must be LANGUAGE_ZH or LANGUAGE_EN")
    return AnswerToScore(
        question_text=request.question_text,
        answer_text=request.answer_text,
        competency_ids=competency_ids,
        language=language,
    )


class ScoringServicer(scoring_pb2_grpc.ScoringServiceServicer):
    """Synchronous scoring for HR suites, and the stored scores of an interview. Staff roles only."""

    def __init__(self, scorer: AnswerScorer, scores: ScoreRepository) -> None:
        self._scorer = scorer
        self._scores = scores

    async def ScoreAnswer(
        self, request: scoring_pb2.ScoreAnswerRequest, context: grpc.aio.ServicerContext
    ) -> scoring_pb2.AnswerScore:
        authorize(current_principal())
        assessment = await score_answer(self._scorer, _validated_answer(request))
        return mapping.answer_score_from_assessment(assessment)

    async def ListScores(
        self, request: scoring_pb2.ListScoresRequest, context: grpc.aio.ServicerContext
    ) -> scoring_pb2.ListScoresResponse:
        principal = current_principal()
        authorize(principal)
        interview_id = require(request.interview_id, "interview_id")
        if len(interview_id) > MAX_ID_CHARS:
            raise InvalidArgument("interview_id", f"must be at most {MAX_ID_CHARS} characters")
        stored = await list_scores(
            self._scores,
            principal.tenant_id,
            interview_id,
            include_practice=Role.SERVICE in principal.roles,
        )
        return scoring_pb2.ListScoresResponse(scores=[mapping.answer_score_from_event(s) for s in stored])
