"""Mongo repositories (mongoengine). Every query filters on ``tenant_id``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from wendu.core.errors import NotFound
from wendu.core.mongo import first_as, insert_or_find
from wendu.question_gen import wire
from wendu.question_gen.adapters.documents import (
    AnswerDoc,
    BankQuestionDoc,
    HintDocument,
    InterviewDocument,
    PositionDocument,
    QuestionDoc,
    TimelineItemDocument,
    WeightDoc,
)
from wendu.question_gen.domain.interviews import (
    Answer,
    HintRecord,
    Interview,
    InterviewKind,
    InterviewStatus,
    Question,
)
from wendu.question_gen.domain.language import Language, LocalizedText
from wendu.question_gen.domain.positions import BankQuestion, CompetencyWeight, Position, TimePolicy
from wendu.question_gen.domain.timeline import HintShown, TimelineItem
from wendu.question_gen.handlers.ports import ConcurrentUpdate, TimelineRecord
from wendu.v1 import question_gen_pb2


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _optional_utc(moment: datetime | None) -> datetime | None:
    return _utc(moment) if moment is not None else None


def _weights(docs: list[WeightDoc]) -> tuple[CompetencyWeight, ...]:
    return tuple(CompetencyWeight(d.competency_id, d.weight_percent) for d in docs)


def _weight_docs(weights: tuple[CompetencyWeight, ...]) -> list[WeightDoc]:
    return [WeightDoc(competency_id=w.competency_id, weight_percent=w.weight_percent) for w in weights]


class MongoPositionRepository:
    def add(self, position: Position, idempotency_key: str) -> tuple[Position, bool]:
        document = PositionDocument(
            tenant_id=position.tenant_id,
            position_id=position.position_id,
            title=position.title,
            competencies=_weight_docs(position.competencies),
            question_bank=[
                BankQuestionDoc(competency_id=q.competency_id, zh=q.text.zh, en=q.text.en)
                for q in position.question_bank
            ],
            suggested_minutes_per_answer=position.time_policy.suggested_minutes_per_answer,
            hard_limit_minutes=position.time_policy.hard_limit_minutes,
            rubric_version=position.rubric_version,
            created_at=position.created_at,
            idempotency_key=idempotency_key or position.position_id,
        )
        # Two calls with one key raced; the first one stored wins.
        return insert_or_find(
            document, position, lambda: self.find_by_idempotency_key(position.tenant_id, idempotency_key)
        )

    def get(self, tenant_id: str, position_id: str) -> Position | None:
        return first_as(PositionDocument.objects(tenant_id=tenant_id, position_id=position_id), _to_position)

    def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Position | None:
        if not idempotency_key:
            return None
        return first_as(PositionDocument.objects(tenant_id=tenant_id, idempotency_key=idempotency_key), _to_position)


def _to_position(document: PositionDocument) -> Position:
    return Position(
        position_id=document.position_id,
        tenant_id=document.tenant_id,
        title=document.title,
        competencies=_weights(document.competencies),
        question_bank=tuple(
            BankQuestion(d.competency_id, LocalizedText(zh=d.zh, en=d.en)) for d in document.question_bank
        ),
        time_policy=TimePolicy(document.suggested_minutes_per_answer, document.hard_limit_minutes),
        rubric_version=document.rubric_version,
        created_at=_utc(document.created_at),
    )


class MongoInterviewRepository:
    def add(self, interview: Interview, idempotency_key: str) -> tuple[Interview, bool]:
        document = InterviewDocument(
            tenant_id=interview.tenant_id,
            interview_id=interview.interview_id,
            idempotency_key=idempotency_key or interview.interview_id,
            version=interview.version,
            **_interview_fields(interview),
        )
        return insert_or_find(
            document, interview, lambda: self.find_by_idempotency_key(interview.tenant_id, idempotency_key)
        )

    def get(self, tenant_id: str, interview_id: str) -> Interview | None:
        return first_as(InterviewDocument.objects(tenant_id=tenant_id, interview_id=interview_id), _to_interview)

    def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Interview | None:
        if not idempotency_key:
            return None
        return first_as(InterviewDocument.objects(tenant_id=tenant_id, idempotency_key=idempotency_key), _to_interview)

    def save(self, interview: Interview) -> None:
        changes = {f"set__{name}": value for name, value in _interview_fields(interview).items() if value is not None}
        updated = InterviewDocument.objects(
            tenant_id=interview.tenant_id, interview_id=interview.interview_id, version=interview.version
        ).update_one(inc__version=1, **changes)
        if not updated:
            raise ConcurrentUpdate(interview.interview_id)
        interview.version += 1


def _question_doc(question: Question) -> QuestionDoc:
    return QuestionDoc(
        question_id=question.question_id,
        text=question.text,
        competency_ids=list(question.competency_ids),
        reason=question.reason,
        follows_up_question_id=question.follows_up_question_id,
        ordinal=question.ordinal,
    )


def _to_question(document: QuestionDoc) -> Question:
    return Question(
        question_id=document.question_id,
        text=document.text,
        competency_ids=tuple(document.competency_ids),
        reason=document.reason,
        follows_up_question_id=document.follows_up_question_id,
        ordinal=document.ordinal,
    )


def _interview_fields(interview: Interview) -> dict[str, Any]:
    """The document fields a save writes: everything but identity, version and the seq counter."""
    return {
        "candidate_id": interview.candidate_id,
        "position_id": interview.position_id,
        "position_title": interview.position_title,
        "weights": _weight_docs(interview.weights),
        "rubric_version": interview.rubric_version,
        "suggested_minutes_per_answer": interview.time_policy.suggested_minutes_per_answer,
        "hard_limit_minutes": interview.time_policy.hard_limit_minutes,
        "language": interview.language.value,
        "kind": interview.kind.value,
        "status": interview.status.value,
        "plan": [_question_doc(q) for q in interview.plan],
        "questions": [_question_doc(q) for q in interview.questions],
        "answers": [
            AnswerDoc(
                answer_id=a.answer_id,
                question_id=a.question_id,
                text=a.text,
                revision=a.revision,
                submitted_at=a.submitted_at,
                idempotency_key=a.idempotency_key,
                event_id=a.event_id,
                published=a.published,
                flow_advanced=a.flow_advanced,
                next_question_id=a.next_question_id,
            )
            for a in interview.answers
        ],
        "current_question_id": interview.current_question_id,
        "all_questions_answered": interview.all_questions_answered,
        "created_at": interview.created_at,
        "started_at": interview.started_at,
        "completed_at": interview.completed_at,
        "completion_event_id": interview.completion_event_id,
        "completion_published": interview.completion_published,
    }


def _to_interview(document: InterviewDocument) -> Interview:
    return Interview(
        interview_id=document.interview_id,
        tenant_id=document.tenant_id,
        candidate_id=document.candidate_id,
        position_id=document.position_id,
        position_title=document.position_title,
        weights=_weights(document.weights),
        rubric_version=document.rubric_version,
        time_policy=TimePolicy(document.suggested_minutes_per_answer, document.hard_limit_minutes),
        language=Language(document.language),
        kind=InterviewKind(document.kind),
        plan=[_to_question(q) for q in document.plan],
        created_at=_utc(document.created_at),
        status=InterviewStatus(document.status),
        questions=[_to_question(q) for q in document.questions],
        answers=[
            Answer(
                answer_id=a.answer_id,
                question_id=a.question_id,
                text=a.text,
                revision=a.revision,
                submitted_at=_utc(a.submitted_at),
                idempotency_key=a.idempotency_key,
                event_id=a.event_id,
                published=a.published,
                flow_advanced=a.flow_advanced,
                next_question_id=a.next_question_id,
            )
            for a in document.answers
        ],
        current_question_id=document.current_question_id,
        all_questions_answered=document.all_questions_answered,
        started_at=_optional_utc(document.started_at),
        completed_at=_optional_utc(document.completed_at),
        completion_event_id=document.completion_event_id,
        completion_published=document.completion_published,
        version=document.version,
    )


class MongoHintRepository:
    def add(self, tenant_id: str, interview_id: str, hint: HintRecord) -> None:
        document = HintDocument(
            tenant_id=tenant_id, interview_id=interview_id, hint_id=hint.hint_id, answer_id=hint.answer_id
        )
        # Stored before (a redelivery, or the worker and an API replica both recording it): done.
        insert_or_find(document, hint, lambda: hint)

    def answer_ids(self, tenant_id: str, interview_id: str) -> set[str]:
        stored = HintDocument.objects(tenant_id=tenant_id, interview_id=interview_id).only("answer_id")
        answer_ids = {d.answer_id for d in stored}
        # Interviews stored before hints had their own collection embed them.
        legacy = InterviewDocument.objects(tenant_id=tenant_id, interview_id=interview_id).only("hints").first()
        if legacy is not None:
            answer_ids.update(h.answer_id for h in legacy.hints)
        return answer_ids


class MongoTimelineRepository:
    def append(
        self, tenant_id: str, interview_id: str, item: TimelineItem, *, dedup_key: str, occurred_at: datetime
    ) -> int:
        existing = self._find(tenant_id, interview_id, dedup_key)
        if existing is not None:
            return existing
        # No projection: FerretDB v1's findAndModify does not support one.
        counter = InterviewDocument.objects(tenant_id=tenant_id, interview_id=interview_id).modify(
            inc__timeline_seq=1, new=True
        )
        if counter is None:
            raise NotFound("interview", interview_id)
        seq = int(counter.timeline_seq)
        update = wire.timeline_update(seq, interview_id, occurred_at, item)
        document = TimelineItemDocument(
            tenant_id=tenant_id,
            interview_id=interview_id,
            seq=seq,
            dedup_key=dedup_key,
            item=update.SerializeToString(),
            occurred_at=occurred_at,
            answer_submitted_at=item.answer_submitted_at if isinstance(item, HintShown) else None,
        )
        # When another writer stored this item first, the seq taken here stays unused (streams step
        # over such gaps).
        stored_seq, _ = insert_or_find(document, seq, lambda: self._find(tenant_id, interview_id, dedup_key))
        return stored_seq

    @staticmethod
    def _find(tenant_id: str, interview_id: str, dedup_key: str) -> int | None:
        document = (
            TimelineItemDocument.objects(tenant_id=tenant_id, interview_id=interview_id, dedup_key=dedup_key)
            .only("seq")
            .first()
        )
        return int(document.seq) if document is not None else None

    def read_after(self, tenant_id: str, interview_id: str, after_seq: int, limit: int) -> list[TimelineRecord]:
        documents = (
            TimelineItemDocument.objects(tenant_id=tenant_id, interview_id=interview_id, seq__gt=after_seq)
            .order_by("seq")
            .limit(limit)
        )
        return [
            TimelineRecord(
                seq=int(d.seq),
                occurred_at=_utc(d.occurred_at),
                update=question_gen_pb2.InterviewUpdate.FromString(d.item),
                answer_submitted_at=_optional_utc(d.answer_submitted_at),
            )
            for d in documents
        ]
