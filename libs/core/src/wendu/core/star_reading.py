"""Which STAR parts an answer tells, read generously: what a follow-up or advice must never ask for again.

The scorer's STAR cues are tuned for scoring. Asking a candidate for something they just said is
worse than not asking, so this reading also counts what plainly reads as the part: a time phrase
("上个 quarter", "in 2023") is a situation, a measured change or an outcome at the end ("the notes
stopped", "现在我…") is a result, a clause told by 我 ("我先 review 了代码") is an action, and a told
story with its outcome shows its task. The scorer reports this reading on ``score-ready``; question-gen's
follow-up rule and the report's advice read it from there.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from wendu.core.text import StarPart, find_first_person_actions, find_quantities, split_sentences

# Latin word boundaries that also hold next to Han characters ("我led团队"), unlike \b.
_LB, _RB = r"(?<![A-Za-z])", r"(?![A-Za-z])"
_QUOTE_MARKS = re.compile(r"[\"“”「」『』]")
TRAILING_PUNCTUATION = ".,;:!?。，；：！？、 "

# Own actions that make the candidate's role plain: an "I led" claim needs no "what was your role?".
OWN_ACTIONS_THAT_SHOW_THE_ROLE = 2
# A Chinese clause told by the candidate: 我 (not 我们, not a thought or a wish) and what follows.
OWN_CLAUSE_ZH = re.compile(r"我(?![们的觉认想希以])[^，。；,;]{2,}")
# "我先 review 了代码", "我把 config rollback 了": a Chinese first person with an English verb.
MIXED_ACTION_ZH = re.compile(
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


def clauses(text: str) -> int:
    """How many clauses (of more than three characters) ``text`` has."""
    return sum(1 for part in _CLAUSE_BREAK.split(text) if len(part.strip()) > 3)


def clean_sentences(text: str) -> list[str]:
    """The sentences of ``text`` without quotation marks, line breaks or trailing punctuation (quotable)."""
    cleaned = (
        " ".join(_QUOTE_MARKS.sub("", s.text).split()).strip(TRAILING_PUNCTUATION) for s in split_sentences(text)
    )
    return [sentence for sentence in cleaned if sentence]


def parts_present(answer_text: str, scored: Collection[StarPart]) -> frozenset[StarPart]:
    """The STAR parts ``answer_text`` contains: the scorer's, plus what this reading finds.

    The scorer's reading is tuned for scoring; asking for a part the candidate just gave is worse
    than not asking, so anything that plainly reads as the part counts here.
    """
    present = set(scored)
    sentences = clean_sentences(answer_text)
    if not sentences:
        return frozenset(present)
    if StarPart.ACTION not in present and (
        find_first_person_actions(answer_text)
        or MIXED_ACTION_ZH.search(answer_text)
        or len(OWN_CLAUSE_ZH.findall(answer_text)) >= OWN_ACTIONS_THAT_SHOW_THE_ROLE
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
        and clauses(answer_text) >= CLAUSES_THAT_SET_A_SCENE
    ):
        present.add(StarPart.SITUATION)  # the first clause sets the scene the actions happen in
    if StarPart.TASK not in present and {StarPart.SITUATION, StarPart.ACTION, StarPart.RESULT} <= present:
        present.add(StarPart.TASK)  # a told story with its outcome shows what the candidate set out to do
    return frozenset(present)
