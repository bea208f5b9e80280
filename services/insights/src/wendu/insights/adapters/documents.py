"""Insights' Mongo collections (prefixed ``insights_``). Ids are business keys (``key_id``)."""

from __future__ import annotations

from typing import Any, ClassVar

from mongoengine import BinaryField, DateTimeField, IntField, StringField
from wendu.core.mongo import TenantDocument


class FairnessSnapshotDocument(TenantDocument):
    """The latest FairnessSnapshot of a tenant, position, measure and window (the message's bytes)."""

    id = StringField(primary_key=True)
    position_id = StringField(required=True)
    measure = IntField(required=True)
    window_start = DateTimeField(required=True)
    snapshot = BinaryField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "insights_fairness_snapshots",
        "indexes": [{"fields": ["tenant_id", "position_id"]}],
    }


class HiringDecisionDocument(TenantDocument):
    """The current decision about a candidate for a position (one per pair)."""

    id = StringField(primary_key=True)
    candidate_id = StringField(required=True)
    position_id = StringField(required=True)
    decision_id = StringField(required=True)
    outcome = IntField(required=True)
    event_id = StringField(required=True)
    audit_record_id = StringField(required=True)
    decided_at = DateTimeField(required=True)

    meta: ClassVar[dict[str, Any]] = {"collection": "insights_hiring_decisions"}


class AuditRecordDocument(TenantDocument):
    """One decision-audit record (the message's bytes), by its event id: a redelivery stores nothing."""

    id = StringField(primary_key=True)
    interview_id = StringField(default="")
    candidate_id = StringField(default="")
    occurred_at = DateTimeField(required=True)
    record = BinaryField(required=True)

    meta: ClassVar[dict[str, Any]] = {
        "collection": "insights_audit_records",
        "indexes": [{"fields": ["tenant_id", "interview_id"]}, {"fields": ["tenant_id", "candidate_id"]}],
    }
