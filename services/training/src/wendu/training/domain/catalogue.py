"""The built-in starter catalogue: short courses in zh and en, each tagged with the competencies it trains.

It covers the eight competencies of the library, at least two courses each, so every weakness
has a suggestion. A course's first tag is its main competency. URLs are paths relative to the
tenant's learning portal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wendu.core.errors import InvalidArgument
from wendu.training.domain.model import Course, LocalizedText

COMPETENCY_IDS = (
    "communication",
    "problem_solving",
    "teamwork",
    "leadership",
    "learning_agility",
    "customer_focus",
    "resilience",
    "data_driven",
)


def _course(course_id: str, title: tuple[str, str], summary: tuple[str, str], *competency_ids: str) -> Course:
    return Course(
        course_id=course_id,
        title=LocalizedText(zh=title[0], en=title[1]),
        summary=LocalizedText(zh=summary[0], en=summary[1]),
        competency_ids=competency_ids,
        url=f"courses/{course_id}",
    )


STARTER_CATALOGUE: tuple[Course, ...] = (
    _course(
        "star-storytelling",
        ("用 STAR 讲好一段经历", "Telling an experience with STAR"),
        (
            "用情境、任务、行动、结果四步，把一段经历讲得清楚、完整、可信。",
            "Use situation, task, action and result to tell an experience clearly, completely and credibly.",
        ),
        "communication",
    ),
    _course(
        "structured-speaking",
        ("结构化表达：结论先行", "Structured speaking: lead with the point"),
        (
            "先说结论再给理由，让听的人一分钟内抓住重点。",
            "State the point first, then the reasons, so listeners get it within a minute.",
        ),
        "communication",
    ),
    _course(
        "quantify-your-impact",
        ("量化你的成果", "Quantifying your impact"),
        (
            "把“做了很多”变成“提升了 30%”：找到能说明成果的数字。",
            'Turn "did a lot" into "raised it by 30%": find the numbers that show your results.',
        ),
        "data_driven",
        "communication",
    ),
    _course(
        "problem-framing",
        ("先定义问题，再解决问题", "Frame the problem before solving it"),
        (
            "拆解问题、区分现象与原因，在动手之前想清楚要解决什么。",
            "Break a problem down and separate symptoms from causes before you start fixing it.",
        ),
        "problem_solving",
    ),
    _course(
        "root-cause-analysis",
        ("根因分析实战", "Root-cause analysis in practice"),
        (
            "用“五个为什么”和鱼骨图找到问题的根本原因，并用数据验证。",
            "Find the root cause with five whys and fishbone diagrams, and check it with data.",
        ),
        "problem_solving",
        "data_driven",
    ),
    _course(
        "working-across-teams",
        ("跨团队协作", "Working across teams"),
        (
            "对齐目标、分清职责、及时同步，让不同团队朝同一个方向努力。",
            "Align goals, clarify who owns what and keep everyone informed across teams.",
        ),
        "teamwork",
        "communication",
    ),
    _course(
        "feedback-conversations",
        ("给予与接受反馈", "Giving and receiving feedback"),
        (
            "用具体、善意、可执行的方式给出反馈，也坦然接受别人的反馈。",
            "Give feedback that is specific, kind and actionable, and take feedback with an open mind.",
        ),
        "teamwork",
        "leadership",
    ),
    _course(
        "leading-without-authority",
        ("非职权影响力", "Leading without authority"),
        (
            "没有正式头衔时，如何凝聚共识、推动团队前进。",
            "How to build agreement and move a team forward without a formal title.",
        ),
        "leadership",
    ),
    _course(
        "decisions-under-uncertainty",
        ("不确定情况下做关键决策", "Making the key call under uncertainty"),
        (
            "信息不全时如何权衡取舍、做出决定，并为结果负责。",
            "Weigh trade-offs, decide with incomplete information and own the outcome.",
        ),
        "leadership",
        "problem_solving",
    ),
    _course(
        "learning-how-to-learn",
        ("学会学习", "Learning how to learn"),
        (
            "快速进入陌生领域的方法：拆解技能、刻意练习、寻求反馈。",
            "Get up to speed in a new field: break skills down, practise deliberately, seek feedback.",
        ),
        "learning_agility",
    ),
    _course(
        "project-retrospectives",
        ("项目复盘：从经历中学习", "Project retrospectives: learning from experience"),
        (
            "每个项目结束后问三个问题：什么做得好、什么可以更好、下次怎么做。",
            "After each project ask: what went well, what could be better, what will I do next time.",
        ),
        "learning_agility",
        "resilience",
    ),
    _course(
        "understanding-customer-needs",
        ("理解客户需求", "Understanding customer needs"),
        (
            "通过提问和倾听找到客户真正要解决的问题。",
            "Find the problem customers really need solved by asking and listening.",
        ),
        "customer_focus",
    ),
    _course(
        "turning-complaints-into-trust",
        ("把投诉变成信任", "Turning a complaint into trust"),
        (
            "冷静回应不满的客户，解决问题并赢回信任。",
            "Respond calmly to an unhappy customer, fix the problem and win back their trust.",
        ),
        "customer_focus",
        "resilience",
    ),
    _course(
        "pressure-and-setbacks",
        ("应对压力与挫折", "Handling pressure and setbacks"),
        (
            "在压力下保持节奏，把挫折变成下一步的行动计划。",
            "Keep your pace under pressure and turn a setback into a plan for the next step.",
        ),
        "resilience",
    ),
    _course(
        "metrics-that-matter",
        ("选对衡量指标", "Choosing metrics that matter"),
        (
            "为目标选择合适的指标，避免只看好看的数字。",
            "Pick metrics that track the goal, not the ones that merely look good.",
        ),
        "data_driven",
    ),
    _course(
        "experiment-basics",
        ("A/B 实验入门", "A/B experiment basics"),
        (
            "设计一个简单的对照实验，用数据而不是直觉做决定。",
            "Design a simple controlled experiment and decide with data rather than gut feeling.",
        ),
        "data_driven",
        "problem_solving",
    ),
)


class CourseCatalogue:
    """Read access to a set of courses, in their catalogue order."""

    def __init__(self, courses: Sequence[Course] = STARTER_CATALOGUE) -> None:
        self._courses = tuple(courses)

    def all(self) -> tuple[Course, ...]:
        return self._courses

    def for_competency(self, competency_id: str) -> tuple[Course, ...]:
        """Courses that train the competency: those whose main competency it is first."""
        tagged = [c for c in self._courses if c.trains(competency_id)]
        return tuple(sorted(tagged, key=lambda c: c.competency_ids.index(competency_id)))


COURSE_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
MAX_TITLE_CHARS = 200
MAX_SUMMARY_CHARS = 2000
MAX_URL_CHARS = 500
_STARTER_IDS = frozenset(c.course_id for c in STARTER_CATALOGUE)


def new_tenant_course(
    course_id: str, title: LocalizedText, summary: LocalizedText, competency_ids: Sequence[str], url: str
) -> Course:
    """A tenant's course, validated: both languages, known competencies, an id free of the starter's."""
    course_id = course_id.strip()
    if not COURSE_ID_PATTERN.match(course_id):
        raise InvalidArgument("course_id", "must be 2-63 characters of lowercase letters, digits and '-'")
    if course_id in _STARTER_IDS:
        raise InvalidArgument("course_id", f"{course_id!r} is a starter course id")
    for field, text, limit in (("title", title, MAX_TITLE_CHARS), ("summary", summary, MAX_SUMMARY_CHARS)):
        for language, value in (("zh", text.zh), ("en", text.en)):
            if field == "title" and not value.strip():
                raise InvalidArgument(f"{field}.{language}", "must not be empty: candidates read courses in zh and en")
            if len(value) > limit:
                raise InvalidArgument(f"{field}.{language}", f"must be at most {limit} characters")
    cleaned = tuple(dict.fromkeys(c.strip() for c in competency_ids))
    if not cleaned or "" in cleaned:
        raise InvalidArgument("competency_ids", "must name at least one competency, none empty")
    unknown = [c for c in cleaned if c not in COMPETENCY_IDS]
    if unknown:
        raise InvalidArgument("competency_ids", f"unknown competencies {unknown}")
    if len(url) > MAX_URL_CHARS:
        raise InvalidArgument("url", f"must be at most {MAX_URL_CHARS} characters")
    return Course(
        course_id=course_id,
        title=LocalizedText(zh=title.zh.strip(), en=title.en.strip()),
        summary=LocalizedText(zh=summary.zh.strip(), en=summary.en.strip()),
        competency_ids=cleaned,
        url=url.strip() or f"courses/{course_id}",
    )
