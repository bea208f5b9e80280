"""Use cases of the scoring API: score an answer on request, list an interview's scores."""

from __future__ import annotations

import time

from wendu.scoring.adapters.repository import ScoreRepository
from wendu.scoring.domain.model import AnswerScorer, AnswerToScore, Assessment
from wendu.scoring.handlers.metrics import ANSWERS_SCORED, SCORING_SECONDS
from wendu.v1 import events_pb2


async def score_answer(scorer: AnswerScorer, answer: AnswerToScore) -> Assessment:
    """Score ``answer`` with ``scorer``, recording the scoring metrics. Nothing is stored."""
    started = time.perf_counter()
    assessment = await scorer.score(answer)
    # Label by the scorer that actually answered (an LLM scorer may fall back to the local one).
    SCORING_SECONDS.labels(assessment.scorer.name).observe(time.perf_counter() - started)
    ANSWERS_SCORED.labels(assessment.scorer.name).inc()
    return assessment


async def list_scores(
    scores: ScoreRepository, tenant_id: str, interview_id: str, *, include_practice: bool
) -> list[events_pb2.ScoreReady]:
    """The stored scores of one interview of ``tenant_id``.

    Practice interviews are walled off from employers: only Wendu's own services see their scores.
    """
    return await scores.list_for_interview(tenant_id, interview_id, include_practice=include_practice)
