"""A thin typed client over the five gRPC APIs, shared by the CLI, the demo and end-to-end tests."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import grpc
from wendu.cli.stack import SERVICES, addresses
from wendu.core.auth import bearer_metadata
from wendu.core.grpc_tls import grpc_tls_from_env, open_channel
from wendu.v1 import (
    feedback_pb2_grpc,
    profile_pb2_grpc,
    question_gen_pb2,
    question_gen_pb2_grpc,
    scoring_pb2_grpc,
    training_pb2_grpc,
)


def configured_addresses() -> dict[str, str]:
    """Each service's address: ``WENDU_<SERVICE>_ADDR`` when set (a deployed platform), else the local stack's."""
    local = addresses()
    return {spec.name: os.environ.get(spec.env_addr) or local[spec.name] for spec in SERVICES}


class _Authorised:
    """Wraps a stub so every call carries the bearer token."""

    def __init__(self, stub: object, token: str) -> None:
        self._stub = stub
        self._metadata = bearer_metadata(token)

    def __getattr__(self, name: str) -> object:
        method = getattr(self._stub, name)

        def call(request: object, **kwargs: object) -> object:
            kwargs.setdefault("metadata", self._metadata)
            kwargs.setdefault("timeout", 10.0)
            return method(request, **kwargs)

        return call


@dataclass
class WenduClient:
    """Stubs for every service, authenticated with one token (an API key or a candidate token)."""

    token: str
    addresses: dict[str, str] = field(default_factory=configured_addresses)

    def __post_init__(self) -> None:
        # WENDU_GRPC_TLS_CA_FILE (e.g. infra/tls.sh's ca.pem) turns TLS on; plaintext otherwise.
        tls = grpc_tls_from_env()
        self._channels = {name: open_channel(addr, tls) for name, addr in self.addresses.items()}
        self.profile = _Authorised(profile_pb2_grpc.ProfileServiceStub(self._channels["profile"]), self.token)
        self.positions = _Authorised(
            question_gen_pb2_grpc.PositionServiceStub(self._channels["question-gen"]), self.token
        )
        self.interviews = _Authorised(
            question_gen_pb2_grpc.InterviewServiceStub(self._channels["question-gen"]), self.token
        )
        self.scoring = _Authorised(scoring_pb2_grpc.ScoringServiceStub(self._channels["scoring"]), self.token)
        self.feedback = _Authorised(feedback_pb2_grpc.FeedbackServiceStub(self._channels["feedback"]), self.token)
        self.training = _Authorised(training_pb2_grpc.TrainingServiceStub(self._channels["training"]), self.token)

    def channel(self, service: str) -> grpc.aio.Channel:
        """The raw channel to ``service`` (for client-streaming calls, which the wrapped stubs do not carry)."""
        return self._channels[service]

    def stream(self, interview_id: str, after_seq: int = 0) -> AsyncIterator[question_gen_pb2.InterviewUpdate]:
        stub = question_gen_pb2_grpc.InterviewServiceStub(self._channels["question-gen"])
        return stub.StreamInterview(
            question_gen_pb2.StreamInterviewRequest(interview_id=interview_id, after_seq=after_seq),
            metadata=bearer_metadata(self.token),
        )

    async def close(self) -> None:
        await asyncio.gather(*(channel.close() for channel in self._channels.values()))

    async def __aenter__(self) -> WenduClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class LiveInterview:
    """Follows an interview's stream in the background and lets a driver wait for what comes next.

    Reconnects after a dropped stream, resuming after the last sequence number seen.
    """

    def __init__(self, client: WenduClient, interview_id: str) -> None:
        self._client = client
        self._interview_id = interview_id
        self.updates: asyncio.Queue[question_gen_pb2.InterviewUpdate] = asyncio.Queue()
        self.last_seq = 0
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> LiveInterview:
        self._task = asyncio.create_task(self._follow())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, grpc.aio.AioRpcError):
                pass

    async def _follow(self) -> None:
        while True:
            try:
                async for update in self._client.stream(self._interview_id, self.last_seq):
                    self.last_seq = max(self.last_seq, update.seq)
                    await self.updates.put(update)
                return
            except grpc.aio.AioRpcError as exc:
                if exc.code() not in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.INTERNAL):
                    raise
                await asyncio.sleep(0.5)

    async def next(self, timeout: float) -> question_gen_pb2.InterviewUpdate | None:
        try:
            return await asyncio.wait_for(self.updates.get(), timeout)
        except TimeoutError:
            return None


@dataclass
class AnswerOutcome:
    """What followed one answer: its hint (if any), and the next question or the end of the plan."""

    hint: question_gen_pb2.Hint | None = None
    hint_latency_seconds: float | None = None
    next_question: question_gen_pb2.Question | None = None
    all_answered: bool = False


async def await_outcome(
    live: LiveInterview, answer_id: str, submitted_at: float, *, timeout: float = 15.0, hint_grace: float = 2.0
) -> AnswerOutcome:
    """Collect the hint for ``answer_id`` and the next question (or the end), whichever order they come in."""
    outcome = AnswerOutcome()
    deadline = time.monotonic() + timeout
    moved_on_at: float | None = None
    while time.monotonic() < deadline:
        if moved_on_at is not None and (outcome.hint or time.monotonic() - moved_on_at > hint_grace):
            break
        update = await live.next(timeout=0.2)
        if update is None:
            continue
        kind = update.WhichOneof("item")
        if kind == "hint" and update.hint.answer_id == answer_id and outcome.hint is None:
            outcome.hint = update.hint
            outcome.hint_latency_seconds = time.monotonic() - submitted_at
        elif kind == "question" and outcome.next_question is None:
            outcome.next_question = update.question
            moved_on_at = time.monotonic()
        elif kind == "status" and update.status.all_questions_answered:
            outcome.all_answered = True
            moved_on_at = time.monotonic()
    return outcome
