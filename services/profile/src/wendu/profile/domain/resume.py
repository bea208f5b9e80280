"""A local, deterministic résumé extractor for plain text in Chinese and English.

It finds what an interviewer would pick up on a first read: skills from a lexicon, named projects,
work-experience lines (employer, role, period where recognisable) and signals such as "founder"
or "career switcher". It needs no network and explains itself: every fact comes from a pattern
in this module or in :mod:`wendu.profile.domain.lexicon`. Résumés often mix both languages, so
every pattern runs on every résumé.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TypeVar

from wendu.profile.domain.lexicon import (
    ASPIRATION_WORDS,
    CAREER_BREAK_WORDS,
    CREDENTIAL_WORDS,
    DEGREE_LEVELS,
    DEGREE_WORDS,
    FUNCTION_FAMILIES,
    INDUSTRIES,
    INDUSTRY_LABEL,
    INSTITUTION_WORDS,
    MANAGEMENT_WORDS,
    NOTABLE_WORDS,
    OBJECTIVE_LABEL,
    ORGANISATION_WORDS,
    RELATED_FAMILIES,
    ROLE_WORDS,
    SIDE_ROLE_WORDS,
    SKILLS,
    bounded,
)
from wendu.profile.domain.model import CareerGap, Education, ResumeFacts, Signal, WorkExperience

MAX_SKILLS = 50
MAX_PROJECTS = 20
MAX_EXPERIENCE = 20
MAX_EDUCATION = 10
# A shorter pause between jobs (notice periods, a summer) is not worth asking about.
MIN_CAREER_GAP_MONTHS = 6
MAX_INDUSTRY_CHARS = 40
MAX_NAME_CHARS = 80
# Longer "experience" lines are sentences that merely mention dates.
MAX_EXPERIENCE_LINE_CHARS = 120

_T = TypeVar("_T")


class Section(enum.Enum):
    """The résumé section a line sits in, when the résumé has headings."""

    UNKNOWN = "unknown"
    WORK = "work"
    PROJECTS = "projects"
    EDUCATION = "education"
    # Certificates, licences, courses and training: evidence of a field, not of work done in it.
    CERTIFICATES = "certificates"
    # The role the candidate wants ("Objective", "求职意向"): an aim, not a fact of the career.
    OBJECTIVE = "objective"
    OTHER = "other"


_SECTION_HEADINGS: tuple[tuple[Section, str], ...] = (
    (
        Section.EDUCATION,
        r"education(?:al\s+background)?(?:\s*(?:&|and)\s*(?:training|certifications?|courses))?"
        r"|academic\s+background|教育背景|教育经历|学历",
    ),
    (
        Section.WORK,
        r"(?:work|professional|employment|career|internship)\s+(?:experience|history)|experience|employment"
        r"|internships?|工作经历|工作经验|实习经历|实习经验|职业经历|任职经历|工作履历",
    ),
    (
        Section.PROJECTS,
        r"(?:(?:selected|key|personal|side|academic|research|course|notable|major|relevant|featured"
        r"|open[- ]source)\s+)?projects?(?:\s+experience)?"
        r"|portfolio|selected\s+works?|works"
        r"|项目经历|项目经验|项目介绍|主要项目|代表项目|个人项目|科研项目|参与项目|开源项目|作品集|个人作品|作品展示|项目",
    ),
    (
        Section.CERTIFICATES,
        r"certifications?|certificates?|licen[cs]es?(?:\s*(?:&|and)\s*certifications?)?"
        r"|(?:courses?|training)(?:\s*(?:&|and)\s*certific(?:ates?|ations?))?"
        r"|certific(?:ates?|ations?)\s*(?:&|and)\s*(?:courses?|training)|professional\s+development"
        r"|证书|资格证书|技能证书|证书与培训|培训经历|培训经验|所获证书|资质证书|培训",
    ),
    (Section.OBJECTIVE, r"(?:career\s+)?objective|求职意向|求职目标|职业目标"),
    (
        Section.OTHER,
        r"(?:technical\s+)?skills|summary|profile|about\s+me|awards|languages|interests"
        # Not "Career break" nor "职业间隔": résumés list a break among the jobs, with more jobs after it.
        r"|专业技能|技能特长|技能|自我评价|个人简介|个人总结|获奖情况|荣誉奖项|兴趣爱好",
    ),
)
_HEADING_PART = re.compile(
    "^(?:" + "|".join(f"(?P<{s.value}>{p})" for s, p in _SECTION_HEADINGS) + ")$",
    re.IGNORECASE,
)
# Templates decorate headings: "## Projects", "■ 项目经历", "三、项目经历", "【项目经历】", "Projects:".
_HEADING_NUMBERING = re.compile(r"^[#*\s■□◆◇▌▍|=>]*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\d{1,2}\s*[.、)])?\s*")
_HEADING_FRAME = "【】[]<>「」*#:=| \t"
# A bilingual heading names its section twice: "项目经历 Projects", "工作经历 / Work Experience".
_HEADING_LANGUAGES = re.compile(r"\s*[/|]\s*|(?<=[\u4e00-\u9fff])\s*(?=[A-Za-z])|(?<=[A-Za-z])\s*(?=[\u4e00-\u9fff])")
MAX_HEADING_CHARS = 40

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "–", "\u2015": "—", "\u2212": "–"})

_BULLET = re.compile(r"^\s*(?:[-*•·▪●○◆■]|\d{1,2}[.)、])\s+")

# --- periods -----------------------------------------------------------------------------------
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = (
    rf"(?:{_MONTH}\.?\s+|\d{{1,2}}\s*/\s*)?"  # "Mar 2019", "03/2019"
    r"(?:19|20)\d{2}"
    r"(?:\s*[./\-年]\s*\d{1,2}(?!\d)(?:\s*月)?)?"  # "2019.03", "2019-3", "2019年3月"
)
_OPEN_END = r"present|now|current|today|date|至今|现在|目前|今"
_PERIOD = re.compile(
    rf"(?P<period>(?P<start>{_DATE})\s*(?:-|–|—|~|至|到|to|until|→)\s*(?P<end>{_DATE}|{_OPEN_END}))",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_NAMED_MONTH = re.compile(rf"(?P<month>{_MONTH})\.?\s+(?P<year>(?:19|20)\d{{2}})", re.IGNORECASE)
_NUMERIC_MONTH_FIRST = re.compile(r"(?P<month>\d{1,2})\s*/\s*(?P<year>(?:19|20)\d{2})")
_YEAR_FIRST = re.compile(r"(?P<year>(?:19|20)\d{2})(?:\s*[./\-年]\s*(?P<month>\d{1,2})(?!\d))?")

# --- projects ----------------------------------------------------------------------------------
_PROJECT_LABEL_LINE = re.compile(
    r"^\s*(?:[-*•·▪●○◆■]\s*)?(?:\*\*)?(?:project(?:\s+name)?|项目名称|项目)(?:\s*[一二三四五六七八九十\d]{1,2})?"
    r"(?:\*\*)?\s*:\s*(?P<name>.+?)\s*$",
    re.IGNORECASE,
)
_QUOTE_PAIRS = {"“": "”", '"': '"', "「": "」", "『": "』", "《": "》", "‘": "’", "**": "**"}
# Three groups: opening mark, name, closing mark. The pair is checked in code (a regex cannot).
_QUOTED = r"([“\"「『《‘]|\*\*)([^“”\"「」『』《》‘’*\n]{1,60})([”\"」』》’]|\*\*)"
_QUOTED_PROJECT = re.compile(
    rf"\bproject\s+(?:(?:called|named|titled)\s+)?{_QUOTED}"
    rf"|{_QUOTED}\s+project\b"
    rf"|项目\s*(?:名为|名称为|叫做?)?\s*{_QUOTED}"
    # "“星火计划”项目", "“双十一”大促项目"
    rf"|{_QUOTED}\s*[\u4e00-\u9fff]{{0,4}}项目",
    re.IGNORECASE,
)
# Where a project title stops and its description (dates, role, summary) begins.
_NAME_END = re.compile(r"\s+[|/]\s+|\s+[-–—]\s+|\s*[(\[【,;。]|\s{2,}|\t")
# In a projects section, lines like these describe the project above them; they do not name one.
_PROJECT_DETAIL_LABEL = re.compile(
    r"^(?:项目)?(?:描述|简介|职责|内容|角色|成果|业绩|技术栈|技术|工具|环境|背景|主要工作|个人职责|责任描述|工作内容)\s*:"
    r"|^(?:my\s+)?(?:role|responsibilit(?:y|ies)|description|summary|tech(?:nolog(?:y|ies)|\s+stack)?|stack|tools"
    r"|outcomes?|results?|impact|contributions?)\s*:",
    re.IGNORECASE,
)
# "Open-source: kafka-replay, ...", "课程设计：...": the kind of project, then its name.
_PROJECT_KIND_LABEL = re.compile(
    r"^(?:open[- ]source|personal|side|course|capstone|hackathon|academic|research|thesis"
    r"|开源|个人|课程设计|课程|毕业设计|科研)(?:\s*(?:project|项目))?\s*:\s*",
    re.IGNORECASE,
)
# A project description line, not a title, starts with what the candidate did.
_DESCRIPTION_START = re.compile(
    r"^(?:负责|参与|主导|使用|利用|基于|通过|完成|带领|搭建|实现|独立|协助|采用|设计并|开发了|针对|对接|优化|用户|该项目|项目采用"
    r"|(?:led|built|designed|developed|created|implemented|worked|responsible|managed|used|using|wrote|helped"
    r"|owned|shipped|launched|ran|analy[sz]ed|improved|reduced|increased|this|the\s+project)\b)",
    re.IGNORECASE,
)
# "一、云台增稳算法移植", "(2) Offline sync": the number of an item, not part of its name.
_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.)]\s*|^[(][一二三四五六七八九十\d]{1,2}[)]\s*"
)
MAX_TITLE_CHARS = 40
MAX_TITLE_WORDS = 7

# --- experience --------------------------------------------------------------------------------
_SEGMENT_SEPARATORS = re.compile(r"\s*[|,;·•]\s*|\s*、\s*|\s+[-–—/]\s+|\s{2,}|\t")
_ROLE_AT_EMPLOYER = re.compile(r"^(?P<role>.+?)\s+(?:at|@)\s+(?P<employer>.+)$", re.IGNORECASE)
_ZH_EMPLOYER_ROLE = re.compile(r"^(?:在|于|就职于)\s*(?P<employer>.+?)\s*(?:担任|任职|任|做)\s*(?P<role>.+)$")
# Chinese fields are often separated by one space: "字节跳动 数据分析师", "阿里巴巴 Product Manager".
_SPACE_NEXT_TO_HAN = re.compile(r"(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])")
_EMPTY_BRACKETS = re.compile(r"[(\[【]\s*[)\]】]")
_DEGREE_IN_MAJOR = re.compile(
    r"^(?P<degree>[A-Za-z.' ]{2,30}?)\s+(?:in|of)\s+(?P<major>[^,|]+?)\s*,\s*(?P<institution>.+)$", re.IGNORECASE
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_QUOTE_MARKS = re.compile(r"[“”\"「」『』《》‘’]|\*\*")
_TRIM = " \t-–—|/,;:()[]【】*·•&"
# Trimmed from an employer's name: _TRIM without the brackets, which are balanced separately.
_NAME_TRIM = " \t-–—|/,;:*·•&"
# "HubSpot, Inc.", "Zhiqing Tech (Beijing) Co., Ltd.": a comma before these is inside the name.
_LEGAL_SUFFIX = re.compile(
    r"(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|s\.?a|b\.?v|n\.?v|pty|limited|l\.?p)(?![A-Za-z])\.?", re.IGNORECASE
)
# Words that end with a period without ending a sentence: "Brightpath Inc. ", "No. 2 High School".
_ABBREVIATIONS = frozenset(
    {"inc", "ltd", "co", "corp", "no", "st", "dr", "mt", "jr", "sr", "bros", "intl", "dept", "ste", "ave", "univ"}
)
_SENTENCE_END = re.compile(r"\.\s+|[。;；!?！？]")
_OPENING_BRACKETS = "([【"
_CLOSING_BRACKETS = ")]】"
_TRAILING_GROUP = re.compile(r"\s*[(\[【][^()\[\]【】]*[)\]】]$")

# --- signals -----------------------------------------------------------------------------------
_EN_COUNT = r"\d+\+?|a\s+dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty"
_ZH_COUNT = r"\d+\+?|[一二两三四五六七八九十百千几数]+"
_PEOPLE = (
    r"people|persons|staff|employees|(?:direct\s+)?reports|(?:team\s+)?members|engineers|developers|analysts"
    r"|designers|researchers|scientists|interns|consultants|managers|specialists|associates|salespeople"
    r"|sales\s+reps|agents|operators|workers|volunteers|teachers|nurses|editors|writers|testers|marketers"
    r"|executives|representatives|reps|recruiters|clerks|cashiers|technicians|officers|pharmacists|clinicians"
    r"|doctors|physicians|therapists|guards|soldiers|marines|drivers|chefs|cooks|lawyers|attorneys|paralegals"
    r"|accountants|auditors|assistants|tutors|coaches|trainers|instructors|reporters|journalists"
)
_LEAD_VERB = (
    r"led|lead|leads|leading|managed|managing|manages|manage|supervised|supervising|supervises|supervise"
    r"|headed|heads|oversaw|oversee|oversees|directed|directs|ran|runs|built\s+and\s+led"
)

_FOUNDER_WORDS = re.compile(
    # "a company founded in 2010" is about the employer, not the candidate.
    bounded(r"co-?\s?founded", r"co-?\s?founders?", r"founder", r"founded(?!\s+(?:in|by|on|at)\b|\s*\d)")
    + r"|\b(?:started|launched|ran|opened|set\s+up)\s+my\s+own\s+(?:[\w-]+\s+)?[\w-]+"
    # "Started and ran a bakery": a business of one's own; "opened a new store" for an employer is not.
    + r"|\b(?:started|set\s+up)\s+(?:and\s+ran\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:company|business|startup|firm|agency|studio|shop|bakery|restaurant|caf[eé]|pharmacy|clinic|practice|salon"
    r"|consultancy)\b" + r"|联合创始人|创始人|自主创业|自己开(?:了)?(?:一家|一个)|(?:创办|创立)(?!于)",
    re.IGNORECASE,
)

_SIGNAL_PATTERNS: tuple[tuple[Signal, re.Pattern[str]], ...] = (
    (Signal.FOUNDER, _FOUNDER_WORDS),
    (
        Signal.LED_PEOPLE,
        re.compile(
            rf"\b(?:{_LEAD_VERB})\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}(?:team|group|squad|department|staff|crew|unit|platoon|newsroom|workforce)\s+of\s+(?:{_EN_COUNT})\b"
            rf"|\b(?:{_LEAD_VERB}|mentored|coached)\s+(?:{_EN_COUNT})\s+(?:[\w-]+\s+){{0,2}}(?:{_PEOPLE})\b"
            rf"|\b(?:led|managed|headed)\s+(?:a|the|my|our)\s+(?:[\w-]+\s+){{0,2}}team\b"
            r"|\bteam\s+(?:lead|leader)\b|\bpeople\s+manage(?:r|ment)\b|\bdirect\s+reports\b"
            # "在导师的带领下" is being led, not leading.
            r"|带领(?!下)|率领(?!下)|带团队|团队负责人"
            # "管理28名护士", "管理3家门店共25名店员": a head count under "管理" in one clause.
            rf"|管理[^,;。:]{{0,12}}?(?<![\d.])(?:{_ZH_COUNT})\s*(?:余|多)?\s*(?:人|名|位)",
            re.IGNORECASE,
        ),
    ),
    (
        Signal.DATA_WORK,
        re.compile(
            bounded(
                r"sql",
                r"a/?b\s*test(?:s|ing|ed)?",
                r"data\s+analy(?:sis|tics|st|sts)",
                r"data[\s-]driven",
                r"analy[sz](?:ed|ing|e)\s+(?:[\w-]+\s+){0,3}data",
                r"tableau",
                r"power\s*bi",
                r"pandas",
                # "Built Tableau dashboards", not "own the merchant dashboard" (a product's screen).
                r"(?:built|created|designed|developed|maintained|automated)\s+(?:[\w-]+\s+){0,4}dashboards?",
                r"(?:predictive|forecasting|regression|churn|propensity|scoring|risk)\s+models?",
                r"scorecards?",
            )
            + r"|a/?b\s*(?:测试|实验)|数据分析|数据驱动|数据挖掘|数据可视化|数据建模|指标体系"
            r"|(?:搭建|建立|设计|开发|制作|维护)[^,;。]{0,10}?看板|评分卡|(?:预测|分类|回归|风控|推荐|召回|排序|定价|评分)模型"
            r"|分析(?:了)?[\u4e00-\u9fffA-Za-z]{0,10}数据",
            re.IGNORECASE,
        ),
    ),
)


# Where career-switch sentences say what the candidate left and what they went to.
_EN_SWITCH_FROM_TO = re.compile(
    r"\b(?:switched|transitioned|pivoted|changed)\s+(?:my\s+)?(?:careers?\s+)?from\s+(?P<origin>[^.\n;]{1,80}?)"
    r"\s+(?:to|into)\s+(?P<target>[^.\n;,]{1,60})",
    re.IGNORECASE,
)
_EN_SWITCH_INTO = re.compile(
    r"\b(?:transition(?:ed|ing)?|pivot(?:ed|ing)?|mov(?:e|ed|ing)|switch(?:ed|ing)?|break(?:ing)?|broke)"
    r"\s+into\s+(?P<target>[^.\n;,]{1,60})",
    re.IGNORECASE,
)
_ZH_SWITCH = re.compile(
    r"(?:从(?P<origin>[^,;。:\n]{1,20}?))?"
    r"(?:转行|转岗|跨行|跨界|(?:希望|计划|想|决定|寻求)转向"
    # "数字化转型" (digital transformation) is about a company; only a person turns into a role.
    r"|(?<!数字化)(?<!企业)(?<!业务)(?<!公司)(?<!产业)(?<!战略)(?<!组织)(?<!平台)(?<!团队)(?<!渠道)"
    r"转型(?=为|成为|做|从事|进入|到))"
    r"(?:为|成为|做|从事|进入|到|至)?(?P<target>[^,;。:\n]{0,20})"
)
# Saying so, with nothing to compare: "career changer", "I changed careers", "职业转型".
_CAREER_CHANGE_WORDS = re.compile(
    r"\bcareer\s+(?:change|changer|switch|switcher|transition|pivot)\b|\bchanged\s+careers?\b|职业转型",
    re.IGNORECASE,
)
# Clauses, for telling what a candidate did from what they aim at or were certified in.
_CLAUSE_END = re.compile(r"[。;；!?！？,，\n]|\.(?=\s|$)")


@dataclass(frozen=True)
class _Line:
    text: str
    section: Section


def extract_resume(text: str) -> ResumeFacts:
    """Read ``text`` (a plain-text résumé, Chinese, English or both) into :class:`ResumeFacts`."""
    normalised = _normalise(text)
    lines = list(_lines_with_sections(normalised))
    projects = list(_projects(lines))
    experience = _first(_experience(lines), MAX_EXPERIENCE)
    gaps = _career_gaps(experience)
    notable = _first((name for name, block in projects if NOTABLE_WORDS.search(block)), MAX_PROJECTS)
    evidence = _evidence_of_work(lines)
    found = {
        signal
        for signal, pattern in _SIGNAL_PATTERNS
        # What one did counts, not what one aims at or holds a certificate in ("求职意向：数据分析师").
        if pattern.search(evidence if signal in (Signal.DATA_WORK, Signal.LED_PEOPLE) else normalised)
    }
    if _is_career_switch(normalised, lines, experience):
        found.add(Signal.CAREER_SWITCHER)
    if gaps or CAREER_BREAK_WORDS.search(normalised):
        found.add(Signal.CAREER_GAP)
    if notable:
        found.add(Signal.NOTABLE_PROJECT)
    return ResumeFacts(
        skills=_first(_skills(normalised), MAX_SKILLS),
        project_names=_first((name for name, _ in projects), MAX_PROJECTS),
        experience=experience,
        signals=tuple(signal for signal in Signal if signal in found),
        education=_first(_education(lines), MAX_EDUCATION),
        career_gaps=gaps,
        notable_project_names=notable,
    )


def _normalise(text: str) -> str:
    # NFKC folds full-width forms ("：", "Ｐｙｔｈｏｎ", "（") into ASCII, so one pattern reads both.
    normalised = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    # PDF text layers spell the dash of "2019 – 2021" in many ways (figure dash, minus, ...).
    return normalised.translate(_DASHES)


def _lines_with_sections(text: str) -> Iterator[_Line]:
    section = Section.UNKNOWN
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        heading = _heading(line)
        if heading is not None:
            section = heading
            continue
        yield _Line(line, section)


def _heading(line: str) -> Section | None:
    """The section ``line`` opens, when it is a heading: alone on its line, maybe decorated or bilingual."""
    core = _HEADING_NUMBERING.sub("", line).strip(_HEADING_FRAME)
    if not core or len(core) > MAX_HEADING_CHARS:
        return None
    sections = []
    for part in _HEADING_LANGUAGES.split(core):
        matched = _HEADING_PART.match(part.strip(_HEADING_FRAME))
        if matched is None:
            return None
        sections.append(Section(next(name for name, value in matched.groupdict().items() if value)))
    return sections[0] if sections else None


def _skills(text: str) -> Iterator[str]:
    """Skills in the order the résumé first mentions them."""
    found = [(match.start(), term.name) for term in SKILLS if (match := term.pattern.search(text))]
    for _, name in sorted(found):
        yield name


def _projects(lines: list[_Line]) -> Iterator[tuple[str, str]]:
    """Named projects, each with the text that describes it: its line and the bullets under it."""
    titled = False  # whether the projects section at hand has named a project on a line of its own
    for index, line in enumerate(lines):
        if line.section is not Section.PROJECTS or (index and lines[index - 1].section is not Section.PROJECTS):
            titled = False
        names = list(_project_names_on(line))
        if not names and line.section is Section.PROJECTS:
            # Under a projects heading a short line of its own names a project ("云音乐实时推荐引擎",
            # "Ledger v2 — double-entry ledger"); so does a bullet when the section is a plain list.
            title = _project_title(line) if not (titled and _BULLET.match(line.text)) else ""
            names = [title] if title else []
        if names:
            titled = titled or not _BULLET.match(line.text)
            block = " ".join([line.text, *(other.text for other in _bullets_after(lines, index))])
            for name in names:
                yield name, block


def _project_title(line: _Line) -> str:
    text = _BULLET.sub("", line.text).strip()
    if not text or _PROJECT_DETAIL_LABEL.match(text) or _DESCRIPTION_START.match(text):
        return ""
    if (text[0].islower() and " " in text) or text.endswith(("。", ".", "；", ";")):
        # A sentence, or the wrapped tail of the line above it ("internal hackathon" in a PDF); a
        # lower-case name is one word ("go-ratelimit").
        return ""
    # "Churn Radar: a churn-prediction model": the name, then what it is.
    name = _clean_name(_PROJECT_KIND_LABEL.sub("", _ENUMERATOR.sub("", text)).split(":", 1)[0])
    if len(name) > MAX_TITLE_CHARS or len(name.split()) > MAX_TITLE_WORDS or _PERIOD.search(name):
        return ""
    return name


def _bullets_after(lines: list[_Line], index: int) -> Iterator[_Line]:
    for line in lines[index + 1 :]:
        if line.section is not lines[index].section or not _BULLET.match(line.text):
            return
        yield line


def _project_names_on(line: _Line) -> Iterator[str]:
    labelled = _PROJECT_LABEL_LINE.match(line.text)
    if labelled:
        yield _clean_name(labelled.group("name"))
        return
    for match in _QUOTED_PROJECT.finditer(line.text):
        yield from _quoted_names(match)
    if line.section is Section.PROJECTS and _PERIOD.search(line.text):
        # "2021.03-2021.09  用户流失预警系统  项目负责人": in a projects section, a dated line
        # names a project; its role is not the name.
        segments = _segments(_PERIOD.sub(" ", _BULLET.sub("", line.text)))
        names = [s for s in segments if not ROLE_WORDS.search(s)]
        if names:
            yield _clean_name(names[0])


def _quoted_names(match: re.Match[str]) -> Iterator[str]:
    # _QUOTED appears in four alternatives; only the one that matched has its groups set.
    for first in range(1, match.re.groups + 1, 3):
        opened, name, closed = match.group(first, first + 1, first + 2)
        if opened and _QUOTE_PAIRS.get(opened) == closed:
            yield name.strip()


def _clean_name(raw: str) -> str:
    name = _NAME_END.split(raw, maxsplit=1)[0]
    return _QUOTE_MARKS.sub("", name).strip(_TRIM)[:MAX_NAME_CHARS]


def _experience(lines: list[_Line]) -> Iterator[WorkExperience]:
    previous: _Line | None = None
    for index, line in enumerate(lines):
        period = _PERIOD.search(line.text)
        if period and line.section in (Section.UNKNOWN, Section.WORK):
            experience = _experience_line(line, period, previous)
            if experience is not None:
                yield replace(experience, industry=_industry(experience, _job_block(lines, index)))
        previous = line


def _job_block(lines: list[_Line], index: int) -> list[str]:
    """The lines describing the job dated at ``index``: up to the next dated line or heading."""
    block: list[str] = []
    for line in lines[index + 1 :]:
        if line.section is not lines[index].section or _PERIOD.search(line.text):
            break
        block.append(line.text)
    return block


def _industry(job: WorkExperience, block: list[str]) -> str:
    """The job's industry: as labelled under it ("Industry: ..."), else as its employer or description imply."""
    for text in block:
        labelled = INDUSTRY_LABEL.match(_BULLET.sub("", text))
        if labelled:
            label = labelled.group("industry")
            return _industry_named(label) or label.strip(_TRIM)[:MAX_INDUSTRY_CHARS]
    return _industry_named(job.employer) or _industry_named(" ".join([job.role, *block]))


def _industry_named(text: str) -> str:
    """The canonical industry whose words ``text`` mentions first (by position, then lexicon order)."""
    found = [
        (match.start(), order, term.name)
        for order, term in enumerate(INDUSTRIES)
        if (match := term.pattern.search(text))
    ]
    return min(found)[2] if found else ""


def _month(date_text: str) -> str:
    """ "Mar 2019", "03/2019", "2019.03", "2019年3月" as "2019-03"; a bare year as "2019"; "" if none."""
    for pattern in (_NAMED_MONTH, _NUMERIC_MONTH_FIRST, _YEAR_FIRST):
        match = pattern.search(date_text)
        if match:
            year, month = match.group("year"), match.group("month")
            if month is None:
                return year
            number = _MONTH_NUMBERS.get(month.lower().rstrip("."), 0) if month.isalpha() else int(month)
            return f"{year}-{number:02d}" if 1 <= number <= 12 else year
    return ""


def _month_index(month: str, *, at_end: bool) -> int | None:
    """Months since year 0; a bare year counts as January (a start) or December (an end)."""
    if not month:
        return None
    year, _, number = month.partition("-")
    return int(year) * 12 + (int(number) if number else (12 if at_end else 1)) - 1


def _format_month(index: int) -> str:
    return f"{index // 12}-{index % 12 + 1:02d}"


def _career_gaps(experience: Iterable[WorkExperience]) -> tuple[CareerGap, ...]:
    """Stretches of at least MIN_CAREER_GAP_MONTHS that no job covers, between the first job and the last.

    Internships cover time like any job, but the months between a student's internships are study,
    not a gap: only a stretch that ends after the first real job (not an internship or side job) started counts.
    """
    spans: list[tuple[int, float]] = []
    career_starts: float = float("inf")
    for job in experience:
        first_month = _month_index(job.start, at_end=False)
        if first_month is None:
            continue
        last_month = _month_index(job.end, at_end=True)
        # A job without an end date is current: it covers everything after its start.
        spans.append((first_month, float("inf") if last_month is None else last_month))
        if _is_founder(job) or not SIDE_ROLE_WORDS.search(job.role):
            career_starts = min(career_starts, first_month)
    gaps: list[CareerGap] = []
    covered_until: float | None = None
    for starts, ends in sorted(spans):
        if covered_until is not None and starts - covered_until - 1 >= MIN_CAREER_GAP_MONTHS and starts > career_starts:
            idle_from = int(covered_until) + 1
            gaps.append(
                CareerGap(start=_format_month(idle_from), end=_format_month(starts - 1), months=starts - idle_from)
            )
        covered_until = ends if covered_until is None else max(covered_until, ends)
    return tuple(gaps)


def _education(lines: list[_Line]) -> Iterator[Education]:
    for line in lines:
        if line.section is not Section.EDUCATION or not INSTITUTION_WORDS.search(line.text):
            continue
        period = _PERIOD.search(line.text)
        rest = line.text if period is None else line.text[: period.start()] + "  " + line.text[period.end() :]
        degree = next((name for name, pattern in DEGREE_LEVELS if pattern.search(rest)), "")
        rest = _BULLET.sub("", rest.strip())
        # "M.S. in Statistics, University of California, Berkeley": the institution keeps its comma.
        phrased = _DEGREE_IN_MAJOR.match(rest.split("|")[0].strip())
        if phrased and INSTITUTION_WORDS.search(phrased.group("institution")):
            institution, major = phrased.group("institution"), phrased.group("major")
        else:
            segments = _segments(_YEAR.sub(" ", rest))
            institution = next((s for s in segments if INSTITUTION_WORDS.search(s)), "")
            others = [s for s in segments if s != institution and not any(p.search(s) for _, p in DEGREE_LEVELS)]
            major = others[0] if others else ""
        yield Education(
            institution=institution.strip(_TRIM)[:MAX_NAME_CHARS],
            degree=degree,
            major=major.strip(_TRIM)[:MAX_NAME_CHARS],
            period=" ".join(period.group("period").split()) if period else "",
        )


def _experience_line(line: _Line, period: re.Match[str], previous: _Line | None) -> WorkExperience | None:
    is_bullet = bool(_BULLET.match(line.text))
    rest = _EMPTY_BRACKETS.sub("  ", line.text[: period.start()] + "  " + line.text[period.end() :])
    rest = _BULLET.sub("", rest.strip()).strip(_TRIM)
    if not rest and previous is not None and previous.section is line.section and not _BULLET.match(previous.text):
        # "Acme Corp, Senior Analyst" on one line and "Jan 2019 – Present" on the next.
        rest = previous.text.strip(_TRIM)
    if not rest or len(rest) > MAX_EXPERIENCE_LINE_CHARS or DEGREE_WORDS.search(rest):
        return None
    if CAREER_BREAK_WORDS.search(rest):
        # "Career break, Jul 2020 – Mar 2021" is time away from work, not a job.
        return None
    if _PROJECT_LABEL_LINE.match(rest):
        return None
    period_text = " ".join(period.group("period").split())
    dates = {"start": _month(period.group("start")), "end": _month(period.group("end"))}
    explicit = _ROLE_AT_EMPLOYER.match(rest)
    if not (explicit and ROLE_WORDS.search(explicit.group("role"))):
        # "at" is a common word, so "X at Y" counts only when X reads as a job title; "在X担任Y" is
        # explicit enough on its own.
        explicit = _ZH_EMPLOYER_ROLE.match(rest)
    if explicit:
        return WorkExperience(
            employer=_employer_name(explicit.group("employer")),
            role=_clean_name(explicit.group("role")),
            period=period_text,
            **dates,
        )
    roles: list[str] = []
    employers: list[str] = []
    others: list[str] = []
    for segment in _segments(rest):
        # Titles end with the job noun ("Software Engineering Intern"), organisations with theirs
        # ("Lumen Software", "云帆科技有限公司"): the later match decides.
        role_end, organisation_end = _last_match_end(ROLE_WORDS, segment), _last_match_end(ORGANISATION_WORDS, segment)
        if organisation_end > role_end:
            employers.append(segment)
        elif role_end > organisation_end:
            roles.append(segment)
        else:
            others.append(segment)
    if is_bullet and not roles and not employers:
        # A dated bullet is usually an achievement ("- In 2019-2020 grew revenue 30%"), not a job.
        return None
    # An unrecognised first field is most often the employer ("美团  数据分析师", "Acme | Analyst").
    employer = _employer_name(next(iter(employers + others), ""))
    role = " / ".join(roles)
    if not employer and not role:
        return None
    return WorkExperience(employer=employer[:MAX_NAME_CHARS], role=role[:MAX_NAME_CHARS], period=period_text, **dates)


def _evidence_of_work(lines: list[_Line]) -> str:
    """The résumé without what the candidate aims at or is certified in: clauses that say what they did."""
    kept: list[str] = []
    for line in lines:
        if line.section in (Section.OBJECTIVE, Section.CERTIFICATES) or OBJECTIVE_LABEL.search(line.text):
            continue
        kept.extend(
            clause
            for clause in _CLAUSE_END.split(line.text)
            if not ASPIRATION_WORDS.search(clause) and not CREDENTIAL_WORDS.search(clause)
        )
    return "\n".join(kept)


def _family_of(text: str) -> str:
    """The line of work ``text`` names (lexicon.FUNCTION_FAMILIES); "" when it names none.

    The match that ends last wins, as a title ends with its head noun ("Marketing Data Analyst");
    of two ending together, the longer ("数据运营专员" is data work, not operations).
    """
    best: tuple[tuple[int, int], str] | None = None
    for family in FUNCTION_FAMILIES:
        for match in family.pattern.finditer(text):
            key = (match.end(), match.end() - match.start())
            if best is None or key > best[0]:
                best = (key, family.name)
    return best[1] if best else ""


def _unrelated(one: str, other: str) -> bool:
    return one != other and frozenset({one, other}) not in RELATED_FAMILIES


def _is_founder(job: WorkExperience) -> bool:
    return bool(_FOUNDER_WORDS.search(job.role))


def _career_families(experience: Iterable[WorkExperience]) -> list[str]:
    """The lines of work of the candidate's jobs, oldest first; internships, side jobs and founding left out."""
    dated = [
        (start, index, job)
        for index, job in enumerate(experience)
        if (start := _month_index(job.start, at_end=False)) is not None
    ]
    families = []
    # Résumés list the latest job first; among jobs of the same month, the later line is the older.
    for _, _, job in sorted(dated, key=lambda item: (item[0], -item[1])):
        family = _family_of(job.role) if not SIDE_ROLE_WORDS.search(job.role) else ""
        if family:
            families.append(family)
    return families


def _is_career_switch(text: str, lines: list[_Line], experience: Iterable[WorkExperience]) -> bool:
    """Whether the candidate changed, or is changing, their line of work.

    Any of: they say so (and what they moved to is not the field they left, nor leading it); two
    jobs in a row are in unrelated lines of work; the role they aim at is not the line of their
    current job; or they hold a certificate or took a course in a line none of their jobs was in.
    A promotion ("Software Engineer" to "Engineering Manager", "招聘专员" to "HRBP经理") stays in
    one line of work, so it is never a switch; neither are internships before a first job.
    """
    families = _career_families(experience)
    if _CAREER_CHANGE_WORDS.search(text) or any(
        _stated_switch(match.group("origin"), match.group("target"), families)
        for pattern in (_EN_SWITCH_FROM_TO, _ZH_SWITCH)
        for match in pattern.finditer(text)
    ):
        return True
    # "moved into" is a career move only when what follows is a line of work ("moved into data
    # science", not "moved into a new flat").
    if any(
        _family_of(match.group("target")) and _stated_switch(None, match.group("target"), families)
        for match in _EN_SWITCH_INTO.finditer(text)
    ):
        return True
    if any(_unrelated(older, newer) for older, newer in pairwise(families)):
        return True
    if not families:
        # No job to compare with: a student's target role or certificate is a start, not a switch.
        return False
    current = families[-1]
    targets = (_family_of(_clean_name(target)) for target in _targets(lines))
    if any(target and _unrelated(target, current) for target in targets):
        return True
    credentials = (_family_of(line.text) for line in lines if _is_credential(line))
    return any(field and all(_unrelated(field, family) for family in families) for field in credentials)


def _stated_switch(origin: str | None, target: str, families: list[str]) -> bool:
    """Whether "from ``origin`` to ``target``" (``origin`` None when unsaid) is a change of line of work."""
    target_family = _family_of(target)
    origin_family = _family_of(origin) if origin else ""
    if MANAGEMENT_WORDS.search(target) and target_family in ("", origin_family):
        # "转型为技术管理", "transitioned from senior engineer to engineering manager": leading one's field.
        return False
    if origin_family and target_family:
        return _unrelated(origin_family, target_family)
    if not origin and target_family and families:
        # "moved into data science": a change unless every job was in that line already.
        return any(_unrelated(target_family, family) for family in families)
    return True


def _targets(lines: list[_Line]) -> Iterator[str]:
    """The roles the candidate aims at: "Objective: ...", "求职意向：...", or the line under such a heading."""
    for line in lines:
        labelled = OBJECTIVE_LABEL.search(line.text)
        if labelled:
            yield labelled.group("target")
        elif line.section is Section.OBJECTIVE:
            yield line.text


def _is_credential(line: _Line) -> bool:
    if line.section is Section.CERTIFICATES:
        return True
    return line.section is not Section.OBJECTIVE and bool(CREDENTIAL_WORDS.search(line.text))


def _last_match_end(pattern: re.Pattern[str], text: str) -> int:
    """Where the last match of ``pattern`` in ``text`` ends; 0 when there is none."""
    return max((match.end() for match in pattern.finditer(text)), default=0)


def _segments(text: str) -> list[str]:
    """Split a line into its fields, never inside brackets nor before a legal suffix ("HubSpot, Inc.")."""
    segments: list[str] = []
    # "Alibaba. Java developer on Taobao": a sentence end separates fields too.
    for sentence in _sentences(text):
        for part in _split_outside_brackets(_SEGMENT_SEPARATORS, sentence):
            pieces = _split_outside_brackets(_SPACE_NEXT_TO_HAN, part)
            segments.extend(piece.strip(_NAME_TRIM) for piece in pieces if piece.strip(_TRIM))
    return segments


def _split_outside_brackets(separator: re.Pattern[str], text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in separator.finditer(text):
        if _bracket_depth(text[: match.start()]) > 0:
            continue
        if "," in match.group() and _LEGAL_SUFFIX.match(text, match.end()):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def _bracket_depth(text: str) -> int:
    return sum(text.count(c) for c in _OPENING_BRACKETS) - sum(text.count(c) for c in _CLOSING_BRACKETS)


def _employer_name(raw: str) -> str:
    """An employer's name from the text after or around it, cut where the name ends.

    The name ends at a sentence end ("Alibaba. Java, Spring ..."), at a field separator outside
    brackets, or at a date. Brackets inside the name stay ("宝洁(中国)有限公司"); a bracketed note
    after it ("Zhiqing Tech (fintech, Series B)") describes the employer and goes; a bracket the
    line leaves open is never kept half.
    """
    name = _split_outside_brackets(_SEGMENT_SEPARATORS, _sentences(raw)[0])[0]
    year = _YEAR.search(name)
    if year:
        name = name[: year.start()]
    name = name.strip(_NAME_TRIM)
    while _TRAILING_GROUP.search(name) and not _TRAILING_GROUP.fullmatch(name):
        name = _TRAILING_GROUP.sub("", name).strip(_NAME_TRIM)
    if _bracket_depth(name) > 0:
        name = name[: max(name.rfind(c) for c in _OPENING_BRACKETS)].strip(_NAME_TRIM)
    return _QUOTE_MARKS.sub("", name).strip(_NAME_TRIM).strip("()[]【】 ")[:MAX_NAME_CHARS]


def _sentences(text: str) -> list[str]:
    """``text`` cut at its sentence ends; never empty."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith("."):
            word = re.search(r"([A-Za-z]+)$", text[: match.start()])
            if word is None or len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS:
                # "Brightpath Inc. ", "J. P. Morgan", "No. 2": a period that ends a word, not the sentence.
                continue
        sentences.append(text[start : match.start()])
        start = match.end()
    sentences.append(text[start:])
    return sentences


def _first(items: Iterable[_T], limit: int) -> tuple[_T, ...]:
    """Distinct items in first-seen order, at most ``limit``; strings compare case-insensitively."""
    seen: set[object] = set()
    result: list[_T] = []
    for item in items:
        key = item.casefold() if isinstance(item, str) else item
        if not item or key in seen:
            continue
        seen.add(key)
        result.append(item)
        if len(result) == limit:
            break
    return tuple(result)
