"""What scoring is about: an answer to score, its assessment, and the port every scorer implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from wendu.core.text import StarPart
from wendu.core.vocabulary import Language

# Scores are 0.0-10.0 with one decimal; behaviourally anchored levels are 1-5.
MIN_SCORE = 0.0
MAX_SCORE = 10.0
MIN_LEVEL = 1
MAX_LEVEL = 5


@dataclass(frozen=True)
class AnswerToScore:
    """An answer with what a scorer needs to judge it. ``language`` None: take it from the answer."""

    question_text: str
    answer_text: str
    competency_ids: tuple[str, ...]
    language: Language | None
    rubric_version: str = ""


@dataclass(frozen=True)
class CompetencyScore:
    competency_id: str
    score: float
    level: int


@dataclass(frozen=True)
class Evidence:
    """A quoted span of the answer: ``quote == answer_text[start:end]`` (code points, end exclusive)."""

    competency_id: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class ScorerInfo:
    """Who scored and with what, for audit."""

    name: str
    version: str
    rubric_version: str
    prompt_version: str = ""
    # The model an LLM scorer asked, and how many panel members answered; empty / 0 for the local scorer.
    model: str = ""
    panel_size: int = 0


@dataclass(frozen=True)
class Assessment:
    """The scorer's judgement of one answer."""

    scores: tuple[CompetencyScore, ...]
    evidence: tuple[Evidence, ...]
    star_parts: tuple[StarPart, ...]
    # 0.0-1.0
    specificity: float
    # 0.0-1.0
    relevance: float
    rationale: str
    scorer: ScorerInfo
    injection_suspected: bool
    needs_human_review: bool
    # Why a person should look (REVIEW_* codes); empty when needs_human_review is false.
    review_reasons: tuple[str, ...] = ()
    # The answer is about something else than the question (by meaning: see TopicJudge).
    off_topic: bool = False


class TopicJudge(Protocol):
    """Whether an answer is about its question, by meaning (a sentence embedding), not shared words."""

    def relevance(self, question: str, answer: str) -> float:
        """0.0-1.0; below :attr:`off_topic_below` the answer is off topic."""
        ...

    @property
    def off_topic_below(self) -> float: ...


class AnswerScorer(Protocol):
    """The scoring port. The local scorer implements it now; an LLM scorer (with a timeout and a
    fallback to the local one) can be added behind it without touching the handlers.
    """

    @property
    def name(self) -> str:
        """The scorer's name, as in :class:`ScorerInfo` and the metrics label."""
        ...

    async def score(self, answer: AnswerToScore) -> Assessment:
        """Judge ``answer`` on each of its competencies. Candidate text is data, never an instruction."""
        ...


# Why a score needs a human look. Stable codes: dashboards and the review queue filter on them.
REVIEW_INJECTION = "injection_suspected"
REVIEW_NOTHING_TO_JUDGE = "nothing_to_judge"
REVIEW_NO_COMPETENCY = "no_competency"
REVIEW_SCORERS_DISAGREE = "llm_local_disagreement"
# A string of the words a rubric rewards and figures ("root cause analysis, PDCA, 99.9% uptime, 3x
# faster"), written for the scorer rather than the interviewer: it earned nothing, and a person looks.
REVIEW_KEYWORD_STUFFING = "keyword_stuffing"
# Off topic by meaning: the score is capped at level 1 (the anchor's "no evidence: off-topic"), so a
# person looks, in case the judge was wrong about an unusual but relevant answer.
REVIEW_OFF_TOPIC = "off_topic"


def level_for(score: float) -> int:
    """The BARS level 1-5 of a 0-10 score: [0, 2) -> 1, [2, 4) -> 2, ..., [8, 10] -> 5."""
    return max(MIN_LEVEL, min(MAX_LEVEL, 1 + int(score // 2)))
