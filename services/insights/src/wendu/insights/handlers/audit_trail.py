"""The audit trail's queryable store: every ``decision-audit`` record, kept by its id, served per interview.

An erased candidate's trail is kept: it holds ids, versions and hashes, never the candidate's words,
and the EU AI Act obliges the employer to keep the logs of a high-risk system (GDPR art. 17(3)(b)).
It ages out with the topic's retention (docs/audit.md)."""

from __future__ import annotations

from typing import Protocol

from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.bus import RecordContext
from wendu.core.errors import NotFound
from wendu.v1 import accountability_pb2


class AuditStore(Protocol):
    async def add(self, record: accountability_pb2.DecisionAuditRecord) -> bool:
        """Store ``record``; False (nothing written) when its id is already stored."""
        ...

    async def for_interview(
        self, tenant_id: str, interview_id: str
    ) -> list[accountability_pb2.DecisionAuditRecord]: ...


class AuditRecorder:
    """Consumer of ``decision-audit``: idempotent by the record's id (a redelivery stores nothing)."""

    def __init__(self, store: AuditStore) -> None:
        self._store = store

    async def __call__(self, event: Message, context: RecordContext) -> None:
        await self._store.add(codec.expect(event, accountability_pb2.DecisionAuditRecord))


class AuditQueries:
    def __init__(self, store: AuditStore) -> None:
        self._store = store

    async def trail(self, tenant_id: str, interview_id: str) -> list[accountability_pb2.DecisionAuditRecord]:
        records = await self._store.for_interview(tenant_id, interview_id)
        if not records:
            raise NotFound("audit trail of interview", interview_id)
        return records
