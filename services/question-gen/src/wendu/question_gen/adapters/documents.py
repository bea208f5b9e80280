"""Mongo documents of question-gen (collections prefixed ``question_gen_``).

Only the repositories in this package read or write them. An interview is one document
holding its questions and answers, written only by its owner, the question-gen worker of its
partition (docs/interviews.md, "Storage"), so no write relies on a compare-and-set, which FerretDB v1
does not make atomic.

The timeline is its own collection because the candidate's stream reads it by sequence number; a
seq is claimed by inserting the item under a unique (interview, seq) index, never by a counter.
Candidate requests are an insert-only collection.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mongoengine import (
    BinaryField,
    BooleanField,
    DateTimeField,
    Document,
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
    employer_name = StringField(default="")
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


class InterviewState(EmbeddedDocument):
    """The whole state of an interview: the schema of the snapshot an interview document holds."""

    tenant_id = StringField(required=True)
    interview_id = StringField(required=True)

    candidate_id = StringField(required=True)
    position_id = StringField(required=True)
    position_title = StringField(required=True)
    employer_name = StringField(default="")
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
    applied_commands = ListField(StringField())


class InterviewDocument(TenantDocument):
    """One interview: its state as a compressed snapshot, beside the fields queries filter on.

    Only the interview's owner writes it (a whole replace by id, several interviews per command),
    so no write needs a compare-and-set. Reads are by id and decode the snapshot: FerretDB v1 stores
    a document as JSON it parses on every read, and one binary field costs a fraction of the nested
    questions and answers.
    """

    interview_id = StringField(primary_key=True)
    candidate_id = StringField(required=True)
    # As for positions: the client's key, or the interview id when none was sent.
    idempotency_key = StringField(required=True)
    # For the sweep's queries.
    status = StringField(required=True)
    last_activity_at = DateTimeField()
    window_end = DateTimeField()
    version = IntField(default=0)
    # The owner epoch of the worker that last claimed it (see MongoInterviewRepository.claim): a
    # worker that lost the interview's partition without noticing writes with an older one and is
    # refused. 0 until a worker claims it.
    owner_epoch = IntField(default=0)
    snapshot = BinaryField(required=True)

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


class OwnerEpochDocument(Document):
    """The owner epoch counter: one document per deployment, raised by one at every claim of partitions.

    Every rebalance gives each worker a new, higher epoch than any before it, so the newest owner
    of an interview always holds the highest epoch that claimed it.
    """

    counter_id = StringField(primary_key=True)
    epoch = IntField(default=0)

    meta: ClassVar[dict[str, Any]] = {"collection": "question_gen_owner_epochs"}


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
