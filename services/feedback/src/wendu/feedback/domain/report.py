"""Report aggregation: per-competency scores, the weighted overall, strengths and improvements.

Every number a reader sees can be recomputed from the others: a competency's score is the mean
of its answer scores rounded to one decimal, and the overall is the weighted mean of those shown
scores with the shown weights, rounded to one decimal.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from wendu.feedback.domain.competencies import competency_name
from wendu.feedback.domain.model import (
    AnswerScore,
    CompetencyResult,
    CompetencyWeight,
    EvidenceSpan,
    Language,
    LocalizedText,
    ReportContent,
    ReportItem,
    ScorerRef,
)

MAX_ITEMS = 3

FLAG_NEEDS_HUMAN_REVIEW = "needs_human_review"
FLAG_INJECTION_SUSPECTED = "injection_suspected"
FLAG_REVIEW_REQUESTED = "review_requested"

STRENGTH_TEXT = LocalizedText(
    zh="{name}是你的优势（{score}/10）。",
    en="{name} is a strength ({score}/10).",
)
# Below this score the highest competency is only relatively strong, and the text says so: calling
# a 3/10 "a strength" would be neither kind nor true.
STRENGTH_THRESHOLD = 6.0
RELATIVE_STRENGTH_TEXT = LocalizedText(
    zh="{name}是你目前相对最好的方面（{score}/10），可以在此基础上继续积累。",
    en="{name} is your strongest area so far ({score}/10): a good base to build on.",
)
IMPROVEMENT_TEXT = LocalizedText(
    zh="{name}还有提升空间（{score}/10）：多准备一个带有具体行动和结果的例子会有帮助。",
    en="{name} has room to grow ({score}/10): one more example with your concrete actions and result will help.",
)


def round1(value: float) -> float:
    """Round half up to one decimal (8.25 -> 8.3), as people expect, not to the nearest even."""
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def level_for(score: float) -> int:
    """The 1-5 level a 0-10 score falls in: each level spans two points, and 10 is level 5."""
    return max(1, min(5, int(score // 2) + 1))


def latest_revisions(scores: Iterable[AnswerScore]) -> list[AnswerScore]:
    """One score per answer: the latest revision (a supplement replaces the first answer's score)."""
    latest: dict[str, AnswerScore] = {}
    for score in scores:
        current = latest.get(score.answer_id)
        if current is None or score.revision > current.revision:
            latest[score.answer_id] = score
    return list(latest.values())


def build_report(
    language: Language, weights: Sequence[CompetencyWeight], answers: Sequence[AnswerScore]
) -> ReportContent:
    """Aggregate the (latest) answer scores of an interview into its report content.

    Competencies appear in the order of ``weights``, then any scored but unweighted competency
    (weight 0, shown but not counted in the overall). A weighted competency no answer scored is
    left out, and the overall is weighted over the competencies that were scored.
    """
    answers = latest_revisions(answers)
    per_competency: dict[str, list[float]] = {}
    for answer in answers:
        for item in answer.scores:
            per_competency.setdefault(item.competency_id, []).append(item.score)

    weight_of = {w.competency_id: w.weight_percent for w in weights}
    ordered = [w.competency_id for w in weights if w.competency_id in per_competency]
    ordered += sorted(cid for cid in per_competency if cid not in weight_of)

    competencies = tuple(
        CompetencyResult(
            competency_id=cid,
            name=competency_name(cid),
            score=round1(sum(per_competency[cid]) / len(per_competency[cid])),
            weight_percent=weight_of.get(cid, 0),
            evidence=_evidence_for(cid, answers),
        )
        for cid in ordered
    )
    strengths, improvements = _strengths_and_improvements(competencies)
    return ReportContent(
        overall_score=_overall(competencies),
        competencies=competencies,
        strengths=tuple(_item(c, answers, language, strength=True) for c in strengths),
        improvements=tuple(_item(c, answers, language, strength=False) for c in improvements),
        review_flags=_review_flags(answers),
        scorers=_scorers(answers),
    )


def _overall(competencies: Sequence[CompetencyResult]) -> float:
    if not competencies:
        return 0.0
    total_weight = sum(c.weight_percent for c in competencies)
    if total_weight == 0:
        # No weights given: every competency counts the same.
        return round1(sum(c.score for c in competencies) / len(competencies))
    return round1(sum(c.score * c.weight_percent for c in competencies) / total_weight)


def _strengths_and_improvements(
    competencies: Sequence[CompetencyResult],
) -> tuple[list[CompetencyResult], list[CompetencyResult]]:
    """Up to three highest as strengths and up to three lowest as improvements, never both.

    With four or more competencies each list has two or three; with fewer, strengths take the
    larger half. Ties go to the heavier weight, then to the id, so the result is stable.
    """
    count = len(competencies)
    n_strengths = min(MAX_ITEMS, math.ceil(count / 2))
    n_improvements = min(MAX_ITEMS, count - n_strengths)
    by_strength = sorted(competencies, key=lambda c: (-c.score, -c.weight_percent, c.competency_id))
    strengths = by_strength[:n_strengths]
    chosen = {c.competency_id for c in strengths}
    by_weakness = sorted(
        (c for c in competencies if c.competency_id not in chosen),
        key=lambda c: (c.score, -c.weight_percent, c.competency_id),
    )
    return strengths, by_weakness[:n_improvements]


def _item(
    competency: CompetencyResult, answers: Sequence[AnswerScore], language: Language, *, strength: bool
) -> ReportItem:
    if strength:
        template = STRENGTH_TEXT if competency.score >= STRENGTH_THRESHOLD else RELATIVE_STRENGTH_TEXT
    else:
        template = IMPROVEMENT_TEXT
    text = template.pick(language).format(name=competency.name.pick(language), score=f"{competency.score:.1f}")
    return ReportItem(
        competency_id=competency.competency_id,
        text=text,
        evidence_quote=_quote_for(competency.competency_id, answers, best=strength),
    )


def _quote_for(competency_id: str, answers: Sequence[AnswerScore], *, best: bool) -> str:
    """A quote backing the competency, from its best-scored answer for a strength, worst for an improvement."""
    scored = [(a.score_for(competency_id), a) for a in answers]
    ranked = sorted(
        ((score, a) for score, a in scored if score is not None),
        key=lambda pair: (-pair[0] if best else pair[0], pair[1].answer_id),
    )
    for _, answer in ranked:
        spans = sorted(
            (e for e in answer.evidence if e.backs(competency_id) and e.quote.strip()),
            key=lambda e: (e.competency_id != competency_id, e.start),
        )
        if spans:
            return spans[0].quote.strip()
    return ""


def _evidence_for(competency_id: str, answers: Sequence[AnswerScore]) -> tuple[EvidenceSpan, ...]:
    """Every quoted span that backs the competency, answer by answer (recruiter view)."""
    spans: list[EvidenceSpan] = []
    for answer in sorted(answers, key=lambda a: a.answer_id):
        if answer.score_for(competency_id) is None:
            continue
        spans.extend(
            EvidenceSpan(e.quote, e.start, e.end, competency_id)
            for e in answer.evidence
            if e.backs(competency_id) and e.quote.strip()
        )
    return tuple(spans)


def _review_flags(answers: Sequence[AnswerScore]) -> tuple[str, ...]:
    flags: list[str] = []
    if any(a.needs_human_review for a in answers):
        flags.append(FLAG_NEEDS_HUMAN_REVIEW)
    if any(a.injection_suspected for a in answers):
        flags.append(FLAG_INJECTION_SUSPECTED)
    return tuple(flags)


def _scorers(answers: Sequence[AnswerScore]) -> tuple[ScorerRef, ...]:
    """The distinct scorers (name, version, rubric and prompt versions) behind the report, for audit."""
    unique = {a.scorer: None for a in sorted(answers, key=lambda a: a.answer_id) if a.scorer.name}
    return tuple(unique)
