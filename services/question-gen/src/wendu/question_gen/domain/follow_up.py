"""The follow-up rule: dig into what the candidate just said, in their own words.

A planned question gets at most one follow-up. It is asked when the answer makes a claim worth
probing ("I led...", "urgent", "决定") or when the scorer found no action or no result in it. The
follow-up quotes a short span of the answer so the candidate sees they were listened to.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from wendu.core.text import StarPart, split_sentences
from wendu.question_gen.domain.language import Language, LocalizedText


@dataclass(frozen=True)
class FollowUp:
    text: str
    # Audit trail, e.g. "follow-up: claim 'led'" or "follow-up: missing result".
    reason: str


# Latin word boundaries that also hold next to Han characters ("我led团队"), unlike \b.
_LB, _RB = r"(?<![A-Za-z])", r"(?![A-Za-z])"
# Claims about a decision made under pressure: ask how the call was made.
_DECISION_EN = re.compile(rf"{_LB}(?:urgent(?:ly)?|decided|decide|decision|deadline){_RB}", re.IGNORECASE)
_DECISION_ZH = re.compile(r"紧急|决定|决策|截止")
# Claims of leading or owning: ask what the candidate did personally.
_OWNERSHIP_EN = re.compile(rf"{_LB}(?:led|leading|managed|managing|in charge|responsible for){_RB}", re.IGNORECASE)
_OWNERSHIP_ZH = re.compile(r"带领|负责|主导|领导")

_PROMPTS = {
    "decision": LocalizedText(
        en='You said "{quote}". How did you make the key decision, and what was the trade-off?',
        zh="你提到“{quote}”。你是如何做出关键决定的？当时做了怎样的取舍？",
    ),
    "ownership": LocalizedText(
        en='You said "{quote}". What exactly was your own role, and which decision did you make yourself?',
        zh="你提到“{quote}”。你本人具体承担了什么角色？哪个决定是你自己做的？",
    ),
    "missing_action": LocalizedText(
        en='You said "{quote}". What did you do yourself, step by step?',
        zh="你提到“{quote}”。你本人具体做了哪些事情？请一步步说明。",
    ),
    "missing_result": LocalizedText(
        en='You said "{quote}". What was the result, and how did you measure it?',
        zh="你提到“{quote}”。最后的结果如何？你是怎么衡量的？",
    ),
}

_QUOTE_MARKS = re.compile(r"[\"“”「」『』]")
_TRAILING_PUNCTUATION = ".,;:!?。，；：！？、 "
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Quotes stay short: a reminder of the candidate's words, not a transcript.
_MAX_QUOTE_CHARS_LATIN = 80
_MAX_QUOTE_CHARS_CJK = 30
_ELLIPSIS = "…"
_CLAUSE_SEPARATORS = (",", "，", "、", ":", "：")


def propose_follow_up(answer_text: str, star_parts: Collection[StarPart], language: Language) -> FollowUp | None:
    """The follow-up to ask after ``answer_text``, in ``language``, or None when the answer needs none."""
    sentences = _sentences(answer_text)
    if not sentences:
        return None
    for sentence in sentences:
        for kind, patterns in (
            ("decision", (_DECISION_EN, _DECISION_ZH)),
            ("ownership", (_OWNERSHIP_EN, _OWNERSHIP_ZH)),
        ):
            match = _first_match(sentence, patterns)
            if match is not None:
                quote = _shorten(sentence, match.start())
                return FollowUp(
                    _PROMPTS[kind].in_language(language).format(quote=quote),
                    f"follow-up: claim {match.group(0)!r}",
                )
    for part, kind in ((StarPart.ACTION, "missing_action"), (StarPart.RESULT, "missing_result")):
        if part not in star_parts:
            quote = _shorten(sentences[0], 0)
            return FollowUp(_PROMPTS[kind].in_language(language).format(quote=quote), f"follow-up: missing {part}")
    return None


def _sentences(text: str) -> list[str]:
    cleaned = (_clean(sentence.text) for sentence in split_sentences(text))
    return [s for s in cleaned if s]


def _clean(sentence: str) -> str:
    # The quote sits inside our own quotation marks, so the candidate's marks and line breaks go.
    without_marks = _QUOTE_MARKS.sub("", sentence)
    return " ".join(without_marks.split()).strip(_TRAILING_PUNCTUATION)


def _first_match(sentence: str, patterns: tuple[re.Pattern[str], ...]) -> re.Match[str] | None:
    matches = [m for m in (p.search(sentence) for p in patterns) if m is not None]
    return min(matches, key=lambda m: m.start()) if matches else None


def _shorten(sentence: str, anchor: int) -> str:
    """Cut ``sentence`` to a short quote that keeps the text at ``anchor`` (the claim) in view.

    The clause holding the claim is preferred; a clause still too long is cut to a window
    around the claim (at word boundaries in latin text).
    """
    cjk = _CJK.search(sentence) is not None
    limit = _MAX_QUOTE_CHARS_CJK if cjk else _MAX_QUOTE_CHARS_LATIN
    if len(sentence) <= limit:
        return sentence
    start, end = _clause_around(sentence, anchor)
    if end - start > limit:
        start = max(start, min(anchor - limit // 3, end - limit))
        end = start + limit
        if not cjk:
            if start > 0 and sentence[start - 1] != " " and " " in sentence[start:anchor]:
                start = sentence.index(" ", start) + 1
            if end < len(sentence) and sentence[end] != " " and " " in sentence[anchor:end]:
                end = sentence.rindex(" ", anchor, end)
    quote = sentence[start:end].strip(_TRAILING_PUNCTUATION)
    return (_ELLIPSIS if start > 0 else "") + quote + (_ELLIPSIS if end < len(sentence) else "")


def _clause_around(sentence: str, anchor: int) -> tuple[int, int]:
    start = max(sentence.rfind(sep, 0, anchor) for sep in _CLAUSE_SEPARATORS) + 1
    ends = [i for i in (sentence.find(sep, anchor) for sep in _CLAUSE_SEPARATORS) if i != -1]
    return start, min(ends, default=len(sentence))
