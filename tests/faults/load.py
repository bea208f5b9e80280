"""A small load of candidates who keep going through faults, and the counts that say what was lost.

Each candidate does what a real client does, one step at a time: an answer is submitted only after
the previous one moved the interview on (the next question or the end). A call that fails with
UNAVAILABLE or DEADLINE_EXCEEDED is retried with the same request, so with the same idempotency
key; every retry is counted by method and code. Any other status fails the candidate.

The candidate follows the interview's live stream, and reloads the interview (GetInterview) when
the stream shows something new, or after a second without news: a client reloads after a dropped
connection, and the counts must measure the platform, not one transport. Hints on the stream are
counted too.

``verify`` then counts, per submitted answer (id + revision): stored scores (ScoringService),
ScoreReady events and their distinct event ids (the topic), stored hints (FeedbackService) and
HintReady events; and per interview: completed and reported. A hint is decided once, by the
question-gen worker that owns the interview, and published on ``hint-ready`` (the event id is the
hint id): the hints expected are the answers with a HintReady, each with one hint id, and each must
be stored once by feedback (ListHints), so a lost, doubled or second hint shows as a difference.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import grpc
from aiokafka import AIOKafkaConsumer, ConsumerRecord
from support.kafka import topic_partitions
from wendu.cli.client import WenduClient
from wendu.cli.demo import ANSWERS, RESUME, _answer_for
from wendu.core import codec, topics
from wendu.core.bus import kafka_client_kwargs
from wendu.v1 import common_pb2, events_pb2, feedback_pb2, profile_pb2, question_gen_pb2, scoring_pb2

RETRYABLE = frozenset({grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED})
CALL_TIMEOUT_SECONDS = 10.0
# How long one call may keep failing with a retryable status before the candidate gives up.
RETRY_BUDGET_SECONDS = 90.0
# GetInterview is called when the stream shows something new, and at least this often without it.
POLL_SECONDS = 1.0


class CandidateFailed(Exception):
    """A candidate could not go on: a non-retryable status, or the interview stopped moving."""


@dataclass
class Tally:
    """What the load did, for the counts and the failure messages."""

    tenant_id: str
    answers: dict[str, list[tuple[str, int]]] = field(default_factory=lambda: defaultdict(list))
    started: set[str] = field(default_factory=set)
    completed: set[str] = field(default_factory=set)
    reported: set[str] = field(default_factory=set)
    retries: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    stream_hint_ids: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    answered_event: asyncio.Event = field(default_factory=asyncio.Event)
    answered_target: int = 0
    # Every call attempt: (monotonic start, method, status code name, seconds it took).
    calls: list[tuple[float, str, str, float]] = field(default_factory=list)

    @property
    def submitted(self) -> int:
        return sum(len(v) for v in self.answers.values())

    def retried(self, code: grpc.StatusCode) -> int:
        return sum(n for key, n in self.retries.items() if key.endswith(":" + code.name))


async def call(tally: Tally, name: str, method: Callable[..., Any], request: Any) -> Any:
    """``method(request)``, retried with the same request while it fails with a retryable status."""
    give_up = time.monotonic() + RETRY_BUDGET_SECONDS
    backoff = 0.2
    while True:
        began = time.monotonic()
        try:
            response = await method(request, timeout=CALL_TIMEOUT_SECONDS)
        except grpc.aio.AioRpcError as exc:
            tally.calls.append((began, name, exc.code().name, time.monotonic() - began))
            if exc.code() not in RETRYABLE or time.monotonic() > give_up:
                raise
            tally.retries[f"{name}:{exc.code().name}"] += 1
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 2.0)
            continue
        tally.calls.append((began, name, "OK", time.monotonic() - began))
        return response


class StreamFollower:
    """Follows the candidate's live stream in the background and records the hints it shows."""

    def __init__(self, client: WenduClient, interview_id: str, tally: Tally) -> None:
        self._client = client
        self._interview_id = interview_id
        self._tally = tally
        self._last_seq = 0
        self._task: asyncio.Task[None] | None = None
        # Set on every update: the candidate reloads the interview then, not on a tight poll.
        self.changed = asyncio.Event()

    async def __aenter__(self) -> StreamFollower:
        self._task = asyncio.create_task(self._follow())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, grpc.aio.AioRpcError):
                await self._task

    async def _follow(self) -> None:
        while True:
            try:
                async for update in self._client.stream(self._interview_id, self._last_seq):
                    self._last_seq = max(self._last_seq, update.seq)
                    self.changed.set()
                    if update.WhichOneof("item") == "hint":
                        self._tally.stream_hint_ids[update.hint.answer_id].add(update.hint.hint_id)
            except grpc.aio.AioRpcError:
                pass  # the stream broke with the fault: reconnect after the last sequence number seen
            await asyncio.sleep(0.5)


class Load:
    """``candidates`` concurrent candidates, each taking one full interview for one tenant."""

    def __init__(self, addresses: dict[str, str], tenant_id: str, staff_key: str, *, seed: int = 7) -> None:
        self.addresses = addresses
        self.staff_key = staff_key
        self.tally = Tally(tenant_id)
        self.position_id = ""
        self._rng = random.Random(seed)
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Load:
        await self.setup()
        return self

    async def __aexit__(self, *exc: object) -> None:
        """A test that failed mid-fault must not leave its candidates running into the next test."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def setup(self) -> None:
        async with WenduClient(self.staff_key, self.addresses) as staff:
            position = await call(
                self.tally,
                "CreatePosition",
                staff.positions.CreatePosition,
                question_gen_pb2.CreatePositionRequest(
                    title="Product Manager",
                    competencies=[
                        common_pb2.CompetencyWeight(competency_id="communication", weight_percent=30),
                        common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=40),
                        common_pb2.CompetencyWeight(competency_id="leadership", weight_percent=30),
                    ],
                    idempotency_key=uuid.uuid4().hex,
                ),
            )
        self.position_id = position.position_id

    async def run(
        self,
        candidates: int,
        *,
        think_seconds: tuple[float, float] = (0.2, 0.6),
        on_created: Callable[[str], Awaitable[None]] | None = None,
        timeout_seconds: float = 240.0,
    ) -> None:
        """Run every candidate to a report (or a recorded failure), within ``timeout_seconds``."""
        if not self.position_id:
            await self.setup()

        async def one(index: int) -> None:
            try:
                await self._candidate(index, think_seconds, on_created)
            except (CandidateFailed, grpc.aio.AioRpcError) as exc:
                detail = f"{exc.code().name}: {exc.details()}" if isinstance(exc, grpc.aio.AioRpcError) else str(exc)
                self.tally.failures.append(f"candidate {index}: {detail}")

        await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(candidates))), timeout_seconds)

    def start(self, candidates: int, **options: Any) -> asyncio.Task[None]:
        """Run the load in the background (see :meth:`run`); await the task for its end."""
        self._task = asyncio.create_task(self.run(candidates, **options))
        return self._task

    async def wait_for_answers(self, count: int, timeout_seconds: float = 120.0) -> None:
        """Return once ``count`` answers were accepted: the moment to inject a fault "mid-load".

        Fails at once, with the candidates' errors, when the load ended before that.
        """
        self.tally.answered_target = count
        if self.tally.submitted >= count:
            return
        reached = asyncio.create_task(self.tally.answered_event.wait())
        waiting: set[asyncio.Future[Any]] = {reached}
        if self._task is not None:
            waiting.add(self._task)
        await asyncio.wait(waiting, timeout=timeout_seconds, return_when=asyncio.FIRST_COMPLETED)
        reached.cancel()
        if not self.tally.answered_event.is_set():
            raise AssertionError(
                f"the load never reached {count} answers ({self.tally.submitted}); failures: {self.tally.failures}"
            )

    def _answered(self, interview_id: str, answer: question_gen_pb2.Answer) -> None:
        self.tally.answers[interview_id].append((answer.answer_id, answer.revision))
        if self.tally.answered_target and self.tally.submitted >= self.tally.answered_target:
            self.tally.answered_event.set()

    async def _candidate(
        self,
        index: int,
        think_seconds: tuple[float, float],
        on_created: Callable[[str], Awaitable[None]] | None,
    ) -> None:
        tally = self.tally
        language = "zh" if index % 2 else "en"
        lang = common_pb2.LANGUAGE_ZH if language == "zh" else common_pb2.LANGUAGE_EN
        rng = random.Random(self._rng.random())
        await asyncio.sleep(rng.uniform(0, 1.0))  # candidates do not all arrive in the same millisecond
        async with WenduClient(self.staff_key, self.addresses) as staff:
            candidate = await call(
                tally,
                "CreateCandidate",
                staff.profile.CreateCandidate,
                profile_pb2.CreateCandidateRequest(
                    display_name=f"Candidate {index}",
                    email=f"c{uuid.uuid4().hex[:10]}@example.edu.cn",
                    preferred_language=lang,
                    resume_text=RESUME[language],
                    consents=profile_pb2.Consents(resume_use=True, external_data=False, ai_scoring=True),
                    idempotency_key=uuid.uuid4().hex,
                ),
            )
            created = await call(
                tally,
                "CreateInterview",
                staff.interviews.CreateInterview,
                question_gen_pb2.CreateInterviewRequest(
                    candidate_id=candidate.candidate_id,
                    position_id=self.position_id,
                    language=lang,
                    kind=common_pb2.INTERVIEW_KIND_SELECTION,
                    idempotency_key=uuid.uuid4().hex,
                ),
            )
            interview_id = created.interview.interview_id
            if on_created is not None:
                await on_created(interview_id)
            async with (
                WenduClient(created.candidate_token, self.addresses) as me,
                StreamFollower(me, interview_id, tally) as follower,
            ):
                await self._start(me, staff, interview_id)
                tally.started.add(interview_id)
                answered: set[str] = set()
                while True:
                    interview = await self._next_step(staff, follower, interview_id, answered)
                    if interview.all_questions_answered:
                        break
                    question = next(q for q in interview.questions if q.question_id == interview.current_question_id)
                    await asyncio.sleep(rng.uniform(*think_seconds))
                    response = await call(
                        tally,
                        "SubmitAnswer",
                        me.interviews.SubmitAnswer,
                        question_gen_pb2.SubmitAnswerRequest(
                            interview_id=interview_id,
                            question_id=question.question_id,
                            text=_answer_for(question, ANSWERS[language]),
                            idempotency_key=uuid.uuid4().hex,
                        ),
                    )
                    answered.add(question.question_id)
                    self._answered(interview_id, response.answer)
                await call(
                    tally,
                    "CompleteInterview",
                    me.interviews.CompleteInterview,
                    question_gen_pb2.InterviewRef(interview_id=interview_id),
                )
                tally.completed.add(interview_id)
                await self._wait_for_report(me, interview_id)
                tally.reported.add(interview_id)

    async def _start(self, me: WenduClient, staff: WenduClient, interview_id: str) -> None:
        try:
            await call(
                self.tally,
                "StartInterview",
                me.interviews.StartInterview,
                question_gen_pb2.InterviewRef(interview_id=interview_id),
            )
        except grpc.aio.AioRpcError as exc:
            # A retried start whose first attempt went through finds the interview started already.
            if exc.code() != grpc.StatusCode.FAILED_PRECONDITION:
                raise
            interview = await self._get(staff, interview_id)
            if interview.status != common_pb2.INTERVIEW_STATUS_IN_PROGRESS:
                raise

    async def _get(self, staff: WenduClient, interview_id: str) -> question_gen_pb2.Interview:
        return await call(
            self.tally,
            "GetInterview",
            staff.interviews.GetInterview,
            question_gen_pb2.GetInterviewRequest(interview_id=interview_id),
        )

    async def _next_step(
        self,
        staff: WenduClient,
        follower: StreamFollower,
        interview_id: str,
        answered: set[str],
        timeout: float = 120.0,
    ) -> question_gen_pb2.Interview:
        """Wait until the interview asks a question not answered yet, or has every question answered."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            follower.changed.clear()
            interview = await self._get(staff, interview_id)
            if interview.all_questions_answered:
                return interview
            if interview.current_question_id and interview.current_question_id not in answered:
                return interview
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(follower.changed.wait(), POLL_SECONDS)
        raise CandidateFailed(f"interview {interview_id} did not move on within {timeout:.0f} s")

    async def _wait_for_report(self, me: WenduClient, interview_id: str, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                report = await call(
                    self.tally,
                    "GetReport",
                    me.feedback.GetReport,
                    feedback_pb2.GetReportRequest(interview_id=interview_id, view=feedback_pb2.REPORT_VIEW_CANDIDATE),
                )
                if report.status != feedback_pb2.REPORT_STATUS_GENERATING:
                    return
            except grpc.aio.AioRpcError as exc:
                if exc.code() != grpc.StatusCode.NOT_FOUND:
                    raise
            await asyncio.sleep(0.5)
        raise CandidateFailed(f"no report for interview {interview_id} within {timeout:.0f} s")


async def read_topic(bootstrap: str, topic: str) -> list[ConsumerRecord]:
    """Every record of ``topic`` from its beginning to its end now, outside any consumer group."""
    partitions = await topic_partitions(bootstrap, topic)
    consumer = AIOKafkaConsumer(**kafka_client_kwargs(bootstrap), enable_auto_commit=False, group_id=None)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        records: list[ConsumerRecord] = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            positions = [await consumer.position(tp) for tp in partitions]
            if all(position >= ends[tp] for position, tp in zip(positions, partitions, strict=True)):
                break
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                records.extend(batch)
        return records
    finally:
        await consumer.stop()


def _of_tenant(topic: str, records: list[ConsumerRecord], tenant_id: str) -> list[Any]:
    events = []
    for record in records:
        try:
            event = codec.decode(topic, record.value, list(record.headers or ()))
        except codec.MalformedEvent:
            continue
        if event.meta.tenant_id == tenant_id:  # type: ignore[attr-defined]
            events.append(event)
    return events


@dataclass
class Counts:
    """The result of a fault test. Every ``lost_*``/``duplicated_*``/``unfinished`` must be zero."""

    submitted: int = 0
    scored: int = 0
    lost_scores: int = 0
    duplicated_scores: int = 0
    score_events: int = 0
    score_event_redeliveries: int = 0
    duplicated_score_events: int = 0
    hints_expected: int = 0
    hints_stored: int = 0
    lost_hints: int = 0
    duplicated_hints: int = 0
    unexpected_hints: int = 0
    hint_events: int = 0
    hint_event_redeliveries: int = 0
    duplicated_hint_events: int = 0
    duplicated_stream_hints: int = 0
    interviews: int = 0
    completed: int = 0
    reported: int = 0
    unfinished: int = 0
    retries: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def losses(self) -> dict[str, int]:
        """Every count that must be zero, by name."""
        return {
            "lost_scores": self.lost_scores,
            "duplicated_scores": self.duplicated_scores,
            "duplicated_score_events": self.duplicated_score_events,
            "lost_hints": self.lost_hints,
            "duplicated_hints": self.duplicated_hints,
            "unexpected_hints": self.unexpected_hints,
            "duplicated_hint_events": self.duplicated_hint_events,
            "duplicated_stream_hints": self.duplicated_stream_hints,
            "unfinished": self.unfinished,
            "failed_candidates": len(self.failures),
        }

    def line(self) -> str:
        return (
            f"answers {self.submitted} submitted / {self.scored} scored (lost {self.lost_scores}, "
            f"dup {self.duplicated_scores}); ScoreReady {self.score_events} records, "
            f"{self.score_event_redeliveries} redelivered, {self.duplicated_score_events} second scores; "
            f"hints {self.hints_expected} expected / {self.hints_stored} stored (lost {self.lost_hints}, "
            f"dup {self.duplicated_hints}, unexpected {self.unexpected_hints}); HintReady {self.hint_events} records, "
            f"{self.hint_event_redeliveries} redelivered, {self.duplicated_hint_events} second hints; "
            f"interviews {self.interviews} / completed {self.completed} / reported {self.reported}; "
            f"retries {dict(sorted(self.retries.items()))}; failures {self.failures}"
        )


async def verify(load: Load, bootstrap: str, settle_seconds: float = 60.0) -> Counts:
    """Count what the platform kept of the load, waiting up to ``settle_seconds`` for stragglers."""
    tally = load.tally
    expected = {answer for answers in tally.answers.values() for answer in answers}
    scores: dict[tuple[str, int], int] = {}
    hints: dict[str, int] = {}
    async with WenduClient(load.staff_key, load.addresses) as staff:
        deadline = time.monotonic() + settle_seconds
        while True:
            scores, hints = Counter(), Counter()
            for interview_id in tally.answers:
                listed = await call(
                    tally,
                    "verify:ListScores",
                    staff.scoring.ListScores,
                    scoring_pb2.ListScoresRequest(interview_id=interview_id),
                )
                scores.update((s.answer_id, s.revision) for s in listed.scores)
                stored = await call(
                    tally,
                    "verify:ListHints",
                    staff.feedback.ListHints,
                    feedback_pb2.ListHintsRequest(interview_id=interview_id),
                )
                hints.update(h.answer_id for h in stored.hints)
            if expected <= set(scores) or time.monotonic() > deadline:
                break
            await asyncio.sleep(1.0)
    score_events: list[events_pb2.ScoreReady] = _of_tenant(
        topics.SCORE_READY, await read_topic(bootstrap, topics.SCORE_READY), tally.tenant_id
    )
    hint_events: list[events_pb2.HintReady] = _of_tenant(
        topics.HINT_READY, await read_topic(bootstrap, topics.HINT_READY), tally.tenant_id
    )
    score_ids: dict[tuple[str, int], set[str]] = defaultdict(set)
    for event in score_events:
        key = (event.answer_id, event.revision)
        score_ids[key].add(event.meta.event_id)
    hint_ids: dict[str, set[str]] = defaultdict(set)
    for hint in hint_events:
        hint_ids[hint.answer_id].add(hint.hint_id)
    # The hints the owner decided (each published on hint-ready): each must be kept once.
    hinted = set(hint_ids)
    answer_ids = {answer_id for answer_id, _ in expected}
    return Counts(
        submitted=len(expected),
        scored=len(expected & set(scores)),
        lost_scores=len(expected - set(scores)),
        duplicated_scores=sum(1 for n in scores.values() if n > 1),
        score_events=len(score_events),
        score_event_redeliveries=len(score_events) - sum(len(ids) for ids in score_ids.values()),
        duplicated_score_events=sum(1 for ids in score_ids.values() if len(ids) > 1),
        hints_expected=len(hinted & answer_ids),
        hints_stored=len(hints),
        lost_hints=len((hinted & answer_ids) - set(hints)),
        duplicated_hints=sum(1 for n in hints.values() if n > 1),
        unexpected_hints=len(set(hints) - hinted),
        hint_events=len(hint_events),
        hint_event_redeliveries=len(hint_events) - sum(len(ids) for ids in hint_ids.values()),
        duplicated_hint_events=sum(1 for ids in hint_ids.values() if len(ids) > 1),
        duplicated_stream_hints=sum(1 for ids in tally.stream_hint_ids.values() if len(ids) > 1),
        interviews=len(tally.started),
        completed=len(tally.completed),
        reported=len(tally.reported),
        unfinished=len(tally.started - tally.reported),
        retries=dict(tally.retries),
        failures=list(tally.failures),
    )


def timeline(tally: Tally, since: float, bucket_seconds: float = 5.0) -> list[str]:
    """Call outcomes per time bucket after ``since``: "+10s OK 12 UNAVAILABLE 3 (max 3.1 s)"."""
    buckets: dict[int, Counter[str]] = defaultdict(Counter)
    slowest: dict[int, float] = defaultdict(float)
    for began, _, code, took in tally.calls:
        if began >= since:
            index = int((began - since) // bucket_seconds)
            buckets[index][code] += 1
            slowest[index] = max(slowest[index], took)
    return [
        f"+{i * bucket_seconds:.0f}s {' '.join(f'{c} {n}' for c, n in sorted(buckets[i].items()))} "
        f"(slowest {slowest[i]:.1f} s)"
        for i in sorted(buckets)
    ]
