"""Mongo repositories of insights. Every public method runs off the event loop (``off_loop``)."""

from __future__ import annotations

from wendu.core import codec
from wendu.core.mongo import insert_if_new, key_id, off_loop, tenant_document_by_id
from wendu.insights.adapters.documents import AuditRecordDocument, FairnessSnapshotDocument, HiringDecisionDocument
from wendu.insights.handlers.decisions import StoredDecision
from wendu.v1 import accountability_pb2


class MongoSnapshotStore:
    @off_loop
    def put(self, snapshot: accountability_pb2.FairnessSnapshot) -> None:
        window_start = codec.from_timestamp(snapshot.window_start)
        assert window_start is not None
        tenant_id = snapshot.meta.tenant_id
        FairnessSnapshotDocument(
            id=key_id(tenant_id, snapshot.position_id, snapshot.measure, int(window_start.timestamp())),
            tenant_id=tenant_id,
            position_id=snapshot.position_id,
            measure=snapshot.measure,
            window_start=window_start,
            snapshot=snapshot.SerializeToString(deterministic=True),
        ).save()

    @off_loop
    def list_for_position(
        self, tenant_id: str, position_id: str, measure: int
    ) -> list[accountability_pb2.FairnessSnapshot]:
        query = FairnessSnapshotDocument.objects(tenant_id=tenant_id, position_id=position_id)
        if measure:
            query = query.filter(measure=measure)
        snapshots = []
        for document in query.order_by("-window_start", "measure"):
            snapshots.append(accountability_pb2.FairnessSnapshot.FromString(document.snapshot))
        return snapshots


class MongoDecisionRepository:
    @off_loop
    def current(self, tenant_id: str, candidate_id: str, position_id: str) -> StoredDecision | None:
        document = tenant_document_by_id(
            HiringDecisionDocument, key_id(tenant_id, candidate_id, position_id), tenant_id
        )
        if document is None:
            return None
        return StoredDecision(
            decision_id=document.decision_id,
            outcome=document.outcome,
            event_id=document.event_id,
            audit_record_id=document.audit_record_id,
            decided_at=document.decided_at,
        )

    @off_loop
    def put(self, tenant_id: str, candidate_id: str, position_id: str, decision: StoredDecision) -> None:
        HiringDecisionDocument(
            id=key_id(tenant_id, candidate_id, position_id),
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            position_id=position_id,
            decision_id=decision.decision_id,
            outcome=decision.outcome,
            event_id=decision.event_id,
            audit_record_id=decision.audit_record_id,
            decided_at=decision.decided_at,
        ).save()

    @off_loop
    def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None:
        HiringDecisionDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).delete()


class MongoAuditTrail:
    @off_loop
    def add(self, record: accountability_pb2.DecisionAuditRecord) -> bool:
        meta = record.meta
        occurred_at = codec.from_timestamp(meta.occurred_at)
        return insert_if_new(
            AuditRecordDocument(
                id=meta.event_id,
                tenant_id=meta.tenant_id,
                interview_id=meta.interview_id,
                candidate_id=meta.candidate_id,
                occurred_at=occurred_at,
                record=record.SerializeToString(deterministic=True),
            )
        )

    @off_loop
    def for_interview(self, tenant_id: str, interview_id: str) -> list[accountability_pb2.DecisionAuditRecord]:
        documents = AuditRecordDocument.objects(tenant_id=tenant_id, interview_id=interview_id).order_by(
            "occurred_at", "id"
        )
        return [accountability_pb2.DecisionAuditRecord.FromString(d.record) for d in documents]

    @off_loop
    def for_candidate(self, tenant_id: str, candidate_id: str) -> list[accountability_pb2.DecisionAuditRecord]:
        documents = AuditRecordDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).order_by(
            "occurred_at", "id"
        )
        return [accountability_pb2.DecisionAuditRecord.FromString(d.record) for d in documents]
