"""Mongo documents of question-gen (collections prefixed ``question_gen_``).

Only the repositories in this package read or write them. An interview embeds its questions and
answers (one document, changed under a version check); the timeline is its own collection because
the candidate's stream reads it by sequence number. Hints are their own, insert-only collection:
writing them into the interview would contend with its other changes (and FerretDB v1 applies
concurrent updates of one document as read-modify-write, so one of them can be lost).
"""

from __future__ import annotations

from typing import Any, ClassVar

from mongoengine import (
    BinaryField,
    BooleanField,
    DateTimeField,
    EmbeddedDocument,
    EmbeddedDocumentListField,
    IntField,
    ListField,
    LongField,
    StringField,
)
from wendu.core.mongo import TenantDocument


class WeightDoc(EmbeddedDocument):
    competency_id = StringField(required=True)
    weight_percent = IntField(required=True)


class BankQuestionDoc(EmbeddedDocument):
    competency_id = StringField(required=True)
    zh = StringField(required=True)
    en = StringField(required=True)


class PositionDocument(TenantDocument):
    position_id = StringField(primary_key=True)
    title = StringField(required=True)
    competencies = EmbeddedDocumentListField(WeightDoc)
    question_bank = EmbeddedDocumentListField(BankQuestionDoc)
    suggested_minutes_per_answer = IntField(default=0)
    hard_limit_minutes = IntField(default=0)
    rubric_version = StringField(required=True)
    created_at = DateTimeField(required=True)
    # The client's key, or the position's own id when it sent none, so one unique index serves
    # (FerretDB v1 has no partial indexes).
    idempotency_key = StringField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "question_gen_positions",
        "indexes": [{"fields": ["tenant_id", "idempotency_key"], "unique": True}],
    }


class QuestionDoc(EmbeddedDocument):
    question_id = StringField(required=True)
    text = StringField(required=True)
    competency_ids = ListField(StringField())
    reason = StringField(default="")
    follows_up_question_id = StringField(default="")
    ordinal = IntField(default=0)


class AnswerDoc(EmbeddedDocument):
    answer_id = StringField(required=True)
    question_id = StringField(required=True)
    text = StringField(required=True)
    revision = IntField(required=True)
    submitted_at = DateTimeField(required=True)
    idempotency_key = StringField(default="")
    event_id = StringField(default="")
    published = BooleanField(default=False)
    flow_advanced = BooleanField(default=False)
    next_question_id = StringField(default="")


class HintDoc(EmbeddedDocument):
    """Legacy: hints embedded in interviews stored before HintDocument; read, no longer written."""

    hint_id = StringField(required=True)
    answer_id = StringField(required=True)


class InterviewDocument(TenantDocument):
    interview_id = StringField(primary_key=True)
    candidate_id = StringField(required=True)
    position_id = StringField(required=True)
    position_title = StringField(required=True)
    weights = EmbeddedDocumentListField(WeightDoc)
    rubric_version = StringField(required=True)
    suggested_minutes_per_answer = IntField(default=0)
    hard_limit_minutes = IntField(default=0)
    language = StringField(required=True)
    kind = StringField(required=True)
    status = StringField(required=True)
    plan = EmbeddedDocumentListField(QuestionDoc)
    questions = EmbeddedDocumentListField(QuestionDoc)
    answers = EmbeddedDocumentListField(AnswerDoc)
    hints = EmbeddedDocumentListField(HintDoc)  # legacy, see HintDoc
    current_question_id = StringField(default="")
    all_questions_answered = BooleanField(default=False)
    created_at = DateTimeField(required=True)
    started_at = DateTimeField()
    completed_at = DateTimeField()
    completion_event_id = StringField(default="")
    completion_published = BooleanField(default=False)
    # As for positions: the client's key, or the interview id when none was sent.
    idempotency_key = StringField(required=True)
    # Bumped by every save; a save names the version it loaded (optimistic concurrency).
    version = IntField(default=0)
    # The timeline's sequence counter, taken with an atomic $inc; never part of a save.
    timeline_seq = LongField(default=0)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "question_gen_interviews",
        "indexes": [
            {"fields": ["tenant_id", "idempotency_key"], "unique": True},
            {"fields": ["tenant_id", "candidate_id"]},
        ],
    }


class TimelineItemDocument(TenantDocument):
    interview_id = StringField(required=True)
    seq = LongField(required=True)
    # Unique per interview: the same question, hint or status change is stored once.
    dedup_key = StringField(required=True)
    # A serialized wendu.v1.InterviewUpdate, sent to the stream as it is.
    item = BinaryField(required=True)
    occurred_at = DateTimeField(required=True)
    answer_submitted_at = DateTimeField()

    meta: ClassVar[dict[str, Any]] = {
        "collection": "question_gen_timeline",
        "indexes": [
            {"fields": ["tenant_id", "interview_id", "seq"], "unique": True},
            {"fields": ["tenant_id", "interview_id", "dedup_key"], "unique": True},
        ],
    }


class HintDocument(TenantDocument):
    interview_id = StringField(required=True)
    hint_id = StringField(required=True)
    answer_id = StringField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "question_gen_hints",
        "indexes": [{"fields": ["tenant_id", "interview_id", "hint_id"], "unique": True}],
    }
