"""Catalogue use cases: listing courses and suggesting courses for competency gaps."""

from __future__ import annotations

from collections.abc import Sequence

from wendu.training.domain.catalogue import CourseCatalogue
from wendu.training.domain.model import CompetencyGap, Course, CourseSuggestion
from wendu.training.domain.recommend import recommend_courses


class CourseQueries:
    def __init__(self, catalogue: CourseCatalogue) -> None:
        self._catalogue = catalogue

    def list_courses(self, competency_id: str = "") -> tuple[Course, ...]:
        """Every course, or only those training ``competency_id`` (main competency first)."""
        if not competency_id:
            return self._catalogue.all()
        return self._catalogue.for_competency(competency_id)

    def recommend(self, gaps: Sequence[CompetencyGap], max_courses: int) -> list[CourseSuggestion]:
        return recommend_courses(self._catalogue, gaps, max_courses)
