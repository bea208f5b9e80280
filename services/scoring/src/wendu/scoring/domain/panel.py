"""Combining an LLM panel's votes with the local scorer's assessment (pure logic, no I/O).

* Each competency's score is the **median** of the panel's votes: one odd vote cannot move it.
* When the local scorer found text addressed to the scorer, the LLM may not score above it: the
  model read that text, so its judgement may have been steered. Candidate text is data.
* When the median and the local score of a competency differ by more than the margin, the score is
  flagged for human review: two independent judges disagree, a person decides.
* Evidence is quoted from the answer: a model's quote counts only if it occurs verbatim in the
  answer and outside any injected instruction; otherwise the local evidence stands.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wendu.scoring.domain.model import (
    MAX_SCORE,
    MIN_SCORE,
    REVIEW_INJECTION,
    REVIEW_SCORERS_DISAGREE,
    AnswerToScore,
    Assessment,
    CompetencyScore,
    Evidence,
    ScorerInfo,
    level_for,
)

LLM_SCORER_NAME = "wendu-llm-scorer"
LLM_SCORER_VERSION = "1.0.0"
MAX_QUOTES_PER_COMPETENCY = 3


@dataclass(frozen=True)
class Vote:
    """One panel member's schema-valid answer."""

    scores: Mapping[str, float]
    quotes: Mapping[str, Sequence[str]]
    injection_detected: bool
    rationale: str


def combine(
    answer: AnswerToScore,
    local: Assessment,
    votes: Sequence[Vote],
    *,
    disagreement_margin: float,
    injected_spans: Sequence[tuple[int, int]],
    prompt_version: str,
    model: str,
) -> Assessment:
    """The panel's assessment of ``answer``; ``votes`` must be non-empty and cover every competency."""
    if not votes:
        raise ValueError("combine needs at least one vote; fall back to the local assessment instead")
    local_scores = {score.competency_id: score.score for score in local.scores}
    injection = local.injection_suspected or any(vote.injection_detected for vote in votes)
    disagree = False
    scores: list[CompetencyScore] = []
    evidence: list[Evidence] = []
    for competency_id, local_score in local_scores.items():
        median = statistics.median(vote.scores[competency_id] for vote in votes)
        score = round(min(MAX_SCORE, max(MIN_SCORE, median)), 1)
        if local.injection_suspected:
            score = min(score, local_score)
        disagree = disagree or abs(median - local_score) > disagreement_margin
        scores.append(CompetencyScore(competency_id, score, level_for(score)))
        quoted = _quotes(answer.answer_text, competency_id, votes, injected_spans)
        evidence.extend(quoted or [e for e in local.evidence if e.competency_id == competency_id])
    reasons = list(local.review_reasons)
    if injection and REVIEW_INJECTION not in reasons:
        reasons.append(REVIEW_INJECTION)
    if disagree:
        reasons.append(REVIEW_SCORERS_DISAGREE)
    # A model that read injected text may have been steered in its words too: keep the local line then.
    rationale = local.rationale if injection else _closest_to_median(votes, scores[0]).rationale.strip()
    return Assessment(
        scores=tuple(scores),
        evidence=tuple(evidence),
        star_parts=local.star_parts,
        specificity=local.specificity,
        relevance=local.relevance,
        rationale=rationale or local.rationale,
        scorer=ScorerInfo(
            LLM_SCORER_NAME,
            LLM_SCORER_VERSION,
            answer.rubric_version,
            prompt_version=prompt_version,
            model=model,
            panel_size=len(votes),
        ),
        injection_suspected=injection,
        needs_human_review=bool(reasons),
        review_reasons=tuple(reasons),
        # The topic is judged by the embedding, never by the panel that read the candidate's text.
        off_topic=local.off_topic,
    )


def _quotes(
    answer_text: str, competency_id: str, votes: Sequence[Vote], injected_spans: Sequence[tuple[int, int]]
) -> list[Evidence]:
    found: dict[int, Evidence] = {}
    for vote in votes:
        for quote in vote.quotes.get(competency_id, ()):
            quote = quote.strip()
            start = answer_text.find(quote) if quote else -1
            if start < 0:
                continue  # not in the answer: paraphrased or invented
            end = start + len(quote)
            if any(start < span_end and span_start < end for span_start, span_end in injected_spans):
                continue
            found.setdefault(start, Evidence(competency_id, start, end, answer_text[start:end]))
    return [found[start] for start in sorted(found)][:MAX_QUOTES_PER_COMPETENCY]


def _closest_to_median(votes: Sequence[Vote], first: CompetencyScore) -> Vote:
    return min(votes, key=lambda vote: abs(vote.scores[first.competency_id] - first.score))
