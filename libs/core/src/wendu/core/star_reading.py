"""Which STAR parts an answer tells, read generously: what a follow-up or advice must never ask for again.

The scorer's STAR cues are tuned for scoring. Asking a candidate for something they just said is
worse than not asking, so this reading also counts what plainly reads as the part: a time phrase
("上个 quarter", "in 2023") is a situation, a measured change or an outcome at the end ("the notes
stopped", "现在我…") is a result, a clause told by 我 ("我先 review 了代码") is an action, and a told
story with its outcome shows its task. The scorer reports this reading on ``score-ready``; question-gen's
follow-up rule and the report's advice read it from there.

The action part is the candidate's own: :func:`actions_by_subject` tells their actions from the team's
("we", 我们), following a subject over the clauses it governs, so the follow-up rule can ask a story told
only as "we" for the candidate's own role, and leave alone one that tells it.
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
# A Chinese clause told by the candidate: 我 (not 我们, not a thought, a wish, a habit or a plan such
# as "下次我会…", "我一般会…") and what follows.
OWN_CLAUSE_ZH = re.compile(
    r"我(?!们|的|觉|认|想|希|以|会|要(?!求)|应|打算|准备|可能|一般|通常|总是|一向|往往|习惯|平时|经常|常常)[^，。；,;]{2,}"
)
# "我先 review 了代码", "我把 config rollback 了": a Chinese first person with an English verb. (The
# same told by 我们 is the team's action, read below.)
MIXED_ACTION_ZH = re.compile(
    r"我(?!们)(?:先|再|又|就|还|也|马上|立刻|主动|亲自|自己)?(?:把[^，。,.]{0,12})?[A-Za-z][A-Za-z-]+"
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


# --- Who did it ------------------------------------------------------------------------------------
# BARS credits the candidate's own part of a story ("We" stories count for the candidate's own part
# only: eval/scoring/README.md#labelling-guide). A story whose actions are all told as "we" leaves
# that part unclear, and the ownership follow-up asks for it; a story that tells the candidate's own
# actions needs no such question. A subject carries over the clauses it governs, in both languages:
# "I mapped the jobs, then rewrote three and ran both side by side" is three actions of the
# candidate's, and so is "我负责数据库这块，先做了压测，又把库拆成了四个分库" (Chinese drops the
# repeated subject).

# English past tense of doing: regular -ed forms and the common irregular ones.
EN_PAST_VERB = (
    r"(?:[a-z]+ed|did|made|took|went|wrote|ran|built|sent|spoke|told|found|gave|got|kept|led|met|put|set|let|"
    r"sat|brought|bought|taught|drew|chose|began|broke|caught|held|left|paid|read|sold|spent|stood|won|came|"
    r"rebuilt|rewrote|split|cut|dug|fought|sought|shut|threw|drove|flew|rang|swapped|stopped)"
)
# Past forms that tell a state, a feeling or a wish, not something done.
EN_NOT_DOING = (
    r"(?:wanted|liked|loved|hoped|believed|needed|used|seemed|wished|preferred|enjoyed|hated|feared|worried|"
    r"assumed|supposed|guessed|expected|felt|thought|was|were|had|tended|happened|indeed|hundred|red|need|seed)"
)
_ADVERB_EN = r"(?:\w+ly|then|also|first|all|both|just|together|finally|later|soon|still|even|again|once)"
# "I asked", "we quickly moved", "the team rewrote": a subject and its past action ("my team and I" names the candidate).
_SUBJECT_ACTION_EN = re.compile(
    rf"{_LB}(?P<subject>i|we|our team|the team|my team)(?: {_ADVERB_EN})*"
    rf" (?!{EN_NOT_DOING}{_RB})(?P<verb>{EN_PAST_VERB}){_RB}",
    re.IGNORECASE,
)
# A clause that goes on with the same subject: ", then rewrote…", "and ran…".
_CONTINUED_ACTION_EN = re.compile(
    rf"^(?:and |but |so |then |and then |also |later |finally |first |afterwards |after that )*"
    rf"(?!{EN_NOT_DOING}{_RB})(?P<verb>{EN_PAST_VERB}){_RB}",
    re.IGNORECASE,
)
# A clause that starts with someone else: the chain of the candidate's (or the team's) actions ends.
_OTHER_SUBJECT_EN = re.compile(
    rf"^(?:and |but |so |then )*(?:he|she|it|they|there|you|this|that|these|those|the|his|her|its|their|a|an){_RB}",
    re.IGNORECASE,
)
_CLAUSE_SPLIT_EN = re.compile(r"\s*[,;:()]\s*|\s+(?=(?:and|then|but)\s)", re.IGNORECASE)
# Chinese: a group the candidate belongs to, told as the subject (not "我们的", "我们组的…": whose).
_TEAM_ZH = re.compile(
    r"(?:我们|咱们|团队|大家|全组|整个组)(?![^，。；：,;:！？]{0,3}的)(?!觉|认为|想|希望|以为|会|要(?!求)|应|打算|准备|可能|一般|通常|总是)"
)
# What makes a Chinese clause an action: an aspect or a verb of doing with its object ("了", "把", "按…").
_DOING_ZH = re.compile(r"了|过(?![去来程])|把|按|给|用|通过|一起|先|再|又|马上|立刻|连夜|重新")
# A Chinese clause that goes on with the subject before it: "先做了压测", "又把库拆成了四个分库".
_CONTINUED_ZH = re.compile(
    r"^(?:先|首先|再|又|然后|接着|随后|并且|并|还|同时|另外|马上|立刻|立即|随即|亲自|主动|专门|连夜|一起|把|重新)"
)
_OTHER_SUBJECT_ZH = re.compile(r"^(?:他|她|它|对方|客户|老板|经理|领导|主管|同事|组长|老师|用户)")
_CLAUSE_SPLIT_ZH = re.compile(r"[，。；：,;:！？!?]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
OWN = "i"
TEAM = "we"


def actions_by_subject(text: str) -> dict[str, list[tuple[str, int]]]:
    """The actions ``text`` tells, by who did them: :data:`OWN` (the candidate) and :data:`TEAM` (a group
    they belong to: "we", "the team", 我们, 团队, 大家). Each is ``(what, offset)``: the verb (English)
    or the clause (Chinese) and where it starts in ``text``. Actions of others ("he", "the manager") are not
    kept, nor thoughts, plans and states.
    """
    found: dict[str, list[tuple[str, int]]] = {OWN: [], TEAM: []}
    for sentence in split_sentences(text):
        subject: str | None = None
        offset = sentence.start
        for clause, start in _clauses_with_offsets(sentence.text):
            at = offset + start
            if _HAN.search(clause):
                subject = _read_clause_zh(clause, at, subject, found)
            else:
                subject = _read_clause_en(clause, at, subject, found)
    return found


def _clauses_with_offsets(sentence: str) -> list[tuple[str, int]]:
    pattern = _CLAUSE_SPLIT_ZH if _HAN.search(sentence) else _CLAUSE_SPLIT_EN
    pieces, start = [], 0
    for match in pattern.finditer(sentence):
        pieces.append((sentence[start : match.start()], start))
        start = match.end()
    pieces.append((sentence[start:], start))
    return [(piece, at) for piece, at in pieces if piece.strip()]


def _read_clause_en(clause: str, at: int, subject: str | None, found: dict[str, list[tuple[str, int]]]) -> str | None:
    told = list(_SUBJECT_ACTION_EN.finditer(clause))
    if told:
        for match in told:
            who = OWN if match.group("subject").lower() == "i" else TEAM
            found[who].append((match.group("verb").lower(), at + match.start()))
        return OWN if told[-1].group("subject").lower() == "i" else TEAM
    continued = _CONTINUED_ACTION_EN.match(clause.strip())
    if continued is not None and subject is not None:
        found[subject].append((continued.group("verb").lower(), at + clause.find(continued.group("verb"))))
        return subject
    if re.match(rf"\s*i{_RB}", clause, re.IGNORECASE):
        return OWN  # "I was…", "I'm…": the candidate, though not an action
    if re.match(rf"\s*we{_RB}", clause, re.IGNORECASE):
        return TEAM
    if _OTHER_SUBJECT_EN.match(clause.strip()):
        return None
    return subject


def _read_clause_zh(clause: str, at: int, subject: str | None, found: dict[str, list[tuple[str, int]]]) -> str | None:
    clause = clause.strip()
    own = OWN_CLAUSE_ZH.search(clause)
    team = _TEAM_ZH.search(clause)
    if own is not None and (team is None or own.start() < team.start()):
        found[OWN].append((own.group(0), at + own.start()))
        return OWN
    if team is not None:
        if _DOING_ZH.search(clause, team.end()):
            found[TEAM].append((clause[team.start() :], at + team.start()))
            return TEAM
        return None
    if "我" in clause:
        return None  # "我觉得…", "下次我会…": the candidate, but not an action of the story
    if _CONTINUED_ZH.match(clause) and subject is not None:
        found[subject].append((clause, at))
        return subject
    if _OTHER_SUBJECT_ZH.match(clause):
        return None
    return subject


def own_actions(text: str) -> frozenset[str]:
    """The candidate's own actions ``text`` tells, each once (verbs in English, clauses in Chinese)."""
    own = {what for what, _ in actions_by_subject(text)[OWN]}
    own.update(hit.text.lower().split()[-1] for hit in find_first_person_actions(text) if not _HAN.search(hit.text))
    own.update(match.group(0) for match in MIXED_ACTION_ZH.finditer(text))
    return frozenset(own)


def told_only_as_team(text: str) -> tuple[str, int] | None:
    """The first action ``text`` tells as "we"/我们 when it tells none of the candidate's own; else None.

    Such a story leaves the candidate's own part unclear (by BARS it counts for that part only).
    """
    actions = actions_by_subject(text)
    if not actions[TEAM] or own_actions(text):
        return None
    return min(actions[TEAM], key=lambda action: action[1])


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
    if StarPart.ACTION not in present and _tells_own_actions(answer_text):
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


def _tells_own_actions(answer_text: str) -> bool:
    """The candidate's own actions: one English verb of theirs, or two Chinese clauses told by 我."""
    if find_first_person_actions(answer_text) or MIXED_ACTION_ZH.search(answer_text):
        return True
    own = actions_by_subject(answer_text)[OWN]
    latin = [what for what, _ in own if not _HAN.search(what)]
    return bool(latin) or len({what for what, _ in own}) >= OWN_ACTIONS_THAT_SHOW_THE_ROLE
