"""The interview guide: what a candidate should know before an interview for a position, in zh or en.

It is built from the position (its competencies, weights and time policy) and the competency
library (names, definitions and the top behaviourally anchored level), both read from question-gen.
The steps describe the real flow: one planned question per scoring dimension, highest weight first,
at most one follow-up each, hints that may be answered once, and the report right after.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wendu.training.domain.model import Language, LocalizedText

# Minutes per answer shown when the position gives no guidance of its own.
DEFAULT_MINUTES_PER_ANSWER = 3


@dataclass(frozen=True)
class CompetencyWeight:
    competency_id: str
    weight_percent: int


@dataclass(frozen=True)
class GuidePosition:
    """What the guide needs from a position."""

    position_id: str
    title: str
    weights: tuple[CompetencyWeight, ...]
    suggested_minutes_per_answer: int = 0
    hard_limit_minutes: int = 0

    def by_priority(self) -> list[CompetencyWeight]:
        """Highest weight first, the order question-gen asks in; ties keep the position's order."""
        return sorted(self.weights, key=lambda w: -w.weight_percent)


@dataclass(frozen=True)
class CompetencyDefinition:
    """A library competency: its name, what it means, and what its top anchored level looks like."""

    competency_id: str
    name: LocalizedText
    definition: LocalizedText
    top_level: LocalizedText


@dataclass(frozen=True)
class StarExample:
    situation: str
    task: str
    action: str
    result: str


@dataclass(frozen=True)
class GuideStep:
    title: str
    detail: str


@dataclass(frozen=True)
class GuideDimension:
    competency_id: str
    name: str
    weight_percent: int
    meaning: str
    strong_answer: str
    example: StarExample


@dataclass(frozen=True)
class GuideItem:
    item_id: str
    title: str
    detail: str


@dataclass(frozen=True)
class InterviewGuide:
    position_id: str
    position_title: str
    language: Language
    steps: tuple[GuideStep, ...]
    planned_questions: int
    expected_minutes: int
    hard_limit_minutes: int
    pausing_allowed: bool
    timing_note: str
    dimensions: tuple[GuideDimension, ...]
    star_method: str
    choices: tuple[GuideItem, ...]
    data_use: tuple[GuideItem, ...]


def _t(en: str, zh: str) -> LocalizedText:
    return LocalizedText(zh=zh, en=en)


def _star(en: tuple[str, str, str, str], zh: tuple[str, str, str, str]) -> dict[Language, StarExample]:
    return {Language.EN: StarExample(*en), Language.ZH: StarExample(*zh)}


# A short strong answer per library competency, part by part.
STAR_EXAMPLES: dict[str, dict[Language, StarExample]] = {
    "communication": _star(
        (
            "Our sales team kept misreading the weekly churn dashboard.",
            "I had to make the numbers clear to them before the quarterly review.",
            "I rewrote it as three plain sentences with one chart and walked the team through it in 15 minutes.",
            "Questions to the data team fell by half, and sales used the churn figure in every client call.",
        ),
        (
            "销售团队总是看错每周的流失数据看板。",
            "我需要在季度复盘前让他们看懂这些数字。",
            "我把看板改写成三句大白话加一张图，并用 15 分钟带大家过了一遍。",
            "找数据团队答疑的次数减少了一半，销售在每次客户沟通中都用上了流失数据。",
        ),
    ),
    "problem_solving": _star(
        (
            "Checkout errors doubled overnight after a release.",
            "As the on-call engineer I had to find the cause before the morning peak.",
            "I compared error logs by app version, found that one payment provider failed, and rolled back only that change.",
            "Errors returned to normal within 40 minutes, and we added a check so it cannot ship again.",
        ),
        (
            "一次发布后，结账报错一夜之间翻了一倍。",
            "作为值班工程师，我要在早高峰前找到原因。",
            "我按版本对比错误日志，定位到一家支付渠道失败，只回滚了那一处改动。",
            "40 分钟内报错恢复正常，我们还加了检查，避免同样的问题再次上线。",
        ),
    ),
    "teamwork": _star(
        (
            "Two teams on our project disagreed on the API design and work stalled.",
            "I was asked to help them agree within a week.",
            "I listed both proposals side by side, ran a one-hour session and suggested a compromise on versioning.",
            "Both teams signed off in four days and we delivered the integration on schedule.",
        ),
        (
            "项目里两个团队在接口设计上意见不合，工作停滞了。",
            "我需要在一周内帮助双方达成一致。",
            "我把两个方案并排列出，组织了一小时的讨论，并提出了版本管理上的折中方案。",
            "双方四天内确认方案，集成按期交付。",
        ),
    ),
    "leadership": _star(
        (
            "Our team of six missed two release dates in a row.",
            "As the new lead I had to get releases back on track.",
            "I set one clear goal per sprint, gave each engineer ownership of one area and held a short weekly review.",
            "The next four releases shipped on time and two engineers went on to lead their own areas.",
        ),
        (
            "我们六人团队连续两次错过发布日期。",
            "作为新任负责人，我要让发布重回正轨。",
            "我为每个迭代定一个清晰目标，让每位工程师负责一个模块，并每周做一次简短复盘。",
            "之后四次发布全部按时完成，两位工程师也开始独立负责各自的模块。",
        ),
    ),
    "learning_agility": _star(
        (
            "My team moved our reports to a data tool I had never used.",
            "I had to deliver the first report in it within two weeks.",
            "I took a short online course, rebuilt one old report as practice and asked a colleague to review it.",
            "I delivered on time, and then wrote a one-page guide that three colleagues used to switch.",
        ),
        (
            "团队要把报表迁移到一个我从没用过的数据工具上。",
            "我需要在两周内用它交付第一份报表。",
            "我学了一门短期网课，先用一份旧报表练手，并请同事帮我检查。",
            "我按时交付，还写了一页使用指南，帮助三位同事完成了切换。",
        ),
    ),
    "customer_focus": _star(
        (
            "A key customer complained that our invoices were hard to understand.",
            "I owned the account and had to keep them before renewal.",
            "I met their finance team, learned which fields they needed, and worked with billing to add a summary page.",
            "Their support tickets stopped and they renewed for two more years.",
        ),
        (
            "一位重要客户抱怨我们的发票很难看懂。",
            "我负责这个客户，需要在续约前留住他们。",
            "我约了对方财务团队，弄清他们需要的字段，并和账单团队一起加了一页汇总。",
            "对方不再提相关工单，并续约了两年。",
        ),
    ),
    "resilience": _star(
        (
            "Our main client cancelled the project I had worked on for three months.",
            "I had to keep the team motivated and find the work a new use.",
            "I reviewed what we could reuse with the team, and pitched the core module to another product group.",
            "The module shipped in their product a month later and the team saw their work used.",
        ),
        (
            "我投入了三个月的项目被主要客户取消了。",
            "我需要稳住团队士气，并为已有成果找到新的用处。",
            "我和团队一起梳理了可复用的部分，并把核心模块推荐给了另一个产品组。",
            "一个月后该模块在他们的产品中上线，团队的成果得到了使用。",
        ),
    ),
    "data_driven": _star(
        (
            "Our team debated whether a shorter sign-up form would bring more users.",
            "I was asked to settle it with evidence.",
            "I designed an A/B test with 10,000 visitors per group and agreed the success metric in advance.",
            "The short form lifted sign-ups by 12%, so we shipped it to everyone.",
        ),
        (
            "团队争论缩短注册表单能否带来更多用户。",
            "我需要用证据来下结论。",
            "我设计了每组 1 万名访客的 A/B 测试，并提前约定成功指标。",
            "短表单让注册率提升了 12%，于是我们全量上线。",
        ),
    ),
}

# For a competency the examples above do not cover: the shape of a STAR answer.
GENERIC_STAR_EXAMPLE = _star(
    (
        "Describe the situation in one or two sentences: where, when, what was at stake.",
        "Say what you had to achieve, and why it mattered.",
        "Say what you did yourself, step by step.",
        "Say what came of it, with a number if you can, and what you learned.",
    ),
    (
        "用一两句话交代情境：在哪里、什么时候、面临什么。",
        "说明你要达成的任务，以及它为什么重要。",
        "说明你本人做了什么，一步一步讲。",
        "说明结果，尽量给出数字，以及你的收获。",
    ),
)

_TEXT: dict[str, LocalizedText] = {
    "step_check": _t("Check your setup (optional)", "检查设备与流程（可选）"),
    "step_check_detail": _t(
        "Answer one short practice question. It is not part of any decision; it shows that everything works and "
        "what a hint looks like. Mock interviews can be retaken as often as you like.",
        "回答一道简短的练习题。它不参与任何决定，只用来确认一切正常，并让你看到提示的样子。模拟面试可以无限次重来。",
    ),
    "step_questions": _t("{n} questions about your experience", "{n} 道关于你经历的问题"),
    "step_questions_detail": _t(
        "One question per scoring dimension, the highest weight first. Some are based on your résumé. "
        "Answer with a real example from your own experience.",
        "每个评分维度一道题，权重高的在前。部分问题来自你的简历。请用你亲身经历的真实例子来回答。",
    ),
    "step_follow_up": _t("Follow-up questions", "追问"),
    "step_follow_up_detail": _t(
        "After an answer there may be one follow-up that digs into what you just said, for example how you made a "
        "key decision.",
        "回答之后可能会有一道追问，针对你刚才说的内容深入了解，例如你是如何做出关键决定的。",
    ),
    "step_hints": _t("Hints while you answer", "答题时的提示"),
    "step_hints_detail": _t(
        "Short, kind hints may appear, such as “add the result”. You may add to an answer once after a hint; "
        "your score uses the full answer.",
        "你可能会看到简短、友善的提示，例如“补充一下结果”。看到提示后你可以补充一次回答，评分以完整回答为准。",
    ),
    "step_report": _t("Your report, right away", "立即获得报告"),
    "step_report_detail": _t(
        "When you finish you get a report at once: a score per dimension, your strengths, what to improve and "
        "courses for it.",
        "结束后你会立刻收到报告：每个维度的得分、你的优势、可以提升的地方以及对应的课程。",
    ),
    "timing": _t(
        "About {low}–{high} minutes ({per} minutes per answer is a guide, not a limit). You can pause and resume at "
        "any time, and a dropped connection resumes where it stopped.",
        "大约 {low}–{high} 分钟（每题约 {per} 分钟只是参考，不是限制）。你可以随时暂停和继续，断线后也会从中断处继续。",
    ),
    "timing_hard_limit": _t(
        " This employer sets a limit of {limit} minutes; ask for an accommodation if you need more time.",
        " 该雇主设置了 {limit} 分钟的上限；如需更多时间，可以申请便利安排。",
    ),
    "star": _t(
        "Answer with the STAR method: the Situation, your Task, the Actions you took yourself, and the Result "
        "(with a number if you can). Concrete examples score higher than general statements.",
        "用 STAR 方法回答：情境（Situation）、任务（Task）、你本人采取的行动（Action）和结果（Result，尽量给出数字）。"
        "具体的例子比笼统的表述得分更高。",
    ),
}

_CHOICES: tuple[tuple[str, LocalizedText, LocalizedText], ...] = (
    (
        "time_slot",
        _t("Time slot", "时间"),
        _t("Take the interview when it suits you, within the invitation period.", "在邀请有效期内，选择适合你的时间。"),
    ),
    (
        "mode",
        _t("Mode", "形式"),
        _t(
            "Answer in text, or by voice or video; only the transcript is scored.",
            "可以文字作答，也可以语音或视频作答；只对文字转写评分。",
        ),
    ),
    ("language", _t("Language", "语言"), _t("Chinese or English.", "中文或英文。")),
    (
        "screen",
        _t("AI or human screen", "AI 或人工初筛"),
        _t(
            "Choose an AI-led first round or a human screen. Without your consent to AI scoring, a person screens you.",
            "你可以选择 AI 面试或人工初筛。如果你不同意 AI 评分，将由人工进行初筛。",
        ),
    ),
    (
        "hr_chat",
        _t("Chat with HR", "与 HR 交流"),
        _t("An optional 10-minute chat with HR after the AI interview.", "AI 面试后可选择与 HR 进行 10 分钟的交流。"),
    ),
    (
        "accommodations",
        _t("Accommodations", "便利安排"),
        _t("Ask for extra time or other support if you need it.", "如有需要，可以申请延长时间或其他支持。"),
    ),
)

_DATA_USE: tuple[tuple[str, LocalizedText, LocalizedText], ...] = (
    (
        "consent",
        _t("Your consent, per purpose", "按用途征得你的同意"),
        _t(
            "You decide separately whether your résumé may be used, whether authorised external data may be used, "
            "and whether AI may score your answers. You can change your mind.",
            "你可以分别决定：是否允许使用你的简历、是否允许使用经授权的外部数据、是否允许 AI 为你的回答评分。你可以随时更改。",
        ),
    ),
    (
        "transcript_only",
        _t("Only what you say is scored", "只评价你说的内容"),
        _t(
            "Scores come from the text of your answers only, never from your face, voice or emotions.",
            "评分只依据你回答的文字内容，绝不依据你的面部、声音或情绪。",
        ),
    ),
    (
        "human_review",
        _t("A person can review any decision", "任何决定都可以由人工复核"),
        _t(
            "You can ask for a human review of any outcome at any time, and every score comes with the evidence "
            "behind it.",
            "你可以随时申请人工复核任何结果，每个分数都附有依据。",
        ),
    ),
    (
        "practice_private",
        _t("Practice stays private", "练习只属于你"),
        _t(
            "Mock interviews and the readiness check are never shown to employers and never count towards selection.",
            "模拟面试和设备检查绝不会展示给雇主，也不会计入任何选拔。",
        ),
    ),
    (
        "erasure",
        _t("Erasure", "删除数据"),
        _t("You can ask for your data to be erased from every service.", "你可以要求从所有服务中删除你的数据。"),
    ),
)


def _items(items: Sequence[tuple[str, LocalizedText, LocalizedText]], language: Language) -> tuple[GuideItem, ...]:
    return tuple(
        GuideItem(item_id, title.in_language(language), detail.in_language(language))
        for item_id, title, detail in items
    )


def _steps(planned_questions: int, language: Language) -> tuple[GuideStep, ...]:
    def step(key: str, **values: object) -> GuideStep:
        return GuideStep(
            _TEXT[key].in_language(language).format(**values), _TEXT[f"{key}_detail"].in_language(language)
        )

    return (
        step("step_check"),
        step("step_questions", n=planned_questions),
        step("step_follow_up"),
        step("step_hints"),
        step("step_report"),
    )


def _timing(position: GuidePosition, planned_questions: int, language: Language) -> tuple[int, str]:
    per_answer = position.suggested_minutes_per_answer or DEFAULT_MINUTES_PER_ANSWER
    low = planned_questions * per_answer
    # At most one follow-up per planned question.
    high = 2 * low
    note = _TEXT["timing"].in_language(language).format(low=low, high=high, per=per_answer)
    if position.hard_limit_minutes:
        note += _TEXT["timing_hard_limit"].in_language(language).format(limit=position.hard_limit_minutes)
    return low, note


def _dimension(weight: CompetencyWeight, definition: CompetencyDefinition | None, language: Language) -> GuideDimension:
    examples = STAR_EXAMPLES.get(weight.competency_id, GENERIC_STAR_EXAMPLE)
    if definition is None:
        # A competency the library no longer lists: still show it with its exact weight.
        return GuideDimension(
            weight.competency_id, weight.competency_id, weight.weight_percent, "", "", examples[language]
        )
    return GuideDimension(
        competency_id=weight.competency_id,
        name=definition.name.in_language(language),
        weight_percent=weight.weight_percent,
        meaning=definition.definition.in_language(language),
        strong_answer=definition.top_level.in_language(language),
        example=examples[language],
    )


def build_guide(
    position: GuidePosition, library: Mapping[str, CompetencyDefinition], language: Language
) -> InterviewGuide:
    """The guide of ``position`` in ``language``; the dimensions carry the position's weights unchanged."""
    ordered = position.by_priority()
    planned_questions = len(ordered)
    expected_minutes, timing_note = _timing(position, planned_questions, language)
    return InterviewGuide(
        position_id=position.position_id,
        position_title=position.title,
        language=language,
        steps=_steps(planned_questions, language),
        planned_questions=planned_questions,
        expected_minutes=expected_minutes,
        hard_limit_minutes=position.hard_limit_minutes,
        pausing_allowed=True,
        timing_note=timing_note,
        dimensions=tuple(_dimension(w, library.get(w.competency_id), language) for w in ordered),
        star_method=_TEXT["star"].in_language(language),
        choices=_items(_CHOICES, language),
        data_use=_items(_DATA_USE, language),
    )
