"""The adverse-impact monitor: a faust-streaming app with three agents and two tables.

    report-generated ─┐
    hiring-decision ──┼─ rekey ─▶ <app>-by-candidate ─ join ─▶ <app>-facts ─ aggregate ─▶ snapshots
    self-identification┤           (keyed by candidate)   │    (keyed by tenant/position/measure)
    candidate-erased ─┘                           Table "candidates"     Table "windows" (tumbling)

Why faust here and aiokafka elsewhere: docs/architecture.md. The steps themselves are the plain
functions of :mod:`wendu.insights.handlers.monitor`; this module only moves records between topics
and tables. Changed windows are recomputed and handed to ``on_snapshot`` every
``snapshot_interval_seconds`` (a median per record would cost O(n log n) per outcome in a wave).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import faust
from wendu.core import codec, topics
from wendu.core.bus import EventPublisher, ensure_topics
from wendu.insights.adapters.faust_connection import faust_broker_settings
from wendu.insights.config import MonitorSettings
from wendu.insights.domain.impact import Measure, impact_table
from wendu.insights.handlers import monitor as steps
from wendu.insights.handlers.snapshots import WindowSnapshot

log = logging.getLogger(__name__)

INPUT_TOPICS = (topics.REPORT_GENERATED, topics.HIRING_DECISION, topics.SELF_IDENTIFICATION, topics.CANDIDATE_ERASED)
PARTITIONS = 8

SnapshotSink = Callable[[WindowSnapshot, int], Awaitable[None]]


def monitor_data_dir(settings: MonitorSettings, app_id: str) -> Path:
    """The faust data directory of app ``app_id``: its own under ``settings.data_dir`` (apps with
    other ids, e.g. a recompute or a test's, never share one)."""
    return Path(settings.data_dir) / f"{app_id}-data"


class Monitor:
    """One faust app. ``app_id`` names its consumer group and the prefix of its internal topics: a
    fresh id recomputes everything from the topics' start (:func:`recompute`)."""

    def __init__(
        self,
        *,
        app_id: str,
        bootstrap: str,
        settings: MonitorSettings,
        on_snapshot: SnapshotSink,
        dead_letters: EventPublisher,
    ) -> None:
        self.app_id = app_id
        self._bootstrap = bootstrap
        self._settings = settings
        self._on_snapshot = on_snapshot
        self._dead_letters = dead_letters
        # (fact key, (window start, end)) -> the window's entries and the newest event time seen.
        self._dirty: dict[tuple[str, tuple[float, float]], tuple[steps.WindowValue, int]] = {}
        self.app = faust.App(
            app_id,
            **faust_broker_settings(bootstrap),
            store="memory://",
            # Not faust's default ("<app id>-data" in the working directory): the configured one.
            datadir=str(monitor_data_dir(settings, app_id)),
            web_enabled=False,
            topic_partitions=PARTITIONS,
            topic_replication_factor=1,
            consumer_auto_offset_reset="earliest",
            key_serializer="raw",
            value_serializer="json",
            producer_acks=-1,
            table_cleanup_interval=60.0,
        )
        self._inputs = self.app.topic(*INPUT_TOPICS, key_type=bytes, value_type=bytes, value_serializer="raw")
        self._by_candidate = self.app.topic(f"{app_id}-by-candidate", internal=True, partitions=PARTITIONS)
        self._facts = self.app.topic(f"{app_id}-facts", internal=True, partitions=PARTITIONS)
        self.candidates = self.app.Table("candidates", default=lambda: None, partitions=PARTITIONS, key_type=str)
        self._window = faust.TumblingWindow(
            timedelta(days=settings.window_days).total_seconds(),
            expires=timedelta(days=settings.retain_days).total_seconds(),
        )
        self.windows = (
            self.app.Table("windows", default=dict, partitions=PARTITIONS, key_type=str)
            .using_window(self._window)
            .relative_to_stream()
        )
        self.app.agent(self._inputs, name=f"{app_id}.rekey")(self._rekey)
        self.app.agent(self._by_candidate, name=f"{app_id}.join")(self._join)
        self.app.agent(self._facts, name=f"{app_id}.aggregate")(self._aggregate)
        self.app.timer(settings.snapshot_interval_seconds)(self._flush)

    async def _rekey(self, stream: Any) -> None:
        async for event in stream.events():
            message = event.message
            headers = [(k, v) for k, v in (message.headers or ())]
            try:
                decoded = codec.decode(message.topic, event.value, headers)
            except codec.MalformedEvent as exc:
                await self._dead_letter(message, event.value, headers, str(exc))
                continue
            change = steps.candidate_change(message.topic, decoded, int(message.timestamp * 1000))
            if change is not None:
                key, value = change
                await self._by_candidate.send(key=key.encode(), value=value)

    async def _join(self, stream: Any) -> None:
        async for event in stream.events():
            key = event.key.decode()
            state, facts = steps.apply_change(self.candidates[key], event.value)
            if state is None:
                self.candidates.pop(key, None)
            else:
                self.candidates[key] = state
            for fact_key, at_ms, fact in facts:
                await self._facts.send(key=fact_key.encode(), value=fact, timestamp=at_ms / 1000)

    async def _aggregate(self, stream: Any) -> None:
        async for event in stream.events():
            key = event.key.decode()
            window = steps.apply_fact(self.windows[key].value(), event.value)
            self.windows[key] = window
            at_seconds = event.message.timestamp
            for window_range in self._window.ranges(at_seconds):
                self._dirty[(key, window_range)] = (window, int(at_seconds * 1000))

    async def _flush(self) -> None:
        dirty, self._dirty = self._dirty, {}
        for (key, (start, end)), (window, newest_ms) in dirty.items():
            tenant_id, position_id, measure = key.rsplit("/", 2)
            snapshot = WindowSnapshot(
                tenant_id=tenant_id,
                position_id=position_id,
                window_start=datetime.fromtimestamp(start, UTC),
                window_end=datetime.fromtimestamp(end, UTC),
                table=impact_table(
                    Measure(measure), steps.observations(window), min_candidates=self._settings.min_candidates
                ),
            )
            await self._on_snapshot(snapshot, newest_ms)

    async def _dead_letter(self, message: Any, value: bytes | None, headers: list[Any], reason: str) -> None:
        await self._dead_letters.publish_raw(
            topics.dlq(message.topic),
            value,
            key=message.key,
            headers=[
                *headers,
                ("dlq-reason", reason.encode()),
                ("dlq-source-topic", message.topic.encode()),
                ("dlq-source-partition", str(message.partition).encode()),
                ("dlq-source-offset", str(message.offset).encode()),
                ("dlq-consumer-group", self.app_id.encode()),
            ],
        )
        log.warning("record dead-lettered", extra={"topic": message.topic, "reason": reason})

    async def run(self, stop: asyncio.Event, ready: asyncio.Event | None = None) -> None:
        """Run until ``stop``; ``ready`` is set once the app holds partitions (it reads from then on)."""
        # Created before the app subscribes: faust would only declare them after its first assignment.
        await ensure_topics(
            self._bootstrap,
            [self._by_candidate.get_topic_name(), self._facts.get_topic_name()],
            with_dead_letters=False,
        )
        # faust creates its data directory but not the directories above it.
        await asyncio.to_thread(Path(self.app.conf.datadir).mkdir, parents=True, exist_ok=True)
        await self.app.start()
        try:
            while not self.app.consumer.assignment() and not stop.is_set():  # noqa: ASYNC110 - polls faust state
                await asyncio.sleep(0.1)
            if ready is not None:
                ready.set()
            await stop.wait()
        finally:
            await self.app.stop()
