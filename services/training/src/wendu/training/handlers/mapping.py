"""Translation between the wire (protobuf events and API messages) and training's domain model."""

from __future__ import annotations

from wendu.core import codec
from wendu.core.star_parts import star_part_to_proto
from wendu.core.wire import interview_kind_to_proto, language_to_proto, localized_to_proto
from wendu.training.domain.guide import GuideItem, InterviewGuide
from wendu.training.domain.model import (
    CompetencyScore,
    Course,
    CourseProgress,
    CourseSuggestion,
    MockInterview,
    PlanWithProgress,
)
from wendu.training.domain.practice import PracticeSession
from wendu.training.domain.readiness import ReadinessQuestion, ReadinessResult
from wendu.v1 import common_pb2, events_pb2, training_pb2


def course_to_proto(course: Course) -> training_pb2.Course:
    return training_pb2.Course(
        course_id=course.course_id,
        title=localized_to_proto(course.title),
        summary=localized_to_proto(course.summary),
        competency_ids=list(course.competency_ids),
        url=course.url,
    )


def suggestion_to_proto(suggestion: CourseSuggestion) -> events_pb2.CourseSuggestion:
    return events_pb2.CourseSuggestion(
        course_id=suggestion.course_id,
        competency_id=suggestion.competency_id,
        title=localized_to_proto(suggestion.title),
    )


def progress_to_proto(progress: CourseProgress) -> events_pb2.CourseProgress:
    return events_pb2.CourseProgress(
        course_id=progress.course_id,
        percent_complete=progress.percent_complete,
        updated_at=codec.to_timestamp(progress.updated_at),
    )


def plan_to_proto(current: PlanWithProgress) -> training_pb2.LearningPlan:
    plan = current.plan
    return training_pb2.LearningPlan(
        plan_id=plan.plan_id,
        candidate_id=plan.candidate_id,
        courses=[suggestion_to_proto(c) for c in plan.courses],
        source_report_id=plan.source_report_id,
        updated_at=codec.to_timestamp(plan.updated_at),
        progress=[progress_to_proto(p) for p in current.progress],
    )


def plan_to_event(current: PlanWithProgress, *, event_id: str = "") -> events_pb2.LearningPlanUpdated:
    """The LearningPlanUpdated of a stored plan; without ``event_id`` it repeats the plan's stored event id."""
    plan = current.plan
    return events_pb2.LearningPlanUpdated(
        meta=codec.new_meta(
            events_pb2.LearningPlanUpdated,
            tenant_id=plan.tenant_id,
            interview_id=plan.interview_id,
            candidate_id=plan.candidate_id,
            interview_kind=interview_kind_to_proto(plan.kind),
            event_id=event_id or plan.event_id,
        ),
        plan_id=plan.plan_id,
        courses=[suggestion_to_proto(c) for c in plan.courses],
        source_report_id=plan.source_report_id,
        progress=[progress_to_proto(p) for p in current.progress],
    )


def _items(items: tuple[GuideItem, ...]) -> list[training_pb2.GuideItem]:
    return [training_pb2.GuideItem(item_id=i.item_id, title=i.title, detail=i.detail) for i in items]


def guide_to_proto(guide: InterviewGuide) -> training_pb2.InterviewGuide:
    return training_pb2.InterviewGuide(
        position_id=guide.position_id,
        position_title=guide.position_title,
        language=language_to_proto(guide.language),
        steps=[training_pb2.GuideStep(title=s.title, detail=s.detail) for s in guide.steps],
        planned_questions=guide.planned_questions,
        expected_minutes=guide.expected_minutes,
        hard_limit_minutes=guide.hard_limit_minutes,
        pausing_allowed=guide.pausing_allowed,
        timing_note=guide.timing_note,
        dimensions=[
            training_pb2.GuideDimension(
                competency_id=d.competency_id,
                name=d.name,
                weight_percent=d.weight_percent,
                meaning=d.meaning,
                strong_answer=d.strong_answer,
                example=training_pb2.StarExample(
                    situation=d.example.situation, task=d.example.task, action=d.example.action, result=d.example.result
                ),
            )
            for d in guide.dimensions
        ],
        star_method=guide.star_method,
        choices=_items(guide.choices),
        data_use=_items(guide.data_use),
    )


def mock_to_proto(mock: MockInterview, candidate_token: str) -> training_pb2.MockInterview:
    return training_pb2.MockInterview(
        interview_id=mock.interview_id,
        candidate_id=mock.candidate_id,
        position_id=mock.position_id,
        language=language_to_proto(mock.language),
        attempt=mock.attempt,
        candidate_token=candidate_token,
        started_at=codec.to_timestamp(mock.started_at),
    )


def _scores(scores: tuple[CompetencyScore, ...]) -> list[common_pb2.CompetencyScore]:
    return [common_pb2.CompetencyScore(competency_id=s.competency_id, score=s.score) for s in scores]


def practice_session_to_proto(session: PracticeSession) -> training_pb2.PracticeSession:
    result = session.result
    return training_pb2.PracticeSession(
        interview_id=result.interview_id,
        report_id=result.report_id,
        position_id=result.position_id,
        overall_score=result.overall_score,
        competency_scores=_scores(result.scores),
        completed_at=codec.to_timestamp(result.completed_at),
        changes=[
            training_pb2.CompetencyChange(
                competency_id=c.competency_id,
                previous_score=c.previous_score,
                latest_score=c.latest_score,
                change=c.change,
            )
            for c in session.changes
        ],
    )


def readiness_question_to_proto(question: ReadinessQuestion) -> training_pb2.ReadinessQuestion:
    return training_pb2.ReadinessQuestion(
        question_id=question.question_id,
        text=question.text,
        competency_ids=list(question.competency_ids),
        language=language_to_proto(question.language),
        suggested_seconds=question.suggested_seconds,
    )


def readiness_result_to_proto(result: ReadinessResult) -> training_pb2.ReadinessResult:
    return training_pb2.ReadinessResult(
        ready=result.ready,
        message=result.message,
        example_hint=result.example_hint,
        scores=_scores(result.scores),
        star_parts=[star_part_to_proto(p) for p in sorted(result.star_parts)],
    )
