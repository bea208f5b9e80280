"""Conversions between the domain and the ``wendu.v1`` protobuf messages.

One place for the mapping of the API responses, the event payloads and the timeline items, so the
API, the events and the stream always describe an interview the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from google.protobuf.timestamp_pb2 import Timestamp
from wendu.core.codec import from_timestamp, new_meta, to_timestamp
from wendu.core.hint_kinds import hint_kind_to_proto
from wendu.core.star_parts import star_parts_from_proto
from wendu.core.vocabulary import Language
from wendu.core.wire import interview_kind_to_proto, language_to_proto, localized_to_proto
from wendu.question_gen.domain.competencies import Competency
from wendu.question_gen.domain.hints import ScoredAnswer
from wendu.question_gen.domain.interview_plan import InterviewPlan, interview_plan
from wendu.question_gen.domain.interviews import (
    Answer,
    Extension,
    FirstScreen,
    Interview,
    InterviewMode,
    InterviewStatus,
    Question,
)
from wendu.question_gen.domain.positions import CompetencyWeight, Position, TimePolicy
from wendu.question_gen.domain.timeline import HintShown, QuestionAsked, StatusChanged, TimelineItem
from wendu.v1 import common_pb2, events_pb2, question_gen_pb2

_STATUS_TO_PROTO = {
    InterviewStatus.SCHEDULED: common_pb2.INTERVIEW_STATUS_SCHEDULED,
    InterviewStatus.IN_PROGRESS: common_pb2.INTERVIEW_STATUS_IN_PROGRESS,
    InterviewStatus.PAUSED: common_pb2.INTERVIEW_STATUS_PAUSED,
    InterviewStatus.COMPLETED: common_pb2.INTERVIEW_STATUS_COMPLETED,
    InterviewStatus.ABANDONED: common_pb2.INTERVIEW_STATUS_ABANDONED,
    InterviewStatus.EXPIRED: common_pb2.INTERVIEW_STATUS_EXPIRED,
}
_STATUS_FROM_PROTO = {v: k for k, v in _STATUS_TO_PROTO.items()}
_MODE_TO_PROTO = {
    InterviewMode.TEXT: question_gen_pb2.INTERVIEW_MODE_TEXT,
    InterviewMode.VOICE: question_gen_pb2.INTERVIEW_MODE_VOICE,
    InterviewMode.VIDEO: question_gen_pb2.INTERVIEW_MODE_VIDEO,
}
_MODE_FROM_PROTO = {v: k for k, v in _MODE_TO_PROTO.items()}
_SCREEN_TO_PROTO = {
    FirstScreen.AI: question_gen_pb2.FIRST_SCREEN_AI,
    FirstScreen.HUMAN: question_gen_pb2.FIRST_SCREEN_HUMAN,
}


def status_to_proto(status: InterviewStatus) -> common_pb2.InterviewStatus:
    return _STATUS_TO_PROTO[status]


def status_from_proto(value: int) -> InterviewStatus | None:
    return _STATUS_FROM_PROTO.get(value)  # type: ignore[call-overload]


def mode_to_proto(mode: InterviewMode) -> question_gen_pb2.InterviewMode:
    return _MODE_TO_PROTO[mode]


def mode_from_proto(value: int) -> InterviewMode | None:
    """The domain mode, or None for INTERVIEW_MODE_UNSPECIFIED and unknown values."""
    return _MODE_FROM_PROTO.get(value)  # type: ignore[call-overload]


def extension_to_proto(extension: Extension) -> question_gen_pb2.TimeExtension:
    return question_gen_pb2.TimeExtension(
        extension_id=extension.extension_id,
        minutes=extension.minutes,
        reason=extension.reason,
        granted_by=extension.granted_by,
        granted_at=to_timestamp(extension.granted_at),
    )


def weights_to_proto(weights: Iterable[CompetencyWeight]) -> list[common_pb2.CompetencyWeight]:
    return [
        common_pb2.CompetencyWeight(competency_id=w.competency_id, weight_percent=w.weight_percent) for w in weights
    ]


def time_policy_to_proto(policy: TimePolicy) -> question_gen_pb2.TimePolicy:
    return question_gen_pb2.TimePolicy(
        suggested_minutes_per_answer=policy.suggested_minutes_per_answer,
        hard_limit_minutes=policy.hard_limit_minutes,
    )


def competency_to_proto(competency: Competency) -> question_gen_pb2.Competency:
    return question_gen_pb2.Competency(
        competency_id=competency.competency_id,
        name=localized_to_proto(competency.name),
        definition=localized_to_proto(competency.definition),
        levels=[localized_to_proto(level) for level in competency.levels],
    )


def position_to_proto(position: Position) -> question_gen_pb2.Position:
    return question_gen_pb2.Position(
        position_id=position.position_id,
        tenant_id=position.tenant_id,
        title=position.title,
        competencies=weights_to_proto(position.competencies),
        question_bank=[
            question_gen_pb2.BankQuestion(competency_id=q.competency_id, text=localized_to_proto(q.text))
            for q in position.question_bank
        ],
        time_policy=time_policy_to_proto(position.time_policy),
        rubric_version=position.rubric_version,
        created_at=to_timestamp(position.created_at),
        employer_name=position.employer_name,
    )


def question_to_proto(question: Question) -> question_gen_pb2.Question:
    return question_gen_pb2.Question(
        question_id=question.question_id,
        text=question.text,
        competency_ids=list(question.competency_ids),
        reason=question.reason,
        follows_up_question_id=question.follows_up_question_id,
        ordinal=question.ordinal,
    )


def answer_to_proto(answer: Answer) -> question_gen_pb2.Answer:
    return question_gen_pb2.Answer(
        answer_id=answer.answer_id,
        question_id=answer.question_id,
        text=answer.text,
        revision=answer.revision,
        submitted_at=to_timestamp(answer.submitted_at),
    )


def interview_to_proto(
    interview: Interview, now: datetime | None = None, *, max_follow_ups: int
) -> question_gen_pb2.Interview:
    """The API view of ``interview``; ``max_follow_ups`` is the deployment's follow-up setting, for its plan."""
    message = question_gen_pb2.Interview(
        interview_id=interview.interview_id,
        tenant_id=interview.tenant_id,
        candidate_id=interview.candidate_id,
        position_id=interview.position_id,
        language=language_to_proto(interview.language),
        kind=interview_kind_to_proto(interview.kind),
        status=status_to_proto(interview.status),
        questions=[question_to_proto(q) for q in interview.questions],
        answers=[answer_to_proto(a) for a in interview.answers],
        current_question_id=interview.current_question_id,
        created_at=to_timestamp(interview.created_at),
        time_policy=time_policy_to_proto(interview.time_policy),
        all_questions_answered=interview.all_questions_answered,
        plan=plan_to_proto(interview_plan(interview, max_follow_ups=max_follow_ups)),
        employer_name=interview.employer_name,
    )
    if interview.started_at is not None:
        message.started_at.CopyFrom(to_timestamp(interview.started_at))
    if interview.completed_at is not None:
        message.completed_at.CopyFrom(to_timestamp(interview.completed_at))
    _add_lifecycle(message, interview, now)
    return message


def plan_to_proto(plan: InterviewPlan) -> question_gen_pb2.InterviewPlan:
    return question_gen_pb2.InterviewPlan(
        main_questions=plan.main_questions,
        competencies=[
            question_gen_pb2.PlannedCompetency(
                competency_id=c.competency_id,
                name=localized_to_proto(c.name),
                weight_percent=c.weight_percent,
                main_questions=c.main_questions,
            )
            for c in plan.competencies
        ],
        follow_ups_allowed=plan.follow_ups_allowed,
        max_follow_ups_per_question=plan.max_follow_ups_per_question,
        max_questions=plan.max_questions,
    )


def _add_lifecycle(message: question_gen_pb2.Interview, interview: Interview, now: datetime | None) -> None:
    """The candidate's choices, the first screen, how it ended, and time used against any limit."""
    for name in ("window_start", "window_end", "slot_start"):
        moment = getattr(interview, name)
        if moment is not None:
            getattr(message, name).CopyFrom(to_timestamp(moment))
    message.mode = mode_to_proto(interview.mode)
    message.offered_modes.extend(
        [question_gen_pb2.INTERVIEW_MODE_TEXT, *(mode_to_proto(m) for m in interview.offered_modes)]
    )
    message.first_screen = _SCREEN_TO_PROTO[interview.first_screen]
    message.end_reason = interview.end_reason.value
    moment = now or interview.running_since or interview.completed_at or interview.created_at
    message.time_used_seconds = int(interview.time_used_seconds(moment))
    message.time_limit_seconds = interview.time_limit_seconds()
    message.extensions.extend(extension_to_proto(e) for e in interview.extensions)


def timeline_update(
    seq: int, interview_id: str, occurred_at: datetime, item: TimelineItem
) -> question_gen_pb2.InterviewUpdate:
    """The stream message of one timeline item."""
    update = question_gen_pb2.InterviewUpdate(seq=seq, interview_id=interview_id, occurred_at=to_timestamp(occurred_at))
    match item:
        case QuestionAsked(question=question):
            update.question.CopyFrom(question_to_proto(question))
        case HintShown():
            update.hint.CopyFrom(
                question_gen_pb2.Hint(
                    hint_id=item.hint_id,
                    answer_id=item.answer_id,
                    question_id=item.question_id,
                    hint_code=item.hint_code,
                    kind=hint_kind_to_proto(item.hint_code),
                    text=item.text,
                )
            )
        case StatusChanged(status=status, all_questions_answered=all_answered):
            update.status.CopyFrom(
                question_gen_pb2.StatusChange(status=status_to_proto(status), all_questions_answered=all_answered)
            )
    return update


def scored_answer(score: events_pb2.ScoreReady, language: Language) -> ScoredAnswer:
    """What the hint policy reads of a ``score-ready`` event, in the interview's ``language``."""
    values = [s.score for s in score.scores]
    return ScoredAnswer(
        text=score.answer_text,
        language=language,
        revision=score.revision,
        star_parts=star_parts_from_proto(score.star_parts),
        specificity=score.specificity,
        off_topic=score.off_topic,
        mean_score=sum(values) / len(values) if values else None,
        evidence_quotes=tuple(e.quote for e in sorted(score.evidence, key=lambda e: (e.start, e.end))),
        injection_suspected=score.injection_suspected,
    )


def hint_ready(interview: Interview, answer: Answer, *, submitted_at: Timestamp) -> events_pb2.HintReady:
    """The ``hint-ready`` event of the hint kept on ``answer``; its event id is the hint id (replays dedupe)."""
    return events_pb2.HintReady(
        meta=new_meta(
            events_pb2.HintReady,
            tenant_id=interview.tenant_id,
            interview_id=interview.interview_id,
            candidate_id=interview.candidate_id,
            interview_kind=interview_kind_to_proto(interview.kind),
            event_id=answer.hint_id,
        ),
        hint_id=answer.hint_id,
        answer_id=answer.answer_id,
        question_id=answer.question_id,
        hint_code=answer.hint_kind,
        kind=hint_kind_to_proto(answer.hint_kind),
        text=answer.hint_text,
        language=language_to_proto(interview.language),
        submitted_at=submitted_at,
    )


def hint_shown(event: events_pb2.HintReady) -> HintShown:
    """The timeline item of a ``hint-ready`` event."""
    return HintShown(
        hint_id=event.hint_id,
        answer_id=event.answer_id,
        question_id=event.question_id,
        hint_code=event.hint_code,
        text=event.text,
        answer_submitted_at=from_timestamp(event.submitted_at),
    )


def is_terminal_update(update: question_gen_pb2.InterviewUpdate) -> bool:
    """True for a status item that ends the interview (and so the stream)."""
    if update.WhichOneof("item") != "status":
        return False
    status = status_from_proto(update.status.status)
    return status is not None and status.is_terminal
