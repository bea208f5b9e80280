"""The follow-up rule: dig into what the candidate just said, in their own words.

The server decides whether a follow-up is asked and what it asks for (:func:`decide_follow_up`);
a generator only phrases the decision (:func:`phrase_locally` here, or an LLM). In order:

1. a "false STAR": generalities ("I always...", "我通常...") with no concrete instance -> ask for one
   specific time it happened;
2. a claim worth probing: a decision under pressure ("urgent", "decided", "紧急", "决定") -> how was
   the key decision made and what was the trade-off; ownership ("I led", "负责", "带领") -> what was
   the candidate's own role;
3. a story told only as "we" ("we compared the sign-ups…", "我们按报名转化来算…"), with none of the
   candidate's own actions -> what was the candidate's own role (BARS counts a "we" story for the
   candidate's own part only, and "what did you do, step by step?" would ask again for steps told);
4. a STAR part the answer does not contain: action, then result, then situation, then task.

A follow-up never asks for what the answer already says: the scorer's STAR parts are completed by
the generous reading of :mod:`wendu.core.star_reading` (a time phrase is a situation, a measured change
told after the first sentence is a result, "我先 review 了代码" is an action), a claim of leading is
not probed when the answer already tells several of the candidate's own actions (a subject carries
over the clauses it governs: "我负责数据库这块，先做了压测，又把库拆成了四个分库" tells three), and a
decision is not probed when the answer already weighs its trade-off.

Each kind is asked at most once per main question, and a main question gets at most
``max_follow_ups`` follow-ups (:data:`MAX_FOLLOW_UPS_PER_QUESTION` at most), so the interview ends
on time. The follow-up quotes a short span of the answer so the candidate sees they were listened to.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from wendu.core.star_reading import (
    EN_NOT_DOING,
    EN_PAST_VERB,
    OWN_ACTIONS_THAT_SHOW_THE_ROLE,
    OWN_CLAUSE_ZH,
    TEAM,
    TRAILING_PUNCTUATION,
    actions_by_subject,
    clauses,
    clean_sentences,
    own_actions,
    parts_present,
)
from wendu.core.text import StarPart, find_first_person_actions
from wendu.core.vocabulary import Language, LocalizedText

# The hard cap of follow-ups on one main question; deployments may configure fewer.
MAX_FOLLOW_UPS_PER_QUESTION = 2
DEFAULT_FOLLOW_UPS_PER_QUESTION = 1


class FollowUpKind(enum.StrEnum):
    FALSE_STAR = "false_star"
    DECISION = "decision"
    OWNERSHIP = "ownership"
    MISSING_ACTION = "missing_action"
    MISSING_RESULT = "missing_result"
    MISSING_SITUATION = "missing_situation"
    MISSING_TASK = "missing_task"


@dataclass(frozen=True)
class FollowUpDecision:
    """What the next follow-up asks for; decided by the server, phrased by a generator."""

    kind: FollowUpKind
    # The candidate's own words the follow-up quotes.
    quote: str
    # A short phrase naming what the claim was about ("urgent project", "紧急项目"); "" if none.
    topic: str
    # Audit trail, e.g. "follow-up: claim 'urgent'" or "follow-up: missing result".
    reason: str


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
# The subject of a story told only as "we": its ownership follow-up names it as the claim.
_TEAM_SUBJECT = re.compile(
    rf"{_LB}(?:our team|the team|my team|we){_RB}|我们|咱们|团队|大家|全组|整个组", re.IGNORECASE
)
# What an "urgent ..." claim was about: the noun after it ("an urgent project" -> "urgent project").
_URGENT_TOPIC_EN = re.compile(
    rf"{_LB}(urgent\s+(?!and{_RB}|to{_RB}|but{_RB}|so{_RB})[A-Za-z][A-Za-z-]+)", re.IGNORECASE
)
_URGENT_TOPIC_ZH = re.compile(r"紧急(?:的)?(项目|任务|需求|问题|故障|订单|活动|版本|上线|交付)")
# Generalities instead of an example ("false STAR").
_GENERIC_EN = re.compile(
    rf"{_LB}(?:always|usually|generally|typically|normally|in general|tend to|whenever|every time|"
    rf"i would|i'd|i try to|i like to){_RB}",
    re.IGNORECASE,
)
_GENERIC_ZH = re.compile(r"一般|通常|总是|一向|往往|每次|一直都|习惯|我会|我喜欢")
# Signs of one concrete instance: numbers, dates, "once", "last year", "有一次", "当时".
_SPECIFIC_EN = re.compile(
    rf"\d|{_LB}(?:once|one time|last (?:year|month|week|quarter)|when i was|at the time|that day|"
    rf"in (?:january|february|march|april|may|june|july|august|september|october|november|december)){_RB}",
    re.IGNORECASE,
)
_SPECIFIC_ZH = re.compile(
    r"\d|[一二三四五六七八九十两]+(?:个|次|天|周|月|年|人|名|万|千|百)|有一次|那次|当时|去年|上个月|上周|那年"
)

# A trade-off already weighed: the decision follow-up would ask for what was said.
_TRADE_OFF_EN = re.compile(
    rf"{_LB}(?:trade-?offs?|weigh(?:ed|ing)?|instead of|rather than|at the cost of|the downside|pros and cons|"
    rf"chose .{{1,40}} over|opted for){_RB}",
    re.IGNORECASE,
)
_TRADE_OFF_ZH = re.compile(r"权衡|取舍|而不是|与其|宁可|利弊|代价|两害")
_PROMPTS: dict[FollowUpKind, LocalizedText] = {
    FollowUpKind.FALSE_STAR: LocalizedText(
        en='You said "{quote}". Can you walk me through one specific time it happened: '
        "the situation, what you did yourself, and the result?",
        zh="你提到“{quote}”。能否讲一次具体的经历：当时是什么情况？你本人做了什么？结果如何？",
    ),
    FollowUpKind.DECISION: LocalizedText(
        en='You said "{quote}". How did you make the key decision, and what was the trade-off?',
        zh="你提到“{quote}”。你是如何做出关键决定的？当时做了怎样的取舍？",
    ),
    FollowUpKind.OWNERSHIP: LocalizedText(
        en='You said "{quote}". What exactly was your own role, and which decision did you make yourself?',
        zh="你提到“{quote}”。你本人具体承担了什么角色？哪个决定是你自己做的？",
    ),
    FollowUpKind.MISSING_ACTION: LocalizedText(
        en='You said "{quote}". What did you do yourself, step by step?',
        zh="你提到“{quote}”。你本人具体做了哪些事情？请一步步说明。",
    ),
    FollowUpKind.MISSING_RESULT: LocalizedText(
        en='You said "{quote}". What was the result, and how did you measure it?',
        zh="你提到“{quote}”。最后的结果如何？你是怎么衡量的？",
    ),
    FollowUpKind.MISSING_SITUATION: LocalizedText(
        en='You said "{quote}". Set the scene for me: when and where was this, and what was at stake?',
        zh="你提到“{quote}”。请先交代一下背景：这是在什么时候、什么场合？当时面临什么挑战？",
    ),
    FollowUpKind.MISSING_TASK: LocalizedText(
        en='You said "{quote}". What exactly were you responsible for, and what did success look like?',
        zh="你提到“{quote}”。你当时具体负责什么？怎样才算成功？",
    ),
}
# With a topic, the decision follow-up names it, as in the seed case
# "In that urgent project, how did you make the key decision, and what was the trade-off?".
_DECISION_WITH_TOPIC = LocalizedText(
    en='You said "{quote}". In that {topic}, how did you make the key decision, and what was the trade-off?',
    zh="你提到“{quote}”。在那个{topic}中，你是如何做出关键决定的？当时做了怎样的取舍？",
)
_MISSING_PARTS = (
    (StarPart.ACTION, FollowUpKind.MISSING_ACTION),
    (StarPart.RESULT, FollowUpKind.MISSING_RESULT),
    (StarPart.SITUATION, FollowUpKind.MISSING_SITUATION),
    (StarPart.TASK, FollowUpKind.MISSING_TASK),
)

# Audit reasons; :func:`kind_from_reason` reads them back.
_REASON_FALSE_STAR = "follow-up: false STAR"
_REASON_CLAIM = "follow-up: claim "
_REASON_MISSING = "follow-up: missing "

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Quotes stay short: a reminder of the candidate's words, not a transcript.
_MAX_QUOTE_CHARS_LATIN = 80
_MAX_QUOTE_CHARS_CJK = 30
_ELLIPSIS = "…"
_CLAUSE_SEPARATORS = (",", "，", "、", ":", "：")


def decide_follow_up(
    answer_text: str,
    star_parts: Collection[StarPart],
    *,
    follow_ups_so_far: int = 0,
    max_follow_ups: int = DEFAULT_FOLLOW_UPS_PER_QUESTION,
    kinds_asked: Collection[FollowUpKind] = (),
) -> FollowUpDecision | None:
    """Whether the answer to a main question (or to its follow-up) gets another follow-up, and on what.

    ``follow_ups_so_far`` counts the follow-ups already asked on the main question, ``kinds_asked``
    their kinds (a kind is never asked twice on one main question). None means: ask the next
    planned question.
    """
    if follow_ups_so_far >= min(max_follow_ups, MAX_FOLLOW_UPS_PER_QUESTION):
        return None
    sentences = clean_sentences(answer_text)
    if not sentences:
        return None
    asked = frozenset(kinds_asked)
    present = parts_present(answer_text, star_parts)
    # Past actions told over more than one clause are an instance, whatever habits the answer also names.
    told_story = clauses(answer_text) > 1 and any(_tells_a_past_action(sentence) for sentence in sentences)
    if FollowUpKind.FALSE_STAR not in asked and not told_story:
        generic = _false_star_sentence(sentences)
        if generic is not None:
            sentence, anchor = generic
            return FollowUpDecision(FollowUpKind.FALSE_STAR, _shorten(sentence, anchor), "", _REASON_FALSE_STAR)
    for sentence in sentences:
        for kind, patterns in (
            (FollowUpKind.DECISION, (_DECISION_EN, _DECISION_ZH)),
            (FollowUpKind.OWNERSHIP, (_OWNERSHIP_EN, _OWNERSHIP_ZH)),
        ):
            if kind in asked or _already_told(kind, answer_text):
                continue
            match = _first_match(sentence, patterns)
            if match is not None:
                topic = _topic(sentence) if kind is FollowUpKind.DECISION else ""
                return FollowUpDecision(
                    kind, _shorten(sentence, match.start()), topic, f"{_REASON_CLAIM}{match.group(0)!r}"
                )
    if FollowUpKind.OWNERSHIP not in asked and not own_actions(answer_text):
        team = _first_team_action(sentences)
        if team is not None:
            sentence, anchor, subject = team
            return FollowUpDecision(
                FollowUpKind.OWNERSHIP, _shorten(sentence, anchor), "", f"{_REASON_CLAIM}{subject!r}"
            )
    for part, kind in _MISSING_PARTS:
        if part not in present and kind not in asked:
            return FollowUpDecision(kind, _shorten(sentences[0], 0), "", f"{_REASON_MISSING}{part}")
    return None


# "I asked", "I let her", "I rebuilt": the speaker did something, once (not a state, wish or habit).
_EN_PAST_ACTION = re.compile(rf"{_LB}i (?:\w+ly )?(?!{EN_NOT_DOING}{_RB}){EN_PAST_VERB}{_RB}", re.IGNORECASE)


def _tells_a_past_action(sentence: str) -> bool:
    """A sentence in which the candidate did something (and that is not a habit or a hypothesis)."""
    if _first_match(sentence, (_GENERIC_EN, _GENERIC_ZH)) is not None:
        return False
    return bool(
        _EN_PAST_ACTION.search(sentence) or find_first_person_actions(sentence) or OWN_CLAUSE_ZH.search(sentence)
    )


def _already_told(kind: FollowUpKind, answer_text: str) -> bool:
    """Whether the answer already says what a claim follow-up of ``kind`` would ask."""
    if kind is FollowUpKind.OWNERSHIP:
        # English verbs, or Chinese clauses told by 我 or going on from one (one each, however many
        # verbs they hold).
        return len(own_actions(answer_text)) >= OWN_ACTIONS_THAT_SHOW_THE_ROLE
    if kind is FollowUpKind.DECISION:
        return bool(_TRADE_OFF_EN.search(answer_text) or _TRADE_OFF_ZH.search(answer_text))
    return False


def phrase_locally(decision: FollowUpDecision, language: Language) -> str:
    """The built-in wording of ``decision`` in ``language``."""
    # A topic in the other language than the interview's would read oddly inside our own sentence.
    topic_is_zh = _CJK.search(decision.topic) is not None
    if decision.kind is FollowUpKind.DECISION and decision.topic and topic_is_zh == (language is Language.ZH):
        return _DECISION_WITH_TOPIC.in_language(language).format(quote=decision.quote, topic=decision.topic)
    return _PROMPTS[decision.kind].in_language(language).format(quote=decision.quote)


def propose_follow_up(answer_text: str, star_parts: Collection[StarPart], language: Language) -> FollowUp | None:
    """The first follow-up to ask after ``answer_text``, phrased locally in ``language``; None if none."""
    decision = decide_follow_up(answer_text, star_parts)
    if decision is None:
        return None
    return FollowUp(phrase_locally(decision, language), decision.reason)


def next_follow_up(
    answer_text: str,
    star_parts: Collection[StarPart],
    thread_reasons: Sequence[str],
    *,
    max_follow_ups: int = DEFAULT_FOLLOW_UPS_PER_QUESTION,
) -> FollowUpDecision | None:
    """The next follow-up on a main question, given the audit reasons of the follow-ups already on it.

    ``answer_text`` answers the main question or its latest follow-up. The reasons tell which kinds
    were asked (see :func:`kind_from_reason`), so the interview needs to store nothing more.
    """
    kinds = {kind for kind in map(kind_from_reason, thread_reasons) if kind is not None}
    return decide_follow_up(
        answer_text,
        star_parts,
        follow_ups_so_far=len(thread_reasons),
        max_follow_ups=max_follow_ups,
        kinds_asked=kinds,
    )


def kind_from_reason(reason: str) -> FollowUpKind | None:
    """The kind of a follow-up from its audit reason ("follow-up: claim 'urgent'; worded by ...")."""
    head = reason.split(";", 1)[0].strip()
    if head == _REASON_FALSE_STAR:
        return FollowUpKind.FALSE_STAR
    if head.startswith(_REASON_MISSING):
        part = head.removeprefix(_REASON_MISSING)
        return next((kind for p, kind in _MISSING_PARTS if p.value == part), None)
    if head.startswith(_REASON_CLAIM):
        claim = head.removeprefix(_REASON_CLAIM).strip("'\"")
        if _first_match(claim, (_DECISION_EN, _DECISION_ZH)) is not None:
            return FollowUpKind.DECISION
        if _first_match(claim, (_OWNERSHIP_EN, _OWNERSHIP_ZH)) is not None or _TEAM_SUBJECT.fullmatch(claim):
            return FollowUpKind.OWNERSHIP
    return None


def _false_star_sentence(sentences: list[str]) -> tuple[str, int] | None:
    """The first generic sentence, when no sentence of the answer tells of one concrete instance."""
    if any(_SPECIFIC_EN.search(s) or _SPECIFIC_ZH.search(s) for s in sentences):
        return None
    for sentence in sentences:
        match = _first_match(sentence, (_GENERIC_EN, _GENERIC_ZH))
        if match is not None:
            return sentence, match.start()
    return None


def _first_team_action(sentences: list[str]) -> tuple[str, int, str] | None:
    """The first sentence telling an action as "we", where that action starts, and its subject."""
    for sentence in sentences:
        told = actions_by_subject(sentence)[TEAM]
        if told:
            anchor = min(start for _, start in told)
            return sentence, anchor, _team_subject(sentence, anchor)
    return None


def _team_subject(sentence: str, anchor: int) -> str:
    """The subject of the action told at ``anchor`` ("we", "我们"), for the audit reason."""
    at_anchor = _TEAM_SUBJECT.match(sentence, anchor)
    if at_anchor is not None:
        return at_anchor.group(0).lower()
    before = list(_TEAM_SUBJECT.finditer(sentence, 0, anchor))  # a verb going on from "we …"
    return before[-1].group(0).lower() if before else "we"


def _topic(sentence: str) -> str:
    match = _URGENT_TOPIC_EN.search(sentence)
    if match is not None:
        return " ".join(match.group(1).lower().split())
    match = _URGENT_TOPIC_ZH.search(sentence)
    return f"紧急{match.group(1)}" if match is not None else ""


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
    quote = sentence[start:end].strip(TRAILING_PUNCTUATION)
    return (_ELLIPSIS if start > 0 else "") + quote + (_ELLIPSIS if end < len(sentence) else "")


def _clause_around(sentence: str, anchor: int) -> tuple[int, int]:
    start = max(sentence.rfind(sep, 0, anchor) for sep in _CLAUSE_SEPARATORS) + 1
    ends = [i for i in (sentence.find(sep, anchor) for sep in _CLAUSE_SEPARATORS) if i != -1]
    return start, min(ends, default=len(sentence))
