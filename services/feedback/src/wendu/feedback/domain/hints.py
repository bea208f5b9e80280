"""The hint policy: at most one short, kind, actionable hint per answer.

The same policy applies to every candidate. A hint only invites the candidate to say more; it never
touches the score or the rubric. Only a first answer (revision 0) gets a hint: the candidate may
supplement an answer once, and the supplement gets none.
"""

from __future__ import annotations

from dataclasses import dataclass

from wendu.core.text import StarPart
from wendu.feedback.domain.model import AnswerScore, LocalizedText

ADD_RESULT = "add_result"
ADD_NUMBER = "add_number"
ADD_EXAMPLE = "add_example"
RELATE = "relate"
ENCOURAGE = "encourage"

# Below this relevance the answer talks past the question; asking for more detail would not help.
MIN_RELEVANCE = 0.4
# With fewer STAR parts than this there is no concrete example to build on yet.
MIN_STAR_PARTS_FOR_EXAMPLE = 2
# Below this specificity the answer has no numbers or concrete details.
MIN_SPECIFICITY = 0.4
# A complete answer is encouraged only when it also scores well, so praise stays meaningful.
MIN_MEAN_SCORE_TO_ENCOURAGE = 7.0
# The quoted part of the answer in an "add_result" hint is kept short enough to read at a glance.
MAX_MENTION_CHARS = 40

HINT_TEXTS: dict[str, LocalizedText] = {
    ADD_RESULT: LocalizedText(
        zh="你提到了“{mention}”——请补充你具体承担的角色和最终结果。",
        en='You mentioned "{mention}" — add your concrete role and the result.',
    ),
    ADD_NUMBER: LocalizedText(
        zh="能用一个具体的数字来支撑吗？",
        en="Can you back this with a number?",
    ),
    ADD_EXAMPLE: LocalizedText(
        zh="试着举一个具体的例子。",
        en="Try one specific example.",
    ),
    RELATE: LocalizedText(
        zh="这和问题有什么关联呢？",
        en="How does this relate to the question?",
    ),
    ENCOURAGE: LocalizedText(
        zh="清晰又具体，做得很好，继续保持！",
        en="Clear and concrete — well done, keep going!",
    ),
}

# Used for "add_result" when there is no quotable span, or when the answer looked like an attempt to
# instruct the scorer: its text is never echoed back.
GENERIC_ADD_RESULT = LocalizedText(
    zh="你描述了事情的经过——请补充你具体承担的角色和最终结果。",
    en="You described what happened — add your concrete role and the result.",
)


@dataclass(frozen=True)
class HintChoice:
    code: str
    text: str


def choose_hint(answer: AnswerScore) -> HintChoice | None:
    """The one hint for ``answer`` in its language, or None when it gets no hint.

    Checks run from the most basic gap to the finest: an off-topic answer is asked to relate
    to the question, an answer without an example is asked for one, an example without its
    outcome is asked for the result, and a complete story without numbers is asked for one.
    A complete, strong answer is encouraged. A suspected injection changes nothing here: the
    score already ignores it, and the hint must not reveal or reward it.
    """
    if answer.revision != 0:
        return None
    code = _hint_code(answer)
    if code is None:
        return None
    if code == ADD_RESULT:
        mention = "" if answer.injection_suspected else _mention(answer)
        if mention:
            text = HINT_TEXTS[ADD_RESULT].pick(answer.language).format(mention=mention)
        else:
            text = GENERIC_ADD_RESULT.pick(answer.language)
    else:
        text = HINT_TEXTS[code].pick(answer.language)
    return HintChoice(code=code, text=text)


def _hint_code(answer: AnswerScore) -> str | None:
    if answer.relevance < MIN_RELEVANCE:
        return RELATE
    if len(answer.star_parts) < MIN_STAR_PARTS_FOR_EXAMPLE:
        return ADD_EXAMPLE
    if StarPart.RESULT not in answer.star_parts:
        return ADD_RESULT
    if answer.specificity < MIN_SPECIFICITY:
        return ADD_NUMBER
    mean = answer.mean_score
    if mean is not None and mean >= MIN_MEAN_SCORE_TO_ENCOURAGE:
        return ENCOURAGE
    # A complete but middling answer gets no hint: hints stay sparse.
    return None


def _mention(answer: AnswerScore) -> str:
    """The earliest quoted span of the answer, shortened: what the candidate said they did."""
    spans = sorted((e for e in answer.evidence if e.quote.strip()), key=lambda e: (e.start, e.end))
    if not spans:
        return ""
    quote = " ".join(spans[0].quote.split()).strip(" ,.;:，。；：、")
    if len(quote) > MAX_MENTION_CHARS:
        cut = quote[: MAX_MENTION_CHARS - 1]
        # Cut English at a word boundary; Chinese has no spaces and is cut by character.
        if " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        quote = cut.rstrip(" ,.;:，。；：、") + "…"
    return quote
