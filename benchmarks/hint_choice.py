"""The second half of ``make eval-hints``: what a candidate is shown after each answer of the labelled set.

Each pair of ``eval/hints/pairs.jsonl`` is scored by the real local scorer with the services' topic
judge (the embedding), then the real decision of question-gen runs on it, as on a main question's
answer: the follow-up (at most one per main question, the default) and the hint decided with it
(``wendu.question_gen.domain.decision``). The pairs carry no competency; each is scored on the
competency its answer reads best for (the highest raw estimate of the eight), which is what a
position asking that question would score.

Measured, against the labels of the set (never against the scorer):

* **strong answers** (on topic, level 4-5): the share that gets no hint other than an encouragement
  (issue 12: >= 90%);
* **a realistic mix**: interviews of five answers in the order of the set (hint history carried, so
  "once per interview" and "never the same text twice" apply), with off-topic answers at one in
  ten, as in the load model's mix; the share of answers with a hint (issue 12: <= 40%);
* **follow-ups** that ask for a STAR part the answer contains (``star_parts_present``): the share
  that do not (issue 12: >= 95%);
* a hint and a follow-up on the same answer asking for the same thing (must be 0), and the
  off-topic hint on answers that are on topic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from wendu.core.star_reading import parts_present
from wendu.core.vocabulary import Language
from wendu.question_gen.domain.follow_up import FollowUpDecision, FollowUpKind, decide_follow_up
from wendu.question_gen.domain.hints import HintChoice, HintKind, ScoredAnswer, ShownHint, choose_hint
from wendu.scoring.adapters.topic_judge import EmbeddingTopicJudge
from wendu.scoring.domain.competencies import COMPETENCY_LEXICONS
from wendu.scoring.domain.local_scorer import LocalScorer
from wendu.scoring.domain.model import AnswerToScore
from wendu.scoring.domain.model import Language as ScoringLanguage

INTERVIEW_LENGTH = 5
# Off-topic answers in a realistic mix: one in ten (the labelled set over-samples them to measure
# detection).
REALISTIC_OFF_TOPIC_SHARE = 0.10
# What each follow-up kind asks the candidate to tell.
FOLLOW_UP_ASKS: dict[FollowUpKind, frozenset[str]] = {
    FollowUpKind.FALSE_STAR: frozenset({"situation", "action", "result"}),
    FollowUpKind.OWNERSHIP: frozenset({"action"}),
    FollowUpKind.MISSING_ACTION: frozenset({"action"}),
    FollowUpKind.MISSING_RESULT: frozenset({"result"}),
    FollowUpKind.MISSING_SITUATION: frozenset({"situation"}),
    FollowUpKind.MISSING_TASK: frozenset({"task"}),
    FollowUpKind.DECISION: frozenset(),
}
# What each hint kind asks the candidate to add.
HINT_ASKS: dict[HintKind, frozenset[str]] = {
    HintKind.ADD_EXAMPLE: frozenset({"situation", "action"}),
    HintKind.ADD_ACTION: frozenset({"action"}),
    HintKind.ADD_RESULT: frozenset({"result"}),
    HintKind.ADD_NUMBER: frozenset(),
    HintKind.RELATE: frozenset(),
    HintKind.ENCOURAGE: frozenset(),
}


@dataclass(frozen=True)
class Shown:
    """What the candidate sees after one answer of the set."""

    pair: Any
    off_topic: bool
    follow_up: FollowUpDecision | None
    hint: HintChoice | None


def _score(scorer: LocalScorer, pair: Any) -> ScoredAnswer:
    language = ScoringLanguage(pair.language)
    everything = AnswerToScore(pair.question, pair.answer, tuple(COMPETENCY_LEXICONS), language)
    estimates = scorer.estimate_levels(everything)
    best = max(sorted(estimates), key=lambda competency: estimates[competency])
    assessment = scorer.assess(AnswerToScore(pair.question, pair.answer, (best,), language))
    return ScoredAnswer(
        text=pair.answer,
        language=Language(pair.language),
        revision=0,
        star_parts=frozenset(assessment.star_parts),
        specificity=assessment.specificity,
        off_topic=assessment.off_topic,
        mean_score=assessment.scores[0].score,
        evidence_quotes=tuple(e.quote for e in sorted(assessment.evidence, key=lambda e: e.start)),
        injection_suspected=assessment.injection_suspected,
    )


def _decide(scored: ScoredAnswer, shown: Sequence[ShownHint]) -> tuple[FollowUpDecision | None, HintChoice | None]:
    """The decision of ``wendu.question_gen.domain.decision`` on a main question's answer."""
    parts = parts_present(scored.text, scored.star_parts)
    scored = ScoredAnswer(**{**scored.__dict__, "star_parts": parts})
    follow_up = None if scored.off_topic else decide_follow_up(scored.text, parts)
    return follow_up, choose_hint(scored, follow_up, shown)


def run(pairs: Sequence[Any]) -> list[Shown]:
    """Score and decide every pair; interviews of INTERVIEW_LENGTH pairs per language carry their hints."""
    scorer = LocalScorer(EmbeddingTopicJudge())
    results: list[Shown] = []
    for language in ("en", "zh"):
        ordered = [p for p in pairs if p.language == language]
        for start in range(0, len(ordered), INTERVIEW_LENGTH):
            shown: list[ShownHint] = []
            for pair in ordered[start : start + INTERVIEW_LENGTH]:
                scored = _score(scorer, pair)
                follow_up, hint = _decide(scored, shown)
                if hint is not None:
                    shown.append(ShownHint(hint.kind, hint.text))
                results.append(Shown(pair, scored.off_topic, follow_up, hint))
    return results


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def metrics(results: Sequence[Shown]) -> dict[str, Any]:
    on = [r for r in results if r.pair.on_topic]
    off = [r for r in results if not r.pair.on_topic]
    strong = [r for r in on if r.pair.level >= 4]
    corrected_strong = [r for r in strong if r.hint is not None and r.hint.kind is not HintKind.ENCOURAGE]
    hinted_on = sum(r.hint is not None for r in on)
    hinted_off = sum(r.hint is not None for r in off)
    on_rate = _share(hinted_on, len(on)) or 0.0
    off_rate = _share(hinted_off, len(off)) or 0.0
    follow_ups = [r for r in on if r.follow_up is not None]
    asks_present = [
        r
        for r in follow_ups
        if FOLLOW_UP_ASKS[r.follow_up.kind] & set(r.pair.star_parts_present)  # type: ignore[union-attr]
    ]
    overlap = [
        r
        for r in results
        if r.hint is not None and r.follow_up is not None and HINT_ASKS[r.hint.kind] & FOLLOW_UP_ASKS[r.follow_up.kind]
    ]
    hint_asks_present = [
        r for r in on if r.hint is not None and HINT_ASKS[r.hint.kind] & set(r.pair.star_parts_present)
    ]
    relate_on_topic = [r for r in on if r.hint is not None and r.hint.kind is HintKind.RELATE]
    return {
        "answers": len(results),
        "strong": len(strong),
        "strong_without_correction": _share(len(strong) - len(corrected_strong), len(strong)),
        "hint_rate_on_topic": on_rate,
        "hint_rate_off_topic": off_rate,
        "hint_rate_realistic_mix": (1 - REALISTIC_OFF_TOPIC_SHARE) * on_rate + REALISTIC_OFF_TOPIC_SHARE * off_rate,
        "hint_rate_as_labelled": _share(hinted_on + hinted_off, len(results)),
        "hint_kinds": dict(Counter(r.hint.kind.value for r in results if r.hint is not None)),
        "follow_ups": len(follow_ups),
        "follow_ups_not_asking_what_is_there": _share(len(follow_ups) - len(asks_present), len(follow_ups)),
        "follow_up_kinds": dict(Counter(r.follow_up.kind.value for r in results if r.follow_up is not None)),
        "hint_and_follow_up_ask_the_same": len(overlap),
        "hints_asking_what_is_there": len(hint_asks_present),
        "relate_on_topic_answers": len(relate_on_topic),
        "examples": {
            "follow_up_asks_what_is_there": [
                {"id": r.pair.id, "follow_up": r.follow_up.kind.value, "present": list(r.pair.star_parts_present)}  # type: ignore[union-attr]
                for r in asks_present
            ],
            "strong_corrected": [{"id": r.pair.id, "hint": r.hint.kind.value} for r in corrected_strong],  # type: ignore[union-attr]
        },
    }


def floor_values(result: dict[str, Any]) -> dict[str, float | None]:
    return {
        "hints.strong_without_correction": result["strong_without_correction"],
        "hints.rate_realistic_mix": result["hint_rate_realistic_mix"],
        "hints.follow_ups_not_asking_what_is_there": result["follow_ups_not_asking_what_is_there"],
        "hints.hint_and_follow_up_ask_the_same": float(result["hint_and_follow_up_ask_the_same"]),
    }


def print_choice(result: dict[str, Any], out: Callable[[str], None] = print) -> None:
    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.0%}"

    out("")
    out("What the candidate is shown (real scorer + real decision, main-question answers)")
    out(
        f"  strong answers (on topic, level 4-5): {result['strong']}; without a correcting hint: "
        f"{pct(result['strong_without_correction'])}  (target >= 90%)"
    )
    out(
        f"  answers with a hint: on topic {pct(result['hint_rate_on_topic'])}, off topic "
        f"{pct(result['hint_rate_off_topic'])}, realistic mix (1 in 10 off topic) "
        f"{pct(result['hint_rate_realistic_mix'])}  (target <= 40%)"
    )
    out(f"  hint kinds: {result['hint_kinds']}")
    out(
        f"  follow-ups: {result['follow_ups']}; not asking for a STAR part the answer has: "
        f"{pct(result['follow_ups_not_asking_what_is_there'])}  (target >= 95%); kinds {result['follow_up_kinds']}"
    )
    out(f"  a hint and a follow-up asking the same thing: {result['hint_and_follow_up_ask_the_same']}  (target 0)")
    out(
        f"  hints asking for a part the answer has: {result['hints_asking_what_is_there']}; "
        f"'relate' hints on on-topic answers: {result['relate_on_topic_answers']}"
    )
