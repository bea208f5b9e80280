"""Training's Mongo collections. The unique index on the source report makes the consumer idempotent."""

from __future__ import annotations

from typing import Any

from mongoengine import DateTimeField, DictField, ListField, StringField
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
