"""Catalogue use cases: each tenant's catalogue (its own courses, then the starter), listing and suggesting."""

from __future__ import annotations

from collections.abc import Sequence

from wendu.core.errors import AlreadyExists
from wendu.training.domain.catalogue import STARTER_CATALOGUE, CourseCatalogue, new_tenant_course
from wendu.training.domain.model import CompetencyGap, Course, CourseSuggestion, LocalizedText
from wendu.training.domain.recommend import recommend_courses
from wendu.training.handlers.ports import TenantCourseRepository


class Catalogues:
    """The catalogue a tenant sees: its own courses first (an employer's content wins ties), then the starter."""

    def __init__(self, tenant_courses: TenantCourseRepository, starter: Sequence[Course] = STARTER_CATALOGUE) -> None:
        self._tenant_courses = tenant_courses
        self._starter = tuple(starter)

    async def for_tenant(self, tenant_id: str) -> CourseCatalogue:
        return CourseCatalogue((*await self._tenant_courses.for_tenant(tenant_id), *self._starter))

    async def create(
        self,
        tenant_id: str,
        *,
        course_id: str,
        title: LocalizedText,
        summary: LocalizedText,
        competency_ids: Sequence[str],
        url: str,
    ) -> Course:
        course = new_tenant_course(course_id, title, summary, competency_ids, url)
        if not await self._tenant_courses.add(tenant_id, course):
            raise AlreadyExists(f"course {course.course_id!r} already exists")
        return course


class CourseQueries:
    def __init__(self, catalogues: Catalogues) -> None:
        self._catalogues = catalogues

    async def list_courses(self, tenant_id: str, competency_id: str = "") -> tuple[Course, ...]:
        """Every course, or only those training ``competency_id`` (main competency first)."""
        catalogue = await self._catalogues.for_tenant(tenant_id)
        if not competency_id:
            return catalogue.all()
        return catalogue.for_competency(competency_id)

    async def recommend(
        self, tenant_id: str, gaps: Sequence[CompetencyGap], max_courses: int
    ) -> list[CourseSuggestion]:
        return recommend_courses(await self._catalogues.for_tenant(tenant_id), gaps, max_courses)
