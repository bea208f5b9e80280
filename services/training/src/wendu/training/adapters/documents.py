"""Training's Mongo collections. The unique index on the source report makes the consumer idempotent."""

from __future__ import annotations

from typing import Any

from mongoengine import DateTimeField, DictField, FloatField, IntField, ListField, StringField
from wendu.core.mongo import TenantDocument


class LearningPlanDocument(TenantDocument):
    """A candidate's learning plan, one per source report."""

    plan_id = StringField(required=True)
    event_id = StringField(required=True)
    candidate_id = StringField(required=True)
    interview_id = StringField(default="")
    kind = StringField(required=True)
    source_report_id = StringField(required=True)
    courses = ListField(DictField())
    updated_at = DateTimeField(required=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "training_learning_plans",
        "indexes": [
            {"fields": ["tenant_id", "source_report_id"], "unique": True},
            {"fields": ["tenant_id", "candidate_id", "-updated_at"]},
        ],
    }


class CourseProgressDocument(TenantDocument):
    """How far a candidate is through one course; one per candidate and course."""

    candidate_id = StringField(required=True)
    course_id = StringField(required=True)
    percent_complete = IntField(required=True, min_value=0, max_value=100)
    updated_at = DateTimeField(required=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "training_course_progress",
        "indexes": [{"fields": ["tenant_id", "candidate_id", "course_id"], "unique": True}],
    }


class TenantCourseDocument(TenantDocument):
    """A course of the tenant's own catalogue."""

    course_id = StringField(required=True)
    title = DictField(required=True)
    summary = DictField()
    competency_ids = ListField(StringField())
    url = StringField(default="")
    created_at = DateTimeField(required=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "training_tenant_courses",
        "indexes": [{"fields": ["tenant_id", "course_id"], "unique": True}],
    }


class MockInterviewDocument(TenantDocument):
    """A practice interview started through training."""

    interview_id = StringField(required=True)
    candidate_id = StringField(required=True)
    position_id = StringField(required=True)
    language = StringField(required=True)
    attempt = IntField(required=True)
    started_at = DateTimeField(required=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "training_mock_interviews",
        "indexes": [
            {"fields": ["tenant_id", "interview_id"], "unique": True},
            {"fields": ["tenant_id", "candidate_id", "position_id"]},
        ],
    }


class PracticeResultDocument(TenantDocument):
    """The per-competency scores of one practice interview's report. Unique per interview: another
    report for the same interview (a redelivery, a second report producer) changes nothing."""

    interview_id = StringField(required=True)
    candidate_id = StringField(required=True)
    report_id = StringField(required=True)
    position_id = StringField(default="")
    overall_score = FloatField(required=True)
    scores = ListField(DictField())
    completed_at = DateTimeField(required=True)

    meta: dict[str, Any] = {  # noqa: RUF012 - mongoengine reads this class attribute once
        "collection": "training_practice_results",
        "indexes": [
            {"fields": ["tenant_id", "interview_id"], "unique": True},
            {"fields": ["tenant_id", "candidate_id", "completed_at"]},
        ],
    }
