"""Mongo documents of question-gen (collections prefixed ``question_gen_``).

Only the repositories in this package read or write them. An interview embeds its questions and
answers. Every change of an interview is committed by *inserting* its next revision
(``question_gen_interview_revisions``, unique per interview and version): FerretDB v1 applies a
version-checked update of one document as read-modify-write, so two writers could both "win" and
one change be lost, while a unique index makes exactly one insert win (docs/interviews.md,
"Storage"). ``question_gen_interviews`` is the queryable copy of the latest revision (idempotency
keys, the sweep's queries); it may lag, the revisions are the truth.

The timeline is its own collection because the candidate's stream reads it by sequence number; a
seq is claimed by inserting the item under a unique (interview, seq) index, never by a counter.
Hints and candidate requests are insert-only collections.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mongoengine import (
    BinaryField,
    BooleanField,
    DateTimeField,
    EmbeddedDocument,
    EmbeddedDocumentListField,
    FloatField,
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
    # The live hint decided with the next question (revision 0 only); "" when none.
    hint_id = StringField(default="")
    hint_kind = StringField(default="")
    hint_text = StringField(default="")


class ExtensionDoc(EmbeddedDocument):
    extension_id = StringField(required=True)
    minutes = IntField(required=True)
    reason = StringField(required=True)
    granted_by = StringField(default="")
    granted_at = DateTimeField(required=True)


class HintDoc(EmbeddedDocument):
    """Legacy: hints embedded in interviews stored before HintDocument; read, no longer written."""

    hint_id = StringField(required=True)
    answer_id = StringField(required=True)


class InterviewStateDocument(TenantDocument):
    """The fields of an interview's state, shared by the latest copy and every revision."""

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
    current_question_id = StringField(default="")
    all_questions_answered = BooleanField(default=False)
    created_at = DateTimeField(required=True)
    started_at = DateTimeField()
    completed_at = DateTimeField()
    completion_event_id = StringField(default="")
    completion_published = BooleanField(default=False)
    window_start = DateTimeField()
    window_end = DateTimeField()
    slot_start = DateTimeField()
    mode = StringField(default="text")
    offered_modes = ListField(StringField())
    first_screen = StringField(default="ai")
    end_reason = StringField(default="")
    last_activity_at = DateTimeField()
    active_seconds = FloatField(default=0.0)
    running_since = DateTimeField()
    extensions = EmbeddedDocumentListField(ExtensionDoc)
    version = IntField(default=0)

    meta: ClassVar[dict[str, Any]] = {"abstract": True}


class InterviewDocument(InterviewStateDocument):
    """The latest known state of an interview, for lookups and queries (the revisions are the truth)."""

    interview_id = StringField(primary_key=True)
    hints = EmbeddedDocumentListField(HintDoc)  # legacy, see HintDoc
    # As for positions: the client's key, or the interview id when none was sent.
    idempotency_key = StringField(required=True)
    # Legacy: the timeline's old $inc counter (seqs are claimed by unique inserts now).
    timeline_seq = LongField(default=0)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "question_gen_interviews",
        "indexes": [
            {"fields": ["tenant_id", "idempotency_key"], "unique": True},
            {"fields": ["tenant_id", "candidate_id"]},
            # The sweep: open interviews by status and time.
            {"fields": ["status", "last_activity_at"]},
            {"fields": ["status", "window_end"]},
        ],
    }


class InterviewRevisionDocument(InterviewStateDocument):
    """One committed version of an interview. Inserting version v+1 is the compare-and-set.

    The id is ``<tenant>/<interview>/<version>``: the primary key is the unique index that decides
    the race, and every read is a lookup by id (FerretDB v1 serves only ``_id`` lookups without
    scanning the collection).
    """

    revision_id = StringField(primary_key=True)
    interview_id = StringField(required=True)

    meta: ClassVar[dict[str, Any]] = {"collection": "question_gen_interview_revisions"}


class TimelineItemDocument(TenantDocument):
    # ``key_id(tenant, interview, seq)``: the stream reads item after item by id, the one lookup FerretDB
    # v1 serves without scanning the collection.
    item_id = StringField(primary_key=True)
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


class CandidateRequestDocument(TenantDocument):
    request_id = StringField(primary_key=True)
    interview_id = StringField(required=True)
    candidate_id = StringField(required=True)
    position_id = StringField(default="")
    kind = StringField(required=True)
    reason = StringField(required=True)
    note = StringField(default="")
    language = StringField(required=True)
    created_at = DateTimeField(required=True)
    event_id = StringField(required=True)
    published = BooleanField(default=False)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "question_gen_candidate_requests",
        "indexes": [
            # One request of each kind per interview: a retried call finds the first.
            {"fields": ["tenant_id", "interview_id", "kind"], "unique": True},
            {"fields": ["tenant_id", "created_at"]},
        ],
    }
