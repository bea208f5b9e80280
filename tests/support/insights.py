"""Helpers for the adverse-impact monitor's tests on the real broker: synthetic populations published
as the services would publish them (profile's self-identification, feedback's reports, insights'
decisions), and a monitor that collects its snapshots."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

from google.protobuf.timestamp_pb2 import Timestamp
from wendu.core import codec, topics
from wendu.core.bus import EventPublisher, start_group_at_end
from wendu.insights.config import MonitorSettings
from wendu.insights.entrypoints.monitor import INPUT_TOPICS, Monitor
from wendu.insights.handlers.snapshots import WindowSnapshot
from wendu.v1 import accountability_pb2, common_pb2, events_pb2

SEX = {"male": accountability_pb2.SEX_MALE, "female": accountability_pb2.SEX_FEMALE, None: 0}
RACE = {
    "white": accountability_pb2.RACE_ETHNICITY_WHITE,
    "asian": accountability_pb2.RACE_ETHNICITY_ASIAN,
    "black_or_african_american": accountability_pb2.RACE_ETHNICITY_BLACK_OR_AFRICAN_AMERICAN,
    None: 0,
}
MONITOR_SETTINGS = MonitorSettings(window_days=30, retain_days=400, min_candidates=30, snapshot_interval_seconds=0.2)


@dataclass(frozen=True)
class Person:
    sex: str | None
    race: str | None
    score: float
    advanced: bool | None = None


class Population:
    """Publishes a tenant's candidates: self-identification (when stated), a report, a decision."""

    def __init__(self, publisher: EventPublisher, tenant: str, position: str) -> None:
        self.publisher = publisher
        self.tenant = tenant
        self.position = position
        # A revision of a report keeps the interview's completion time, as feedback's does.
        self._completed_at: dict[str, Timestamp] = {}

    async def publish(self, people: list[Person]) -> list[tuple[Person, str, str]]:
        """Each person with the candidate id and interview id they were published under."""
        published = []
        for person in people:
            candidate_id = f"c-{uuid.uuid4().hex[:12]}"
            if person.sex or person.race:
                await self.identify(candidate_id, person.sex, person.race)
            interview_id = await self.report(candidate_id, person.score)
            if person.advanced is not None:
                await self.decide(candidate_id, person.advanced)
            published.append((person, candidate_id, interview_id))
        return published

    async def identify(self, candidate_id: str, sex: str | None, race: str | None, *, declined: bool = False) -> None:
        event = accountability_pb2.SelfIdentificationRecorded(
            meta=codec.new_meta(
                accountability_pb2.SelfIdentificationRecorded, tenant_id=self.tenant, candidate_id=candidate_id
            ),
            sex=SEX[sex],  # type: ignore[arg-type]
            race_ethnicity=RACE[race],  # type: ignore[arg-type]
            declined=declined,
        )
        await self.publisher.publish(topics.SELF_IDENTIFICATION, event, key=candidate_id)

    async def report(
        self, candidate_id: str, score: float, *, interview_id: str = "", revision: int = 0, completed_at=None
    ) -> str:
        """Publish the interview's report (a new interview unless ``interview_id``); ``revision`` > 0
        is a report a person corrected, as feedback re-publishes it after OverrideScore."""
        interview_id = interview_id or f"i-{uuid.uuid4().hex[:12]}"
        event = events_pb2.ReportGenerated(
            meta=codec.new_meta(
                events_pb2.ReportGenerated,
                tenant_id=self.tenant,
                interview_id=interview_id,
                candidate_id=candidate_id,
                interview_kind=common_pb2.INTERVIEW_KIND_SELECTION,
            ),
            report_id=f"r-{interview_id}",
            overall_score=score,
            completed_at=completed_at or self._completed_at.setdefault(interview_id, codec.timestamp_now()),
            position_id=self.position,
            revision=revision,
            human_reviewed=revision > 0,
        )
        await self.publisher.publish(topics.REPORT_GENERATED, event, key=interview_id)
        return interview_id

    async def decide(self, candidate_id: str, advanced: bool) -> None:
        event = accountability_pb2.HiringDecisionRecorded(
            meta=codec.new_meta(
                accountability_pb2.HiringDecisionRecorded, tenant_id=self.tenant, candidate_id=candidate_id
            ),
            position_id=self.position,
            outcome=accountability_pb2.HIRING_OUTCOME_ADVANCED
            if advanced
            else accountability_pb2.HIRING_OUTCOME_REJECTED,
            decided_at=codec.timestamp_now(),
        )
        await self.publisher.publish(topics.HIRING_DECISION, event, key=candidate_id)


class Snapshots:
    """The latest snapshot the monitor produced per (tenant, position, measure, window)."""

    def __init__(self) -> None:
        self.latest: dict[tuple[str, str, str, object], WindowSnapshot] = {}

    async def __call__(self, snapshot: WindowSnapshot, newest_event_ms: int) -> None:
        key = (snapshot.tenant_id, snapshot.position_id, snapshot.table.measure.value, snapshot.window_start)
        self.latest[key] = snapshot

    def of(self, tenant: str) -> dict[tuple[str, str, str, object], WindowSnapshot]:
        return {k: v for k, v in self.latest.items() if k[0] == tenant}

    async def wait_for(
        self,
        tenant: str,
        measure: str,
        candidates: int,
        *,
        unknown: int,
        timeout: float = 30.0,
        where: Callable[[WindowSnapshot], bool] = lambda _: True,
    ) -> WindowSnapshot:
        """The snapshot that counts ``candidates`` of whom ``unknown`` did not state their sex.

        Both, because a candidate's statement and their report travel on different topics and
        partitions: a report may be counted (as unknown) before the statement re-states it."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            for (t, _, m, _), snapshot in self.latest.items():
                if t == tenant and m == measure and snapshot.table.candidates == candidates:
                    unknowns = sum(
                        c.candidates
                        for c in snapshot.table.categories
                        if c.dimension.value == "sex" and c.category == "unknown"
                    )
                    if unknowns == unknown and where(snapshot):
                        return snapshot
            if asyncio.get_running_loop().time() > deadline:
                seen = {k: v.table.candidates for k, v in self.of(tenant).items()}
                raise AssertionError(f"no {measure} snapshot of {candidates} candidates for {tenant}; saw {seen}")
            await asyncio.sleep(0.1)


@contextlib.asynccontextmanager
async def running_monitor(
    bootstrap: str, sink: Snapshots, publisher: EventPublisher, *, from_start: bool = False
) -> AsyncIterator[Monitor]:
    """A monitor with a fresh app id. It reads the input topics from their current end, so a test
    does not wait for the history of every earlier run; ``from_start`` reads them from their start
    (a recompute)."""
    app_id = f"test-insights-{uuid.uuid4().hex[:8]}"
    if not from_start:
        await start_group_at_end(bootstrap, app_id, INPUT_TOPICS)
    monitor = Monitor(
        app_id=app_id,
        bootstrap=bootstrap,
        settings=MONITOR_SETTINGS,
        on_snapshot=sink,
        dead_letters=publisher,
    )
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(monitor.run(stop, ready))
    await asyncio.wait_for(ready.wait(), 60)
    try:
        yield monitor
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
