"""Feedback's Mongo collections. Each unique index is a business key that makes a consumer idempotent.

Nested values are stored as lists of small dicts whose keys are fixed field names (never ids),
which FerretDB v1 stores as they are.
"""

from __future__ import annotations

from typing import Any

from mongoengine import (
    BooleanField,
    DateTimeField,
    DictField,
    FloatField,
    IntField,
    ListField,
    StringField,
)
from wendu.core.mongo import TenantDocument


class InterviewScoresDocument(TenantDocument):
    """Feedback's projection of an interview's ScoreReady events: every (answer, revision) once.

    One document per interview, under ``_id`` = ``key_id(tenant_id, interview_id)``: a score is added
    with one ``$addToSet`` by ``_id`` (a redelivered ScoreReady adds the same entry, so nothing), and
    the report reads its interview's scores with one find by ``_id``. One score document per answer
    would need a query by ``interview_id`` or ``answer_id`` when the report is built: an index on
    MongoDB, a scan of every score ever stored on FerretDB v1. The document stays small: an
    interview has tens of answers, and a supplement adds one revision.
    """

    id = StringField(primary_key=True)
    interview_id = StringField(required=True)
    scores = ListField(DictField())

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "feedback_interview_scores",
    }


class HintDocument(TenantDocument):
    """The one hint of an answer."""

    hint_id = StringField(required=True)
    event_id = StringField(required=True)
    interview_id = StringField(required=True)
    candidate_id = StringField(default="")
    kind = StringField(required=True)
    answer_id = StringField(required=True)
    question_id = StringField(default="")
    hint_code = StringField(required=True)
    text = StringField(required=True)
    language = StringField(required=True)
    submitted_at = DateTimeField(null=True)
    created_at = DateTimeField(required=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "feedback_hints",
        "indexes": [
            {"fields": ["tenant_id", "answer_id"], "unique": True},
            {"fields": ["tenant_id", "interview_id", "created_at"]},
        ],
    }


class ReportDocument(TenantDocument):
    """An interview's report: pending until its last score arrives, then ready.

    Stored under ``_id`` = ``report_key(tenant_id, interview_id)`` (see ``repositories``): FerretDB v1
    pushes down only a filter on ``_id`` alone, and only that one is served from an index (the one
    the local runner adds, see docs/deploy.md).
    """

    id = StringField(primary_key=True)
    interview_id = StringField(required=True)
    report_id = StringField(required=True)
    event_id = StringField(required=True)
    candidate_id = StringField(default="")
    kind = StringField(required=True)
    language = StringField(required=True)
    position_id = StringField(default="")
    position_title = StringField(default="")
    weights = ListField(DictField())
    answer_ids = ListField(StringField())
    question_texts = ListField(StringField())
    started_at = DateTimeField(null=True)
    completed_at = DateTimeField(null=True)
    status = StringField(required=True)
    content = DictField(null=True)
    courses = ListField(DictField())
    generated_at = DateTimeField(null=True)
    published = BooleanField(default=False)
    # Set by OverrideScore: reviewed_by, reviewed_at, override_count.
    human_review = DictField(null=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "feedback_reports",
        "indexes": [{"fields": ["tenant_id", "interview_id"], "unique": True}],
    }


class ReviewRequestDocument(TenantDocument):
    """A request for human review; one per interview and requester."""

    review_id = StringField(required=True)
    interview_id = StringField(required=True)
    requested_by = StringField(required=True)
    reason = StringField(default="")
    requested_at = DateTimeField(required=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "feedback_review_requests",
        "indexes": [{"fields": ["tenant_id", "interview_id", "requested_by"], "unique": True}],
    }


class CandidateFeedbackDocument(TenantDocument):
    """The candidate's rating of an interview; one per interview."""

    feedback_id = StringField(required=True)
    event_id = StringField(required=True)
    interview_id = StringField(required=True)
    candidate_id = StringField(default="")
    position_id = StringField(default="")
    kind = StringField(required=True)
    language = StringField(required=True)
    rating = IntField(required=True, min_value=1, max_value=5)
    comment = StringField(default="")
    submitted_at = DateTimeField(required=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "feedback_candidate_feedback",
        "indexes": [{"fields": ["tenant_id", "interview_id"], "unique": True}],
    }


class ScoreOverrideDocument(TenantDocument):
    """A person's change of one competency score, with the reason.

    Stored under ``_id`` = ``key_id(tenant_id, override_id)`` (the id comes from the caller's
    idempotency key), so a retried OverrideScore finds its first write by ``_id`` and stores nothing.
    """

    id = StringField(primary_key=True)
    override_id = StringField(required=True)
    interview_id = StringField(required=True)
    answer_id = StringField(required=True)
    revision = IntField(required=True)
    competency_id = StringField(required=True)
    automated_score = FloatField(required=True)
    score_before = FloatField(required=True)
    score_after = FloatField(required=True)
    reason = StringField(required=True)
    overridden_by = StringField(required=True)
    overridden_at = DateTimeField(required=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "feedback_score_overrides",
        "indexes": [{"fields": ["tenant_id", "interview_id", "overridden_at"]}],
    }
