"""The live hint: sparse, kind, and decided together with the next question.

A hint invites the candidate to add to the answer they just gave (they may supplement it once). It
never touches the score or the rubric, and every candidate gets hints under the same policy. The
policy is built so that a candidate sees few hints, and only useful ones:

* **Only a clear gap a hint can fix.** An answer that is off topic is asked to relate to the
  question. Otherwise the most basic gap is named: no concrete instance, then the candidate's own
  actions, then the result, then (for a result told without any measure) a figure.
* **Never what the follow-up asks.** The follow-up (:mod:`follow_up`) is decided first; a hint on a
  gap the follow-up already asks about would make the candidate read the same request twice.
  A figure is a small gap: it gets a hint only when no follow-up comes at all.
* **Strong answers get no correction.** An answer scored at the strong anchors gets at most a short
  encouragement (an excellent one: 8 or more), once per interview, so praise stays meaningful.
* **Never the same text twice** in one interview: each kind has several wordings, used in turn;
  when they are used up the kind is not hinted again.

Hints are not given on supplements (revision 1): the candidate already acted on one.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from wendu.core.text import StarPart
from wendu.core.vocabulary import Language, LocalizedText
from wendu.question_gen.domain.follow_up import FollowUpDecision, FollowUpKind


class HintKind(enum.StrEnum):
    """What a hint invites the candidate to add; the values are the proto ``HintKind`` names in lower case."""

    RELATE = "relate"
    ADD_EXAMPLE = "add_example"
    ADD_ACTION = "add_action"
    ADD_RESULT = "add_result"
    ADD_NUMBER = "add_number"
    ENCOURAGE = "encourage"


# A mean score from here up is the strong anchors (BARS 4-5 land at 7-10): no correction, at most
# an encouragement.
STRONG_ANSWER_SCORE = 7.0
# From here up (the top of level 4 and level 5) a strong answer gets a short encouragement.
EXCELLENT_ANSWER_SCORE = 8.0
# Below this specificity a told result has no figure or measurable detail worth the name.
MIN_SPECIFICITY_FOR_A_MEASURE = 0.2
# A complete story scored at level 3 or above already reads as concrete: a figure is not worth a hint.
MAX_SCORE_FOR_A_FIGURE_HINT = 5.0
# The quoted part of the answer stays short enough to read at a glance.
MAX_MENTION_CHARS_LATIN = 48
MAX_MENTION_CHARS_CJK = 18

# What each follow-up kind asks the candidate for: a hint never asks for the same.
# (An example is a situation and the candidate's actions in it: a follow-up asking for either already
# asks for the example.)
_FOLLOW_UP_ASKS: dict[FollowUpKind, frozenset[HintKind]] = {
    FollowUpKind.FALSE_STAR: frozenset({HintKind.ADD_EXAMPLE, HintKind.ADD_ACTION, HintKind.ADD_RESULT}),
    FollowUpKind.OWNERSHIP: frozenset({HintKind.ADD_ACTION, HintKind.ADD_EXAMPLE}),
    FollowUpKind.MISSING_ACTION: frozenset({HintKind.ADD_ACTION, HintKind.ADD_EXAMPLE}),
    FollowUpKind.MISSING_RESULT: frozenset({HintKind.ADD_RESULT, HintKind.ADD_NUMBER}),
    FollowUpKind.DECISION: frozenset(),
    FollowUpKind.MISSING_SITUATION: frozenset({HintKind.ADD_EXAMPLE}),
    FollowUpKind.MISSING_TASK: frozenset(),
}

# Wordings per kind, used in turn within an interview. "{mention}" is a short quote of the answer;
# the wordings without it are used when there is nothing safe to quote.
_WORDINGS: dict[HintKind, tuple[LocalizedText, ...]] = {
    HintKind.RELATE: (
        LocalizedText(
            en="This seems to be about something else. Could you tell how it connects to the question, "
            "or share an example that answers it directly?",
            zh="这段回答似乎在讲别的事情。可以说说它和问题的联系，或者换一个能直接回答问题的例子吗？",
        ),
        LocalizedText(
            en="Take your time: which experience of yours answers this question most directly?",
            zh="不着急：你的哪段经历最能直接回答这个问题？",
        ),
    ),
    HintKind.ADD_EXAMPLE: (
        LocalizedText(
            en="You described how you usually work. One specific time it happened would make this much stronger.",
            zh="你介绍了自己通常的做法。如果能讲一次具体的经历，回答会有力得多。",
        ),
        LocalizedText(
            en="A real moment helps here: when was it, and what happened?",
            zh="举一个真实发生过的场景会更好：那是什么时候，发生了什么？",
        ),
    ),
    HintKind.ADD_ACTION: (
        LocalizedText(
            en='You mentioned "{mention}". What did you do yourself? The steps you took are what counts.',
            zh="你提到“{mention}”。你本人具体做了什么？你自己采取的步骤最关键。",
        ),
        LocalizedText(
            en="It is clear what happened; add the part you played yourself.",
            zh="事情的经过很清楚，再补充一下你本人起的作用吧。",
        ),
    ),
    HintKind.ADD_RESULT: (
        LocalizedText(
            en='You mentioned "{mention}". How did it turn out? One sentence on the result completes the story.',
            zh="你提到“{mention}”。最后结果怎么样？补充一句结果，这个故事就完整了。",
        ),
        LocalizedText(
            en="Good example. What changed in the end because of what you did?",
            zh="例子很好。因为你的做法，最后带来了什么变化？",
        ),
    ),
    HintKind.ADD_NUMBER: (
        LocalizedText(
            en="You told the result; even a rough figure (time saved, people reached, errors down) would show its size.",
            zh="你讲到了结果；哪怕一个大致的数字（节省的时间、影响的人数、减少的错误）也能体现它的分量。",
        ),
        LocalizedText(
            en="How would you measure that outcome? A number or a before-and-after helps.",
            zh="这个结果可以怎么衡量？一个数字或前后对比都会有帮助。",
        ),
    ),
    HintKind.ENCOURAGE: (
        LocalizedText(
            en="Clear and concrete, well done. Keep going like this.",
            zh="清晰又具体，讲得很好，继续保持！",
        ),
    ),
}


@dataclass(frozen=True)
class ScoredAnswer:
    """What the hint policy reads of a scored answer (from ``score-ready``)."""

    text: str
    language: Language
    revision: int
    # STAR parts present: the scorer's, completed by the follow-up rule's own reading of the text.
    star_parts: frozenset[StarPart]
    specificity: float
    off_topic: bool
    # Mean of the competency scores, 0-10; None when nothing was scored.
    mean_score: float | None
    # Quoted spans of the answer the scorer used as evidence, in order of appearance.
    evidence_quotes: tuple[str, ...] = ()
    # The answer tried to instruct the scorer: its words are never echoed back.
    injection_suspected: bool = False


@dataclass(frozen=True)
class ShownHint:
    """A hint shown in this interview: its kind and exact text (no text is shown twice)."""

    kind: HintKind
    text: str


@dataclass(frozen=True)
class HintChoice:
    kind: HintKind
    text: str
    # Audit trail: why this hint, e.g. "hint: no result; follow-up asks for decision".
    reason: str


def choose_hint(
    answer: ScoredAnswer,
    follow_up: FollowUpDecision | None,
    shown: Sequence[ShownHint] = (),
) -> HintChoice | None:
    """The one hint for ``answer``, or None. ``follow_up`` is what will be asked next (decided first)."""
    if answer.revision != 0:
        return None
    kind = _gap(answer, follow_up)
    if kind is None:
        return None
    text = _unused_wording(kind, answer, shown)
    if text is None:
        return None
    asked = follow_up.kind.value if follow_up is not None else "none"
    return HintChoice(kind=kind, text=text, reason=f"hint: {kind.value}; follow-up: {asked}")


def _gap(answer: ScoredAnswer, follow_up: FollowUpDecision | None) -> HintKind | None:
    if answer.off_topic:
        return HintKind.RELATE
    if answer.mean_score is not None and answer.mean_score >= STRONG_ANSWER_SCORE:
        # No correction on a strong answer; praise only an excellent one, so it stays meaningful.
        return HintKind.ENCOURAGE if answer.mean_score >= EXCELLENT_ANSWER_SCORE else None
    covered = _FOLLOW_UP_ASKS[follow_up.kind] if follow_up is not None else frozenset()
    parts = answer.star_parts
    gaps: list[HintKind] = []
    if not {StarPart.SITUATION, StarPart.ACTION} & parts:
        gaps.append(HintKind.ADD_EXAMPLE)
    elif StarPart.ACTION not in parts:
        gaps.append(HintKind.ADD_ACTION)
    elif StarPart.RESULT not in parts:
        gaps.append(HintKind.ADD_RESULT)
    elif (
        follow_up is None
        and answer.specificity < MIN_SPECIFICITY_FOR_A_MEASURE
        and (answer.mean_score is None or answer.mean_score < MAX_SCORE_FOR_A_FIGURE_HINT)
    ):
        gaps.append(HintKind.ADD_NUMBER)
    return next((gap for gap in gaps if gap not in covered), None)


def _unused_wording(kind: HintKind, answer: ScoredAnswer, shown: Sequence[ShownHint]) -> str | None:
    if kind is HintKind.ENCOURAGE and any(h.kind is HintKind.ENCOURAGE for h in shown):
        return None  # praise once per interview, or it stops meaning anything
    used = {h.text for h in shown}
    mention = "" if answer.injection_suspected else _mention(answer)
    for wording in _WORDINGS[kind]:
        template = wording.in_language(answer.language)
        if "{mention}" in template:
            if not mention:
                continue
            template = template.format(mention=mention)
        if template not in used:
            return template
    return None


def _mention(answer: ScoredAnswer) -> str:
    """The earliest evidence quote, shortened: what the candidate said, in their words."""
    quote = next((" ".join(q.split()) for q in answer.evidence_quotes if q.strip()), "")
    quote = quote.strip(' ,.;:，。；：、"“”')
    cjk = any("\u4e00" <= ch <= "\u9fff" for ch in quote)
    limit = MAX_MENTION_CHARS_CJK if cjk else MAX_MENTION_CHARS_LATIN
    if len(quote) <= limit:
        return quote
    cut = quote[: limit - 1]
    if not cjk and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # English is cut at a word boundary, Chinese by character
    return cut.rstrip(" ,.;:，。；：、") + "…"
