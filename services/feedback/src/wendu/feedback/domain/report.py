"""Report aggregation: per-competency scores, the weighted overall, strengths and improvements.

Every number a reader sees can be recomputed from the others: a competency's score is the mean
of its answer scores rounded to one decimal, and the overall is the weighted mean of those shown
scores with the shown weights, rounded to one decimal. A competency no answer was scored on is
shown as not assessed: it has no score, stays out of the overall, and the report says which share
of the weight the overall covers.

Strengths and improvements quote the evidence the scorer gave for their own competency, each quote
once; one competency at most is "the strongest", and an improvement's advice names only the STAR
parts its quoted answer lacked.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from wendu.core.text import StarPart
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
# Below this score a competency is not called a strength. When none reaches it, the highest one
# alone is named as the relatively strongest: calling a 3/10 "a strength" would be neither kind nor
# true, and two areas cannot both be the strongest.
STRENGTH_THRESHOLD = 6.0
RELATIVE_STRENGTH_TEXT = LocalizedText(
    zh="{name}是你目前相对最好的方面（{score}/10），可以在此基础上继续积累。",
    en="{name} is your strongest area so far ({score}/10): a good base to build on.",
)
# An improvement's advice names the STAR parts the answers on its competency lacked, never one the
# quoted answer (or another answer on the competency) has.
IMPROVEMENT_MISSING_PARTS_TEXT = LocalizedText(
    zh="{name}还有提升空间（{score}/10）：你在这方面的回答缺少{parts}，补上会让例子更有说服力。",
    en="{name} has room to grow ({score}/10): your answers on it left out {parts}; adding {them} makes an example "
    "convincing.",
)
IMPROVEMENT_COMPLETE_ANSWER_TEXT = LocalizedText(
    zh="{name}还有提升空间（{score}/10）：你的例子结构完整；可以再选一个以{name}为核心的经历，具体说明你在这方面做了什么。",
    en="{name} has room to grow ({score}/10): your examples told the whole story; choose one where {lower_name} "
    "is at the centre and say what you did for it specifically.",
)
STAR_PART_NAMES: dict[StarPart, LocalizedText] = {
    StarPart.SITUATION: LocalizedText(zh="情境", en="the situation"),
    StarPart.TASK: LocalizedText(zh="你承担的任务", en="your task"),
    StarPart.ACTION: LocalizedText(zh="你的具体行动", en="your concrete actions"),
    StarPart.RESULT: LocalizedText(zh="结果", en="the result"),
}


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
    (weight 0, shown but not counted in the overall). A weighted competency no answer scored (its
    questions were left unanswered) is shown as not assessed, and the overall says what it covers
    (``ReportContent.coverage``) instead of silently standing for the whole interview.
    """
    answers = latest_revisions(answers)
    per_competency: dict[str, list[float]] = {}
    for answer in answers:
        for item in answer.scores:
            per_competency.setdefault(item.competency_id, []).append(item.score)

    weight_of = {w.competency_id: w.weight_percent for w in weights}
    ordered = list(weight_of)
    ordered += sorted(cid for cid in per_competency if cid not in weight_of)

    competencies = tuple(
        CompetencyResult(
            competency_id=cid,
            name=competency_name(cid),
            score=round1(sum(per_competency[cid]) / len(per_competency[cid])) if cid in per_competency else None,
            weight_percent=weight_of.get(cid, 0),
            evidence=_evidence_for(cid, answers),
        )
        for cid in ordered
    )
    assessed = [c for c in competencies if c.assessed]
    strengths, improvements = _strengths_and_improvements(assessed)
    quotes = _QuotePicker(answers)
    # Strengths pick their quotes first; an improvement then never criticises a quote a strength praised.
    strength_items = tuple(_strength_item(c, quotes.pick(c.competency_id, best=True), language) for c in strengths)
    improvement_items = tuple(
        _improvement_item(c, quotes.pick(c.competency_id, best=False), answers, language) for c in improvements
    )
    return ReportContent(
        overall_score=_overall(assessed),
        competencies=competencies,
        strengths=strength_items,
        improvements=improvement_items,
        review_flags=_review_flags(answers),
        scorers=_scorers(answers),
    )


def with_unassessed(content: ReportContent, weights: Sequence[CompetencyWeight]) -> ReportContent:
    """``content`` with every weighted competency it lacks added as not assessed, in the weights' order.

    Reports stored before unassessed competencies were kept left them out; reading one through this
    makes it say what its overall covers like any other. A report that has them all is returned as is.
    """
    shown = {c.competency_id for c in content.competencies}
    if all(w.competency_id in shown for w in weights):
        return content
    by_id = {c.competency_id: c for c in content.competencies}
    weight_of = {w.competency_id: w.weight_percent for w in weights}
    ordered = [
        by_id.get(cid) or CompetencyResult(cid, competency_name(cid), None, weight) for cid, weight in weight_of.items()
    ]
    ordered += [c for c in content.competencies if c.competency_id not in weight_of]
    return replace(content, competencies=tuple(ordered))


def _overall(assessed: Sequence[CompetencyResult]) -> float:
    """The weighted mean of the assessed competencies' shown scores (0.0 when none was assessed)."""
    scored = [(c.score, c.weight_percent) for c in assessed if c.score is not None]
    if not scored:
        return 0.0
    total_weight = sum(weight for _, weight in scored)
    if total_weight == 0:
        # No weights given: every competency counts the same.
        return round1(sum(score for score, _ in scored) / len(scored))
    return round1(sum(score * weight for score, weight in scored) / total_weight)


def _strengths_and_improvements(
    assessed: Sequence[CompetencyResult],
) -> tuple[list[CompetencyResult], list[CompetencyResult]]:
    """Up to three highest as strengths and up to three lowest as improvements, never both.

    Strengths take the larger half, but only competencies at or above ``STRENGTH_THRESHOLD``; when
    none is, the single highest is the relatively strongest. Improvements come from the rest,
    weakest first. Ties go to the heavier weight, then to the id, so the result is stable.
    """
    count = len(assessed)
    if count == 0:
        return [], []

    def score_of(c: CompetencyResult) -> float:
        return c.score if c.score is not None else 0.0

    by_strength = sorted(assessed, key=lambda c: (-score_of(c), -c.weight_percent, c.competency_id))
    top = by_strength[: min(MAX_ITEMS, math.ceil(count / 2))]
    strengths = [c for c in top if score_of(c) >= STRENGTH_THRESHOLD] or by_strength[:1]
    chosen = {c.competency_id for c in strengths}
    by_weakness = sorted(
        (c for c in assessed if c.competency_id not in chosen),
        key=lambda c: (score_of(c), -c.weight_percent, c.competency_id),
    )
    return strengths, by_weakness[: min(MAX_ITEMS, count - len(strengths))]


@dataclass(frozen=True)
class _Quote:
    answer: AnswerScore
    span: EvidenceSpan

    @property
    def text(self) -> str:
        return self.span.quote.strip()

    def overlaps(self, other: _Quote) -> bool:
        """The same words: one quote holds the other (compared as text: offsets are the scorer's to get right)."""
        mine, theirs = _normalised(self.text), _normalised(other.text)
        return mine in theirs or theirs in mine


def _normalised(quote: str) -> str:
    return " ".join(quote.split()).casefold()


class _QuotePicker:
    """Chooses each item's quote: evidence OF that competency, and each quote at most once per report."""

    def __init__(self, answers: Sequence[AnswerScore]) -> None:
        self._answers = answers
        self._used: list[_Quote] = []

    def pick(self, competency_id: str, *, best: bool) -> _Quote | None:
        """A span the scorer gave for this competency, from an answer scored on it: the best-scored
        answer for a strength, the worst for an improvement; None when every such span is taken."""
        for quote in self._candidates(competency_id, best=best):
            if not any(quote.overlaps(used) for used in self._used):
                self._used.append(quote)
                return quote
        return None

    def _candidates(self, competency_id: str, *, best: bool) -> list[_Quote]:
        scored = [(a.score_for(competency_id), a) for a in self._answers]
        ranked = sorted(
            ((score, a) for score, a in scored if score is not None),
            key=lambda pair: (-pair[0] if best else pair[0], pair[1].answer_id),
        )
        candidates: list[_Quote] = []
        for _, answer in ranked:
            # A span without a competency backs every competency of its answer, so it shows this one
            # only when the answer was scored on this one alone.
            sole = len(answer.scores) == 1
            # A sentence the scorer gave for other competencies of the answer too is general evidence
            # (a strong answer overall); one given for this competency alone shows it best.
            elsewhere = {_normalised(e.quote) for e in answer.evidence if e.competency_id not in ("", competency_id)}
            spans = sorted(
                (
                    e
                    for e in answer.evidence
                    if e.quote.strip() and (e.competency_id == competency_id or (sole and not e.competency_id))
                ),
                key=lambda e: (_normalised(e.quote) in elsewhere, e.competency_id != competency_id, e.start),
            )
            candidates.extend(_Quote(answer, span) for span in spans)
        return candidates


def _strength_item(competency: CompetencyResult, quote: _Quote | None, language: Language) -> ReportItem:
    score = competency.score if competency.score is not None else 0.0
    template = STRENGTH_TEXT if score >= STRENGTH_THRESHOLD else RELATIVE_STRENGTH_TEXT
    text = template.in_language(language).format(name=competency.name.in_language(language), score=f"{score:.1f}")
    return ReportItem(competency.competency_id, text, quote.text if quote else "")


def _improvement_item(
    competency: CompetencyResult, quote: _Quote | None, answers: Sequence[AnswerScore], language: Language
) -> ReportItem:
    """The advice names the STAR parts missing from every answer scored on the competency.

    So it never asks for a part the quoted answer has, nor for one the candidate gave in another
    answer on it: a follow-up is a separate answer, and asking "what was the result?" and then
    telling the candidate they left the result out would contradict the interview itself.
    """
    score = competency.score if competency.score is not None else 0.0
    given = {part for a in answers if a.score_for(competency.competency_id) is not None for part in a.star_parts}
    missing = [part for part in StarPart if part not in given]
    name = competency.name.in_language(language)
    if missing:
        text = IMPROVEMENT_MISSING_PARTS_TEXT.in_language(language).format(
            name=name,
            score=f"{score:.1f}",
            parts=_join([STAR_PART_NAMES[p].in_language(language) for p in missing], language),
            them="it" if len(missing) == 1 else "them",
        )
    else:
        text = IMPROVEMENT_COMPLETE_ANSWER_TEXT.in_language(language).format(
            name=name, lower_name=name.lower(), score=f"{score:.1f}"
        )
    return ReportItem(competency.competency_id, text, quote.text if quote else "")


def _join(words: Sequence[str], language: Language) -> str:
    if language is Language.ZH:
        return "、".join(words[:-1]) + ("和" if len(words) > 1 else "") + words[-1]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


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
