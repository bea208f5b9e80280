"""What happens to a recomputed window: stored (GetImpactRatios reads it), published on
``fairness-snapshot``, exported as gauges, and alerted on when a ratio falls below four fifths."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from prometheus_client import Counter, Gauge, Histogram
from wendu.core import codec, topics
from wendu.core.bus import Publisher
from wendu.insights.domain.impact import ImpactTable, Measure
from wendu.v1 import accountability_pb2

log = logging.getLogger(__name__)

IMPACT_RATIO = Gauge(
    "wendu_fairness_impact_ratio",
    "Impact ratio of a category in a position's newest window (rate / the highest rate of its dimension)",
    ["tenant", "position", "measure", "dimension", "category"],
)
CATEGORY_CANDIDATES = Gauge(
    "wendu_fairness_candidates",
    "Candidates of a category in a position's newest window (unknown included)",
    ["tenant", "position", "measure", "dimension", "category"],
)
ADVERSE_CATEGORIES = Gauge(
    "wendu_fairness_adverse_categories",
    "Categories of a position's newest window with an impact ratio below 0.8 and enough candidates",
    ["tenant", "position", "measure"],
)
ADVERSE_IMPACT_ALERTS = Counter(
    "wendu_fairness_adverse_impact_alerts",
    "Times a category's impact ratio fell below 0.8 (with enough candidates)",
    ["tenant", "position", "measure"],
)
MONITOR_LAG = Histogram(
    "wendu_fairness_monitor_lag_seconds",
    "From an outcome's event time to the snapshot that counts it",
    buckets=(0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0),
)

_MEASURE_TO_PROTO = {
    Measure.SCORING_RATE: accountability_pb2.OUTCOME_MEASURE_SCORING_RATE,
    Measure.SELECTION_RATE: accountability_pb2.OUTCOME_MEASURE_SELECTION_RATE,
}


@dataclass(frozen=True)
class WindowSnapshot:
    tenant_id: str
    position_id: str
    window_start: datetime
    window_end: datetime
    table: ImpactTable

    @property
    def key(self) -> str:
        return f"{self.tenant_id}/{self.position_id}"


class SnapshotStore(Protocol):
    async def put(self, snapshot: accountability_pb2.FairnessSnapshot) -> None:
        """Store (or replace) the snapshot of its tenant, position, measure and window."""
        ...


def to_proto(snapshot: WindowSnapshot) -> accountability_pb2.FairnessSnapshot:
    table = snapshot.table
    return accountability_pb2.FairnessSnapshot(
        meta=codec.new_meta(accountability_pb2.FairnessSnapshot, tenant_id=snapshot.tenant_id),
        position_id=snapshot.position_id,
        measure=_MEASURE_TO_PROTO[table.measure],
        window_start=codec.to_timestamp(snapshot.window_start),
        window_end=codec.to_timestamp(snapshot.window_end),
        median_score=table.median_score,
        candidates=table.candidates,
        categories=[
            accountability_pb2.CategoryImpact(
                dimension=c.dimension.value,
                category=c.category,
                candidates=c.candidates,
                positives=c.positives,
                rate=c.rate,
                impact_ratio=c.impact_ratio,
                adverse=c.adverse,
            )
            for c in table.categories
        ],
    )


class SnapshotPublisher:
    """Stores, publishes, exports and alerts; keeps which categories are adverse to alert once per fall."""

    def __init__(self, store: SnapshotStore, publisher: Publisher) -> None:
        self._store = store
        self._publisher = publisher
        self._adverse: dict[tuple[str, str, str, datetime], frozenset[str]] = {}
        self._newest_window: dict[tuple[str, str, str], datetime] = {}

    async def publish(self, snapshot: WindowSnapshot, *, newest_event_ms: int | None = None) -> None:
        message = to_proto(snapshot)
        await self._store.put(message)
        await self._publisher.publish(topics.FAIRNESS_SNAPSHOT, message, key=snapshot.key)
        self._export(snapshot)
        self._alert(snapshot)
        if newest_event_ms is not None:
            MONITOR_LAG.observe(max(0.0, time.time() - newest_event_ms / 1000))

    def _export(self, snapshot: WindowSnapshot) -> None:
        table = snapshot.table
        scope = (snapshot.tenant_id, snapshot.position_id, table.measure.value)
        newest = self._newest_window.get(scope)
        if newest is not None and snapshot.window_start < newest:
            return  # the gauges show the newest window; older ones live in the store and the topic
        self._newest_window[scope] = snapshot.window_start
        for c in table.categories:
            labels = (*scope, c.dimension.value, c.category)
            IMPACT_RATIO.labels(*labels).set(c.impact_ratio)
            CATEGORY_CANDIDATES.labels(*labels).set(c.candidates)
        ADVERSE_CATEGORIES.labels(*scope).set(len(table.adverse))

    def _alert(self, snapshot: WindowSnapshot) -> None:
        table = snapshot.table
        key = (snapshot.tenant_id, snapshot.position_id, table.measure.value, snapshot.window_start)
        adverse = frozenset(f"{c.dimension.value}:{c.category}" for c in table.adverse)
        newly = adverse - self._adverse.get(key, frozenset())
        self._adverse[key] = adverse
        for category in sorted(newly):
            ADVERSE_IMPACT_ALERTS.labels(*key[:3]).inc()
            row = next(c for c in table.adverse if f"{c.dimension.value}:{c.category}" == category)
            log.warning(
                "adverse impact: impact ratio below four fifths",
                extra={
                    "tenant_id": snapshot.tenant_id,
                    "position_id": snapshot.position_id,
                    "measure": table.measure.value,
                    "window_start": snapshot.window_start.astimezone(UTC).isoformat(),
                    "dimension": row.dimension.value,
                    "category": row.category,
                    "impact_ratio": round(row.impact_ratio, 4),
                    "candidates": row.candidates,
                },
            )
