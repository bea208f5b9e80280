"""The readiness check: one short question that shows the candidate the flow before a real interview.

The answer is scored by the real scorer (nothing is stored and nothing counts); the reply confirms
that the setup works and shows the kind of hint the interview gives, chosen from the STAR parts the
scorer found. The hints of a real interview come from the feedback service's hint policy.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from wendu.core.text import StarPart
from wendu.training.domain.model import CompetencyScore, Language, LocalizedText

READINESS_QUESTION_ID = "readiness-1"
READINESS_COMPETENCY_IDS = ("communication",)
SUGGESTED_SECONDS = 90

_QUESTION = LocalizedText(
    zh="请用两三句话介绍一件你最近完成的小事：当时是什么情况，你做了什么，结果如何？",
    en="In two or three sentences, tell us about something small you finished recently: "
    "what was the situation, what did you do, and how did it turn out?",
)

_READY = LocalizedText(
    zh="一切正常：你的回答已收到并完成评分。正式面试中，你会看到像下面这样的提示。",
    en="All set: your answer was received and scored. In the interview, you will see hints like the one below.",
)

# Checked in this order: the first STAR part missing from the answer picks the hint.
_HINTS: tuple[tuple[StarPart, LocalizedText], ...] = (
    (
        StarPart.ACTION,
        LocalizedText(
            zh="可以说说你本人具体做了哪些事。",
            en="Tell us what you did yourself, step by step.",
        ),
    ),
    (
        StarPart.RESULT,
        LocalizedText(
            zh="可以补充一下结果，最好带上一个数字。",
            en="Add the result, ideally with a number.",
        ),
    ),
    (
        StarPart.SITUATION,
        LocalizedText(
            zh="可以先用一句话交代当时的情境。",
            en="Start with one sentence on the situation.",
        ),
    ),
)
_COMPLETE = LocalizedText(
    zh="回答很完整：情境、行动和结果都讲到了。正式面试中也这样回答就好。",
    en="A complete answer: situation, action and result are all there. Answer like this in the interview.",
)


@dataclass(frozen=True)
class ReadinessQuestion:
    question_id: str
    text: str
    competency_ids: tuple[str, ...]
    language: Language
    suggested_seconds: int


@dataclass(frozen=True)
class ScoredAnswer:
    """What the scorer said about the readiness answer."""

    scores: tuple[CompetencyScore, ...]
    star_parts: frozenset[StarPart]
    specificity: float


@dataclass(frozen=True)
class ReadinessResult:
    ready: bool
    message: str
    example_hint: str
    scores: tuple[CompetencyScore, ...]
    star_parts: frozenset[StarPart]


def readiness_question(language: Language) -> ReadinessQuestion:
    return ReadinessQuestion(
        question_id=READINESS_QUESTION_ID,
        text=_QUESTION.in_language(language),
        competency_ids=READINESS_COMPETENCY_IDS,
        language=language,
        suggested_seconds=SUGGESTED_SECONDS,
    )


def example_hint(star_parts: Collection[StarPart], language: Language) -> str:
    """The hint for the first STAR part the answer lacks, or praise for a complete one."""
    for part, hint in _HINTS:
        if part not in star_parts:
            return hint.in_language(language)
    return _COMPLETE.in_language(language)


def readiness_result(scored: ScoredAnswer, language: Language) -> ReadinessResult:
    return ReadinessResult(
        ready=True,
        message=_READY.in_language(language),
        example_hint=example_hint(scored.star_parts, language),
        scores=scored.scores,
        star_parts=scored.star_parts,
    )
