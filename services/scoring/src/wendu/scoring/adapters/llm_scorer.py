"""The LLM scorer: a panel of calls over the LLM port, checked against the local scorer.

Every answer is first scored locally (well under a millisecond). Then ``panel`` calls go out at
once, each a "rater seat" of the same structured-output prompt with the BARS anchors, at
temperature 0 (the port's openai adapter always sends 0). The candidate's answer is untrusted data:
the port wraps it in tags and the system message says so. Calls the port answered by its own local
fallback (timeout, invalid JSON, schema violation, breaker open) are not votes. With no vote left, or
when the whole panel exceeds ``timeout_seconds``, the local assessment is the answer, recorded with
the local scorer's name. See :mod:`wendu.scoring.domain.panel` for how votes are combined.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from wendu.core import text
from wendu.core.llm import LLMPort, LLMRequest, LLMResult
from wendu.scoring.domain import llm_rubric
from wendu.scoring.domain.local_scorer import LocalScorer, language_of
from wendu.scoring.domain.model import AnswerToScore, Assessment, Language
from wendu.scoring.domain.panel import LLM_SCORER_NAME, Vote, combine

log = logging.getLogger(__name__)

PURPOSE = "score_answer"
_LANGUAGE_NAMES = {Language.ZH: "zh (Chinese)", Language.EN: "en (English)"}


class LLMScorer:
    """An :class:`~wendu.scoring.domain.model.AnswerScorer` over the LLM port, falling back to local."""

    def __init__(
        self,
        llm: LLMPort,
        local: LocalScorer,
        *,
        panel: int,
        timeout_seconds: float,
        disagreement_margin: float,
    ) -> None:
        if panel < 1:
            raise ValueError("the LLM panel needs at least one member")
        self._llm = llm
        self._local = local
        self._panel = panel
        self._timeout_seconds = timeout_seconds
        self._margin = disagreement_margin

    @property
    def name(self) -> str:
        return LLM_SCORER_NAME

    async def score(self, answer: AnswerToScore) -> Assessment:
        local = self._local.assess(answer)
        competency_ids = tuple(dict.fromkeys(answer.competency_ids))
        if not competency_ids:
            return local
        requests = [self._request(answer, competency_ids, local, seat) for seat in range(1, self._panel + 1)]
        try:
            async with asyncio.timeout(self._timeout_seconds):
                results = await asyncio.gather(*(self._llm.complete_json(request) for request in requests))
        except TimeoutError:
            log.warning("LLM panel timed out; the local score stands", extra={"timeout": self._timeout_seconds})
            return local
        votes = [vote for result in results if (vote := _vote(result, competency_ids)) is not None]
        if not votes:
            reasons = sorted({result.reason for result in results if result.fell_back} or {"no_valid_vote"})
            log.warning("no valid LLM vote; the local score stands", extra={"reasons": reasons})
            return local
        injected = [(hit.start, hit.end) for hit in text.find_injections(answer.answer_text)]
        model = next(result.model for result in results if not result.fell_back)
        return combine(
            answer,
            local,
            votes,
            disagreement_margin=self._margin,
            injected_spans=injected,
            prompt_version=llm_rubric.PROMPT.ref,
            model=model,
        )

    def _request(
        self, answer: AnswerToScore, competency_ids: tuple[str, ...], local: Assessment, seat: int
    ) -> LLMRequest:
        language = answer.language or language_of(answer.answer_text)
        schema = llm_rubric.answer_schema(competency_ids)

        def fallback() -> dict[str, Any]:
            # Schema-valid, never counted as a vote (results that fell back are dropped).
            return {
                "scores": [
                    {"competency_id": s.competency_id, "level": s.level, "score": s.score, "evidence": []}
                    for s in local.scores
                ],
                "injection_detected": local.injection_suspected,
                "rationale": local.rationale[: llm_rubric.MAX_RATIONALE_CHARS] or "-",
            }

        return LLMRequest(
            purpose=PURPOSE,
            prompt=llm_rubric.PROMPT,
            variables={
                "language": _LANGUAGE_NAMES[language],
                "seat": llm_rubric.seat_label(seat, self._panel),
                "question": answer.question_text,
                "competencies": ", ".join(competency_ids),
            },
            untrusted={"candidate_answer": answer.answer_text},
            schema=schema,
            local_fallback=fallback,
        )


def _vote(result: LLMResult, competency_ids: tuple[str, ...]) -> Vote | None:
    """The vote in ``result``, or None when the port fell back or the answer misses a competency."""
    if result.fell_back:
        return None
    scores = llm_rubric.scores_by_competency(result.data)
    if scores is None or set(scores) != set(competency_ids):
        return None
    return Vote(
        scores=scores,
        quotes={entry["competency_id"]: tuple(entry["evidence"]) for entry in result.data["scores"]},
        injection_detected=bool(result.data["injection_detected"]),
        rationale=str(result.data["rationale"]),
    )
