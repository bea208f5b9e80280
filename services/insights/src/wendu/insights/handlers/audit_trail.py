"""The audit trail's queryable store: every ``decision-audit`` record, kept by its id, served per interview.

An erased candidate's trail is kept: it holds ids, versions and hashes, never the candidate's words,
and the EU AI Act obliges the employer to keep the logs of a high-risk system (GDPR art. 17(3)(b)).
It ages out with the topic's retention (docs/audit.md)."""

from __future__ import annotations

from typing import Protocol

from google.protobuf.message import Message
from wendu.core import audit, codec
from wendu.core.auth import Principal
from wendu.core.bus import Publisher, RecordContext
from wendu.core.errors import NotFound
from wendu.v1 import accountability_pb2

SERVICE_NAME = "insights"


class AuditStore(Protocol):
    async def add(self, record: accountability_pb2.DecisionAuditRecord) -> bool:
        """Store ``record``; False (nothing written) when its id is already stored."""
        ...

    async def for_interview(
        self, tenant_id: str, interview_id: str
    ) -> list[accountability_pb2.DecisionAuditRecord]: ...

    async def for_candidate(self, tenant_id: str, candidate_id: str) -> list[accountability_pb2.DecisionAuditRecord]:
        """Every record naming the candidate (their interviews' decisions, reads of their data), oldest first."""
        ...


class AuditRecorder:
    """Consumer of ``decision-audit``: idempotent by the record's id (a redelivery stores nothing)."""

    def __init__(self, store: AuditStore) -> None:
        self._store = store

    async def __call__(self, event: Message, context: RecordContext) -> None:
        await self._store.add(codec.expect(event, accountability_pb2.DecisionAuditRecord))


class AuditQueries:
    """ExportAuditTrail. A trail names a candidate's interviews and scores, so reading it is itself
    a read of their data: each export is recorded on ``decision-audit`` (a DATA_ACCESS record naming
    the caller and their roles) before the trail is returned. No record, no trail: when the record
    cannot be published the call fails (Unavailable) and the caller gets nothing."""

    def __init__(self, store: AuditStore, publisher: Publisher) -> None:
        self._store = store
        self._publisher = publisher

    async def trail(
        self, principal: Principal, *, interview_id: str = "", candidate_id: str = ""
    ) -> list[accountability_pb2.DecisionAuditRecord]:
        tenant_id = principal.tenant_id
        if interview_id:
            # An interview's trail is its decisions (what explains a score); the reads of the data
            # are listed with the candidate's records.
            records = [
                r for r in await self._store.for_interview(tenant_id, interview_id) if r.kind != audit.DATA_ACCESS
            ]
            subject = ("audit trail of interview", interview_id)
        else:
            records = await self._store.for_candidate(tenant_id, candidate_id)
            subject = ("audit trail of candidate", candidate_id)
        if not records:
            raise NotFound(*subject)
        # The interview's candidate, so the read shows up among the candidate's records too.
        whose = candidate_id or next((r.meta.candidate_id for r in records if r.meta.candidate_id), "")
        await audit.publish_audit(
            self._publisher,
            audit.data_access_record(
                principal,
                served_by=SERVICE_NAME,
                what=f"ExportAuditTrail {len(records)} record(s)",
                interview_id=interview_id,
                candidate_id=whose,
            ),
        )
        return records
