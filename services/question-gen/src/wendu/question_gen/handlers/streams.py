"""The candidate's live stream: replay the timeline from Mongo, then follow it as it grows.

Any API replica may hold a candidate's stream, while the interview's owner (the worker) appends
to the timeline. Every replica reads the ``interview-updated`` broadcast, which carries each new
item with its seq, and hands it to its local streams of that interview (:class:`UpdateNotifier`).
A stream sends the items that follow what it sent without a gap as they come, with no database
read; it reads the store, the durable copy, by id only to replay on opening, to fill a gap, and on
the periodic re-check that covers a missed broadcast.

A hint is a timeline item like the others: stored once by the interview's owner, before the
question decided with it, and sent once, with its real seq (until wave 2 a live copy with seq 0
came first from ``hint-ready``, and the client had to drop the second one).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import cast

from google.protobuf.message import Message
from wendu.core.bus import RecordContext
from wendu.core.clock import Clock, utc_now
from wendu.core.codec import from_timestamp
from wendu.question_gen import wire
from wendu.question_gen.handlers.interview_store import load_interview
from wendu.question_gen.handlers.ports import (
    InterviewRepository,
    TimelineRecord,
    TimelineRepository,
)
from wendu.question_gen.metrics import ANSWER_TO_HINT_SECONDS
from wendu.v1 import events_pb2

RECHECK_SECONDS = 2.0
# A stream that found nothing new on a re-check waits twice as long for the next one, up to this:
# the broadcast brings every item, and a re-check only covers one the replica missed (a reader
# restarting), so a quiet stream (a candidate thinking) should not read the store every 2 s.
MAX_RECHECK_SECONDS = 16.0
# Two writers can take seqs 5 and 6 and store 6 first. A stream that saw 6 but not 5 waits this
# long for 5 before going past it (a seq may also be skipped for good when a write failed).
GAP_GRACE_SECONDS = 3.0
PAGE_SIZE = 100


# Items a stream keeps from the broadcast until it sends them (a bound: it sends them at once).
MAX_PUSHED_ITEMS = 256


class Subscription(asyncio.Event):
    """One stream's wake-up, how far the timeline is known to go, and the items announced with it."""

    def __init__(self) -> None:
        super().__init__()
        # The highest seq announced for the interview: how far to read past a gap.
        self.latest_seq = 0
        self._pushed: dict[int, TimelineRecord] = {}

    def push(self, record: TimelineRecord) -> None:
        if len(self._pushed) < MAX_PUSHED_ITEMS:
            self._pushed[record.seq] = record

    def take_following(self, last_seq: int) -> list[TimelineRecord]:
        """The pushed items right after ``last_seq``, without a gap; older ones are dropped."""
        following = []
        while (record := self._pushed.pop(last_seq + 1, None)) is not None:
            following.append(record)
            last_seq = record.seq
        for seq in [s for s in self._pushed if s <= last_seq]:
            del self._pushed[seq]
        return following


class UpdateNotifier:
    """Wakes the streams this process holds for an interview whose timeline grew."""

    def __init__(self, clock: Clock = utc_now) -> None:
        self._waiters: defaultdict[tuple[str, str], set[Subscription]] = defaultdict(set)
        self._now = clock

    @contextlib.contextmanager
    def subscribe(self, tenant_id: str, interview_id: str) -> Iterator[Subscription]:
        key = (tenant_id, interview_id)
        wake = Subscription()
        self._waiters[key].add(wake)
        try:
            yield wake
        finally:
            self._waiters[key].discard(wake)
            if not self._waiters[key]:
                del self._waiters[key]

    def notify(self, tenant_id: str, interview_id: str, seq: int = 0, record: TimelineRecord | None = None) -> None:
        for wake in self._waiters.get((tenant_id, interview_id), ()):
            wake.latest_seq = max(wake.latest_seq, seq)
            if record is not None:
                wake.push(record)
            wake.set()

    def holds(self, tenant_id: str, interview_id: str) -> bool:
        """Whether this process holds a stream of the interview."""
        return (tenant_id, interview_id) in self._waiters

    async def on_interview_updated(self, event: Message, context: RecordContext) -> None:
        """Broadcast handler of ``interview-updated``."""
        updated = cast(events_pb2.InterviewUpdated, event)
        if updated.HasField("result"):
            return  # a command's reply: the timeline did not grow
        record = None
        if updated.HasField("update"):
            record = TimelineRecord(
                seq=updated.seq,
                occurred_at=from_timestamp(updated.update.occurred_at) or self._now(),
                update=updated.update,
                answer_submitted_at=from_timestamp(updated.answer_submitted_at)
                if updated.HasField("answer_submitted_at")
                else None,
            )
        self.notify(updated.meta.tenant_id, updated.meta.interview_id, updated.seq, record)


class InterviewStreams:
    def __init__(
        self,
        interviews: InterviewRepository,
        timeline: TimelineRepository,
        notifier: UpdateNotifier,
        *,
        recheck_seconds: float = RECHECK_SECONDS,
        gap_grace_seconds: float = GAP_GRACE_SECONDS,
        page_size: int = PAGE_SIZE,
        clock: Clock = utc_now,
    ) -> None:
        self._interviews = interviews
        self._timeline = timeline
        self._notifier = notifier
        self._recheck_seconds = recheck_seconds
        self._gap_grace = timedelta(seconds=gap_grace_seconds)
        self._page_size = page_size
        self._clock = clock

    async def follow(self, tenant_id: str, interview_id: str, after_seq: int) -> AsyncIterator[TimelineRecord]:
        """Timeline items after ``after_seq``, in order, until the interview ends."""
        ended = (await load_interview(self._interviews, tenant_id, interview_id)).status.is_terminal
        last_seq = after_seq
        live = False  # False while replaying what existed when the stream opened
        # After an announcement the items end at the seq announced; after the opening read or a
        # re-check (a wake-up may have been missed) the read also looks for items past it.
        look_past_known = True
        recheck = self._recheck_seconds
        with self._notifier.subscribe(tenant_id, interview_id) as wake:
            while True:
                wake.clear()
                ended_now = False
                for record in wake.take_following(last_seq):
                    recheck = self._recheck_seconds
                    self._observe_hint_latency(record)
                    yield record
                    last_seq = record.seq
                    if wire.is_terminal_update(record.update):
                        ended_now = True
                        break
                if ended_now:
                    return
                if not look_past_known and last_seq >= wake.latest_seq:
                    # Everything announced is sent: no read (a re-check still looks past it).
                    try:
                        await asyncio.wait_for(wake.wait(), recheck)
                    except TimeoutError:
                        look_past_known = True
                    continue
                batch = await self._timeline.read_after(
                    tenant_id,
                    interview_id,
                    last_seq,
                    self._page_size,
                    known_last=wake.latest_seq,
                    look_past_known=look_past_known,
                )
                ready = self._in_order(batch, last_seq)
                recheck = self._recheck_seconds if batch else min(recheck * 2, MAX_RECHECK_SECONDS)
                for record in ready:
                    if live:
                        self._observe_hint_latency(record)
                    yield record
                    last_seq = record.seq
                    if wire.is_terminal_update(record.update):
                        return
                caught_up = len(ready) == len(batch)
                if caught_up and len(batch) == self._page_size:
                    continue  # a long replay: read the next page at once
                if caught_up and ended:
                    return  # ended before the stream opened, and everything after after_seq is sent
                try:
                    await asyncio.wait_for(wake.wait(), recheck)
                    look_past_known = False
                except TimeoutError:
                    look_past_known = True
                live = True

    def _in_order(self, batch: list[TimelineRecord], last_seq: int) -> list[TimelineRecord]:
        """The leading records without a gap, or past a gap older than the grace period."""
        now = self._clock()
        expected = last_seq + 1
        ready = []
        for record in batch:
            if record.seq != expected and now - record.occurred_at < self._gap_grace:
                break
            ready.append(record)
            expected = record.seq + 1
        return ready

    def _observe_hint_latency(self, record: TimelineRecord) -> None:
        if record.update.WhichOneof("item") == "hint" and record.answer_submitted_at is not None:
            seconds = (self._clock() - record.answer_submitted_at).total_seconds()
            ANSWER_TO_HINT_SECONDS.observe(max(0.0, seconds))
