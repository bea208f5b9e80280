"""Display names of the library's competencies, in zh and en.

Reports name every competency in both languages. Feedback keeps this small table instead of
calling back to question-gen for names: the ids are stable and the names rarely change.
"""

from __future__ import annotations

from wendu.feedback.domain.model import LocalizedText

COMPETENCY_NAMES: dict[str, LocalizedText] = {
    "communication": LocalizedText(zh="沟通表达", en="Communication"),
    "problem_solving": LocalizedText(zh="问题解决", en="Problem solving"),
    "teamwork": LocalizedText(zh="团队协作", en="Teamwork"),
    "leadership": LocalizedText(zh="领导力", en="Leadership"),
    "learning_agility": LocalizedText(zh="学习敏锐度", en="Learning agility"),
    "customer_focus": LocalizedText(zh="客户导向", en="Customer focus"),
    "resilience": LocalizedText(zh="抗压与韧性", en="Resilience"),
    "data_driven": LocalizedText(zh="数据驱动", en="Data-driven"),
}


def competency_name(competency_id: str) -> LocalizedText:
    """The zh/en name of a competency; an id outside the table is shown readably rather than failing."""
    known = COMPETENCY_NAMES.get(competency_id)
    if known is not None:
        return known
    readable = competency_id.replace("_", " ").strip().capitalize() or competency_id
    return LocalizedText(zh=readable, en=readable)
