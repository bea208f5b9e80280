"""InsightsService over gRPC: authorize, validate, call the use case, map the result.

Never per candidate: GetImpactRatios returns counts and rates by category, and the audit trail holds
ids, versions and hashes. Nothing here can read a candidate's self-identification.
"""

from __future__ import annotations

from typing import Protocol

import grpc
from wendu.core import codec
from wendu.core.auth import Role, authorize
from wendu.core.errors import InvalidArgument, require
from wendu.core.interceptors import current_principal
from wendu.insights.handlers.audit_trail import AuditQueries
from wendu.insights.handlers.decisions import DecisionRequest, HiringDecisions
from wendu.v1 import accountability_pb2, insights_pb2, insights_pb2_grpc

SERVICE_FULL_NAME = insights_pb2.DESCRIPTOR.services_by_name["InsightsService"].full_name
MAX_REASON_CHARS = 2000


class SnapshotReader(Protocol):
    async def list_for_position(
        self, tenant_id: str, position_id: str, measure: int
    ) -> list[accountability_pb2.FairnessSnapshot]: ...


class InsightsServicer(insights_pb2_grpc.InsightsServiceServicer):
    def __init__(self, *, snapshots: SnapshotReader, decisions: HiringDecisions, audit: AuditQueries) -> None:
        self._snapshots = snapshots
        self._decisions = decisions
        self._audit = audit

    async def GetImpactRatios(
        self, request: insights_pb2.GetImpactRatiosRequest, context: grpc.aio.ServicerContext
    ) -> insights_pb2.GetImpactRatiosResponse:
        principal = current_principal()
        authorize(principal, roles=(Role.ADMIN, Role.RECRUITER))
        position_id = require(request.position_id, "position_id")
        if request.measure not in accountability_pb2.OutcomeMeasure.values():
            raise InvalidArgument("measure", f"unknown value {request.measure}")
        snapshots = await self._snapshots.list_for_position(principal.tenant_id, position_id, request.measure)
        return insights_pb2.GetImpactRatiosResponse(snapshots=snapshots)

    async def RecordDecision(
        self, request: insights_pb2.RecordDecisionRequest, context: grpc.aio.ServicerContext
    ) -> insights_pb2.RecordDecisionResponse:
        principal = current_principal()
        authorize(principal, roles=(Role.ADMIN, Role.RECRUITER, Role.SERVICE))
        if len(request.reason) > MAX_REASON_CHARS:
            raise InvalidArgument("reason", f"must be at most {MAX_REASON_CHARS} characters")
        result = await self._decisions.record(
            principal.tenant_id,
            DecisionRequest(
                candidate_id=require(request.candidate_id, "candidate_id"),
                position_id=require(request.position_id, "position_id"),
                interview_id=request.interview_id.strip(),
                outcome=request.outcome,
                reason=request.reason.strip(),
                decision_id=require(request.decision_id, "decision_id"),
                actor=principal.subject,
            ),
        )
        return insights_pb2.RecordDecisionResponse(
            decision_id=result.decision.decision_id,
            decided_at=codec.to_timestamp(result.decision.decided_at),
            changed=result.changed,
        )

    async def ExportAuditTrail(
        self, request: insights_pb2.ExportAuditTrailRequest, context: grpc.aio.ServicerContext
    ) -> insights_pb2.ExportAuditTrailResponse:
        principal = current_principal()
        authorize(principal, roles=(Role.ADMIN, Role.RECRUITER))
        interview_id, candidate_id = request.interview_id.strip(), request.candidate_id.strip()
        if not interview_id and not candidate_id:
            raise InvalidArgument("interview_id", "is required (or candidate_id, for every record about a candidate)")
        if interview_id and candidate_id:
            raise InvalidArgument("candidate_id", "give either interview_id or candidate_id, not both")
        records = await self._audit.trail(principal, interview_id=interview_id, candidate_id=candidate_id)
        return insights_pb2.ExportAuditTrailResponse(
            interview_id=interview_id, candidate_id=candidate_id, records=records
        )
