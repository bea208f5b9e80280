"""The shape of an interview, shown to the candidate and the HR suite before the first answer.

Question texts stay hidden until each is asked; what is shown is how many main questions there are,
which competencies they probe (in the order asked, with the position's weights and the library's
zh/en names) and how far follow-ups may go, so a candidate can pace themself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from wendu.core.vocabulary import LocalizedText
from wendu.question_gen.domain.competencies import COMPETENCIES
from wendu.question_gen.domain.follow_up import MAX_FOLLOW_UPS_PER_QUESTION
from wendu.question_gen.domain.interviews import Interview


@dataclass(frozen=True)
class PlannedCompetency:
    competency_id: str
    name: LocalizedText
    weight_percent: int
    # Main questions that probe it: usually 1, 2 when an earlier weakness gets an extra probe.
    main_questions: int


@dataclass(frozen=True)
class InterviewPlan:
    main_questions: int
    competencies: tuple[PlannedCompetency, ...]
    max_follow_ups_per_question: int

    @property
    def follow_ups_allowed(self) -> bool:
        return self.max_follow_ups_per_question > 0

    @property
    def max_questions(self) -> int:
        """Main questions plus every follow-up they could get: the longest the interview can be."""
        return self.main_questions * (1 + self.max_follow_ups_per_question)


def interview_plan(interview: Interview, *, max_follow_ups: int) -> InterviewPlan:
    """The plan of ``interview`` under this deployment's follow-up setting (``max_follow_ups``).

    Competencies come in the order the main questions take them (an earlier weakness first, then by
    weight); any the plan leaves out (a human first screen plans nothing) follow by weight.
    """
    per_competency = Counter(c for question in interview.plan for c in question.competency_ids)
    asked_order = list(dict.fromkeys(c for question in interview.plan for c in question.competency_ids))
    weights = {w.competency_id: w.weight_percent for w in interview.weights}
    by_weight = sorted(weights, key=lambda c: -weights[c])  # stable: ties keep the position's order
    ordered = [*asked_order, *(c for c in by_weight if c not in per_competency)]
    follow_ups = max(0, min(max_follow_ups, MAX_FOLLOW_UPS_PER_QUESTION))
    return InterviewPlan(
        main_questions=len(interview.plan),
        competencies=tuple(
            PlannedCompetency(
                competency_id=competency_id,
                name=_name(competency_id),
                weight_percent=weights.get(competency_id, 0),
                main_questions=per_competency[competency_id],
            )
            for competency_id in ordered
        ),
        max_follow_ups_per_question=follow_ups if interview.plan else 0,
    )


def _name(competency_id: str) -> LocalizedText:
    competency = COMPETENCIES.get(competency_id)
    # Positions only take library competencies; the id is a fallback for a record older than a rename.
    return competency.name if competency is not None else LocalizedText(zh=competency_id, en=competency_id)
