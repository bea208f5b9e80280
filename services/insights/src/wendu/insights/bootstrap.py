"""Wires insights' adapters into its use cases and entry points. Nothing runs at import time.

- API role: InsightsService (impact ratios from the snapshot store, decisions, the audit trail).
- Worker role: the faust monitor (a background task of the process) and the group consumers that
  store the audit trail and honour erasure.
"""

from __future__ import annotations

import asyncio

from wendu.core import topics
from wendu.core.grpc_server import GrpcService
from wendu.core.runtime import Bootstrap, Infrastructure, ServiceParts
from wendu.insights.adapters.repositories import MongoAuditTrail, MongoDecisionRepository, MongoSnapshotStore
from wendu.insights.config import Settings
from wendu.insights.entrypoints.grpc_api import SERVICE_FULL_NAME, InsightsServicer
from wendu.insights.entrypoints.monitor import Monitor
from wendu.insights.handlers.audit_trail import AuditQueries, AuditRecorder
from wendu.insights.handlers.decisions import DecisionErasure, HiringDecisions
from wendu.insights.handlers.snapshots import SnapshotPublisher
from wendu.v1 import insights_pb2_grpc


def make_bootstrap(settings: Settings) -> Bootstrap:
    """The bootstrap of insights with its own settings (the runtime hands it only the shared ones)."""

    def bootstrap(infra: Infrastructure) -> ServiceParts:
        snapshots = MongoSnapshotStore()
        decisions = MongoDecisionRepository()
        trail = MongoAuditTrail()
        servicer = InsightsServicer(
            snapshots=snapshots,
            decisions=HiringDecisions(decisions, infra.publisher),
            audit=AuditQueries(trail, infra.publisher),
        )
        sink = SnapshotPublisher(snapshots, infra.publisher)

        async def run_monitor(stop: asyncio.Event) -> None:
            monitor = Monitor(
                app_id=settings.monitor_app_id,
                bootstrap=infra.settings.kafka_bootstrap,
                settings=settings.monitor,
                on_snapshot=lambda snapshot, newest_ms: sink.publish(snapshot, newest_event_ms=newest_ms),
                dead_letters=infra.publisher,
            )
            await monitor.run(stop)

        return ServiceParts(
            grpc_services=[
                GrpcService(SERVICE_FULL_NAME, servicer, insights_pb2_grpc.add_InsightsServiceServicer_to_server)
            ],
            consumers={
                topics.DECISION_AUDIT: AuditRecorder(trail),
                topics.CANDIDATE_ERASED: DecisionErasure(decisions),
            },
            worker_background=[run_monitor],
        )

    return bootstrap
