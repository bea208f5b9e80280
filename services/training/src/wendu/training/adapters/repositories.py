"""Mongo repositories for training. Every query filters on ``tenant_id``."""

from __future__ import annotations

from dataclasses import asdict

from wendu.core.mongo import first_as, insert_or_find
from wendu.training.adapters.documents import LearningPlanDocument
from wendu.training.domain.model import CourseSuggestion, InterviewKind, LearningPlan, LocalizedText


class MongoLearningPlanRepository:
    def add_if_absent(self, plan: LearningPlan) -> tuple[LearningPlan, bool]:
        document = LearningPlanDocument(
            tenant_id=plan.tenant_id,
            plan_id=plan.plan_id,
            event_id=plan.event_id,
            candidate_id=plan.candidate_id,
            interview_id=plan.interview_id,
            kind=plan.kind.value,
            source_report_id=plan.source_report_id,
            courses=[asdict(c) for c in plan.courses],
            updated_at=plan.updated_at,
        )
        same_key = LearningPlanDocument.objects(tenant_id=plan.tenant_id, source_report_id=plan.source_report_id)
        return insert_or_find(document, plan, lambda: first_as(same_key, self._to_domain))

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
            kind=InterviewKind(d.kind),
            source_report_id=d.source_report_id,
            courses=tuple(
                CourseSuggestion(
                    course_id=c["course_id"],
                    competency_id=c["competency_id"],
                    title=LocalizedText(zh=c["title"].get("zh", ""), en=c["title"].get("en", "")),
                )
                for c in d.courses
            ),
            updated_at=d.updated_at,
        )
