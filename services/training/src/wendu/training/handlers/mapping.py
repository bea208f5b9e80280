"""Translation between the wire (protobuf events and API messages) and training's domain model."""

from __future__ import annotations

from wendu.core import codec
from wendu.training.domain.model import Course, CourseSuggestion, InterviewKind, LearningPlan, LocalizedText
from wendu.v1 import common_pb2, events_pb2, training_pb2

_KIND_FROM_PROTO = {
    common_pb2.INTERVIEW_KIND_UNSPECIFIED: InterviewKind.UNSPECIFIED,
    common_pb2.INTERVIEW_KIND_SELECTION: InterviewKind.SELECTION,
    common_pb2.INTERVIEW_KIND_PRACTICE: InterviewKind.PRACTICE,
}
_KIND_TO_PROTO = {v: k for k, v in _KIND_FROM_PROTO.items()}


def kind_from_proto(value: int) -> InterviewKind:
    return _KIND_FROM_PROTO.get(value, InterviewKind.UNSPECIFIED)  # type: ignore[call-overload]


def _localized(text: LocalizedText) -> common_pb2.LocalizedText:
    return common_pb2.LocalizedText(zh=text.zh, en=text.en)


def course_to_proto(course: Course) -> training_pb2.Course:
    return training_pb2.Course(
        course_id=course.course_id,
        title=_localized(course.title),
        summary=_localized(course.summary),
        competency_ids=list(course.competency_ids),
        url=course.url,
    )


def suggestion_to_proto(suggestion: CourseSuggestion) -> events_pb2.CourseSuggestion:
    return events_pb2.CourseSuggestion(
        course_id=suggestion.course_id, competency_id=suggestion.competency_id, title=_localized(suggestion.title)
    )


def plan_to_proto(plan: LearningPlan) -> training_pb2.LearningPlan:
    return training_pb2.LearningPlan(
        plan_id=plan.plan_id,
        candidate_id=plan.candidate_id,
        courses=[suggestion_to_proto(c) for c in plan.courses],
        source_report_id=plan.source_report_id,
        updated_at=codec.to_timestamp(plan.updated_at),
    )


def plan_to_event(plan: LearningPlan) -> events_pb2.LearningPlanUpdated:
    """The LearningPlanUpdated of a stored plan; re-publishing it repeats the stored event id."""
    return events_pb2.LearningPlanUpdated(
        meta=codec.new_meta(
            events_pb2.LearningPlanUpdated,
            tenant_id=plan.tenant_id,
            interview_id=plan.interview_id,
            candidate_id=plan.candidate_id,
            interview_kind=_KIND_TO_PROTO[plan.kind],
            event_id=plan.event_id,
        ),
        plan_id=plan.plan_id,
        courses=[suggestion_to_proto(c) for c in plan.courses],
        source_report_id=plan.source_report_id,
    )
