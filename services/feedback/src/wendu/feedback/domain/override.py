"""Human overrides of scores: the rules for a valid override, and the report rebuilt with them.

A report rebuilt after overrides is built twice from the same answers: once from the automated
scores, once with each overridden score replaced. The shown scores and overall are the overridden
ones; every changed competency and the overall keep the automated value beside them, so nothing the
scorer decided is lost and a reader can see what a person changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from wendu.core.errors import InvalidArgument
from wendu.feedback.domain.model import (
    AnswerScore,
    CompetencyScore,
    CompetencyWeight,
    HumanReview,
    Language,
    LocalizedText,
    ReportContent,
    ScoreOverride,
)
from wendu.feedback.domain.report import build_report, level_for, round1

MAX_REASON_CHARS = 2000
MIN_SCORE = 0.0
MAX_SCORE = 10.0

# What the candidate (and the recruiter) reads on a report a person reviewed.
HUMAN_REVIEW_NOTICE = LocalizedText(
    zh="本报告已由招聘方人工复核，{count}项评分经人工调整。",
    en="A person at the employer reviewed this report and adjusted {count} score(s).",
)


def validated_override_input(score: float, reason: str) -> tuple[float, str]:
    """The new score rounded to one decimal and the stripped reason; InvalidArgument naming the field otherwise."""
    if score != score or not MIN_SCORE <= score <= MAX_SCORE:  # score != score: NaN
        raise InvalidArgument("score", f"must be between {MIN_SCORE:g} and {MAX_SCORE:g}, got {score}")
    reason = reason.strip()
    if not reason:
        raise InvalidArgument("reason", "is required: say why the score is changed")
    if len(reason) > MAX_REASON_CHARS:
        raise InvalidArgument("reason", f"must be at most {MAX_REASON_CHARS} characters")
    return round1(score), reason


def with_overrides(answers: Sequence[AnswerScore], overrides: Sequence[ScoreOverride]) -> list[AnswerScore]:
    """The answers with each overridden competency score replaced; the latest override of a score wins.

    An override changes a score the answer was scored on; one naming a competency the answer has
    no score for changes nothing (it cannot be stored: see the use case).
    """
    latest: dict[tuple[str, str], ScoreOverride] = {}
    for override in sorted(overrides, key=lambda o: o.overridden_at):
        latest[(override.answer_id, override.competency_id)] = override
    changed: list[AnswerScore] = []
    for answer in answers:
        scores = tuple(
            CompetencyScore(s.competency_id, o.score_after, level_for(o.score_after))
            if (o := latest.get((answer.answer_id, s.competency_id))) is not None
            else s
            for s in answer.scores
        )
        changed.append(replace(answer, scores=scores))
    return changed


def build_reviewed_report(
    language: Language,
    weights: Sequence[CompetencyWeight],
    answers: Sequence[AnswerScore],
    overrides: Sequence[ScoreOverride],
) -> ReportContent:
    """The report with the overridden scores shown and the automated ones kept beside them."""
    automated = build_report(language, weights, answers)
    if not overrides:
        return automated
    reviewed = build_report(language, weights, with_overrides(answers, overrides))
    automated_by_id = {c.competency_id: c.score for c in automated.competencies}
    competencies = tuple(
        replace(c, automated_score=automated_by_id.get(c.competency_id))
        if automated_by_id.get(c.competency_id) != c.score
        else c
        for c in reviewed.competencies
    )
    return replace(
        reviewed,
        competencies=competencies,
        automated_overall_score=(
            automated.overall_score if automated.overall_score != reviewed.overall_score else None
        ),
    )


def human_review_of(overrides: Sequence[ScoreOverride]) -> HumanReview | None:
    """Who last changed a score, when, and how many changes; None when no person changed any."""
    if not overrides:
        return None
    last = max(overrides, key=lambda o: o.overridden_at)
    return HumanReview(reviewed_by=last.overridden_by, reviewed_at=last.overridden_at, override_count=len(overrides))


def human_review_notice(review: HumanReview, language: Language) -> str:
    return HUMAN_REVIEW_NOTICE.in_language(language).format(count=review.override_count)
