"""Translation between the scoring domain and the wire contract (events and API messages)."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp
from wendu.core import audit
from wendu.core.codec import new_meta, timestamp_now
from wendu.core.star_parts import star_part_to_proto
from wendu.core.wire import language_from_proto
from wendu.scoring.domain.model import AnswerToScore, Assessment
from wendu.v1 import accountability_pb2, common_pb2, events_pb2, scoring_pb2


def answer_from_event(event: events_pb2.AnswerSubmitted) -> AnswerToScore:
    return AnswerToScore(
        question_text=event.question_text,
        answer_text=event.answer_text,
        competency_ids=tuple(event.competency_ids),
        # Unspecified: the scorer takes the language from the answer.
        language=language_from_proto(event.language, default=None),
        rubric_version=event.rubric_version,
    )


def _fill(message: events_pb2.ScoreReady | scoring_pb2.AnswerScore, assessment: Assessment) -> None:
    """Copy the assessment into the fields ScoreReady and AnswerScore share."""
    for score in assessment.scores:
        message.scores.add(competency_id=score.competency_id, score=score.score, level=score.level)
    for item in assessment.evidence:
        message.evidence.add(quote=item.quote, start=item.start, end=item.end, competency_id=item.competency_id)
    message.star_parts.extend(star_part_to_proto(part) for part in assessment.star_parts)
    message.specificity = assessment.specificity
    message.relevance = assessment.relevance
    message.rationale = assessment.rationale
    message.scorer.CopyFrom(
        common_pb2.ScorerInfo(
            name=assessment.scorer.name,
            version=assessment.scorer.version,
            rubric_version=assessment.scorer.rubric_version,
            prompt_version=assessment.scorer.prompt_version,
        )
    )
    message.injection_suspected = assessment.injection_suspected
    message.needs_human_review = assessment.needs_human_review
    message.review_reasons.extend(assessment.review_reasons)
    message.off_topic = assessment.off_topic
    message.scorer_model = assessment.scorer.model
    message.scorer_panel_size = assessment.scorer.panel_size


def score_ready_for(submitted: events_pb2.AnswerSubmitted, assessment: Assessment) -> events_pb2.ScoreReady:
    """The ScoreReady event of a submitted answer: a fresh envelope, the answer's ids and text copied."""
    source = submitted.meta
    meta = new_meta(
        events_pb2.ScoreReady,
        tenant_id=source.tenant_id,
        interview_id=source.interview_id,
        candidate_id=source.candidate_id,
        interview_kind=source.interview_kind,
    )
    # Carry the request that submitted the answer, so its logs and this event correlate.
    meta.request_id = source.request_id or meta.request_id
    ready = events_pb2.ScoreReady(
        meta=meta,
        answer_id=submitted.answer_id,
        question_id=submitted.question_id,
        language=submitted.language,
        revision=submitted.revision,
        answer_text=submitted.answer_text,
    )
    if submitted.HasField("submitted_at"):
        ready.submitted_at.CopyFrom(submitted.submitted_at)
    _fill(ready, assessment)
    return ready


def answer_score_from_event(ready: events_pb2.ScoreReady) -> scoring_pb2.AnswerScore:
    """The API view of a stored score."""
    return scoring_pb2.AnswerScore(
        answer_id=ready.answer_id,
        interview_id=ready.meta.interview_id,
        question_id=ready.question_id,
        scores=ready.scores,
        evidence=ready.evidence,
        star_parts=ready.star_parts,
        specificity=ready.specificity,
        relevance=ready.relevance,
        rationale=ready.rationale,
        scorer=ready.scorer,
        injection_suspected=ready.injection_suspected,
        revision=ready.revision,
        scored_at=ready.meta.occurred_at,
        needs_human_review=ready.needs_human_review,
        review_reasons=ready.review_reasons,
        scorer_model=ready.scorer_model,
        scorer_panel_size=ready.scorer_panel_size,
        off_topic=ready.off_topic,
    )


def answer_score_from_assessment(assessment: Assessment, scored_at: Timestamp | None = None) -> scoring_pb2.AnswerScore:
    """The API view of a score computed on request (no answer, interview or question ids)."""
    score = scoring_pb2.AnswerScore(scored_at=scored_at or timestamp_now())
    _fill(score, assessment)
    return score


def score_audit_record(ready: events_pb2.ScoreReady) -> accountability_pb2.DecisionAuditRecord:
    """The decision-audit record of a score: the scores, the versions that produced them, and a hash
    of what was judged (question and answer). Its id is the answer revision's, so a re-published score
    repeats it."""
    meta = ready.meta
    return audit.audit_record(
        audit.SCORE,
        tenant_id=meta.tenant_id,
        decided_by="scoring",
        decision=" ".join(f"{s.competency_id}={s.score:.1f}" for s in ready.scores) or "no score",
        record_id=audit.record_id(audit.SCORE, "scoring", meta.tenant_id, ready.answer_id, str(ready.revision)),
        interview_id=meta.interview_id,
        candidate_id=meta.candidate_id,
        answer_id=ready.answer_id,
        scorer_version=f"{ready.scorer.name}/{ready.scorer.version}",
        rubric_version=ready.scorer.rubric_version,
        prompt_version=ready.scorer.prompt_version,
        model_name=ready.scorer_model,
        input_digest=audit.input_sha256((ready.question_id, ready.answer_text)),
    )
