"""Translation between the wire (protobuf events and API messages) and feedback's domain model."""

from __future__ import annotations

from datetime import datetime

from wendu.core import audit, codec
from wendu.core.errors import require_event_field
from wendu.core.hint_kinds import hint_kind_to_proto
from wendu.core.star_parts import star_parts_from_proto
from wendu.core.vocabulary import Language
from wendu.core.wire import (
    interview_kind_from_proto,
    interview_kind_to_proto,
    language_from_proto,
    language_to_proto,
    localized_to_proto,
)
from wendu.feedback.domain.model import (
    AnswerScore,
    CompetencyResult,
    CompetencyScore,
    CompetencyWeight,
    CourseSuggestion,
    EvidenceSpan,
    Hint,
    HumanReview,
    InterviewSummary,
    Report,
    ReportContent,
    ReportItem,
    ReportView,
    ReviewRequest,
    ScoreOverride,
    ScorerRef,
)
from wendu.feedback.domain.override import human_review_notice
from wendu.feedback.domain.report import level_for
from wendu.v1 import accountability_pb2, common_pb2, events_pb2, feedback_pb2

# An interview always has a language; should an event lack it, English is the readable fallback.
DEFAULT_LANGUAGE = Language.EN

_VIEW_TO_PROTO = {
    ReportView.CANDIDATE: feedback_pb2.REPORT_VIEW_CANDIDATE,
    ReportView.RECRUITER: feedback_pb2.REPORT_VIEW_RECRUITER,
}


# ---------------------------------------------------------------- events in


def answer_score_from_event(event: events_pb2.ScoreReady) -> AnswerScore:
    return AnswerScore(
        tenant_id=event.meta.tenant_id,
        interview_id=require_event_field(event.meta.interview_id, "meta.interview_id"),
        answer_id=require_event_field(event.answer_id, "answer_id"),
        question_id=event.question_id,
        revision=event.revision,
        language=language_from_proto(event.language, default=DEFAULT_LANGUAGE),
        scores=tuple(CompetencyScore(s.competency_id, s.score, s.level) for s in event.scores),
        evidence=tuple(EvidenceSpan(e.quote, e.start, e.end, e.competency_id) for e in event.evidence),
        star_parts=star_parts_from_proto(event.star_parts),
        specificity=event.specificity,
        relevance=event.relevance,
        scorer=ScorerRef(
            name=event.scorer.name,
            version=event.scorer.version,
            rubric_version=event.scorer.rubric_version,
            prompt_version=event.scorer.prompt_version,
        ),
        injection_suspected=event.injection_suspected,
        needs_human_review=event.needs_human_review,
        submitted_at=codec.from_timestamp(event.submitted_at),
    )


def summary_from_event(event: events_pb2.InterviewCompleted) -> InterviewSummary:
    return InterviewSummary(
        tenant_id=event.meta.tenant_id,
        interview_id=require_event_field(event.meta.interview_id, "meta.interview_id"),
        candidate_id=event.meta.candidate_id,
        kind=interview_kind_from_proto(event.meta.interview_kind, default=None),
        language=language_from_proto(event.language, default=DEFAULT_LANGUAGE),
        position_id=event.position_id,
        position_title=event.position_title,
        weights=tuple(CompetencyWeight(w.competency_id, w.weight_percent) for w in event.weights),
        # The listed answers, once each, in order.
        answer_ids=tuple(dict.fromkeys(a for a in event.answer_ids if a)),
        question_texts=tuple(event.question_texts),
        started_at=codec.from_timestamp(event.started_at),
        completed_at=codec.from_timestamp(event.completed_at),
    )


# ---------------------------------------------------------------- events out


def hint_to_event(hint: Hint) -> events_pb2.HintReady:
    """The HintReady of a stored hint; re-publishing it repeats the stored event id."""
    return events_pb2.HintReady(
        meta=codec.new_meta(
            events_pb2.HintReady,
            tenant_id=hint.tenant_id,
            interview_id=hint.interview_id,
            candidate_id=hint.candidate_id,
            interview_kind=interview_kind_to_proto(hint.kind),
            event_id=hint.event_id,
        ),
        hint_id=hint.hint_id,
        answer_id=hint.answer_id,
        question_id=hint.question_id,
        hint_code=hint.hint_code,
        kind=hint_kind_to_proto(hint.hint_code),
        text=hint.text,
        language=language_to_proto(hint.language),
        submitted_at=codec.to_timestamp(hint.submitted_at),
    )


def _course_to_proto(course: CourseSuggestion) -> events_pb2.CourseSuggestion:
    return events_pb2.CourseSuggestion(
        course_id=course.course_id, competency_id=course.competency_id, title=localized_to_proto(course.title)
    )


def report_to_event(report: Report) -> events_pb2.ReportGenerated:
    """The ReportGenerated of a ready report; re-publishing it repeats the stored event id."""
    if report.content is None:
        raise ValueError(f"report {report.report_id} is not ready")
    summary, content = report.summary, report.content
    event = events_pb2.ReportGenerated(
        meta=codec.new_meta(
            events_pb2.ReportGenerated,
            tenant_id=summary.tenant_id,
            interview_id=summary.interview_id,
            candidate_id=summary.candidate_id,
            interview_kind=interview_kind_to_proto(summary.kind),
            event_id=report.revision_event_id,
        ),
        report_id=report.report_id,
        overall_score=content.overall_score,
        # Only assessed competencies have a score; the weights still list every one, so a consumer
        # sees which were not assessed.
        competency_scores=[
            common_pb2.CompetencyScore(competency_id=c.competency_id, score=c.score, level=level_for(c.score))
            for c in content.competencies
            if c.score is not None
        ],
        weights=[
            common_pb2.CompetencyWeight(competency_id=w.competency_id, weight_percent=w.weight_percent)
            for w in summary.weights
        ],
        course_suggestions=[_course_to_proto(c) for c in report.courses],
        weak_competency_ids=list(content.weak_competency_ids),
        question_texts=list(summary.question_texts),
        language=language_to_proto(summary.language),
        completed_at=codec.to_timestamp(summary.completed_at),
        position_id=summary.position_id,
        revision=report.revision,
        human_reviewed=report.human_review is not None,
    )
    if report.human_review is not None:
        event.reviewed_at.CopyFrom(codec.to_timestamp(report.human_review.reviewed_at))
        if content.automated_overall_score is not None:
            event.automated_overall_score = content.automated_overall_score
    return event


# ---------------------------------------------------------------- API out


def _item_to_proto(item: ReportItem) -> feedback_pb2.ReportItem:
    return feedback_pb2.ReportItem(competency_id=item.competency_id, text=item.text, evidence_quote=item.evidence_quote)


def _competency_to_proto(result: CompetencyResult) -> feedback_pb2.CompetencyResult:
    message = feedback_pb2.CompetencyResult(
        competency_id=result.competency_id,
        name=localized_to_proto(result.name),
        score=result.score if result.score is not None else 0.0,
        not_assessed=not result.assessed,
        weight_percent=result.weight_percent,
        evidence=[
            common_pb2.Evidence(quote=e.quote, start=e.start, end=e.end, competency_id=e.competency_id)
            for e in result.evidence
        ],
    )
    if result.automated_score is not None:
        message.automated_score = result.automated_score
    return message


def human_review_to_proto(review: HumanReview, view: ReportView, language: Language) -> feedback_pb2.HumanReview:
    """The "reviewed by a person" mark; the reviewer's subject is for the recruiter view only."""
    return feedback_pb2.HumanReview(
        reviewed_by=review.reviewed_by if view is ReportView.RECRUITER else "",
        reviewed_at=codec.to_timestamp(review.reviewed_at),
        override_count=review.override_count,
        notice=human_review_notice(review, language),
    )


def score_override_to_proto(override: ScoreOverride, *, recorded_now: bool) -> feedback_pb2.ScoreOverride:
    return feedback_pb2.ScoreOverride(
        override_id=override.override_id,
        interview_id=override.interview_id,
        answer_id=override.answer_id,
        competency_id=override.competency_id,
        automated_score=override.automated_score,
        score_before=override.score_before,
        score_after=override.score_after,
        reason=override.reason,
        overridden_by=override.overridden_by,
        overridden_at=codec.to_timestamp(override.overridden_at),
        recorded_now=recorded_now,
    )


def _report_header(report: Report, view: ReportView, status: feedback_pb2.ReportStatus) -> feedback_pb2.Report:
    summary = report.summary
    return feedback_pb2.Report(
        report_id=report.report_id,
        interview_id=summary.interview_id,
        candidate_id=summary.candidate_id,
        language=language_to_proto(summary.language),
        view=_VIEW_TO_PROTO[view],
        kind=interview_kind_to_proto(summary.kind),
        status=status,
    )


def generating_report_to_proto(report: Report, view: ReportView) -> feedback_pb2.Report:
    """The API message of a report still being built: its ids, language, kind, view and status only."""
    return _report_header(report, view, feedback_pb2.REPORT_STATUS_GENERATING)


def report_to_proto(report: Report, content: ReportContent, view: ReportView) -> feedback_pb2.Report:
    """The API message of a ready report; ``content`` is already cut down to what ``view`` may show."""
    coverage = content.coverage
    message = _report_header(report, view, feedback_pb2.REPORT_STATUS_READY)
    message.MergeFrom(
        feedback_pb2.Report(
            overall_score=content.overall_score,
            assessed_competencies=coverage.assessed_competencies,
            total_competencies=coverage.total_competencies,
            assessed_weight_percent=coverage.assessed_weight_percent,
            competencies=[_competency_to_proto(c) for c in content.competencies],
            strengths=[_item_to_proto(i) for i in content.strengths],
            improvements=[_item_to_proto(i) for i in content.improvements],
            course_suggestions=[_course_to_proto(c) for c in report.courses],
            review_flags=list(content.review_flags),
            scorers=[
                common_pb2.ScorerInfo(
                    name=s.name, version=s.version, rubric_version=s.rubric_version, prompt_version=s.prompt_version
                )
                for s in content.scorers
            ],
        )
    )
    if report.generated_at is not None:
        message.generated_at.CopyFrom(codec.to_timestamp(report.generated_at))
    if content.automated_overall_score is not None:
        message.automated_overall_score = content.automated_overall_score
    if report.human_review is not None:
        message.human_review.CopyFrom(human_review_to_proto(report.human_review, view, report.summary.language))
    return message


def review_to_proto(review: ReviewRequest) -> feedback_pb2.ReviewRequest:
    return feedback_pb2.ReviewRequest(
        review_id=review.review_id,
        interview_id=review.interview_id,
        requested_by=review.requested_by,
        reason=review.reason,
        requested_at=codec.to_timestamp(review.requested_at),
    )


def hint_from_event(event: events_pb2.HintReady, *, received_at: datetime) -> Hint:
    """Feedback's copy of a hint question-gen showed; the stored event id is the event's own."""
    return Hint(
        tenant_id=require_event_field(event.meta.tenant_id, "meta.tenant_id"),
        hint_id=require_event_field(event.hint_id, "hint_id"),
        event_id=event.meta.event_id,
        interview_id=require_event_field(event.meta.interview_id, "meta.interview_id"),
        candidate_id=event.meta.candidate_id,
        kind=interview_kind_from_proto(event.meta.interview_kind, default=None),
        answer_id=require_event_field(event.answer_id, "answer_id"),
        question_id=event.question_id,
        hint_code=event.hint_code,
        text=event.text,
        language=language_from_proto(event.language, default=DEFAULT_LANGUAGE),
        submitted_at=codec.from_timestamp(event.submitted_at),
        created_at=codec.from_timestamp(event.meta.occurred_at) or received_at,
    )


REPORT_RULES_VERSION = "report/1"


def report_audit_record(report: Report) -> accountability_pb2.DecisionAuditRecord:
    """The decision-audit record of a ready report: the overall and per-competency scores, the scorers
    whose scores it was built from, and a hash of those scores and weights. Its id is the report's."""
    if report.content is None:
        raise ValueError(f"report {report.report_id} is not ready")
    summary, content = report.summary, report.content
    scores = tuple(f"{c.competency_id}={c.score:.1f}" for c in content.competencies if c.score is not None)
    weights = tuple(f"{w.competency_id}:{w.weight_percent}" for w in summary.weights)
    return audit.audit_record(
        audit.REPORT,
        tenant_id=summary.tenant_id,
        decided_by="feedback",
        decision=f"report overall={content.overall_score:.1f} " + " ".join(scores),
        record_id=audit.record_id(audit.REPORT, "feedback", summary.tenant_id, report.report_id),
        interview_id=summary.interview_id,
        candidate_id=summary.candidate_id,
        position_id=summary.position_id,
        scorer_version=",".join(sorted({f"{s.name}/{s.version}" for s in content.scorers})),
        rubric_version=",".join(sorted({s.rubric_version for s in content.scorers if s.rubric_version})),
        prompt_version=REPORT_RULES_VERSION,
        input_digest=audit.input_sha256((*summary.answer_ids, *scores, *weights)),
    )
