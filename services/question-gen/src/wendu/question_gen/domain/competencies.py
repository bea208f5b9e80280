"""The competency library: definitions with behaviourally anchored rating levels (BARS) in zh and en.

Positions choose competencies from this library only; scoring maps scores to these levels.
"""

from __future__ import annotations

from dataclasses import dataclass

from wendu.core.vocabulary import LocalizedText

# Names the library and anchors below; carried on every answer so scores can be audited against it.
RUBRIC_VERSION = "wendu-bars-1"


@dataclass(frozen=True)
class Competency:
    competency_id: str
    name: LocalizedText
    definition: LocalizedText
    # Five anchored levels, index 0 is level 1 (lowest).
    levels: tuple[LocalizedText, ...]


def _t(en: str, zh: str) -> LocalizedText:
    return LocalizedText(zh=zh, en=en)


_LIBRARY: tuple[Competency, ...] = (
    Competency(
        "communication",
        _t("Communication", "沟通表达"),
        _t(
            "Conveys ideas clearly and listens actively, adapting the message to the audience.",
            "清晰地表达观点并积极倾听，根据对象调整表达方式。",
        ),
        (
            _t(
                "The message is unclear or disorganised; does not check understanding.",
                "表达含糊或缺乏条理，不确认对方是否理解。",
            ),
            _t(
                "Gets the main point across but misses structure or the audience's needs.",
                "能传达要点，但缺乏结构或忽视对象的需求。",
            ),
            _t("Explains clearly and in order; listens and answers questions.", "表达清楚有序，能倾听并回应问题。"),
            _t(
                "Tailors the message to the audience and confirms shared understanding.",
                "针对不同对象调整表达，并确认双方理解一致。",
            ),
            _t(
                "Persuades and aligns different stakeholders, even on difficult topics.",
                "在困难议题上也能说服并协调不同利益相关方。",
            ),
        ),
    ),
    Competency(
        "problem_solving",
        _t("Problem solving", "问题解决"),
        _t(
            "Breaks problems down, finds root causes and chooses workable solutions.",
            "拆解问题、找到根本原因并选择可行的解决方案。",
        ),
        (
            _t("Describes the problem but no approach to solving it.", "只描述问题，没有解决思路。"),
            _t("Fixes symptoms without analysing causes.", "只处理表面症状，未分析原因。"),
            _t("Analyses causes and carries out a reasonable solution.", "分析原因并执行合理的解决方案。"),
            _t(
                "Compares options against clear criteria and verifies the outcome.",
                "依据明确标准比较多个方案，并验证结果。",
            ),
            _t(
                "Solves complex, ambiguous problems and keeps them from recurring.",
                "解决复杂、模糊的问题，并防止问题再次发生。",
            ),
        ),
    ),
    Competency(
        "teamwork",
        _t("Teamwork", "团队协作"),
        _t(
            "Works with others toward shared goals, shares information and resolves friction.",
            "与他人协作实现共同目标，分享信息并化解摩擦。",
        ),
        (
            _t("Works alone; ignores or blames others.", "单打独斗，忽视或指责他人。"),
            _t(
                "Cooperates when asked but rarely contributes beyond own tasks.",
                "被要求时会配合，但很少超出自己的任务。",
            ),
            _t("Shares information and helps teammates reach the shared goal.", "主动分享信息，帮助队友达成共同目标。"),
            _t(
                "Builds trust across roles and resolves conflicts constructively.", "跨角色建立信任，建设性地化解冲突。"
            ),
            _t(
                "Shapes how the team works so that everyone performs better.",
                "改进团队的协作方式，让每个人都发挥得更好。",
            ),
        ),
    ),
    Competency(
        "leadership",
        _t("Leadership", "领导力"),
        _t(
            "Sets direction, owns decisions and develops people.",
            "确立方向，为决策负责，并培养他人。",
        ),
        (
            _t("Waits for instructions; avoids responsibility.", "等待指示，回避责任。"),
            _t("Owns own tasks but not others' work or the outcome.", "对自己的任务负责，但不对他人或结果负责。"),
            _t("Organises others toward a goal and makes the needed decisions.", "为目标组织他人，并做出必要的决策。"),
            _t(
                "Makes hard calls with clear trade-offs and motivates the team.",
                "在明确取舍下做出艰难决定，并激励团队。",
            ),
            _t("Builds a shared vision and grows leaders around them.", "建立共同愿景，并培养身边的人成为领导者。"),
        ),
    ),
    Competency(
        "learning_agility",
        _t("Learning agility", "学习敏锐度"),
        _t(
            "Learns quickly from experience and applies it in new situations.",
            "快速从经验中学习，并运用到新的情境中。",
        ),
        (
            _t("Repeats mistakes; resists new ways of working.", "重复犯错，抗拒新的工作方式。"),
            _t("Learns when taught but seldom seeks it out.", "有人教时会学，但很少主动学习。"),
            _t("Seeks feedback and applies lessons to similar tasks.", "主动寻求反馈，并将经验用于类似任务。"),
            _t(
                "Picks up unfamiliar fields fast and transfers skills across contexts.",
                "快速掌握陌生领域，并在不同情境间迁移技能。",
            ),
            _t(
                "Turns setbacks into systematic learning and helps others learn.",
                "把挫折转化为系统的学习，并帮助他人成长。",
            ),
        ),
    ),
    Competency(
        "customer_focus",
        _t("Customer focus", "客户导向"),
        _t(
            "Understands customer needs and acts to create value for them.",
            "理解客户需求，并采取行动为客户创造价值。",
        ),
        (
            _t("Does not consider the customer's perspective.", "不考虑客户的视角。"),
            _t("Responds to explicit requests only.", "只回应客户明确提出的要求。"),
            _t("Clarifies needs and delivers what the customer values.", "澄清需求，交付客户真正看重的东西。"),
            _t(
                "Anticipates needs and balances them with business constraints.", "预见客户需求，并与业务约束取得平衡。"
            ),
            _t(
                "Builds lasting trust and shapes the offering around customer insight.",
                "建立长期信任，并以客户洞察塑造产品与服务。",
            ),
        ),
    ),
    Competency(
        "resilience",
        _t("Resilience", "抗压韧性"),
        _t(
            "Stays effective under pressure, setbacks and uncertainty.",
            "在压力、挫折和不确定中保持高效。",
        ),
        (
            _t("Gives up or loses control under pressure.", "在压力下放弃或失控。"),
            _t("Copes with pressure but performance clearly drops.", "能承受压力，但表现明显下降。"),
            _t("Keeps working steadily and recovers from setbacks.", "保持稳定工作，并能从挫折中恢复。"),
            _t("Stays calm, adapts the plan and keeps others steady.", "保持冷静、调整计划，并稳定他人情绪。"),
            _t("Turns crises into opportunities and builds the team's resilience.", "化危机为机会，并增强团队的韧性。"),
        ),
    ),
    Competency(
        "data_driven",
        _t("Data-driven decisions", "数据驱动"),
        _t(
            "Uses data and evidence to make and check decisions.",
            "用数据和证据来做出并检验决策。",
        ),
        (
            _t("Decides by intuition alone; ignores available data.", "只凭直觉决策，忽视已有数据。"),
            _t("Cites numbers without questioning their quality or meaning.", "引用数字，但不质疑其质量或含义。"),
            _t("Collects relevant data and bases decisions on it.", "收集相关数据，并据此做出决策。"),
            _t(
                "Designs measures or experiments and interprets them critically.",
                "设计指标或实验，并批判性地解读结果。",
            ),
            _t("Builds a data culture so the team decides with evidence.", "建立数据文化，让团队基于证据决策。"),
        ),
    ),
)

COMPETENCIES: dict[str, Competency] = {c.competency_id: c for c in _LIBRARY}


def list_competencies() -> tuple[Competency, ...]:
    """The whole library, in a stable order."""
    return _LIBRARY


def is_known(competency_id: str) -> bool:
    return competency_id in COMPETENCIES
