"""The lifecycle sweep (a worker background job): idle interviews become abandoned, unstarted ones expire.

It asks the store for interviews that look due, and sends each to its owner (an END_IF_DUE
command), which applies the change to the live state, where the domain re-checks the condition: an
interview the candidate touched in between is left alone (FailedPrecondition, skipped). Every
replica of the worker may run the search; a second command for one interview finds it ended.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from wendu.core.clock import Clock, utc_now
from wendu.core.errors import FailedPrecondition, NotFound
from wendu.question_gen.domain.interviews import Interview
from wendu.question_gen.domain.timeline import StatusChanged
from wendu.question_gen.handlers.interview_store import change_interview
from wendu.question_gen.handlers.ports import DueInterview, InterviewRepository
from wendu.question_gen.handlers.timeline import TimelineWriter

log = logging.getLogger(__name__)

SWEEP_BATCH = 200


@dataclass(frozen=True)
class SweepResult:
    abandoned: int = 0
    expired: int = 0


class LifecycleSweep:
    def __init__(
        self,
        interviews: InterviewRepository,
        timeline: TimelineWriter,
        *,
        idle_after: timedelta,
        interval_seconds: float,
        clock: Clock = utc_now,
        send: Callable[[DueInterview], Awaitable[None]] | None = None,
    ) -> None:
        """``send``: hand a due interview to its owner (the deployed wiring); None ends it here."""
        self._send = send
        self._interviews = interviews
        self._timeline = timeline
        self._idle_after = idle_after
        self._interval = interval_seconds
        self._clock = clock

    async def sweep_once(self) -> SweepResult:
        """Find the interviews due and end each: by telling its owner (``send``), or here (tests)."""
        now = self._clock()
        abandoned = expired = 0
        for due in await self._interviews.find_due(now, now - self._idle_after, SWEEP_BATCH):
            if self._send is not None:
                # The owner re-checks on the latest state; a command costs nothing when not due.
                await self._send(due)
                continue
            ended = await self.end_if_due(due)
            if ended == "abandoned":
                abandoned += 1
            elif ended == "expired":
                expired += 1
        return SweepResult(abandoned, expired)

    async def end_if_due(self, due: DueInterview) -> str:
        """End one interview if it is still due: "abandoned", "expired", or "" when it is not due."""
        try:
            interview, ended = await change_interview(
                self._interviews, due.tenant_id, due.interview_id, lambda iv: self._end_if_due(iv)
            )
        except (FailedPrecondition, NotFound):
            return ""  # no longer due (the candidate acted), or erased: the next sweep sees it
        # Ends the candidate's stream, if one is open.
        await self._timeline.post(
            interview,
            StatusChanged(interview.status, interview.all_questions_answered),
            dedup_key="status:ended",
        )
        log.info(
            "interview ended by the sweep",
            extra={"interview_id": interview.interview_id, "status": str(interview.status)},
        )
        return ended

    def _end_if_due(self, interview: Interview) -> str:
        now = self._clock()
        if interview.window_passed(now):
            interview.expire_if_window_passed(now)
            return "expired"
        interview.abandon_if_idle(now, self._idle_after)
        return "abandoned"

    async def run(self, stop: asyncio.Event) -> None:
        """Background job: sweep every ``interval_seconds`` until ``stop`` is set."""
        while not stop.is_set():
            try:
                await self.sweep_once()
            except Exception:  # a database hiccup must not end the job; the next round retries
                log.exception("interview sweep failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self._interval)
