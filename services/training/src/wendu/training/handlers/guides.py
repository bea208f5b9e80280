"""Interview guides: the position and the competency library from question-gen, shaped into a guide."""

from __future__ import annotations

from wendu.training.domain.guide import InterviewGuide, build_guide
from wendu.training.domain.model import Language
from wendu.training.handlers.ports import QuestionGen


class InterviewGuides:
    def __init__(self, question_gen: QuestionGen) -> None:
        self._question_gen = question_gen

    async def guide(self, tenant_id: str, position_id: str, language: Language) -> InterviewGuide:
        """The guide of the tenant's position; NotFound when question-gen has no such position."""
        position = await self._question_gen.get_position(tenant_id, position_id)
        library = await self._question_gen.list_competencies(tenant_id)
        return build_guide(position, library, language)
