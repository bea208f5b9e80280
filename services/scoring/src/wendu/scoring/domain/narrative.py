"""Does an answer tell what the candidate actually did, once? Narrative signals for the local scorer.

The BARS anchors separate levels by the *kind* of evidence, not by keywords: a generic or
hypothetical answer ("I would...", 我一般会...) is a 2 however structured it sounds; a real example
with the candidate's own actions is a 3 or more; a 5 adds depth (resistance or trade-offs handled)
and reflection or a change that lasted. The shared text analysis finds STAR cues and a closed list
of action verbs; this module reads the open-ended signals the anchors name:

* **first-person past actions**: "I asked", "I rebuilt", "I did"; in Chinese, clauses of a
  sentence whose subject is 我 and which is told as something that happened;
* **hypothetical or habitual sentences**: "I would", "I always", 我一般会, 如果...;
* **complication**: an obstacle, a disagreement or a trade-off (but, instead, pushed back, 但, 而不是);
* **reflection**: a lesson or a lasting change (since then, I learned, 从那以后, 复盘).

Every reader is a regular expression over lower-cased text, so the result depends on the text only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# English irregular past forms that are things done (not states such as "was", "had", "felt").
_EN_IRREGULAR_PAST = (
    "did|made|took|went|wrote|ran|built|sent|spoke|told|found|gave|got|kept|led|met|put|set|sat|brought|"
    "bought|taught|drew|chose|began|broke|caught|held|left|paid|read|sold|spent|stood|won|came|"
    "rode|rang|shut|spread|threw|woke|dug|fed|fought|hid|hung|lent|lit|rebuilt|rewrote|sought|split|"
    "swapped|undertook|withdrew|overcame|cut|quit|ate|flew|drove|forgave|shook|sang|swam|tore|wound"
)
# "-ed" words after "I" that are states, wishes or hedges rather than actions.
_EN_NOT_ACTIONS = frozenset(
    {
        "wanted", "liked", "loved", "hoped", "believed", "needed", "used", "seemed", "wished", "preferred",
        "enjoyed", "hated", "feared", "worried", "assumed", "supposed", "guessed", "expected", "considered",
        "imagined", "remembered", "noticed", "realised", "realized", "learned", "tried", "managed",
        "decided", "started", "continued", "agreed", "appeared", "happened",
    }
)  # fmt: skip
_EN_ADVERB = (
    r"(?:then|also|first|finally|personally|quickly|immediately|eventually|still|even|just|actually|"
    r"simply|carefully|myself|later|once|instead|therefore|so|soon|gradually|literally|really|again)"
)
_EN_ACTION_RE = re.compile(rf"\bi(?:\s+{_EN_ADVERB})*\s+([a-z]+ed|{_EN_IRREGULAR_PAST})\b")
# "I decided to ask", "I started to rebuild", "I managed to get": the verb after "to" is the action.
_EN_ACTION_AFTER_RE = re.compile(
    r"\bi\s+(?:decided|started|tried|managed|offered|volunteered|chose|began|agreed|went on|learned)\s+to\s+([a-z]+)\b"
)

# "I rebuilt the scheme, asked a colleague to observe me and kept a journal": English drops the repeated
# subject; a past verb after a comma or "and" continues the first-person action of its sentence.
_EN_CONTINUED_ACTION_RE = re.compile(rf"(?:,|\band)\s+(?:then\s+|also\s+)?([a-z]+ed|{_EN_IRREGULAR_PAST})\b")

# Hypothetical, habitual or generic: what the candidate would or always does, not what happened.
_EN_HYPOTHETICAL_RE = re.compile(
    r"\b(?:i\s+would|i'd|i\s+will|i'll|i\s+always|i\s+usually|i\s+normally|i\s+typically|i\s+generally|"
    r"i\s+tend\s+to|i\s+try\s+to|i\s+like\s+to|i\s+make\s+sure|i\s+believe|i\s+think|i\s+can|i\s+could|"
    r"if\s+i|if\s+a|if\s+the|if\s+there|whenever|you\s+should|one\s+should|i\s+am\s+(?:a|the|very|always)|"
    r"i'm\s+(?:a|the|very|always)|my\s+approach|my\s+strength|in\s+general|would\s+be)\b"
)
_ZH_HYPOTHETICAL_RE = re.compile(
    r"我会|我都会|我一般|我通常|我总是|我一向|我(?:一直|始终|向来|也|还|真的)?(?:觉得|认为|相信)|我擅长|我喜欢|我比较|我是一个|我是个|"
    r"如果|假如|要是|的话|应该|一般来说|一般会|通常会|通常|总是会|我能|我可以|我很|我非常"
)
# Told as something that happened: a perfective or past marker, or a time anchor.
_ZH_HAPPENED_RE = re.compile(
    r"了|(?<![不挺熬])过(?![去来程])|当时|那次|那时|后来|之后|最后|最终|于是|结果|第二天|那年|去年|有一次"
)
# 我 as the subject of a clause: not 我们 (the team), not 我的 (a possessive), not a hedge.
_ZH_FIRST_PERSON_RE = re.compile(r"我(?![们的])")
_ZH_CLAUSE_SPLIT_RE = re.compile(r"[，,、：:]")
# A negated clause tells what did not happen (没有换过, 也没想过): no instance told (see affirmed_actions).
_ZH_NEGATED_RE = re.compile(r"没|未曾|从未")
# A refusal or deflection (anchor 1): the candidate says there is no such experience to tell, or that
# there was nothing to do or to change. Read on every sentence, credited or not; see :func:`declines`.
_EN_DECLINE_RE = re.compile(
    r"\b(?:i\s+(?:do\s+not|don't|have\s+not|haven't|did\s+not|didn't|can\s*not|can't)\s+(?:really\s+|actually\s+|ever\s+)?"
    r"(?:have\s+(?:any|many|much|conflicts?|problems?|that|this|such)|had\s+(?:any|that|this|such)|"
    r"think\s+of|remember|recall|see\s+the\s+point|(?:change|do)\s+(?:anything|much))|"
    r"i(?:\s+have|'ve)?\s+never\s+(?:really\s+)?(?:had|been\s+in|faced|experienced|needed)|"
    r"not\s+(?:really\s+)?something\s+i\s+(?:have|'ve)\s+experienced|"
    r"there\s+(?:was\s+not|wasn't|was\s+nothing)\s+(?:much|anything)?\s*i\s+could\s+do|nothing\s+(?:much\s+)?(?:to\s+say|i\s+could\s+do)|"
    r"no\s+(?:such|real|relevant)\s+experience)\b"
)
_ZH_DECLINE_RE = re.compile(
    r"没有?(?:什么|啥)?(?:可以|可|好)?(?:说|讲)的|没有?(?:什么|啥)?(?:这方面|这类|这种|相关|类似)?的?经历|"
    r"没有?(?:遇到|碰到|发生|经历|想)过|不太?好回答|想不起来?|无话可说|用不上|没(?:什么|啥)?(?:能|可以)做的"
)
# A clause that starts with another subject is someone else's action.
_ZH_OTHER_SUBJECT_RE = re.compile(r"^(?:他|她|他们|她们|对方|客户|主管|老板|领导|同事|大家|团队|我们|有人|别人)")
# A clause of at least four Han characters: shorter ones ("我说", 我也是) tell nothing by themselves. In
# code-mixed speech an English word stands for the Chinese word it replaces ("然后 rollback 了 config"
# is 然后回滚了配置), so it counts as two characters.
_ZH_CLAUSE_MIN_CHARS = 4
_LATIN_WORD_IN_CLAUSE_CHARS = 2
_LATIN_WORD_RE = re.compile(r"[a-z][a-z0-9'-]*")

_EN_COMPLICATION_RE = re.compile(
    r"\b(?:but|however|although|though|instead|pushed\s+back|push\s*back|resist\w*|disagree\w*|objected|"
    r"refused|reluctant|sceptic\w*|skeptic\w*|trade-?offs?|at\s+the\s+cost|risk\w*|conflict\w*|worried|"
    r"against|rather\s+than|without\s+(?:losing|breaking))\b"
)
_ZH_COMPLICATION_RE = re.compile(
    r"但|不过|然而|却|反对|质疑|权衡|风险|而不是|不愿|不同意|抵触|顾虑|担心|分歧|代价|牺牲"
)
_EN_REFLECTION_RE = re.compile(
    r"\b(?:since\s+then|from\s+then\s+on|ever\s+since|i\s+learned|i\s+learnt|i\s+realised|i\s+realized|"
    r"taught\s+me|the\s+lesson|lessons?\s+(?:i|learned)|what\s+i\s+took\s+away|took\s+away|in\s+hindsight|"
    r"looking\s+back|next\s+time|now\s+i|i\s+still|i\s+now|adopted|became\s+(?:the|our|a)\s+(?:standard|default|"
    r"practice|template)|rolled\s+out\s+to|is\s+still\s+used|still\s+use|going\s+forward|changed\s+how\s+i)\b"
)
_ZH_REFLECTION_RE = re.compile(
    r"从那以后|从此|此后|之后我都|后来我都|现在我|我现在|至今|学到|学会了|教训|反思|复盘|意识到|明白了|体会到|"
    r"沿用|推广到|推广给|成为了?(?:团队|部门|公司)?的?(?:标准|规范|模板|惯例)|养成|一直保持|再也没有|以后遇到"
)


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RE = re.compile(r"[a-z]")


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What one sentence tells."""

    # First-person past actions in it (en: verbs; zh: clauses).
    actions: frozenset[str]
    # Hypothetical, habitual or generic rather than an event.
    hypothetical: bool


@dataclass(frozen=True, slots=True)
class Narrative:
    """What a set of sentences tells, together."""

    # Distinct first-person past actions.
    actions: int
    # Sentences naming an obstacle, a disagreement or a trade-off; sentences with a lesson or a lasting change.
    complications: int
    reflections: int


def read_sentence(sentence: str) -> SentenceReading:
    """Whether ``sentence`` tells first-person actions that happened, or is hypothetical; each reader
    runs only on the scripts present."""
    folded = sentence.lower()
    has_latin = bool(_LATIN_RE.search(folded))
    has_han = bool(_HAN_RE.search(folded))
    actions = (_en_actions(folded) if has_latin else set()) | (_zh_actions(folded) if has_han else set())
    hypothetical = not actions and bool(
        (has_latin and _EN_HYPOTHETICAL_RE.search(folded)) or (has_han and _ZH_HYPOTHETICAL_RE.search(folded))
    )
    return SentenceReading(frozenset(actions), hypothetical)


def summarise(readings: Iterable[SentenceReading], sentences: Iterable[str]) -> Narrative:
    """The :class:`Narrative` of the credited ``sentences``, given their ``readings``."""
    actions: set[str] = set()
    for reading in readings:
        actions.update(reading.actions)
    complications = reflections = 0
    for sentence in sentences:
        folded = sentence.lower()
        complications += bool(_EN_COMPLICATION_RE.search(folded) or _ZH_COMPLICATION_RE.search(folded))
        reflections += bool(_EN_REFLECTION_RE.search(folded) or _ZH_REFLECTION_RE.search(folded))
    return Narrative(actions=len(actions), complications=complications, reflections=reflections)


def declines(sentence: str) -> bool:
    """Whether ``sentence`` refuses or deflects the question (anchor 1): no such experience to tell
    ("I've never really had a conflict", 这方面没有什么经历, 没什么可以说的), or nothing was done or
    changed ("there wasn't much I could do", "I didn't really change anything")."""
    folded = sentence.lower().replace("\u2019", "'")
    return bool(_EN_DECLINE_RE.search(folded) or _ZH_DECLINE_RE.search(folded))


def affirmed_actions(sentence: str) -> frozenset[str]:
    """The first-person actions of ``sentence`` that are not negated: what an answer that refuses the
    question must still tell to count as telling an instance. (English "I didn't" is no action anyway.)"""
    folded = sentence.lower()
    actions = _en_actions(folded) if _LATIN_RE.search(folded) else set()
    if _HAN_RE.search(folded):
        actions |= _zh_actions(folded, affirmed_only=True)
    return frozenset(actions)


def hypothetical_share(readings: Iterable[SentenceReading]) -> float:
    """Of the sentences that say what the candidate does, the share (0-1) that are hypothetical or
    habitual. Sentences that are neither (asides, filler) do not dilute it."""
    events = hypothetical = 0
    for reading in readings:
        events += bool(reading.actions)
        hypothetical += reading.hypothetical
    return hypothetical / (hypothetical + events) if hypothetical else 0.0


def _en_actions(folded: str) -> set[str]:
    if "i " not in folded:
        return set()
    found = {verb for verb in _EN_ACTION_RE.findall(folded) if verb not in _EN_NOT_ACTIONS}
    found.update(_EN_ACTION_AFTER_RE.findall(folded))
    if found:
        found.update(verb for verb in _EN_CONTINUED_ACTION_RE.findall(folded) if verb not in _EN_NOT_ACTIONS)
    return found


def _zh_actions(folded: str, *, affirmed_only: bool = False) -> set[str]:
    """Clauses of a sentence with 我 as a subject that tell something that happened, not a habit;
    with ``affirmed_only``, not the negated ones (没有换过, 也没想过)."""
    if not _ZH_FIRST_PERSON_RE.search(folded) or not _ZH_HAPPENED_RE.search(folded):
        return set()
    clauses: set[str] = set()
    subject_is_me = False
    for clause in _ZH_CLAUSE_SPLIT_RE.split(folded):
        clause = clause.strip(" 。！？!?；;")
        if _ZH_FIRST_PERSON_RE.search(clause):
            subject_is_me = not _ZH_HYPOTHETICAL_RE.search(clause)
        elif _ZH_OTHER_SUBJECT_RE.match(clause):
            subject_is_me = False
        # A clause without a subject continues the last one (Chinese drops repeated subjects).
        if subject_is_me and _long_enough(clause) and not (affirmed_only and _ZH_NEGATED_RE.search(clause)):
            clauses.add(clause)
    return clauses


def _long_enough(clause: str) -> bool:
    han = len(_HAN_RE.findall(clause))
    if han >= _ZH_CLAUSE_MIN_CHARS:
        return True
    return han + _LATIN_WORD_IN_CLAUSE_CHARS * len(_LATIN_WORD_RE.findall(clause)) >= _ZH_CLAUSE_MIN_CHARS
