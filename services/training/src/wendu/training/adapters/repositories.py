"""Mongo repositories for training. Every query filters on ``tenant_id``.

Handlers await these repositories: each public method runs on a worker thread (``off_loop``), so a
database round trip (or, during an outage, a server-selection timeout) never blocks the event loop.
They keep no in-process state, so running on several threads at once needs no lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from wendu.core.clock import utc_now
from wendu.core.data_export import CandidateRecords, raw_records
from wendu.core.mongo import first_as, insert_if_new, insert_or_find, off_loop
from wendu.core.vocabulary import interview_kind_from_text, interview_kind_to_text
from wendu.training.adapters.documents import (
    CourseProgressDocument,
    LearningPlanDocument,
    MockInterviewDocument,
    PracticeResultDocument,
    TenantCourseDocument,
)
from wendu.training.domain.model import (
    CompetencyScore,
    Course,
    CourseProgress,
    CourseSuggestion,
    InterviewKind,
    Language,
    LearningPlan,
    LocalizedText,
    MockInterview,
    PracticeResult,
)


def _localized(raw: dict[str, Any] | None) -> LocalizedText:
    raw = raw or {}
    return LocalizedText(zh=raw.get("zh", ""), en=raw.get("en", ""))


class MongoLearningPlanRepository:
    @off_loop
    def add_if_absent(self, plan: LearningPlan) -> tuple[LearningPlan, bool]:
        document = LearningPlanDocument(
            tenant_id=plan.tenant_id,
            plan_id=plan.plan_id,
            event_id=plan.event_id,
            candidate_id=plan.candidate_id,
            interview_id=plan.interview_id,
            kind=interview_kind_to_text(plan.kind),
            source_report_id=plan.source_report_id,
            courses=[asdict(c) for c in plan.courses],
            updated_at=plan.updated_at,
        )
        same_key = LearningPlanDocument.objects(tenant_id=plan.tenant_id, source_report_id=plan.source_report_id)
        return insert_or_find(document, plan, lambda: first_as(same_key, self._to_domain))

    @off_loop
    def latest_for(self, tenant_id: str, candidate_id: str, *, include_practice: bool) -> LearningPlan | None:
        query = LearningPlanDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id)
        if not include_practice:
            query = query.filter(kind__ne=InterviewKind.PRACTICE.value)
        return first_as(query.order_by("-updated_at"), self._to_domain)

    @staticmethod
    def _to_domain(d: LearningPlanDocument) -> LearningPlan:
        return LearningPlan(
            tenant_id=d.tenant_id,
            plan_id=d.plan_id,
            event_id=d.event_id,
            candidate_id=d.candidate_id,
            interview_id=d.interview_id,
            kind=interview_kind_from_text(d.kind),
            source_report_id=d.source_report_id,
            courses=tuple(
                CourseSuggestion(
                    course_id=c["course_id"],
                    competency_id=c["competency_id"],
                    title=_localized(c.get("title")),
                )
                for c in d.courses
            ),
            updated_at=d.updated_at,
        )


class MongoCourseProgressRepository:
    @off_loop
    def record(self, progress: CourseProgress) -> None:
        CourseProgressDocument.objects(
            tenant_id=progress.tenant_id, candidate_id=progress.candidate_id, course_id=progress.course_id
        ).update_one(upsert=True, set__percent_complete=progress.percent_complete, set__updated_at=progress.updated_at)

    @off_loop
    def for_candidate(self, tenant_id: str, candidate_id: str) -> list[CourseProgress]:
        documents = CourseProgressDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).order_by("course_id")
        return [
            CourseProgress(d.tenant_id, d.candidate_id, d.course_id, d.percent_complete, d.updated_at)
            for d in documents
        ]


class MongoTenantCourseRepository:
    @off_loop
    def add(self, tenant_id: str, course: Course) -> bool:
        return insert_if_new(
            TenantCourseDocument(
                tenant_id=tenant_id,
                course_id=course.course_id,
                title=asdict(course.title),
                summary=asdict(course.summary),
                competency_ids=list(course.competency_ids),
                url=course.url,
                created_at=utc_now(),
            )
        )

    @off_loop
    def for_tenant(self, tenant_id: str) -> list[Course]:
        documents = TenantCourseDocument.objects(tenant_id=tenant_id).order_by("created_at", "course_id")
        return [
            Course(
                course_id=d.course_id,
                title=_localized(d.title),
                summary=_localized(d.summary),
                competency_ids=tuple(d.competency_ids),
                url=d.url,
            )
            for d in documents
        ]


class MongoMockInterviewRepository:
    @off_loop
    def add_if_absent(self, mock: MockInterview) -> MockInterview:
        document = MockInterviewDocument(
            tenant_id=mock.tenant_id,
            interview_id=mock.interview_id,
            candidate_id=mock.candidate_id,
            position_id=mock.position_id,
            language=mock.language.value,
            attempt=mock.attempt,
            started_at=mock.started_at,
        )
        return insert_or_find(document, mock, lambda: self._get(mock.tenant_id, mock.interview_id))[0]

    @off_loop
    def count_for(self, tenant_id: str, candidate_id: str, position_id: str) -> int:
        return int(
            MockInterviewDocument.objects(
                tenant_id=tenant_id, candidate_id=candidate_id, position_id=position_id
            ).count()
        )

    @off_loop
    def get(self, tenant_id: str, interview_id: str) -> MockInterview | None:
        return self._get(tenant_id, interview_id)

    def _get(self, tenant_id: str, interview_id: str) -> MockInterview | None:
        return first_as(MockInterviewDocument.objects(tenant_id=tenant_id, interview_id=interview_id), self._to_domain)

    @staticmethod
    def _to_domain(d: MockInterviewDocument) -> MockInterview:
        return MockInterview(
            tenant_id=d.tenant_id,
            interview_id=d.interview_id,
            candidate_id=d.candidate_id,
            position_id=d.position_id,
            language=Language(d.language),
            attempt=d.attempt,
            started_at=d.started_at,
        )


class MongoPracticeResultRepository:
    @off_loop
    def add_if_absent(self, result: PracticeResult) -> bool:
        return insert_if_new(
            PracticeResultDocument(
                tenant_id=result.tenant_id,
                interview_id=result.interview_id,
                candidate_id=result.candidate_id,
                report_id=result.report_id,
                position_id=result.position_id,
                overall_score=result.overall_score,
                scores=[asdict(s) for s in result.scores],
                completed_at=result.completed_at,
            )
        )

    @off_loop
    def for_candidate(self, tenant_id: str, candidate_id: str) -> list[PracticeResult]:
        documents = PracticeResultDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).order_by(
            "completed_at"
        )
        return [
            PracticeResult(
                tenant_id=d.tenant_id,
                candidate_id=d.candidate_id,
                interview_id=d.interview_id,
                report_id=d.report_id,
                position_id=d.position_id,
                overall_score=d.overall_score,
                scores=tuple(CompetencyScore(s["competency_id"], float(s["score"])) for s in d.scores),
                completed_at=d.completed_at,
            )
            for d in documents
        ]


class MongoCandidateErasure:
    """Deletes an erased candidate's learning plans, course progress, mock interviews and practice results."""

    @off_loop
    def erase_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> int:
        """Every training record carries the candidate id, so ``interview_ids`` is not needed here.
        Returns how many records were deleted; repeating it deletes nothing more."""
        return sum(
            int(document.objects(tenant_id=tenant_id, candidate_id=candidate_id).delete())
            for document in CANDIDATE_COLLECTIONS
        )


# Every training collection that holds candidate data; each record carries the candidate id.
CANDIDATE_COLLECTIONS = (LearningPlanDocument, CourseProgressDocument, MockInterviewDocument, PracticeResultDocument)


class MongoCandidateExport:
    """Reads what erasure would delete: learning plans, course progress, mock interviews, practice results."""

    @off_loop
    def export_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> CandidateRecords:
        query = {"tenant_id": tenant_id, "candidate_id": candidate_id}
        return {
            document._get_collection_name(): raw_records(document._get_collection().find(query).sort("_id", 1))
            for document in CANDIDATE_COLLECTIONS
        }
