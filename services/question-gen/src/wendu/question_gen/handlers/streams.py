"""The candidate's live stream: replay the timeline from Mongo, then follow it as it grows.

Any API replica may hold a candidate's stream, while the worker (or another replica) appends to
the timeline. Every replica reads the ``interview-updated`` broadcast and wakes its local streams
of that interview (:class:`UpdateNotifier`) with the seq announced; a woken stream reads the new
items from Mongo, the durable copy, by id (one lookup per item). A periodic re-check covers a
missed wake-up.

Hints take a shortcut: every replica also reads ``hint-ready`` in broadcast, and one that holds a
stream of the interview pushes the hint to it at once (:class:`LiveHints`), with ``seq`` 0 because
it has no place in the timeline yet. The worker still appends it to the timeline, for replay; a
stream sends each hint id once, whichever copy comes first, and steps over the other. A client
resumes after the highest seq it saw (a live hint's 0 never moves that), so a hint it missed live
comes from the timeline; after a reconnect it may see a hint it already got live a second time
(same ``hint_id``).
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
from wendu.question_gen import wire
from wendu.question_gen.domain.interviews import HintRecord
from wendu.question_gen.domain.timeline import HintShown
from wendu.question_gen.handlers.interview_store import load_interview
from wendu.question_gen.handlers.ports import (
    HintRepository,
    InterviewRepository,
    TimelineRecord,
    TimelineRepository,
)
from wendu.question_gen.metrics import ANSWER_TO_HINT_SECONDS
from wendu.v1 import events_pb2

RECHECK_SECONDS = 2.0
# Two writers can take seqs 5 and 6 and store 6 first. A stream that saw 6 but not 5 waits this
# long for 5 before going past it (a seq may also be skipped for good when a write failed).
GAP_GRACE_SECONDS = 3.0
PAGE_SIZE = 100


# The seq of a hint pushed before the worker stored it: not a place in the timeline.
LIVE_SEQ = 0


class Subscription(asyncio.Event):
    """One stream's wake-up, and the hints pushed to it that it has not sent yet."""

    def __init__(self) -> None:
        super().__init__()
        self._hints: list[HintShown] = []
        # The highest seq announced for the interview: how far to read past a gap.
        self.latest_seq = 0

    def push_hint(self, hint: HintShown) -> None:
        self._hints.append(hint)
        self.set()

    def take_hints(self) -> list[HintShown]:
        hints, self._hints = self._hints, []
        return hints


class UpdateNotifier:
    """Wakes the streams this process holds for an interview whose timeline grew."""

    def __init__(self) -> None:
        self._waiters: defaultdict[tuple[str, str], set[Subscription]] = defaultdict(set)

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

    def notify(self, tenant_id: str, interview_id: str, seq: int = 0) -> None:
        for wake in self._waiters.get((tenant_id, interview_id), ()):
            wake.latest_seq = max(wake.latest_seq, seq)
            wake.set()

    def holds(self, tenant_id: str, interview_id: str) -> bool:
        """Whether this process holds a stream of the interview."""
        return (tenant_id, interview_id) in self._waiters

    def push_hint(self, tenant_id: str, interview_id: str, hint: HintShown) -> None:
        """Hand a hint to this process's streams of the interview, to send at once."""
        for subscription in self._waiters.get((tenant_id, interview_id), ()):
            subscription.push_hint(hint)

    async def on_interview_updated(self, event: Message, context: RecordContext) -> None:
        """Broadcast handler of ``interview-updated``."""
        updated = cast(events_pb2.InterviewUpdated, event)
        if updated.HasField("result"):
            return  # a command's reply: the timeline did not grow
        self.notify(updated.meta.tenant_id, updated.meta.interview_id, updated.seq)


class LiveHints:
    """Broadcast handler of ``hint-ready`` in API replicas: shows a hint on local streams at once.

    Before pushing, the replica records the hint (the same idempotent insert the worker makes), so
    the supplement a hint allows is accepted as soon as the candidate sees it. A hint on an unknown
    answer, or on an interview that has ended, is not pushed (the worker applies the same policy to
    the timeline copy).
    """

    def __init__(self, interviews: InterviewRepository, hints: HintRepository, notifier: UpdateNotifier) -> None:
        self._interviews = interviews
        self._hints = hints
        self._notifier = notifier

    async def on_hint_ready(self, event: Message, context: RecordContext) -> None:
        hint = cast(events_pb2.HintReady, event)
        tenant_id, interview_id = hint.meta.tenant_id, hint.meta.interview_id
        if not self._notifier.holds(tenant_id, interview_id):
            return  # most replicas: the candidate's stream is elsewhere
        # As this process last saw it (it took the answer, or a stream here read it): a change made
        # elsewhere since cannot make the push harmful (an ended stream has stopped; a supplement's
        # hint repeats the hint id, which a stream sends once).
        interview = await self._interviews.get_recent(tenant_id, interview_id)
        if interview is None or interview.status.is_terminal or interview.answer(hint.answer_id) is None:
            return
        if interview.supplemented(hint.answer_id):
            return  # a supplement never yields a second hint
        await self._hints.add(tenant_id, interview_id, HintRecord(hint.hint_id, hint.answer_id))
        self._notifier.push_hint(tenant_id, interview_id, wire.hint_shown(hint))


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
        """Timeline items after ``after_seq``, in order, until the interview ends.

        Hints pushed live come in between, with seq 0, as soon as they arrive; each hint id is sent
        once per stream, so the later copy (live or from the timeline) is skipped.
        """
        ended = (await load_interview(self._interviews, tenant_id, interview_id)).status.is_terminal
        last_seq = after_seq
        sent_hints: set[str] = set()
        live = False  # False while replaying what existed when the stream opened
        # After an announcement the items end at the seq announced; after the opening read or a
        # re-check (a wake-up may have been missed) the read also looks for items past it.
        look_past_known = True
        with self._notifier.subscribe(tenant_id, interview_id) as wake:
            while True:
                wake.clear()
                for hint in wake.take_hints():
                    if hint.hint_id not in sent_hints:
                        sent_hints.add(hint.hint_id)
                        record = self._live_hint(interview_id, hint)
                        self._observe_hint_latency(record)
                        yield record
                batch = await self._timeline.read_after(
                    tenant_id,
                    interview_id,
                    last_seq,
                    self._page_size,
                    known_last=wake.latest_seq,
                    look_past_known=look_past_known,
                )
                ready = self._in_order(batch, last_seq)
                for record in ready:
                    hint_id = record.update.hint.hint_id if record.update.WhichOneof("item") == "hint" else None
                    if hint_id is not None and hint_id in sent_hints:
                        last_seq = record.seq  # shown live already
                        continue
                    if hint_id is not None:
                        sent_hints.add(hint_id)
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
                    await asyncio.wait_for(wake.wait(), self._recheck_seconds)
                    look_past_known = False
                except TimeoutError:
                    look_past_known = True
                live = True

    def _live_hint(self, interview_id: str, hint: HintShown) -> TimelineRecord:
        now = self._clock()
        return TimelineRecord(
            seq=LIVE_SEQ,
            occurred_at=now,
            update=wire.timeline_update(LIVE_SEQ, interview_id, now, hint),
            answer_submitted_at=hint.answer_submitted_at,
        )

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
