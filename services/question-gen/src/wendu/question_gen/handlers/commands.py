"""The API replicas' side of interview changes: send a command to the interview's owner, await its reply.

An API replica never writes a live interview (see :mod:`wendu.question_gen.handlers.owner`): it
checks the caller and the request's shape, publishes an ``InterviewCommand`` keyed by the interview
id, and waits for the owner's ``CommandResult`` on ``interview-updated``, which every replica reads
in broadcast. The owner stored the change before replying, so the interview read afterwards (for
the response) holds it. The methods mirror :class:`InterviewHandlers`, so the servicer calls
either one the same way.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import OrderedDict
from datetime import timedelta
from typing import Any, cast

from google.protobuf.message import Message
from wendu.core.bus import Publisher, RecordContext
from wendu.core.clock import Clock, utc_now
from wendu.core.codec import from_timestamp, new_meta, to_timestamp
from wendu.core.errors import Unavailable, from_wire
from wendu.core.topics import INTERVIEW_COMMANDS
from wendu.core.wire import language_to_proto
from wendu.question_gen import wire
from wendu.question_gen.domain.interviews import Answer, Interview
from wendu.question_gen.domain.requests import CandidateRequest, RequestKind
from wendu.question_gen.handlers.interview_store import load_interview
from wendu.question_gen.handlers.interviews import AnswerSubmission, ExtensionGrant, OptionsChoice, SubmittedAnswer
from wendu.question_gen.handlers.ports import CandidateRequestRepository, DueInterview, InterviewRepository
from wendu.question_gen.metrics import COMMAND_SECONDS
from wendu.v1 import events_pb2

# How long a replica waits for the owner. Past it the caller gets UNAVAILABLE (and may retry with
# its idempotency key); the owner drops a command it reads after this deadline.
DEFAULT_REPLY_TIMEOUT_SECONDS = 10.0
# Answers (by idempotency key) a replica remembers having answered, for retries.
MAX_REMEMBERED_ANSWERS = 10_000
# Reads after a reply: the store may answer an older version for a moment (a copy that lags).
READ_ATTEMPTS = 5


class InterviewCommands:
    def __init__(
        self,
        interviews: InterviewRepository,
        requests: CandidateRequestRepository,
        publisher: Publisher,
        *,
        reply_timeout_seconds: float = DEFAULT_REPLY_TIMEOUT_SECONDS,
        clock: Clock = utc_now,
    ) -> None:
        self._interviews = interviews
        self._requests = requests
        self._publisher = publisher
        self._timeout = reply_timeout_seconds
        self._clock = clock
        self._waiting: dict[str, asyncio.Future[events_pb2.CommandResult]] = {}
        # (tenant, interview, idempotency key) of answers: those being sent, and those answered.
        self._submitting: dict[tuple[str, str, str], asyncio.Future[SubmittedAnswer]] = {}
        self._answered: OrderedDict[tuple[str, str, str], Answer] = OrderedDict()

    # --- the use cases, as InterviewHandlers names them ------------------------------------------

    async def start(self, tenant_id: str, interview_id: str) -> Interview:
        return await self._change(tenant_id, interview_id, events_pb2.INTERVIEW_COMMAND_KIND_START)

    async def pause(self, tenant_id: str, interview_id: str) -> Interview:
        return await self._change(tenant_id, interview_id, events_pb2.INTERVIEW_COMMAND_KIND_PAUSE)

    async def resume(self, tenant_id: str, interview_id: str) -> Interview:
        return await self._change(tenant_id, interview_id, events_pb2.INTERVIEW_COMMAND_KIND_RESUME)

    async def withdraw(self, tenant_id: str, interview_id: str) -> Interview:
        return await self._change(tenant_id, interview_id, events_pb2.INTERVIEW_COMMAND_KIND_WITHDRAW)

    async def complete(self, tenant_id: str, interview_id: str) -> Interview:
        return await self._change(tenant_id, interview_id, events_pb2.INTERVIEW_COMMAND_KIND_COMPLETE)

    async def choose_options(self, tenant_id: str, interview_id: str, choice: OptionsChoice) -> Interview:
        fields: dict[str, Any] = {}
        if choice.slot_start is not None:
            fields["slot_start"] = to_timestamp(choice.slot_start)
        if choice.mode is not None:
            fields["mode"] = wire.mode_to_proto(choice.mode)
        if choice.language is not None:
            fields["language"] = language_to_proto(choice.language)
        return await self._change(tenant_id, interview_id, events_pb2.INTERVIEW_COMMAND_KIND_CHOOSE_OPTIONS, **fields)

    async def grant_extension(self, tenant_id: str, interview_id: str, grant: ExtensionGrant) -> Interview:
        return await self._change(
            tenant_id,
            interview_id,
            events_pb2.INTERVIEW_COMMAND_KIND_GRANT_EXTENSION,
            minutes=grant.minutes,
            reason=grant.reason,
            granted_by=grant.granted_by,
            idempotency_key=grant.idempotency_key,
        )

    async def submit_answer(self, tenant_id: str, submission: AnswerSubmission) -> SubmittedAnswer:
        """The owner's answer carries the stored answer: nothing is read back on the hot path.

        Duplicates cost nothing: a retry of a key this replica has answered is answered from memory,
        and concurrent calls with one key share one command.
        """
        key = (tenant_id, submission.interview_id, submission.idempotency_key)
        if not submission.idempotency_key:
            return await self._submit(tenant_id, submission)
        known = self._answered.get(key)
        if known is not None:
            return SubmittedAnswer(known, True)
        in_flight = self._submitting.get(key)
        if in_flight is not None:
            return SubmittedAnswer((await asyncio.shield(in_flight)).answer, True)
        submitting = asyncio.ensure_future(self._submit(tenant_id, submission))
        self._submitting[key] = submitting
        try:
            submitted = await asyncio.shield(submitting)
        finally:
            self._submitting.pop(key, None)
        self._answered[key] = submitted.answer
        while len(self._answered) > MAX_REMEMBERED_ANSWERS:
            self._answered.popitem(last=False)
        return submitted

    async def _submit(self, tenant_id: str, submission: AnswerSubmission) -> SubmittedAnswer:
        command_id = uuid.uuid4().hex
        result = await self._send(
            tenant_id,
            submission.interview_id,
            events_pb2.INTERVIEW_COMMAND_KIND_SUBMIT_ANSWER,
            command_id=command_id,
            question_id=submission.question_id,
            text=submission.text,
            # Without the caller's key, the command's own: a redelivered command stores one answer.
            idempotency_key=submission.idempotency_key or f"command:{command_id}",
            supplement=submission.supplement,
        )
        submitted_at = from_timestamp(result.answer_submitted_at)
        assert submitted_at is not None  # the owner always sets it on an answer
        answer = Answer(
            answer_id=result.answer_id,
            question_id=result.question_id,
            text=result.answer_text,
            revision=result.answer_revision,
            submitted_at=submitted_at,
        )
        return SubmittedAnswer(answer, result.duplicate)

    async def request_human_screen(self, tenant_id: str, interview_id: str, note: str) -> CandidateRequest:
        await self._send(tenant_id, interview_id, events_pb2.INTERVIEW_COMMAND_KIND_REQUEST_HUMAN_SCREEN, note=note)
        request = await self._requests.find(tenant_id, interview_id, RequestKind.HUMAN_SCREEN)
        if request is None:
            raise Unavailable("the candidate request is not readable yet; retry")
        return request

    async def refuse_automated_decision(self, tenant_id: str, interview_id: str, note: str) -> CandidateRequest:
        await self._send(
            tenant_id, interview_id, events_pb2.INTERVIEW_COMMAND_KIND_REFUSE_AUTOMATED_DECISION, note=note
        )
        request = await self._requests.find(tenant_id, interview_id, RequestKind.HUMAN_SCREEN)
        if request is None:
            raise Unavailable("the candidate request is not readable yet; retry")
        return request

    async def end_if_due(self, due: DueInterview) -> None:
        """For the sweep: ask the owner to end the interview if it is still due. No reply is awaited."""
        await self._publisher.publish(
            INTERVIEW_COMMANDS,
            self._command(
                due.tenant_id, due.interview_id, events_pb2.INTERVIEW_COMMAND_KIND_END_IF_DUE, uuid.uuid4().hex
            ),
            key=due.interview_id,
        )

    # --- replies ---------------------------------------------------------------------------------

    async def on_interview_updated(self, event: Message, context: RecordContext) -> None:
        """Broadcast handler of ``interview-updated``: hands a reply to the call waiting for it."""
        updated = cast(events_pb2.InterviewUpdated, event)
        if not updated.HasField("result"):
            return
        waiting = self._waiting.get(updated.result.command_id)
        if waiting is not None and not waiting.done():
            waiting.set_result(updated.result)

    # --- sending ---------------------------------------------------------------------------------

    async def _change(self, tenant_id: str, interview_id: str, kind: int, **fields: Any) -> Interview:
        result = await self._send(tenant_id, interview_id, kind, **fields)
        for _ in range(READ_ATTEMPTS):
            interview = await load_interview(self._interviews, tenant_id, interview_id)
            if interview.version >= result.version:
                return interview
            await asyncio.sleep(0.02)
        raise Unavailable("the interview was changed but is not readable yet; retry")

    def _command(self, tenant_id: str, interview_id: str, kind: int, command_id: str, **fields: Any) -> Message:
        return events_pb2.InterviewCommand(
            meta=new_meta(
                events_pb2.InterviewCommand, tenant_id=tenant_id, interview_id=interview_id, event_id=command_id
            ),
            kind=kind,  # type: ignore[arg-type]
            deadline=to_timestamp(self._clock() + timedelta(seconds=self._timeout)),
            **fields,
        )

    async def _send(
        self, tenant_id: str, interview_id: str, kind: int, *, command_id: str = "", **fields: Any
    ) -> events_pb2.CommandResult:
        command_id = command_id or uuid.uuid4().hex
        reply: asyncio.Future[events_pb2.CommandResult] = asyncio.get_running_loop().create_future()
        self._waiting[command_id] = reply
        started = time.perf_counter()
        try:
            await self._publisher.publish(
                INTERVIEW_COMMANDS, self._command(tenant_id, interview_id, kind, command_id, **fields), key=interview_id
            )
            result = await asyncio.wait_for(reply, self._timeout)
        except TimeoutError:
            raise Unavailable("the interview's owner did not answer in time; retry") from None
        finally:
            self._waiting.pop(command_id, None)
        COMMAND_SECONDS.observe(time.perf_counter() - started)
        if result.code:
            # The owner's refusal as the domain error it raised: the API maps it to the same status.
            raise from_wire(result.code, result.message or "the interview's owner refused the change", result.field)
        return result
