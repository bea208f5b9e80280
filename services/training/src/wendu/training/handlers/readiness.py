"""The readiness check: serve the short question, score the answer through scoring, reply with a hint."""

from __future__ import annotations

from wendu.core.errors import InvalidArgument
from wendu.training.domain.model import Language
from wendu.training.domain.readiness import (
    READINESS_QUESTION_ID,
    ReadinessQuestion,
    ReadinessResult,
    readiness_question,
    readiness_result,
)
from wendu.training.handlers.ports import AnswerScorer


class ReadinessCheck:
    def __init__(self, scorer: AnswerScorer) -> None:
        self._scorer = scorer

    def question(self, language: Language) -> ReadinessQuestion:
        return readiness_question(language)

    async def answer(self, tenant_id: str, question_id: str, answer_text: str, language: Language) -> ReadinessResult:
        """Score the answer with the real scorer (nothing is stored); Unavailable when scoring is down."""
        if question_id != READINESS_QUESTION_ID:
            raise InvalidArgument("question_id", f"must be {READINESS_QUESTION_ID!r}, the readiness question")
        question = readiness_question(language)
        scored = await self._scorer.score(tenant_id, question, answer_text)
        return readiness_result(scored, language)
