"""Use case: the HR suite records its decision about a candidate for a position.

The decision feeds the selection rate (``hiring-decision``) and the audit trail. The same
``decision_id`` twice records once (the stored event ids are re-published, so consumers drop the
duplicate). A different outcome than the current one is a human override of the earlier decision:
it needs a reason, and its audit record names what it overrides.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from google.protobuf.message import Message
from wendu.core import audit, codec, topics
from wendu.core.bus import Publisher, RecordContext
from wendu.core.errors import InvalidArgument
from wendu.v1 import accountability_pb2, events_pb2

DECIDED_BY = "insights"
_OUTCOME_NAMES = {
    accountability_pb2.HIRING_OUTCOME_ADVANCED: "advanced",
    accountability_pb2.HIRING_OUTCOME_REJECTED: "rejected",
}


@dataclass(frozen=True)
class StoredDecision:
    decision_id: str
    outcome: int
    event_id: str
    audit_record_id: str
    decided_at: datetime


@dataclass(frozen=True)
class DecisionRequest:
    candidate_id: str
    position_id: str
    interview_id: str
    outcome: int
    reason: str
    decision_id: str
    # Who asks: the key id of the recruiter or the HR suite's service key.
    actor: str


@dataclass(frozen=True)
class DecisionResult:
    decision: StoredDecision
    changed: bool


class DecisionRepository(Protocol):
    async def current(self, tenant_id: str, candidate_id: str, position_id: str) -> StoredDecision | None: ...

    async def put(self, tenant_id: str, candidate_id: str, position_id: str, decision: StoredDecision) -> None: ...


def _now() -> datetime:
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


class HiringDecisions:
    def __init__(
        self, decisions: DecisionRepository, publisher: Publisher, *, clock: Callable[[], datetime] = _now
    ) -> None:
        self._decisions = decisions
        self._publisher = publisher
        self._clock = clock

    async def record(self, tenant_id: str, request: DecisionRequest) -> DecisionResult:
        if request.outcome not in _OUTCOME_NAMES:
            raise InvalidArgument("outcome", "must be HIRING_OUTCOME_ADVANCED or HIRING_OUTCOME_REJECTED")
        current = await self._decisions.current(tenant_id, request.candidate_id, request.position_id)
        if current is not None and current.decision_id == request.decision_id:
            # A retry: the same events again, under the same ids.
            await self._announce(tenant_id, request, current, overrides=None)
            return DecisionResult(current, changed=False)
        changed = current is not None and current.outcome != request.outcome
        if changed and not request.reason.strip():
            raise InvalidArgument("reason", "is required to change an earlier decision")
        stored = StoredDecision(
            decision_id=request.decision_id,
            outcome=request.outcome,
            event_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"wendu:decision:{tenant_id}:{request.decision_id}")),
            audit_record_id=audit.record_id(audit.HIRING_DECISION, DECIDED_BY, tenant_id, request.decision_id),
            decided_at=self._clock(),
        )
        await self._decisions.put(tenant_id, request.candidate_id, request.position_id, stored)
        await self._announce(tenant_id, request, stored, overrides=current if changed else None)
        return DecisionResult(stored, changed=changed)

    async def _announce(
        self, tenant_id: str, request: DecisionRequest, decision: StoredDecision, *, overrides: StoredDecision | None
    ) -> None:
        event = accountability_pb2.HiringDecisionRecorded(
            meta=codec.new_meta(
                accountability_pb2.HiringDecisionRecorded,
                tenant_id=tenant_id,
                candidate_id=request.candidate_id,
                interview_id=request.interview_id,
                event_id=decision.event_id,
            ),
            position_id=request.position_id,
            outcome=decision.outcome,  # type: ignore[arg-type]
            decided_by=request.actor,
            reason=request.reason,
            decided_at=codec.to_timestamp(decision.decided_at),
        )
        await self._publisher.publish(topics.HIRING_DECISION, event, key=request.candidate_id)
        record = audit.audit_record(
            audit.HUMAN_OVERRIDE if overrides is not None else audit.HIRING_DECISION,
            tenant_id=tenant_id,
            decided_by=DECIDED_BY,
            decision=f"{_OUTCOME_NAMES[decision.outcome]} for {request.position_id}",
            record_id=decision.audit_record_id,
            interview_id=request.interview_id,
            candidate_id=request.candidate_id,
            position_id=request.position_id,
            actor=request.actor,
            reason=request.reason,
            overrides_record_id=overrides.audit_record_id if overrides is not None else "",
        )
        await audit.publish_audit(self._publisher, record)


class DecisionErasure:
    """Consumer of ``candidate-erased``: the erased candidate's decisions go (the monitor drops their
    outcomes from its counts on the same tombstone)."""

    def __init__(self, decisions: ErasableDecisions) -> None:
        self._decisions = decisions

    async def __call__(self, event: Message, context: RecordContext) -> None:
        erased = codec.expect(event, events_pb2.CandidateErased)
        await self._decisions.delete_for_candidate(erased.meta.tenant_id, erased.meta.candidate_id)


class ErasableDecisions(Protocol):
    async def delete_for_candidate(self, tenant_id: str, candidate_id: str) -> None: ...
