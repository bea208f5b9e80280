"""Open-loop load test: a fixed arrival rate of answers, in steps, until the platform saturates (the knee);
then the scoring stage with 1, 2 and 4 workers at one offered rate.

Not a test (pytest does not collect it) and it asserts nothing: it measures and reports.

    uv run --frozen python benchmarks/load/open_loop.py [--rates 1,2,5,10,25,50,100,200,400]
        [--step-seconds 20] [--poisson] [--scaling-workers 1,2,4] [--scaling-rate auto]
        [--skip-scaling] [--json PATH]

Unlike the closed-loop campus wave (``campus_wave.py``, where N candidates think and answer, so a
slow platform slows the offered load down with it), the arrivals here do not wait for the platform:
at every arrival (evenly spaced, or a Poisson process with ``--poisson``) one simulated candidate
with an unanswered question submits its answer. Candidates are created as the rate needs them: the
pool is filled with ``--prefill-seconds`` of arrivals before a step, and a new interview is created
whenever fewer candidates are ready or being created than ``--ahead-seconds`` of arrivals. An
arrival that finds no candidate ready waits for the next one to be (it counts as backlog).

A step stops offering early when the backlog (answers submitted without their next question, plus
arrivals waiting for a candidate) exceeds ``--cap-seconds`` of arrivals (Little's law: a mean wait
above the cap), and a step is saturated when it hit that cap or achieved less than half of what it
offered; no higher step is offered after a saturated one.

Per step: offered, submitted, achieved (next question back at the client) and scored (``score-ready``
on the broker) answers/s in the step's window (its first ``--warmup-seconds`` left out); answer→hint,
answer→next question and completion→report p50/p95/p99; CPU ms per answer of every process (from
/proc: each service process, Kafka, FerretDB, the generator); MongoDB commands per answer (the
services' ``wendu_mongo_command_seconds`` histograms, as in campus_wave.py); max consumer lag per
service; lost and duplicated answers. ``service_cpu_ms_per_answer`` sums the service processes
except scoring's; ``scoring_cpu_ms_per_answer`` is scoring's processes, the embedding of its topic
judge included (the scorer has no switch to run without it, so the model's cost is scoring's CPU).

It starts its own split-role stack ("bench", ports +2000, its own database and consumer groups,
like campus_wave.py); Kafka and FerretDB must already run (``make infra-up``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import secrets
import sys
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
from campus_wave import (
    KAFKA,
    MONGO_URI,
    NAMES,
    PORT_OFFSET,
    RESUME,
    STACK_NAME,
    AnswerRecord,
    BrokerTrace,
    LagSampler,
    Wave,
    drop_database,
    infra_pids,
    other_stacks,
    pick_answer,
    proc_sample,
    scrape_all,
    server_side,
    start_stack,
    ts,
    verify,
)
from knee import (
    arrival_offsets,
    backlog_exceeded,
    cpu_ms_per_answer,
    fmt,
    knee,
    percentiles,
    rate_in,
    ratio,
    refine_rate,
    saturation_reason,
    scaling_rate,
    step_rows,
)
from rich.console import Console
from rich.table import Table
from wendu.cli import stack
from wendu.core import topics
from wendu.core.auth import TokenSigner, bearer_metadata
from wendu.v1 import (
    common_pb2,
    feedback_pb2,
    feedback_pb2_grpc,
    profile_pb2,
    profile_pb2_grpc,
    question_gen_pb2,
    question_gen_pb2_grpc,
)

RPC_TIMEOUT = 10.0
REPORT_POLL_SECONDS = 0.1
REPORT_TIMEOUT_SECONDS = 30.0
LAG_EVERY_SECONDS = 2.0
MAX_CREATING = 24  # interviews being created at once
GENERATOR = "load generator (this script)"


# --------------------------------------------------------------------------------------- records


@dataclass
class Answer:
    step: StepLog
    sim: Sim
    submit_mono: float
    submit_wall: float
    arrival_late_s: float
    answer_id: str = ""
    outcome_mono: float | None = None
    hint_mono: float | None = None


@dataclass
class Sim:
    """One simulated candidate: an interview, its stream, and the question it has not answered yet."""

    index: int
    tenant: str
    language: str
    rng: random.Random
    interview_id: str = ""
    metadata: tuple[tuple[str, str], ...] = ()
    question: question_gen_pb2.Question | None = None
    seen: set[str] = field(default_factory=set)
    in_flight: Answer | None = None
    done: bool = False
    stream_task: asyncio.Task[None] | None = None


@dataclass
class StepLog:
    name: str
    rate: float
    started_mono: float = 0.0
    started_wall: float = 0.0
    window_start_mono: float = 0.0
    ended_mono: float = 0.0
    ended_wall: float = 0.0
    arrivals: int = 0
    submitted_mono: list[float] = field(default_factory=list)
    outcome_mono: list[float] = field(default_factory=list)
    late: list[float] = field(default_factory=list)
    backlog_hit: bool = False
    max_outstanding: int = 0
    reports: list[float] = field(default_factory=list)
    reports_missing: int = 0
    completions: int = 0
    candidates_created: int = 0


# --------------------------------------------------------------------------------------- generator


class Generator:
    """Offers answers at a fixed rate with as many candidates as that needs (see the module doc)."""

    def __init__(self, wave: Wave, console: Console) -> None:
        self.wave = wave
        self.console = console
        self.stats = wave.stats
        addrs = wave.addresses
        self.channels = [grpc.aio.insecure_channel(addrs["question-gen"]) for _ in range(4)]
        self.staff_channels = {
            "profile": grpc.aio.insecure_channel(addrs["profile"]),
            "question-gen": grpc.aio.insecure_channel(addrs["question-gen"]),
            "feedback": grpc.aio.insecure_channel(addrs["feedback"]),
        }
        self.profile = profile_pb2_grpc.ProfileServiceStub(self.staff_channels["profile"])
        self.interviews_staff = question_gen_pb2_grpc.InterviewServiceStub(self.staff_channels["question-gen"])
        self.feedback = feedback_pb2_grpc.FeedbackServiceStub(self.staff_channels["feedback"])
        self.staff_metadata = {t: bearer_metadata(k) for t, k in wave.keys.items()}
        self.ready: deque[Sim] = deque()
        self.waiting_arrivals: deque[tuple[float, StepLog]] = deque()  # (due mono, step)
        self.answers: dict[str, Answer] = {}
        self.by_record: list[Answer] = []
        self.early_hints: dict[str, float] = {}
        self.creating = 0
        self.sims: list[Sim] = []
        self.step: StepLog | None = None
        self.rate = 0.0
        self.ahead_seconds = 1.0
        self.max_candidates = 5000
        self.tasks: set[asyncio.Task[Any]] = set()

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def _stub(self, sim: Sim) -> question_gen_pb2_grpc.InterviewServiceStub:
        return question_gen_pb2_grpc.InterviewServiceStub(self.channels[sim.index % len(self.channels)])

    # candidates ---------------------------------------------------------------------------

    def outstanding(self) -> int:
        """Answers submitted without their next question back, plus arrivals waiting for a candidate."""
        return sum(1 for s in self.sims if s.in_flight is not None and not s.done) + len(self.waiting_arrivals)

    def top_up(self, target: int | None = None) -> None:
        """Create candidates until ready + being created covers ``target`` (default: ahead-seconds of arrivals)."""
        if target is None:
            target = math.ceil(self.rate * self.ahead_seconds) + len(self.waiting_arrivals)
        while (
            len(self.ready) + self.creating < target
            and self.creating < MAX_CREATING
            and len(self.sims) < self.max_candidates
        ):
            self.creating += 1
            self._spawn(self.create())

    async def create(self) -> None:
        index = len(self.sims)
        rng = random.Random(index * 7919 + 17)
        language = "zh" if rng.random() < 0.5 else "en"
        sim = Sim(index, rng.choice(self.wave.tenants), language, rng)
        self.sims.append(sim)
        lang = common_pb2.LANGUAGE_ZH if language == "zh" else common_pb2.LANGUAGE_EN
        metadata = self.staff_metadata[sim.tenant]
        try:
            name = rng.choice(NAMES[language])
            candidate = await self.profile.CreateCandidate(
                profile_pb2.CreateCandidateRequest(
                    display_name=name,
                    email=f"c{uuid.uuid4().hex[:10]}@example.edu.cn",
                    preferred_language=lang,
                    resume_text=RESUME[language].replace(NAMES[language][0], name),
                    consents=profile_pb2.Consents(resume_use=True, external_data=False, ai_scoring=True),
                ),
                metadata=metadata,
                timeout=RPC_TIMEOUT,
            )
            created = await self.interviews_staff.CreateInterview(
                question_gen_pb2.CreateInterviewRequest(
                    candidate_id=candidate.candidate_id,
                    position_id=rng.choice(self.wave.positions[sim.tenant]),
                    language=lang,
                    kind=common_pb2.INTERVIEW_KIND_SELECTION,
                ),
                metadata=metadata,
                timeout=RPC_TIMEOUT,
            )
            sim.interview_id = created.interview.interview_id
            sim.metadata = bearer_metadata(created.candidate_token)
            self.stats.interviews[sim.interview_id] = sim.tenant
            self.stats.languages[sim.interview_id] = language
            self.stats.interviews_started += 1
            if self.step is not None:
                self.step.candidates_created += 1
            sim.stream_task = asyncio.create_task(self.follow(sim))
            await self._stub(sim).StartInterview(
                question_gen_pb2.InterviewRef(interview_id=sim.interview_id), metadata=sim.metadata, timeout=RPC_TIMEOUT
            )
        except grpc.aio.AioRpcError as exc:
            self.stats.error("create", exc)
            sim.done = True
            if sim.stream_task is not None:
                sim.stream_task.cancel()
        finally:
            self.creating -= 1

    async def follow(self, sim: Sim) -> None:
        """Read the candidate's stream until the interview ends: hints, questions, the end of the plan."""
        last_seq = 0
        while not sim.done:
            try:
                call = self._stub(sim).StreamInterview(
                    question_gen_pb2.StreamInterviewRequest(interview_id=sim.interview_id, after_seq=last_seq),
                    metadata=sim.metadata,
                )
                async for update in call:
                    last_seq = max(last_seq, update.seq)
                    self.take(sim, update)
                    if sim.done:
                        call.cancel()
                        break
                sim.done = True  # the server ended the stream: the interview is over for this candidate
                return
            except asyncio.CancelledError:
                raise
            except grpc.aio.AioRpcError as exc:
                if exc.code() not in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.INTERNAL):
                    self.stats.error("stream", exc)
                    sim.done = True
                    return
                await asyncio.sleep(0.5)

    def take(self, sim: Sim, update: question_gen_pb2.InterviewUpdate) -> None:
        kind = update.WhichOneof("item")
        now = time.monotonic()
        if kind == "hint":
            answer_id = update.hint.answer_id
            self.stats.hints_on_stream[answer_id] += 1
            self.stats.hint_ids_on_stream[answer_id].add(update.hint.hint_id)
            answer = self.answers.get(answer_id)
            if answer is None:
                self.early_hints.setdefault(answer_id, now)  # SubmitAnswer has not returned yet
            elif answer.hint_mono is None:
                answer.hint_mono = now
        elif kind == "question" and update.question.question_id not in sim.seen:
            sim.seen.add(update.question.question_id)
            if sim.question is not None:
                self.stats.superseded_questions += 1
            sim.question = update.question
            self.outcome(sim, now)
            if sim.in_flight is None:
                self.on_ready(sim)
        elif kind == "status" and update.status.all_questions_answered and not sim.done:
            self.outcome(sim, now)
            sim.done = True
            self._spawn(self.complete(sim))

    def outcome(self, sim: Sim, now: float) -> None:
        answer = sim.in_flight
        if answer is None or answer.outcome_mono is not None:
            return
        answer.outcome_mono = now
        self.stats.outcomes += 1
        self.stats.next_question_latencies.append(now - answer.submit_mono)
        if answer.answer_id:  # else SubmitAnswer has not returned yet: it clears in_flight
            sim.in_flight = None
        answer.step.outcome_mono.append(now)

    def on_ready(self, sim: Sim) -> None:
        if sim.done or sim.question is None:
            return
        if self.waiting_arrivals:
            due, step = self.waiting_arrivals.popleft()
            self._spawn(self.submit(sim, step, time.monotonic() - due))
        else:
            self.ready.append(sim)

    def pop_ready(self) -> Sim | None:
        while self.ready:
            sim = self.ready.popleft()
            if not sim.done and sim.question is not None and sim.in_flight is None:
                return sim
        return None

    async def submit(self, sim: Sim, step: StepLog, late: float) -> None:
        question = sim.question
        if question is None:
            return
        sim.question = None
        answer = Answer(step, sim, time.monotonic(), time.time(), late)
        sim.in_flight = answer
        step.submitted_mono.append(answer.submit_mono)
        step.late.append(late)
        try:
            response = await self._stub(sim).SubmitAnswer(
                question_gen_pb2.SubmitAnswerRequest(
                    interview_id=sim.interview_id,
                    question_id=question.question_id,
                    text=pick_answer(question, sim.language, sim.rng),
                    idempotency_key=uuid.uuid4().hex,
                ),
                metadata=sim.metadata,
                timeout=RPC_TIMEOUT,
            )
        except grpc.aio.AioRpcError as exc:
            self.stats.error("SubmitAnswer", exc)
            step.submitted_mono.remove(answer.submit_mono)
            sim.in_flight = None
            sim.done = True  # this candidate's interview is in an unknown state: retire it
            if sim.stream_task is not None:
                sim.stream_task.cancel()
            return
        answer.answer_id = response.answer.answer_id
        self.answers[answer.answer_id] = answer
        self.by_record.append(answer)
        if answer.answer_id in self.early_hints:
            answer.hint_mono = self.early_hints.pop(answer.answer_id)
        self.stats.answers.append(
            AnswerRecord(
                sim.interview_id,
                answer.answer_id,
                response.answer.revision,
                answer.submit_wall,
                answer.submit_mono,
                ts(response.answer.submitted_at),
                question.question_id,
            )
        )
        if answer.outcome_mono is not None or sim.in_flight is not answer:
            # The next question came before SubmitAnswer returned.
            sim.in_flight = None
            if not sim.done and sim.question is not None:
                self.on_ready(sim)

    async def complete(self, sim: Sim) -> None:
        step = self.step
        started = time.monotonic()
        ref = question_gen_pb2.InterviewRef(interview_id=sim.interview_id)
        try:
            await self._stub(sim).CompleteInterview(ref, metadata=sim.metadata, timeout=RPC_TIMEOUT)
        except grpc.aio.AioRpcError as exc:
            self.stats.error("CompleteInterview", exc)
            return
        finally:
            if sim.stream_task is not None:
                sim.stream_task.cancel()
        self.stats.interviews_completed += 1
        if step is not None:
            step.completions += 1
        stub = feedback_pb2_grpc.FeedbackServiceStub(self.staff_channels["feedback"])
        request = feedback_pb2.GetReportRequest(interview_id=sim.interview_id, view=feedback_pb2.REPORT_VIEW_CANDIDATE)
        while time.monotonic() < started + REPORT_TIMEOUT_SECONDS:
            try:
                report = await stub.GetReport(request, metadata=sim.metadata, timeout=RPC_TIMEOUT)
            except grpc.aio.AioRpcError as exc:
                if exc.code() != grpc.StatusCode.NOT_FOUND:
                    self.stats.error("GetReport", exc)
                await asyncio.sleep(REPORT_POLL_SECONDS)
                continue
            if report.status == feedback_pb2.REPORT_STATUS_GENERATING:
                await asyncio.sleep(REPORT_POLL_SECONDS)
                continue
            latency = time.monotonic() - started
            self.stats.report_latencies.append(latency)
            if step is not None:
                step.reports.append(latency)
            return
        self.stats.reports_missing += 1
        if step is not None:
            step.reports_missing += 1

    # steps --------------------------------------------------------------------------------

    async def prefill(self, rate: float, seconds: float, timeout: float = 60.0) -> int:
        """Candidates with a question waiting, ``seconds`` of arrivals' worth, before a step starts."""
        self.rate = rate
        target = math.ceil(rate * seconds)
        deadline = time.monotonic() + timeout
        while len(self.ready) < target and time.monotonic() < deadline:
            self.top_up(target)
            await asyncio.sleep(0.2)
        self.ready = deque(s for s in self.ready if not s.done and s.question is not None and s.in_flight is None)
        return len(self.ready)

    async def run_step(
        self,
        step: StepLog,
        seconds: float,
        *,
        poisson: bool,
        warmup: float,
        cap_seconds: float,
        progress: Any = None,
    ) -> None:
        self.rate = step.rate
        self.step = step
        offsets = arrival_offsets(step.rate, seconds, poisson=poisson, rng=random.Random(hash(step.name) & 0xFFFF))
        t0 = time.monotonic()
        step.started_mono, step.started_wall = t0, time.time()
        step.window_start_mono = t0 + warmup
        next_check = t0 + 0.5
        last_print = t0
        for offset in offsets:
            due = t0 + offset
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            step.arrivals += 1
            sim = self.pop_ready()
            if sim is not None:
                self._spawn(self.submit(sim, step, max(0.0, time.monotonic() - due)))
            else:
                self.waiting_arrivals.append((due, step))
            self.top_up()
            now = time.monotonic()
            if now >= next_check:
                next_check = now + 0.5
                outstanding = self.outstanding()
                step.max_outstanding = max(step.max_outstanding, outstanding)
                if progress is not None and now - last_print >= 5.0:
                    last_print = now
                    progress(step, now - t0, outstanding)
                if now - t0 > min(3.0, warmup) and backlog_exceeded(outstanding, step.rate, cap_seconds):
                    step.backlog_hit = True
                    break
        step.ended_mono, step.ended_wall = time.monotonic(), time.time()
        # Arrivals of this step still waiting for a candidate are dropped: a next step offers its own.
        dropped = len(self.waiting_arrivals)
        self.waiting_arrivals.clear()
        step.arrivals -= dropped

    async def settle(self, timeout: float) -> None:
        """Wait until every answer submitted has its next question back (or ``timeout``)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not any(s.in_flight is not None and not s.done for s in self.sims):
                return
            await asyncio.sleep(0.5)

    async def close(self) -> None:
        for sim in self.sims:
            sim.done = True
            if sim.stream_task is not None:
                sim.stream_task.cancel()
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, *(s.stream_task for s in self.sims if s.stream_task), return_exceptions=True)
        await asyncio.gather(*(c.close() for c in [*self.channels, *self.staff_channels.values()]))


# --------------------------------------------------------------------------------------- sampling


class Lag(LagSampler):
    """Consumer lag of the run's groups every LAG_EVERY_SECONDS, with wall-clock times."""

    every_seconds = LAG_EVERY_SECONDS

    def stamp(self, t0: float) -> float:
        """Monotonic time itself: steps are windows of it."""
        return time.monotonic()

    def max_between(self, start: float, end: float) -> dict[str, int]:
        peak: dict[str, int] = {}
        for sample in self.samples:
            if start <= sample["t"] <= end:
                for key, value in sample.items():
                    if key != "t":
                        peak[key] = max(peak.get(key, 0), value)
        return peak


def cpu_now(procs: dict[str, int]) -> dict[str, float | None]:
    return {name: (s[0] if (s := proc_sample(pid)) else None) for name, pid in procs.items()}


@dataclass
class Measured:
    """What is sampled around one step: CPU of every process, the services' metrics, the step's log."""

    step: StepLog
    workers: int
    cpu_before: dict[str, float | None]
    cpu_after: dict[str, float | None]
    metrics_before: dict[str, Any]
    metrics_after: dict[str, Any]
    generator_ready: int


# --------------------------------------------------------------------------------------- run


class Run:
    """One bench stack, the generator on it, and the measurements of its steps."""

    def __init__(self, args: argparse.Namespace, console: Console) -> None:
        self.args = args
        self.console = console
        run_id = uuid.uuid4().hex[:8]
        self.run_id = run_id
        self.secret = secrets.token_urlsafe(32)
        self.group_prefix = f"wendu-bench-{run_id}"
        self.env = {
            "WENDU_AUTH_SECRET": self.secret,
            "WENDU_MONGO_DB": f"wendu_bench_{run_id}",
            "WENDU_CONSUMER_GROUP_PREFIX": self.group_prefix,
            "WENDU_KAFKA_BOOTSTRAP": KAFKA,
            "WENDU_MONGO_URI": MONGO_URI,
            "WENDU_LOG_LEVEL": os.environ.get("WENDU_LOG_LEVEL", "WARNING"),
        }
        self.processes: list[stack.RunningProcess] = []
        self.lag = Lag(self.group_prefix)
        self.trace = BrokerTrace()
        self.measured: list[Measured] = []
        self.scoring_workers = 1

    def procs(self) -> dict[str, int]:
        found = {f"{p.service.name}-{p.role}": p.pid for p in self.processes}
        found |= {f"infra:{k}": v for k, v in infra_pids().items()}
        found[GENERATOR] = os.getpid()
        return found

    def metric_ports(self) -> dict[str, int]:
        return {f"{p.service.name}-{p.role}": p.metrics_port for p in self.processes}

    async def start(self) -> None:
        await self.lag.seed_offsets_at_end()
        self.processes = await start_stack(1, self.env, self.console)

    async def add_scoring_workers(self, total: int) -> None:
        spec = next(s for s in stack.SERVICES if s.name == "scoring")
        env = stack.stack_env(PORT_OFFSET, self.env)
        added = []
        for index in range(self.scoring_workers + 1, total + 1):
            offset = stack.WORKER_PORT_OFFSET * index
            template = stack.RunningProcess(
                spec,
                f"worker{index}",
                spec.grpc_port + PORT_OFFSET + offset,
                spec.metrics_port + PORT_OFFSET + offset,
                0,
                Path(),
            )
            added.append(stack.respawn(template, env, STACK_NAME))
        await stack.wait_until_serving(added, timeout_seconds=120)
        self.processes += added
        self.scoring_workers = total

    async def measure_step(
        self, gen: Generator, step: StepLog, seconds: float, warmup: float, cap_seconds: float
    ) -> Measured:
        args = self.args
        procs = self.procs()
        ports = self.metric_ports()
        ready = len(gen.ready)
        metrics_before = await scrape_all(ports)
        cpu_before = cpu_now(procs)

        def progress(s: StepLog, elapsed: float, outstanding: int) -> None:
            done = rate_in(s.outcome_mono, s.started_mono, time.monotonic())
            self.console.print(
                f"[dim]  {s.name}: {elapsed:4.0f} s · {len(s.submitted_mono)} submitted · "
                f"{done:.1f} answers/s back · {outstanding} outstanding · {len(gen.sims)} candidates[/]"
            )

        await gen.run_step(
            step, seconds, poisson=args.poisson, warmup=warmup, cap_seconds=cap_seconds, progress=progress
        )
        cpu_after = cpu_now(procs)
        metrics_after = await scrape_all(ports)
        measured = Measured(step, self.scoring_workers, cpu_before, cpu_after, metrics_before, metrics_after, ready)
        self.measured.append(measured)
        return measured

    async def stop(self) -> None:
        stack.stop_stack(STACK_NAME)
        await asyncio.to_thread(drop_database, self.env["WENDU_MONGO_DB"])


def summarize_step(run: Run, m: Measured, checks: dict[str, Any], answers: list[Answer]) -> dict[str, Any]:
    step = m.step
    window = (step.window_start_mono, step.ended_mono)
    window_s = max(1e-9, window[1] - window[0])
    step_s = max(1e-9, step.ended_mono - step.started_mono)
    mine = [a for a in answers if a.step is step]
    in_window = [a for a in mine if window[0] <= a.submit_mono < window[1]]
    # Broker timestamps are wall clock: map the window onto it.
    shift = step.started_wall - step.started_mono
    wall = (window[0] + shift, window[1] + shift)
    trace: BrokerTrace = checks["trace"]
    scored_at = [at for (topic, _), at in trace.first.items() if topic == topics.SCORE_READY]
    submitted_at = [at for (topic, _), at in trace.first.items() if topic == topics.ANSWER_SUBMITTED]
    achieved = rate_in(step.outcome_mono, *window)
    scored = rate_in(scored_at, *wall)
    # Per answer: CPU and MongoDB commands over the whole step, divided by the answers whose next
    # question came back during it (a saturated step divides by what it managed, not what it was offered).
    done_in_step = sum(1 for t in step.outcome_mono if step.started_mono <= t <= step.ended_mono)
    cpu = {
        name: (after - before) if (before := m.cpu_before.get(name)) is not None and after is not None else None
        for name, after in m.cpu_after.items()
    }
    per_process = {
        name: (round(1000 * v / done_in_step, 1) if v is not None and done_in_step else None) for name, v in cpu.items()
    }
    services = {n: v for n, v in cpu.items() if not n.startswith(("infra:", GENERATOR))}
    server = server_side(m.metrics_before, m.metrics_after, done_in_step)
    lost = {answer_id for answer_id, _ in checks["lost"]}
    ids = {a.answer_id for a in mine}
    scores = checks["scores"]
    hint_latencies = [a.hint_mono - a.submit_mono for a in in_window if a.hint_mono is not None]
    next_latencies = [a.outcome_mono - a.submit_mono for a in in_window if a.outcome_mono is not None]
    reason = saturation_reason(step.rate, achieved, backlog_hit=step.backlog_hit)
    lag = run.lag.max_between(step.started_mono, step.ended_mono + 2 * LAG_EVERY_SECONDS)
    return {
        "step": step.name,
        "scoring_workers": m.workers,
        "offered_answers_per_s": step.rate,
        "achieved_answers_per_s": round(achieved, 2),
        "submitted_answers_per_s": round(rate_in(step.submitted_mono, *window), 2),
        "scored_answers_per_s": round(scored, 2),
        "scoring_input_answers_per_s": round(rate_in(submitted_at, *wall), 2),
        "saturated": reason is not None,
        "saturation": reason,
        "seconds": round(step_s, 1),
        "window_seconds": round(window_s, 1),
        "arrivals": step.arrivals,
        "answers_submitted": len(mine),
        "answers_back_in_step": done_in_step,
        "max_outstanding": step.max_outstanding,
        "arrival_late_ms": percentiles(step.late, 1000),
        "candidates_ready_at_start": m.generator_ready,
        "candidates_created_in_step": step.candidates_created,
        "latency_ms": {
            "answer_to_hint": percentiles(hint_latencies, 1000),
            "answer_to_next_question": percentiles(next_latencies, 1000),
            "completion_to_report": percentiles(step.reports, 1000),
        },
        "reports_missing": step.reports_missing,
        # With the rules-only scorer (WENDU_SCORING_TOPIC_JUDGE=none, how make bench finds the knee)
        # scoring is platform work like the rest and counts; with the embedding it is the model's.
        "service_cpu_ms_per_answer": cpu_ms_per_answer(services, done_in_step)
        if RULES_ONLY_SCORER
        else cpu_ms_per_answer(services, done_in_step, exclude=("scoring-",)),
        "scoring_cpu_ms_per_answer": cpu_ms_per_answer(services, done_in_step, include="scoring-"),
        "all_services_cpu_ms_per_answer": cpu_ms_per_answer(services, done_in_step),
        "cpu_ms_per_answer": per_process,
        "cpu_percent": {name: (round(100 * v / step_s, 1) if v is not None else None) for name, v in cpu.items()},
        "mongo_commands_per_answer": server["mongo_commands_per_answer_all_services"],
        "mongo_commands_per_answer_by_service": {
            s: v["mongo_commands_per_answer"] for s, v in server["per_service"].items()
        },
        "mongo_top": server["mongo_top"][:6],
        "max_consumer_lag": lag,
        "lost": sum(1 for a in mine if a.answer_id in lost),
        "duplicated_scores": sum(1 for k, v in scores.items() if k[0] in ids and len(v) > 1),
        "duplicated_hints_on_stream": sum(1 for a in ids if checks["hints_seen"].get(a, 0) > 1),
        "score_ready_duplicated": sum(
            1 for (topic, key), n in trace.count.items() if topic == topics.SCORE_READY and key[0] in ids and n > 1
        ),
    }


async def knee_and_scaling(args: argparse.Namespace, console: Console) -> dict[str, Any]:
    run = Run(args, console)
    console.rule(
        f"[bold]open-loop load[/] run {run.run_id}: steps {args.rates} answers/s, {args.step_seconds:.0f} s each"
    )
    others = other_stacks()
    if others:
        console.print(f"[yellow]other Wendu service processes on this machine (shared topics, noise):[/] {others}")
    loadavg_before = os.getloadavg()
    gen: Generator | None = None
    stop_lag = asyncio.Event()
    lag_task: asyncio.Task[None] | None = None
    try:
        await run.start()
        wave = Wave(argparse.Namespace(think_seconds=0.05), stack.addresses(PORT_OFFSET), TokenSigner(run.secret))
        await wave.setup()
        # Warm-up: one interview through every path (imports, connections, first queries, the model).
        warm = Wave(argparse.Namespace(think_seconds=0.05), wave.addresses, wave.signer)
        warm.keys, warm.tenants, warm.positions = wave.keys, wave.tenants, wave.positions
        warm.start, warm.stop_at = time.time(), time.monotonic() + 60
        with contextlib.suppress(Exception):
            await asyncio.wait_for(warm.one_interview(random.Random(1)), 60)
        await run.trace.mark()
        lag_task = asyncio.create_task(run.lag.run(stop_lag, time.monotonic()))
        gen = Generator(wave, console)
        gen.ahead_seconds = args.ahead_seconds
        gen.max_candidates = args.max_candidates
        knee_steps: list[Measured] = []

        async def offer(rate: float) -> bool:
            """One step of the ladder; True when it saturated."""
            ready = await gen.prefill(rate, args.prefill_seconds)
            console.print(f"[bold]step {rate:g} answers/s[/] ({ready} candidates ready)")
            m = await run.measure_step(
                gen, StepLog(f"knee@{rate:g}", rate), args.step_seconds, args.warmup_seconds, args.cap_seconds
            )
            knee_steps.append(m)
            back = rate_in(m.step.outcome_mono, m.step.window_start_mono, m.step.ended_mono)
            reason = saturation_reason(rate, back, backlog_hit=m.step.backlog_hit)
            console.print(f"  achieved {back:.2f} answers/s{f' — saturated: {reason}' if reason else ''}")
            return reason is not None

        sustained: float | None = None
        for rate in args.rates:
            if await offer(rate):
                between = refine_rate(sustained, rate)
                if args.refine and between is not None:
                    # One more step between the last rate sustained and the first saturated, after the backlog.
                    await gen.settle(args.drain_seconds)
                    await offer(between)
                break
            sustained = rate
            await gen.settle(args.settle_seconds)
        scaling_steps: list[Measured] = []
        chosen_rate: float | None = None
        if not args.skip_scaling:
            await gen.settle(args.drain_seconds)
            if args.scaling_rate == "auto":
                rough = [
                    {
                        "offered_answers_per_s": m.step.rate,
                        "achieved_answers_per_s": rate_in(
                            m.step.outcome_mono, m.step.window_start_mono, m.step.ended_mono
                        ),
                    }
                    for m in knee_steps
                ]
                chosen_rate = scaling_rate(rough, factor=args.scaling_factor)
            else:
                chosen_rate = float(args.scaling_rate)
            for workers in args.scaling_workers:
                if workers > run.scoring_workers:
                    console.print(f"[bold]starting scoring workers up to {workers}[/]")
                    await run.add_scoring_workers(workers)
                    await asyncio.sleep(args.rebalance_seconds)  # the group rebalances onto the new workers
                # Many candidates ready: the first answers alone keep the scoring stage saturated,
                # however slowly the stages before it create interviews and return next questions.
                ready = await gen.prefill(chosen_rate, args.scaling_prefill_seconds, timeout=120.0)
                console.print(
                    f"[bold]scaling: {workers} scoring worker(s) at {chosen_rate:g} answers/s[/] ({ready} ready)"
                )
                m = await run.measure_step(
                    gen,
                    StepLog(f"scoring×{workers}@{chosen_rate:g}", chosen_rate),
                    args.scaling_seconds,
                    args.warmup_seconds,
                    args.scaling_cap_seconds,
                )
                scaling_steps.append(m)
                await gen.settle(args.drain_seconds)
        await gen.settle(args.drain_seconds)
        answers = list(gen.by_record)
        checks = await verify(wave, console)
        await run.trace.collect(set(wave.stats.interviews))
        checks["trace"] = run.trace
        checks["hints_seen"] = wave.stats.hints_on_stream
        stop_lag.set()
        await lag_task
        peak_rss = {
            name: (round(sample[1] / 2**20, 1) if (sample := proc_sample(pid)) else None)
            for name, pid in run.procs().items()
        }
        steps = sorted(
            (summarize_step(run, m, checks, answers) for m in knee_steps), key=lambda s: s["offered_answers_per_s"]
        )
        scaling = [summarize_step(run, m, checks, answers) for m in scaling_steps]
        by_workers = {s["scoring_workers"]: s["scored_answers_per_s"] for s in scaling}
        result: dict[str, Any] = {
            "run_id": run.run_id,
            "config": {
                "rates": args.rates,
                "step_seconds": args.step_seconds,
                "warmup_seconds": args.warmup_seconds,
                "arrivals": "poisson" if args.poisson else "evenly spaced",
                "cap_seconds": args.cap_seconds,
                "prefill_seconds": args.prefill_seconds,
                "ahead_seconds": args.ahead_seconds,
                "workers_per_service": 1,
                "scoring_topic_judge": "none (rules only)" if RULES_ONLY_SCORER else "embedding",
            },
            "host": {
                "cpus": os.cpu_count(),
                "loadavg_before": [round(x, 2) for x in loadavg_before],
                "loadavg_after": [round(x, 2) for x in os.getloadavg()],
                "other_wendu_processes": others,
            },
            "steps": steps,
            "knee": knee(steps),
            "scoring_scaling": {
                "offered_answers_per_s": chosen_rate,
                "steps": scaling,
                "scored_answers_per_s": {str(k): v for k, v in by_workers.items()},
                "ratio_2_vs_1": ratio(by_workers.get(2), by_workers.get(1)),
                "ratio_4_vs_1": ratio(by_workers.get(4), by_workers.get(1)),
            }
            if scaling
            else None,
            "totals": {
                "candidates": len(gen.sims),
                "answers_submitted": len(answers),
                "interviews_completed": wave.stats.interviews_completed,
                "lost": len(checks["lost"]),
                "duplicated_scores": len(checks["duplicated_scores"]),
                "duplicated_hints_on_stream": len(checks["duplicated_hints_stream"]),
                "score_ready_duplicated_distinct_event_ids": run.trace.duplicated_distinct_events(topics.SCORE_READY),
                "superseded_questions": wave.stats.superseded_questions,
            },
            "peak_rss_mb": peak_rss,
            "errors": dict(wave.stats.errors),
            "error_samples": wave.stats.error_samples,
            "lag_error": run.lag.error,
        }
        return result
    finally:
        if not stop_lag.is_set():
            stop_lag.set()
            if lag_task is not None:
                with contextlib.suppress(Exception):
                    await lag_task
        if gen is not None:
            await gen.close()
        await run.stop()


# --------------------------------------------------------------------------------------- output


def print_result(console: Console, result: dict[str, Any]) -> None:
    steps = [*result["steps"], *((result.get("scoring_scaling") or {}).get("steps") or [])]
    table = Table(title="Open-loop steps (knee ladder, then the scoring workers)")
    table.add_column("measure")
    for s in steps:
        table.add_column(s["step"], justify="right")
    for label, values in step_rows(steps):
        table.add_row(label, *values)
    console.print(table)
    console.print(f"knee: {result['knee']}")
    scaling = result.get("scoring_scaling")
    if scaling:
        console.print(
            f"scoring stage at {scaling['offered_answers_per_s']:g} answers/s offered: "
            f"{scaling['scored_answers_per_s']} scored/s by workers; "
            f"ratio 2:1 {fmt(scaling['ratio_2_vs_1'], 2)}, 4:1 {fmt(scaling['ratio_4_vs_1'], 2)}"
        )
    if result["errors"]:
        console.print(f"[yellow]errors:[/] {result['errors']}")


# The services this run starts inherit the environment: a rules-only scorer is platform work.
RULES_ONLY_SCORER = os.environ.get("WENDU_SCORING_TOPIC_JUDGE", "").strip().lower() == "none"


def parse_rates(text: str) -> list[float]:
    return [float(x) for x in text.split(",") if x.strip()]


def parse_workers(text: str) -> list[int]:
    return sorted({int(x) for x in text.split(",") if x.strip()})


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rates", type=parse_rates, default=parse_rates("1,2,5,10,25,50,100,200,400"))
    parser.add_argument("--step-seconds", type=float, default=20.0)
    parser.add_argument("--warmup-seconds", type=float, default=4.0, help="left out of each step's window")
    parser.add_argument("--poisson", action="store_true", help="Poisson arrivals (default: evenly spaced)")
    parser.add_argument("--cap-seconds", type=float, default=5.0, help="backlog cap, in seconds of arrivals")
    parser.add_argument("--prefill-seconds", type=float, default=2.0, help="candidates ready before a step")
    parser.add_argument("--ahead-seconds", type=float, default=1.0, help="candidates created ahead, in seconds")
    parser.add_argument("--max-candidates", type=int, default=5000)
    parser.add_argument("--settle-seconds", type=float, default=15.0, help="wait between unsaturated steps")
    parser.add_argument("--drain-seconds", type=float, default=90.0, help="wait for the backlog before scaling/verify")
    parser.add_argument(
        "--refine",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="after the first saturated step, one step between it and the last one sustained",
    )
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--scaling-workers", type=parse_workers, default=parse_workers("1,2,4"))
    parser.add_argument(
        "--scaling-rate",
        default="auto",
        help="answers/s offered in the scaling run (auto: factor × the best rate achieved)",
    )
    parser.add_argument("--scaling-factor", type=float, default=2.0, help="see --scaling-rate auto")
    parser.add_argument(
        "--scaling-cap-seconds",
        type=float,
        default=60.0,
        help="backlog cap of a scaling step (high: the scoring stage is meant to stay saturated)",
    )
    parser.add_argument("--scaling-seconds", type=float, default=20.0)
    parser.add_argument(
        "--scaling-prefill-seconds",
        type=float,
        default=10.0,
        help="candidates ready before each scaling step, in seconds of arrivals",
    )
    parser.add_argument("--rebalance-seconds", type=float, default=8.0)
    parser.add_argument("--json", type=Path, default=stack.work_dir() / "bench" / "open_loop.json")
    args = parser.parse_args()
    stack.use_local_kafka_admin()  # the broker requires SASL; the services log in as themselves
    console = Console()
    try:
        result = asyncio.run(knee_and_scaling(args, console))
    except KeyboardInterrupt:
        stack.stop_stack(STACK_NAME)
        return 130
    print_result(console, result)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    console.print(f"[dim]written {args.json}[/]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
