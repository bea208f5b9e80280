"""The follow-up rule: dig into what the candidate just said, in their own words.

The server decides whether a follow-up is asked and what it asks for (:func:`decide_follow_up`);
a generator only phrases the decision (:func:`phrase_locally` here, or an LLM). In order:

1. a "false STAR": generalities ("I always...", "我通常...") with no concrete instance -> ask for one
   specific time it happened;
2. a claim worth probing: a decision under pressure ("urgent", "decided", "紧急", "决定") -> how was
   the key decision made and what was the trade-off; ownership ("I led", "负责", "带领") -> what was
   the candidate's own role;
3. a STAR part the answer does not contain: action, then result, then situation, then task.

A follow-up never asks for what the answer already says: the scorer's STAR parts are completed by
this module's own reading (:func:`parts_present`: a time phrase is a situation, a measured change
told after the first sentence is a result, "我先 review 了代码" is an action), a claim of leading is
not probed when the answer already tells several of the candidate's own actions, and a decision is
not probed when the answer already weighs its trade-off.

Each kind is asked at most once per main question, and a main question gets at most
``max_follow_ups`` follow-ups (:data:`MAX_FOLLOW_UPS_PER_QUESTION` at most), so the interview ends
on time. The follow-up quotes a short span of the answer so the candidate sees they were listened to.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from wendu.core.text import StarPart, find_first_person_actions, find_quantities, split_sentences
from wendu.question_gen.domain.language import Language, LocalizedText

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
# Own actions that make the candidate's role plain: an "I led" claim needs no "what was your role?".
OWN_ACTIONS_THAT_SHOW_THE_ROLE = 2
# A Chinese clause told by the candidate: 我 (not 我们, not a thought or a wish) and what follows.
_OWN_CLAUSE_ZH = re.compile(r"我(?![们的觉认想希以])[^，。；,;]{2,}")
# "我先 review 了代码", "我把 config rollback 了": a Chinese first person with an English verb.
_MIXED_ACTION_ZH = re.compile(
    r"我(?:们)?(?:先|再|又|就|还|也|马上|立刻|主动|亲自|自己)?(?:把[^，。,.]{0,12})?[A-Za-z][A-Za-z-]+"
)
# A time or occasion that sets a scene ("上个 quarter", "去年 Q3", "in 2023", "双十一前两周").
_SITUATION_EN = re.compile(
    rf"{_LB}(?:in (?:19|20)\d\d|last (?:year|quarter|month|week|sprint|summer|winter|spring|autumn|fall)|"
    rf"(?:a|two|three|few) (?:years?|months?|weeks?) ago|q[1-4]|during|when (?:i|we) (?:was|were|joined)|"
    rf"at my (?:first|previous|last|old)|in my (?:first|previous|last|second|third)|one (?:day|morning|evening|time)){_RB}",
    re.IGNORECASE,
)
_SITUATION_ZH = re.compile(
    r"(?:19|20)\d\d年|去年|前年|今年|上(?:个)?(?:季度|月|周|学期|半年)|上个\s*[A-Za-z]+|[Qq][1-4]|那(?:年|次|天|段时间)|"
    r"当时|有一次|刚(?:入职|工作|毕业|来)|大[一二三四]|实习(?:期间|的时候)|双十一|春节|旺季|期间|的时候"
)
# A goal or responsibility stated ("my job was", "目标是", "KPI").
_TASK_EN = re.compile(
    rf"{_LB}(?:my (?:job|task|role|goal|responsibility)|i was (?:asked|tasked|responsible|assigned|hired)|"
    rf"(?:the|our) (?:goal|target|objective|brief|deadline)|i (?:needed|had) to|we (?:needed|had) to|kpi|okr){_RB}",
    re.IGNORECASE,
)
_TASK_ZH = re.compile(r"目标|任务|负责|职责|要求|指标|KPI|OKR|需要(?:我|在)|我得|必须|截止")
# A change that is measured or observable: what a told result sounds like.
_RESULT_CHANGE_EN = re.compile(
    rf"{_LB}(?:from .{{1,30}} to|up|down|dropped|fell|rose|grew|cut|saved|reduced|increased|improved|halved|"
    rf"doubled|went|finished|shipped|launched|passed|won|signed|renewed|stayed|kept|adopted|became|no longer|"
    rf"since then|afterwards|as a result|in the end){_RB}",
    re.IGNORECASE,
)
_RESULT_CHANGE_ZH = re.compile(
    r"从.{1,20}(?:到|降到|涨到|提到|缩短到|减少到)|涨|降|升|增长|下降|减少|提高|提升|缩短|翻倍|节省|"
    r"通过了|拿下|签下|续约|上线|按时|结果|最终|最后|后来|此后|之后再|采纳|推广|成为"
)


# How a told outcome ends a story, without a figure: "the notes stopped", "he passed the exam in the
# end", "the other two plants copied it", "问题再也没出现". Read in the last two sentences only.
_OUTCOME_EN = re.compile(
    rf"{_LB}(?:stopped|went away|went up|went down|got (?:better|calmer|easier|faster|smoother)|calmer|closed|"
    rf"copied|adopted|thanked|praised|review|passed|approved|accepted|agreed|solved|resolved|fixed|recovered|"
    rf"held|back to|since then|after that|in the end|eventually|finally|from then on|no longer|"
    rf"never again|stayed|left a|came back|came around|renewed|signed|won|hit|on time|promoted|now|"
    rf"became|worked|succeeded|saved|shipped|launched|delivered|finished|completed|rolled|ended|"
    rf"went through|followed|by the (?:end|second|third|fourth|next|time)|kept (?:the|our|it)){_RB}",
    re.IGNORECASE,
)
_OUTCOME_ZH = re.compile(
    r"结果|最终|最后|后来|从那以后|此后|之后|再也没|不再|解决了|通过了|成功|顺利|按时|提前|采纳|推广|沿用|表扬|感谢|好评|"
    r"续约|签了|拿下|恢复|稳定|降|涨|升|减少|增加|提高|提升|缩短|节省|完成了|上线了|成为|变成|现在|如今|至今|同意了"
)
# A story told over this many clauses, with the candidate's actions in it, has set its scene in the first.
CLAUSES_THAT_SET_A_SCENE = 2
_CLAUSE_BREAK = re.compile(r"[,，;；。.!?！？]+\s*")


def _clauses(text: str) -> int:
    return sum(1 for part in _CLAUSE_BREAK.split(text) if len(part.strip()) > 3)


def parts_present(answer_text: str, scored: Collection[StarPart]) -> frozenset[StarPart]:
    """The STAR parts ``answer_text`` contains: the scorer's, plus what this reading finds.

    The scorer's reading is tuned for scoring; asking for a part the candidate just gave is worse
    than not asking, so anything that plainly reads as the part counts here.
    """
    present = set(scored)
    sentences = _sentences(answer_text)
    if not sentences:
        return frozenset(present)
    if StarPart.ACTION not in present and (
        find_first_person_actions(answer_text)
        or _MIXED_ACTION_ZH.search(answer_text)
        or len(_OWN_CLAUSE_ZH.findall(answer_text)) >= OWN_ACTIONS_THAT_SHOW_THE_ROLE
    ):
        present.add(StarPart.ACTION)
    if StarPart.SITUATION not in present and (_SITUATION_EN.search(answer_text) or _SITUATION_ZH.search(answer_text)):
        present.add(StarPart.SITUATION)
    if StarPart.TASK not in present and (_TASK_EN.search(answer_text) or _TASK_ZH.search(answer_text)):
        present.add(StarPart.TASK)
    if StarPart.RESULT not in present:
        # A result comes after the story starts: a figure or a change in a later sentence, or an
        # outcome told at the end.
        later = sentences[1:] if len(sentences) > 1 else sentences
        if any(
            find_quantities(sentence) and (_RESULT_CHANGE_EN.search(sentence) or _RESULT_CHANGE_ZH.search(sentence))
            for sentence in later
        ) or any(
            _OUTCOME_EN.search(sentence) or _OUTCOME_ZH.search(sentence) or find_quantities(sentence)
            for sentence in later[-2:]
        ):
            present.add(StarPart.RESULT)
    if (
        StarPart.SITUATION not in present
        and StarPart.ACTION in present
        and _clauses(answer_text) >= CLAUSES_THAT_SET_A_SCENE
    ):
        present.add(StarPart.SITUATION)  # the first clause sets the scene the actions happen in
    if StarPart.TASK not in present and {StarPart.SITUATION, StarPart.ACTION, StarPart.RESULT} <= present:
        present.add(StarPart.TASK)  # a told story with its outcome shows what the candidate set out to do
    return frozenset(present)


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

_QUOTE_MARKS = re.compile(r"[\"“”「」『』]")
_TRAILING_PUNCTUATION = ".,;:!?。，；：！？、 "
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
    sentences = _sentences(answer_text)
    if not sentences:
        return None
    asked = frozenset(kinds_asked)
    present = parts_present(answer_text, star_parts)
    # Past actions told over more than one clause are an instance, whatever habits the answer also names.
    told_story = _clauses(answer_text) > 1 and any(_tells_a_past_action(sentence) for sentence in sentences)
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
    for part, kind in _MISSING_PARTS:
        if part not in present and kind not in asked:
            return FollowUpDecision(kind, _shorten(sentences[0], 0), "", f"{_REASON_MISSING}{part}")
    return None


# "I asked", "I let her", "I rebuilt": the speaker did something, once (not a state, wish or habit).
_EN_PAST_ACTION = re.compile(
    rf"{_LB}i (?:\w+ly )?(?!(?:wanted|liked|loved|hoped|believed|needed|used|seemed|wished|preferred|enjoyed|"
    rf"hated|feared|worried|assumed|supposed|guessed|expected|felt|thought|was|had){_RB})"
    rf"(?:\w+ed|did|made|took|went|wrote|ran|built|sent|spoke|told|found|gave|got|kept|led|met|put|set|let|sat|"
    rf"brought|bought|taught|drew|chose|began|broke|caught|held|left|paid|read|sold|spent|stood|won|came|"
    rf"rebuilt|rewrote|split|cut|dug|fought|sought|shut|threw){_RB}",
    re.IGNORECASE,
)


def _tells_a_past_action(sentence: str) -> bool:
    """A sentence in which the candidate did something (and that is not a habit or a hypothesis)."""
    if _first_match(sentence, (_GENERIC_EN, _GENERIC_ZH)) is not None:
        return False
    return bool(
        _EN_PAST_ACTION.search(sentence) or find_first_person_actions(sentence) or _OWN_CLAUSE_ZH.search(sentence)
    )


def _already_told(kind: FollowUpKind, answer_text: str) -> bool:
    """Whether the answer already says what a claim follow-up of ``kind`` would ask."""
    if kind is FollowUpKind.OWNERSHIP:
        # English verbs, or Chinese clauses told by 我 (one each, however many verbs they hold).
        own = {hit.text.lower() for hit in find_first_person_actions(answer_text) if not _CJK.search(hit.text)}
        own.update(m.group(0) for m in _OWN_CLAUSE_ZH.finditer(answer_text))
        return len(own) >= OWN_ACTIONS_THAT_SHOW_THE_ROLE
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
        if _first_match(claim, (_OWNERSHIP_EN, _OWNERSHIP_ZH)) is not None:
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


def _topic(sentence: str) -> str:
    match = _URGENT_TOPIC_EN.search(sentence)
    if match is not None:
        return " ".join(match.group(1).lower().split())
    match = _URGENT_TOPIC_ZH.search(sentence)
    return f"紧急{match.group(1)}" if match is not None else ""


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
