"""Course ranking: the weakest competencies first, no course twice.

Courses are picked round by round over the gaps, largest gap (10 - score) first: one course for
each weak competency before a second for any, so a short list still touches every weakness. The
list is then grouped by competency, weakest first.
"""

from __future__ import annotations

from collections.abc import Iterable

from wendu.training.domain.catalogue import CourseCatalogue
from wendu.training.domain.model import CompetencyGap, CourseSuggestion

DEFAULT_MAX_COURSES = 3


def rank_gaps(gaps: Iterable[CompetencyGap]) -> list[CompetencyGap]:
    """One gap per competency (its lowest score), largest gap first; ties in id order."""
    lowest: dict[str, CompetencyGap] = {}
    for gap in gaps:
        current = lowest.get(gap.competency_id)
        if current is None or gap.score < current.score:
            lowest[gap.competency_id] = gap
    return sorted(lowest.values(), key=lambda g: (-g.size, g.competency_id))


def recommend_courses(
    catalogue: CourseCatalogue, gaps: Iterable[CompetencyGap], max_courses: int = DEFAULT_MAX_COURSES
) -> list[CourseSuggestion]:
    """At most ``max_courses`` suggestions, weakest competency first, each course once."""
    ranked = rank_gaps(gaps)
    queues = {g.competency_id: list(catalogue.for_competency(g.competency_id)) for g in ranked}
    chosen: set[str] = set()
    suggestions: list[CourseSuggestion] = []
    while len(suggestions) < max_courses and any(queues.values()):
        for gap in ranked:
            if len(suggestions) >= max_courses:
                break
            queue = queues[gap.competency_id]
            while queue and queue[0].course_id in chosen:
                queue.pop(0)
            if not queue:
                continue
            course = queue.pop(0)
            chosen.add(course.course_id)
            suggestions.append(
                CourseSuggestion(course_id=course.course_id, competency_id=gap.competency_id, title=course.title)
            )
    position = {g.competency_id: index for index, g in enumerate(ranked)}
    return sorted(suggestions, key=lambda s: position[s.competency_id])
