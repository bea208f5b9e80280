"""The owner of live interviews: the question-gen worker that holds an interview's partition.

Every change of a live interview reaches its owner on Kafka, keyed by the interview id: the
commands of the API replicas and the sweep (``interview-commands``) and the scores
(``score-ready``), on co-partitioned topics. So one process is the single writer of each
interview, and keeps it in memory (:class:`OwnedInterviews`): the answer → score → next step path
reads no document. The store below keeps the durable record (written before any reply or event,
so an acknowledged change is never lost) and serves queries; the owner reads it once per
interview, to recover after a restart or a rebalance.

Why not a faust Table with a changelog topic: the interview document in MongoDB already is the
durable record every query reads, so a changelog would store each change twice; recovery here is
one read by id, on the first record of an interview after its partition moved. See
docs/architecture.md, "One owner per live interview".
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import cast

from google.protobuf.message import Message
from wendu.core.bus import Publisher, RecordContext
from wendu.core.clock import Clock, utc_now
from wendu.core.codec import from_timestamp, new_meta, to_timestamp
from wendu.core.errors import DomainError, InvalidArgument, NotFound, Unavailable, wire_code
from wendu.core.topics import INTERVIEW_UPDATED
from wendu.core.wire import language_from_proto
from wendu.question_gen import wire
from wendu.question_gen.domain.interviews import Interview
from wendu.question_gen.handlers.flow import InterviewFlow
from wendu.question_gen.handlers.interviews import (
    AnswerSubmission,
    ExtensionGrant,
    InterviewHandlers,
    OptionsChoice,
)
from wendu.question_gen.handlers.ports import DueInterview, OwnedInterviewStore
from wendu.question_gen.handlers.requests import CandidateRequests
from wendu.question_gen.handlers.sweep import LifecycleSweep
from wendu.question_gen.metrics import EXPIRED_COMMANDS, OWNED_INTERVIEWS, OWNER_RECOVERIES
from wendu.v1 import common_pb2, events_pb2

log = logging.getLogger(__name__)

# Live interviews one owner keeps at most; past it, the least recently used are dropped (and read
# back on their next record). A campus wave keeps a few thousand per worker live at once.
MAX_OWNED_INTERVIEWS = 20_000

Key = tuple[str, str]

# The command being applied: each save it makes records it on the interview, in the same write.
_applying: contextvars.ContextVar[str] = contextvars.ContextVar("applying_command", default="")


class OwnedInterviews:
    """The owner's interviews in memory, in front of the durable store (an InterviewRepository).

    Only the owner writes an interview, so what it holds is the latest state: a read is a lookup in
    a dict, a save writes the store and keeps the object. Changes of one interview run one at a
    time (:meth:`guard`): its commands and its scores come from different partitions' lanes.
    """

    def __init__(self, store: OwnedInterviewStore, *, max_owned: int = MAX_OWNED_INTERVIEWS) -> None:
        self._store = store
        self._max_owned = max_owned
        self._live: OrderedDict[Key, Interview] = OrderedDict()
        self._locks: dict[Key, asyncio.Lock] = {}
        # This worker's owner epoch since its last claim of partitions (None: take a new one at the
        # next recovery). Every interview it holds was claimed under it; see the store's fencing.
        self._epoch: int | None = None
        self._epoch_lock = asyncio.Lock()

    # --- InterviewRepository ---------------------------------------------------------------------

    async def add(self, interview: Interview, idempotency_key: str) -> tuple[Interview, bool]:
        return await self._store.add(interview, idempotency_key)

    async def get(self, tenant_id: str, interview_id: str) -> Interview | None:
        key = (tenant_id, interview_id)
        live = self._live.get(key)
        if live is not None:
            self._live.move_to_end(key)
            return live
        # Recovery: the first record of this interview since this worker took its partition. The
        # read claims it, so a worker that lost the partition without noticing can no longer save it.
        stored = await self._store.claim(tenant_id, interview_id, await self._owner_epoch())
        if stored is not None:
            OWNER_RECOVERIES.inc()
            self._keep(stored)
        return stored

    async def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Interview | None:
        found = await self._store.find_by_idempotency_key(tenant_id, idempotency_key)
        return None if found is None else await self.get(found.tenant_id, found.interview_id)

    async def save(self, interview: Interview) -> None:
        interview.record_command(_applying.get())
        await self._store.save(interview, owner_epoch=await self._owner_epoch())
        self._keep(interview)

    async def find_due(self, now: datetime, idle_since: datetime, limit: int) -> list[DueInterview]:
        return await self._store.find_due(now, idle_since, limit)

    # --- ownership -------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def guard(self, tenant_id: str, interview_id: str) -> AsyncIterator[None]:
        """One change of the interview at a time. A change that fails may have half-changed the
        object in memory: it is dropped, and the next record reads the stored state."""
        key = (tenant_id, interview_id)
        lock = self._locks.setdefault(key, asyncio.Lock())
        try:
            async with lock:
                try:
                    yield
                except BaseException:
                    self._live.pop(key, None)
                    raise
        finally:
            if not lock.locked() and not getattr(lock, "_waiters", None):
                self._locks.pop(key, None)
            OWNED_INTERVIEWS.set(len(self._live))

    def forget_all(self) -> None:
        """Partitions were revoked: their next owner recovers their interviews from the store.

        All are dropped, not only those of the revoked partitions: what this worker keeps of an
        interview it still owns is read back once, which is cheaper than tracking partitions. The
        next recovery takes a new owner epoch: the aiokafka rebalance revokes every partition first,
        so each claim of partitions starts here."""
        self._live.clear()
        self._epoch = None
        OWNED_INTERVIEWS.set(0)

    async def _owner_epoch(self) -> int:
        if self._epoch is None:
            async with self._epoch_lock:
                if self._epoch is None:
                    self._epoch = await self._store.next_owner_epoch()
        return self._epoch

    def _keep(self, interview: Interview) -> None:
        key = (interview.tenant_id, interview.interview_id)
        self._live[key] = interview
        self._live.move_to_end(key)
        while len(self._live) > self._max_owned:
            self._live.popitem(last=False)


class InterviewOwner:
    """Consumer of ``interview-commands`` and ``score-ready``: applies each command, and replies on
    ``interview-updated``; moves the interview on after each score.

    The change itself is the same use case the API ran before (:class:`InterviewHandlers`), run by
    the single writer. The reply names the command; the API replica waiting for it answers its
    caller. Commands are idempotent as before: a repeated idempotency key answers the first result.
    """

    def __init__(
        self,
        owned: OwnedInterviews,
        interviews: InterviewHandlers,
        requests: CandidateRequests,
        sweep: LifecycleSweep,
        flow: InterviewFlow,
        publisher: Publisher,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self._owned = owned
        self._flow = flow
        self._interviews = interviews
        self._requests = requests
        self._sweep = sweep
        self._publisher = publisher
        self._clock = clock
        self._apply: dict[int, Callable[[str, str, events_pb2.InterviewCommand], Awaitable[Interview]]] = {
            events_pb2.INTERVIEW_COMMAND_KIND_START: lambda t, i, c: self._interviews.start(t, i),
            events_pb2.INTERVIEW_COMMAND_KIND_PAUSE: lambda t, i, c: self._interviews.pause(t, i),
            events_pb2.INTERVIEW_COMMAND_KIND_RESUME: lambda t, i, c: self._interviews.resume(t, i),
            events_pb2.INTERVIEW_COMMAND_KIND_WITHDRAW: lambda t, i, c: self._interviews.withdraw(t, i),
            events_pb2.INTERVIEW_COMMAND_KIND_COMPLETE: lambda t, i, c: self._interviews.complete(t, i),
            events_pb2.INTERVIEW_COMMAND_KIND_CHOOSE_OPTIONS: lambda t, i, c: self._interviews.choose_options(
                t, i, _options(c)
            ),
            events_pb2.INTERVIEW_COMMAND_KIND_GRANT_EXTENSION: lambda t, i, c: self._interviews.grant_extension(
                t, i, ExtensionGrant(c.minutes, c.reason, c.granted_by, c.idempotency_key)
            ),
        }

    async def on_score_ready(self, event: Message, context: RecordContext) -> None:
        """Consumer of ``score-ready``: the next step (:class:`InterviewFlow`), one change at a time."""
        meta = cast(events_pb2.ScoreReady, event).meta
        async with self._owned.guard(meta.tenant_id, meta.interview_id):
            await self._flow.on_score_ready(event, context)

    async def on_command(self, event: Message, context: RecordContext) -> None:
        command = cast(events_pb2.InterviewCommand, event)
        tenant_id, interview_id = command.meta.tenant_id, command.meta.interview_id
        result = events_pb2.CommandResult(command_id=command.meta.event_id)
        deadline = from_timestamp(command.deadline) if command.HasField("deadline") else None
        if deadline is not None and self._clock() > deadline:
            # The caller has answered UNAVAILABLE already and may have moved on: applying it now
            # would surprise the candidate (a pause long after they resumed). Nobody waits for a
            # reply any more, so none is sent.
            EXPIRED_COMMANDS.inc()
            log.info("expired command dropped", extra={"kind": command.kind, "interview_id": interview_id})
            return
        started = time.perf_counter()
        applying = _applying.set(command.meta.event_id)
        try:
            async with self._owned.guard(tenant_id, interview_id):
                current = await self._owned.get(tenant_id, interview_id)
                if current is not None and current.has_applied(command.meta.event_id):
                    # Delivered again (a retry after a failure past the save, or a replay after a
                    # crash): its change is stored; what follows it is idempotent, so run only that.
                    await self._run_again(tenant_id, interview_id, command, result, current)
                else:
                    await self._run(tenant_id, interview_id, command, result)
        except DomainError as exc:
            if isinstance(exc, Unavailable):
                raise  # transient (the store): the bus retries the command, the caller may too
            result.code = wire_code(exc)
            result.message = exc.message
            if isinstance(exc, InvalidArgument):
                result.field = exc.field
        finally:
            _applying.reset(applying)
        log.debug("command applied", extra={"kind": command.kind, "ms": (time.perf_counter() - started) * 1000})
        if command.kind != events_pb2.INTERVIEW_COMMAND_KIND_END_IF_DUE:
            await self._reply(command, result)

    async def _run(
        self, tenant_id: str, interview_id: str, command: events_pb2.InterviewCommand, result: events_pb2.CommandResult
    ) -> None:
        kind = command.kind
        if kind == events_pb2.INTERVIEW_COMMAND_KIND_SUBMIT_ANSWER:
            submitted = await self._interviews.submit_answer(
                tenant_id,
                AnswerSubmission(
                    interview_id=interview_id,
                    question_id=command.question_id,
                    text=command.text,
                    idempotency_key=command.idempotency_key,
                    supplement=command.supplement,
                ),
            )
            answer = submitted.answer
            result.answer_id, result.answer_revision, result.duplicate = (
                answer.answer_id,
                answer.revision,
                submitted.duplicate,
            )
            result.question_id, result.answer_text = answer.question_id, answer.text
            result.answer_submitted_at.CopyFrom(to_timestamp(answer.submitted_at))
            result.version = await self._version(tenant_id, interview_id)
            return
        if kind == events_pb2.INTERVIEW_COMMAND_KIND_REQUEST_HUMAN_SCREEN:
            request = await self._requests.request_human_screen(tenant_id, interview_id, command.note)
            result.request_id = request.request_id
            result.version = await self._version(tenant_id, interview_id)
            return
        if kind == events_pb2.INTERVIEW_COMMAND_KIND_REFUSE_AUTOMATED_DECISION:
            request = await self._requests.refuse_automated_decision(tenant_id, interview_id, command.note)
            result.request_id = request.request_id
            result.version = await self._version(tenant_id, interview_id)
            return
        if kind == events_pb2.INTERVIEW_COMMAND_KIND_END_IF_DUE:
            await self._sweep.end_if_due(DueInterview(tenant_id, interview_id))
            return
        apply = self._apply.get(kind)
        if apply is None:
            raise InvalidArgument("kind", f"unknown interview command {kind}")
        interview = await apply(tenant_id, interview_id, command)
        result.version = interview.version

    async def _run_again(
        self,
        tenant_id: str,
        interview_id: str,
        command: events_pb2.InterviewCommand,
        result: events_pb2.CommandResult,
        interview: Interview,
    ) -> None:
        """The steps after the change of a command applied before: each is idempotent (an answer by
        its idempotency key, a completion by its event id, timeline items by their dedup keys)."""
        kind = command.kind
        if kind in (events_pb2.INTERVIEW_COMMAND_KIND_SUBMIT_ANSWER, events_pb2.INTERVIEW_COMMAND_KIND_COMPLETE):
            await self._run(tenant_id, interview_id, command, result)
            result.duplicate = False  # the caller's first attempt, delivered twice
            return
        if kind == events_pb2.INTERVIEW_COMMAND_KIND_START:
            await self._interviews.announce_start(interview)
        result.version = interview.version

    async def _version(self, tenant_id: str, interview_id: str) -> int:
        interview = await self._owned.get(tenant_id, interview_id)
        if interview is None:
            raise NotFound("interview", interview_id)
        return interview.version

    async def _reply(self, command: events_pb2.InterviewCommand, result: events_pb2.CommandResult) -> None:
        event = events_pb2.InterviewUpdated(
            meta=new_meta(
                events_pb2.InterviewUpdated,
                tenant_id=command.meta.tenant_id,
                interview_id=command.meta.interview_id,
                candidate_id=command.meta.candidate_id,
            ),
            result=result,
        )
        await self._publisher.publish(INTERVIEW_UPDATED, event, key=command.meta.interview_id)


def _options(command: events_pb2.InterviewCommand) -> OptionsChoice:
    """The candidate's choice, checked by the API already (unset fields keep the current value)."""
    return OptionsChoice(
        slot_start=from_timestamp(command.slot_start) if command.HasField("slot_start") else None,
        mode=wire.mode_from_proto(command.mode) if command.mode else None,
        language=language_from_proto(command.language, default=None)
        if command.language != common_pb2.LANGUAGE_UNSPECIFIED
        else None,
    )
