"""Learning plans: one per report, for the candidate's weakest competencies; reading the latest; progress."""

from __future__ import annotations

import uuid

from google.protobuf.message import Message
from wendu.core import codec, topics
from wendu.core.auth import Principal
from wendu.core.bus import Publisher, RecordContext
from wendu.core.clock import Clock, utc_now
from wendu.core.errors import NotFound, PermissionDenied, require_event_field
from wendu.core.wire import interview_kind_from_proto
from wendu.training.domain.model import CompetencyGap, CourseProgress, LearningPlan, PlanWithProgress
from wendu.training.domain.recommend import recommend_courses
from wendu.training.handlers import mapping
from wendu.training.handlers.courses import Catalogues
from wendu.training.handlers.ports import CourseProgressRepository, LearningPlanRepository
from wendu.v1 import events_pb2

# Two courses per weak competency: enough to choose from, few enough to finish.
COURSES_PER_WEAK_COMPETENCY = 2


class LearningPlans:
    def __init__(
        self,
        *,
        plans: LearningPlanRepository,
        progress: CourseProgressRepository,
        publisher: Publisher,
        catalogues: Catalogues,
        clock: Clock = utc_now,
    ) -> None:
        self._plans = plans
        self._progress = progress
        self._publisher = publisher
        self._catalogues = catalogues
        self._clock = clock

    async def on_report_generated(self, event: Message, ctx: RecordContext) -> None:
        """Plan courses for the report's weak competencies and announce the plan (idempotent per report).

        A replayed report re-publishes the stored plan with its original event id.
        """
        report = codec.expect(event, events_pb2.ReportGenerated)
        meta = report.meta
        scores = {s.competency_id: s.score for s in report.competency_scores}
        gaps = [CompetencyGap(cid, scores.get(cid, 0.0)) for cid in dict.fromkeys(report.weak_competency_ids) if cid]
        catalogue = await self._catalogues.for_tenant(meta.tenant_id)
        proposed = LearningPlan(
            tenant_id=meta.tenant_id,
            plan_id=str(uuid.uuid4()),
            event_id=str(uuid.uuid4()),
            candidate_id=require_event_field(meta.candidate_id, "meta.candidate_id"),
            interview_id=meta.interview_id,
            kind=interview_kind_from_proto(meta.interview_kind, default=None),
            source_report_id=require_event_field(report.report_id, "report_id"),
            courses=tuple(recommend_courses(catalogue, gaps, COURSES_PER_WEAK_COMPETENCY * len(gaps))),
            updated_at=self._clock(),
        )
        plan, _ = await self._plans.add_if_absent(proposed)
        event_out = mapping.plan_to_event(await self._with_progress(plan))
        await self._publisher.publish(topics.LEARNING_PLAN_UPDATED, event_out, key=plan.candidate_id)

    async def latest_plan(self, principal: Principal, candidate_id: str) -> PlanWithProgress:
        """The candidate's latest plan. A candidate reads only their own; staff never see practice plans."""
        return await self._with_progress(await self._visible_plan(principal, candidate_id))

    async def record_progress(
        self, principal: Principal, candidate_id: str, course_id: str, percent_complete: int
    ) -> PlanWithProgress:
        """Record how far the candidate is through a course of the tenant's catalogue; republish their plan."""
        plan = await self._visible_plan(principal, candidate_id)
        catalogue = await self._catalogues.for_tenant(principal.tenant_id)
        if not any(c.course_id == course_id for c in catalogue.all()):
            raise NotFound("course", course_id)
        await self._progress.record(
            CourseProgress(principal.tenant_id, candidate_id, course_id, percent_complete, self._clock())
        )
        current = await self._with_progress(plan)
        # A new event id: this is a new change of the plan, not a replay of the report's.
        event_out = mapping.plan_to_event(current, event_id=str(uuid.uuid4()))
        await self._publisher.publish(topics.LEARNING_PLAN_UPDATED, event_out, key=candidate_id)
        return current

    async def _visible_plan(self, principal: Principal, candidate_id: str) -> LearningPlan:
        if principal.is_candidate and principal.candidate_id != candidate_id:
            raise PermissionDenied("a candidate may read only their own learning plan")
        plan = await self._plans.latest_for(principal.tenant_id, candidate_id, include_practice=principal.is_candidate)
        if plan is None:
            raise NotFound("learning plan of candidate", candidate_id)
        return plan

    async def _with_progress(self, plan: LearningPlan) -> PlanWithProgress:
        planned = {c.course_id for c in plan.courses}
        progress = await self._progress.for_candidate(plan.tenant_id, plan.candidate_id)
        return PlanWithProgress(plan, tuple(p for p in progress if p.course_id in planned))
