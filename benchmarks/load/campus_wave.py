"""Campus-wave load test: N concurrent candidates take full interviews through the public gRPC API.

Not a test (pytest does not collect it) and it asserts nothing: it measures and reports.

    uv run --frozen python benchmarks/load/campus_wave.py [--candidates 50] [--duration 60]
        [--think-seconds 2.0] [--workers 1|2] [--compare-workers] [--json PATH]

It starts its own split-role stack ("bench", ports +2000, its own database ``wendu_bench_<id>``, its
own auth secret and its own consumer groups ``wendu-bench-<id>.<service>``, whose offsets are set to
the end of every topic before the workers start, so they neither replay the topics' history nor
share partitions with another stack's workers). Kafka and FerretDB must already run
(``bash infra/up.sh``). The topics themselves are shared: another stack running at the same time
(e.g. the e2e tests) also consumes this run's events, and this run's workers consume theirs.

Each simulated candidate repeatedly: is created with a resume, gets an interview, starts it, follows
its stream, thinks (mean ``--think-seconds``, jittered), answers every question in zh or en (varied
answers; some leave the result out, and some candidates supplement once after a hint), completes it
and polls ``GetReport`` every 100 ms. After ``--duration`` no new answer is started; answers in
flight finish, then scores and hints are checked per interview.

Measured: sustained answers/s (answers scored, by the scorer's ``scored_at``, inside the steady
window), answer->hint and completion->report p50/p95/p99 (client side), errors by gRPC code, lost
and duplicated answers, CPU seconds and peak RSS of every service process (from /proc), Kafka
consumer lag every 5 s, and where an answer's time goes (server timestamps of each hop).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import re
import secrets
import shutil
import sys
import time
import urllib.request
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from wendu.cli import stack
from wendu.cli.client import LiveInterview, WenduClient
from wendu.cli.demo import ANSWERS, RESUME, _answer_for
from wendu.core import topics
from wendu.core.auth import Role, TokenSigner
from wendu.core.bus import kafka_client_kwargs
from wendu.v1 import common_pb2, feedback_pb2, profile_pb2, question_gen_pb2, scoring_pb2

STACK_NAME = "bench"
PORT_OFFSET = 2000
# The broker and database of the infra instance in the environment, like the tests (tests/conftest.py):
# KAFKA_PORT / MONGO_PORT (with INFRA_INSTANCE for a second instance), or the explicit WENDU_ variables.
KAFKA = os.environ.get("WENDU_KAFKA_BOOTSTRAP") or f"127.0.0.1:{os.environ.get('KAFKA_PORT', '9092')}"
MONGO_URI = os.environ.get("WENDU_MONGO_URI") or f"mongodb://127.0.0.1:{os.environ.get('MONGO_PORT', '27017')}/"
LAG_SAMPLE_SECONDS = 5.0
REPORT_POLL_SECONDS = 0.1
REPORT_TIMEOUT_SECONDS = 30.0
OUTCOME_TIMEOUT_SECONDS = 20.0
# The input topics of each service's stream worker (see each service's bootstrap.py).
CONSUMED = {
    "profile": (topics.REPORT_GENERATED,),
    "question-gen": (topics.SCORE_READY, topics.CANDIDATE_ERASED),
    "scoring": (topics.ANSWER_SUBMITTED, topics.CANDIDATE_ERASED),
    "feedback": (topics.SCORE_READY, topics.HINT_READY, topics.INTERVIEW_COMPLETED, topics.CANDIDATE_ERASED),
    "training": (topics.REPORT_GENERATED, topics.CANDIDATE_ERASED),
}
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

# More things candidates say, beyond the demo's script, so answers differ in length and content.
EXTRA = {
    "en": [
        "In my final-year project I led 4 classmates to build a course-scheduling app. I split the backend and "
        "the mobile work, ran a stand-up twice a week and fixed the slowest query myself. About 600 students used "
        "it in the first term and the department adopted it.",
        "During my internship at a logistics company I noticed that 15% of orders were delayed at one warehouse. "
        "I pulled three months of data, found the bottleneck was the packing shift change, and proposed overlapping "
        "shifts by 30 minutes. Delays fell to 6% within a month.",
        "As president of the debate society I had to organise a regional tournament with a budget of 8,000 yuan. "
        "I found two sponsors, recruited 25 volunteers and kept a shared checklist. 120 students from 9 "
        "universities took part and we ended with a small surplus.",
        "I once disagreed with a teammate about the database design. I asked him to walk me through his reasoning, "
        "we wrote down the trade-offs and tested both options on real data. His design was 30% faster, so we used "
        "it and I learned to measure before arguing.",
    ],
    "zh": [
        "毕业设计时我带领4名同学开发了一个排课小程序。我把后端和移动端分开，每周开两次站会，并亲自优化了最慢的查询。"
        "第一个学期就有大约600名学生使用，后来学院正式采用了它。",
        "在一家物流公司实习时，我发现某个仓库有15%的订单延迟。我拉取了三个月的数据，发现瓶颈在打包班次交接，"
        "于是建议班次重叠30分钟。一个月内延迟率降到了6%。",
        "作为辩论社社长，我要用8000元预算组织一场区域联赛。我拉到了两家赞助，招募了25名志愿者，并维护一份共享清单。"
        "最终有来自9所高校的120名同学参赛，活动还略有结余。",
        "有一次我和队友在数据库设计上意见不同。我请他讲清楚思路，我们把利弊写下来，并用真实数据测试了两种方案。"
        "他的方案快了30%，所以我们采用了它，我也学会了先测量再争论。",
    ],
}
NAMES = {
    "en": ["Li Wei", "Wang Fang", "Zhang Min", "Chen Jing", "Liu Yang", "Zhao Lei", "Sun Yue", "Zhou Tao"],
    "zh": ["李伟", "王芳", "张敏", "陈静", "刘洋", "赵磊", "孙悦", "周涛"],
}
_NUMBER = re.compile(r"\d+")
_SENTENCE_EN = re.compile(r"(?<=[.;])\s+")
_SENTENCE_ZH = re.compile(r"(?<=[。；])")


def vary(text: str, language: str, rng: random.Random, *, drop_result: bool) -> str:
    """A variant of ``text``: other numbers, sometimes without its last sentence (usually the result)."""
    text = _NUMBER.sub(lambda m: str(max(1, int(int(m.group()) * rng.uniform(0.6, 1.6)))), text)
    if drop_result:
        parts = [p for p in (_SENTENCE_ZH if language == "zh" else _SENTENCE_EN).split(text) if p.strip()]
        if len(parts) > 1:
            text = ("" if language == "zh" else " ").join(parts[:-1])
    return text


def pick_answer(question: question_gen_pb2.Question, language: str, rng: random.Random) -> str:
    script = ANSWERS[language]
    base = rng.choice(EXTRA[language]) if rng.random() < 0.3 else _answer_for(question, script)
    return vary(base, language, rng, drop_result=rng.random() < 0.3)


def percentiles(values: list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"n": 0, "p50": None, "p95": None, "p99": None, "max": None}
    ordered = sorted(values)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]

    return {"n": len(ordered), "p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": ordered[-1]}


def ts(value: Any) -> float | None:
    """A protobuf Timestamp as epoch seconds, or None when unset."""
    if value is None or (value.seconds == 0 and value.nanos == 0):
        return None
    return value.seconds + value.nanos / 1e9


# --------------------------------------------------------------------------------------- records


@dataclass
class AnswerRecord:
    interview_id: str
    answer_id: str
    revision: int
    submit_wall: float
    submit_mono: float
    server_submitted_at: float | None
    question_id: str = ""
    hint_mono: float | None = None
    hint_wall: float | None = None
    hint_update_at: float | None = None  # the stream update's occurred_at (question-gen timeline)
    hint_seq: int | None = None


@dataclass
class Stats:
    answers: list[AnswerRecord] = field(default_factory=list)
    hints_on_stream: Counter[str] = field(default_factory=Counter)  # answer_id -> hints seen
    hint_ids_on_stream: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    report_latencies: list[float] = field(default_factory=list)
    report_hops: list[tuple[str, float, float]] = field(default_factory=list)
    next_question_latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    error_samples: list[str] = field(default_factory=list)
    interviews: dict[str, str] = field(default_factory=dict)  # interview_id -> staff key (tenant)
    languages: dict[str, str] = field(default_factory=dict)  # interview_id -> "zh" | "en"
    interviews_started: int = 0
    interviews_completed: int = 0
    reports_missing: int = 0
    abandoned: int = 0
    outcomes: int = 0  # answers whose hint or next question came back to the client
    recovered_not_found: int = 0  # SubmitAnswer NOT_FOUND, answered again on GetInterview's current question
    superseded_questions: int = 0  # more than one new question arrived before the candidate answered

    def error(self, where: str, exc: BaseException) -> None:
        code = exc.code().name if isinstance(exc, grpc.aio.AioRpcError) else type(exc).__name__
        self.errors[f"{where}:{code}"] += 1
        if len(self.error_samples) < 20:
            self.error_samples.append(f"{where}: {code}: {str(exc)[:300]}")


# --------------------------------------------------------------------------------------- candidate


class Wave:
    def __init__(self, args: argparse.Namespace, addresses: dict[str, str], signer: TokenSigner) -> None:
        self.args = args
        self.addresses = addresses
        self.signer = signer
        self.stats = Stats()
        self.tenants = [f"bench-{uuid.uuid4().hex[:6]}-{i}" for i in range(4)]
        self.keys = {t: signer.mint_api_key(t, [Role.ADMIN, Role.RECRUITER], subject="bench") for t in self.tenants}
        self.positions: dict[str, list[str]] = {}
        self.start = 0.0
        self.stop_at = 0.0

    async def setup(self) -> None:
        mixes = (
            (("communication", 30), ("problem_solving", 40), ("leadership", 30)),
            (("communication", 40), ("problem_solving", 30), ("data_driven", 30)),
        )
        for tenant, key in self.keys.items():
            async with WenduClient(key, self.addresses) as staff:
                self.positions[tenant] = []
                for title, mix in zip(("Product Manager", "管培生"), mixes, strict=True):
                    position = await staff.positions.CreatePosition(
                        question_gen_pb2.CreatePositionRequest(
                            title=title,
                            competencies=[
                                common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in mix
                            ],
                        )
                    )
                    self.positions[tenant].append(position.position_id)

    def running(self) -> bool:
        return time.monotonic() < self.stop_at

    async def candidate_loop(self, slot: int) -> None:
        rng = random.Random(slot * 7919 + int(self.start))
        await asyncio.sleep(rng.uniform(0, max(1.0, 2 * self.args.think_seconds)))
        while self.running():
            try:
                await self.one_interview(rng)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.stats.abandoned += 1
                self.stats.error("interview", exc)
                await asyncio.sleep(1.0)

    async def think(self, rng: random.Random) -> None:
        await asyncio.sleep(rng.uniform(0.5, 1.5) * self.args.think_seconds)

    async def one_interview(self, rng: random.Random) -> None:
        stats = self.stats
        language = "zh" if rng.random() < 0.5 else "en"
        lang = common_pb2.LANGUAGE_ZH if language == "zh" else common_pb2.LANGUAGE_EN
        tenant = rng.choice(self.tenants)
        async with WenduClient(self.keys[tenant], self.addresses) as staff:
            name = rng.choice(NAMES[language])
            try:
                candidate = await staff.profile.CreateCandidate(
                    profile_pb2.CreateCandidateRequest(
                        display_name=name,
                        email=f"c{uuid.uuid4().hex[:10]}@example.edu.cn",
                        preferred_language=lang,
                        resume_text=RESUME[language].replace(NAMES[language][0], name),
                        consents=profile_pb2.Consents(resume_use=True, external_data=False, ai_scoring=True),
                    )
                )
            except grpc.aio.AioRpcError as exc:
                stats.error("CreateCandidate", exc)
                raise
            try:
                created = await staff.interviews.CreateInterview(
                    question_gen_pb2.CreateInterviewRequest(
                        candidate_id=candidate.candidate_id,
                        position_id=rng.choice(self.positions[tenant]),
                        language=lang,
                        kind=common_pb2.INTERVIEW_KIND_SELECTION,
                    )
                )
            except grpc.aio.AioRpcError as exc:
                stats.error("CreateInterview", exc)
                raise
        interview_id = created.interview.interview_id
        stats.interviews[interview_id] = tenant
        stats.languages[interview_id] = language
        stats.interviews_started += 1
        async with WenduClient(created.candidate_token, self.addresses) as client:
            async with LiveInterview(client, interview_id) as live:
                try:
                    await client.interviews.StartInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
                except grpc.aio.AioRpcError as exc:
                    stats.error("StartInterview", exc)
                    raise
                tracker = StreamTracker(live, stats, self)
                question = await tracker.next_question(timeout=OUTCOME_TIMEOUT_SECONDS)
                supplement_allowed = rng.random() < 0.3
                all_answered = False
                while question is not None and self.running():
                    await self.think(rng)
                    if not self.running():
                        break
                    record = await self.submit(
                        client, interview_id, question.question_id, pick_answer(question, language, rng)
                    )
                    if record is None:
                        break
                    question, all_answered = await tracker.outcome(record)
                    hint = tracker.hint_codes.get(record.answer_id)
                    if supplement_allowed and hint in ("add_result", "add_number", "add_example"):
                        supplement_allowed = False
                        await self.think(rng)
                        await self.submit(
                            client,
                            interview_id,
                            record.question_id,
                            vary(ANSWERS[language]["supplement"], language, rng, drop_result=False),
                            supplement=True,
                        )
                    if all_answered:
                        break
                if not all_answered:
                    stats.abandoned += 1
                    await tracker.drain(1.0)
                    return
                await self.complete(client, interview_id)
                await tracker.drain(0.2)

    async def submit(
        self,
        client: WenduClient,
        interview_id: str,
        question_id: str,
        text: str,
        *,
        supplement: bool = False,
        retry_of: str = "",
    ) -> AnswerRecord | None:
        submit_wall, submit_mono = time.time(), time.monotonic()
        try:
            response = await client.interviews.SubmitAnswer(
                question_gen_pb2.SubmitAnswerRequest(
                    interview_id=interview_id,
                    question_id=question_id,
                    text=text,
                    idempotency_key=uuid.uuid4().hex,
                    supplement=supplement,
                )
            )
        except grpc.aio.AioRpcError as exc:
            self.stats.error("SubmitAnswer" + ("(supplement)" if supplement else ""), exc)
            if exc.code() != grpc.StatusCode.NOT_FOUND or supplement or retry_of:
                return None
            # The stream announced a question the interview does not know. A client would reload the
            # interview and answer its current question: do that once, and count it.
            current = await self.current_question(interview_id)
            if not current or current == question_id:
                if len(self.stats.error_samples) < 40:
                    same = "the same id" if current else "empty"
                    self.stats.error_samples.append(f"NOT_FOUND {question_id}: GetInterview current question is {same}")
                return None
            self.stats.recovered_not_found += 1
            return await self.submit(client, interview_id, current, text, retry_of=question_id)
        record = AnswerRecord(
            interview_id,
            response.answer.answer_id,
            response.answer.revision,
            submit_wall,
            submit_mono,
            ts(response.answer.submitted_at),
            question_id,
        )
        self.stats.answers.append(record)
        return record

    async def current_question(self, interview_id: str) -> str:
        async with WenduClient(self.keys[self.stats.interviews[interview_id]], self.addresses) as staff:
            try:
                interview = await staff.interviews.GetInterview(
                    question_gen_pb2.GetInterviewRequest(interview_id=interview_id)
                )
            except grpc.aio.AioRpcError as exc:
                self.stats.error("GetInterview", exc)
                return ""
        return interview.current_question_id

    async def complete(self, client: WenduClient, interview_id: str) -> None:
        stats = self.stats
        started_wall, started = time.time(), time.monotonic()
        try:
            await client.interviews.CompleteInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
        except grpc.aio.AioRpcError as exc:
            stats.error("CompleteInterview", exc)
            return
        stats.interviews_completed += 1
        deadline = started + REPORT_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            try:
                report = await client.feedback.GetReport(
                    feedback_pb2.GetReportRequest(interview_id=interview_id, view=feedback_pb2.REPORT_VIEW_CANDIDATE)
                )
            except grpc.aio.AioRpcError as exc:
                if exc.code() != grpc.StatusCode.NOT_FOUND:
                    stats.error("GetReport", exc)
                await asyncio.sleep(REPORT_POLL_SECONDS)
                continue
            if report.status == feedback_pb2.REPORT_STATUS_GENERATING:
                await asyncio.sleep(REPORT_POLL_SECONDS)
                continue
            done = time.monotonic()
            stats.report_latencies.append(done - started)
            stats.report_hops.append((interview_id, started_wall, started_wall + (done - started)))
            return
        stats.reports_missing += 1


# The question-gen worker decides an answer's hint together with its next question and shows the
# hint first, and most answers get no hint: after the next question, a candidate waits only for a
# hint overtaking it on the way to the stream (hint-ready and interview-updated are two topics), not
# the 2 s of the time when feedback sent a hint after every score, which idled every candidate 2 s
# per answer and capped the offered load.
HINT_GRACE_SECONDS = 0.5


class StreamTracker:
    """Reads a candidate's stream: every hint (for latency and duplicates), questions and status."""

    def __init__(self, live: LiveInterview, stats: Stats, wave: Wave) -> None:
        self.live = live
        self.stats = stats
        self.wave = wave
        self.pending: dict[str, AnswerRecord] = {}
        self.hint_codes: dict[str, str] = {}
        self.questions: list[question_gen_pb2.Question] = []
        self.seen_questions: set[str] = set()
        self.all_answered = False

    def _take(self, update: question_gen_pb2.InterviewUpdate) -> None:
        kind = update.WhichOneof("item")
        if kind == "hint":
            answer_id = update.hint.answer_id
            self.stats.hints_on_stream[answer_id] += 1
            self.stats.hint_ids_on_stream[answer_id].add(update.hint.hint_id)
            self.hint_codes.setdefault(answer_id, update.hint.hint_code)
            record = self.pending.get(answer_id)
            if record is not None and record.hint_mono is None:
                record.hint_mono, record.hint_wall = time.monotonic(), time.time()
                record.hint_update_at = ts(update.occurred_at)
                record.hint_seq = update.seq
        elif kind == "question" and update.question.question_id not in self.seen_questions:
            self.seen_questions.add(update.question.question_id)
            self.questions.append(update.question)
        elif kind == "status" and update.status.all_questions_answered:
            self.all_answered = True

    async def next_question(self, timeout: float) -> question_gen_pb2.Question | None:
        deadline = time.monotonic() + timeout
        while not self.questions and time.monotonic() < deadline:
            update = await self.live.next(timeout=0.2)
            if update is not None:
                self._take(update)
        return self._latest_question()

    async def outcome(
        self, record: AnswerRecord, hint_grace: float = HINT_GRACE_SECONDS
    ) -> tuple[question_gen_pb2.Question | None, bool]:
        """Wait for the next question (or the end of the plan) and, a little longer, the answer's hint.

        A hint that comes later is still timed (the stream is read on), the candidate just does not
        wait for it before thinking about the next question.
        """
        self.pending[record.answer_id] = record
        deadline = time.monotonic() + OUTCOME_TIMEOUT_SECONDS
        moved_on: float | None = None
        counted = False
        while time.monotonic() < deadline:
            if self.questions or self.all_answered:
                if not counted:
                    counted = True
                    self.stats.outcomes += 1
                    self.stats.next_question_latencies.append(time.monotonic() - record.submit_mono)
                moved_on = moved_on or time.monotonic()
                if record.hint_mono is not None or time.monotonic() - moved_on > hint_grace:
                    break
            update = await self.live.next(timeout=0.05 if moved_on is None else 0.2)
            if update is not None:
                self._take(update)
        if not counted:
            self.stats.errors["stream:no next question within 20 s"] += 1
        return self._latest_question(), self.all_answered

    def _latest_question(self) -> question_gen_pb2.Question | None:
        """The newest question the stream announced (an older unanswered one was superseded)."""
        if not self.questions:
            return None
        self.stats.superseded_questions += len(self.questions) - 1
        question = self.questions[-1]
        self.questions.clear()
        return question

    async def drain(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            update = await self.live.next(timeout=max(0.01, deadline - time.monotonic()))
            if update is not None:
                self._take(update)


# --------------------------------------------------------------------------------------- resources


def proc_sample(pid: int) -> tuple[float, int] | None:
    """(CPU seconds user+system, peak RSS bytes) of ``pid`` from /proc, or None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    cpu = (int(fields[11]) + int(fields[12])) / CLK_TCK
    hwm = next((int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmHWM:")), 0)
    return cpu, hwm


def infra_pids() -> dict[str, int]:
    found = {}
    for name in ("kafka", "ferretdb"):
        instance = os.environ.get("INFRA_INSTANCE", "")
        folder = stack.work_dir() / "instances" / instance if instance else stack.work_dir()
        path = folder / "pids" / f"{name}.pid"
        with contextlib.suppress(OSError, ValueError):
            found[name] = int(path.read_text().strip())
    return found


SCRAPED = (
    "wendu_mongo_command_seconds",
    "wendu_event_processing_seconds",
    "wendu_rpc_duration_seconds",
)
Scrape = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape_metrics(port: int) -> Scrape:
    """The ``_count`` and ``_sum`` samples of the histograms in SCRAPED from a process's /metrics."""
    from prometheus_client.parser import text_string_to_metric_families

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            text = response.read().decode()
    except OSError:
        return {}
    found: Scrape = {}
    for family in text_string_to_metric_families(text):
        if family.name not in SCRAPED:
            continue
        for sample in family.samples:
            if sample.name.endswith(("_count", "_sum")):
                found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


async def scrape_all(ports: dict[str, int]) -> dict[str, Scrape]:
    names = list(ports)
    scraped = await asyncio.gather(*(asyncio.to_thread(scrape_metrics, ports[n]) for n in names))
    return dict(zip(names, scraped, strict=True))


HOUSEKEEPING_COMMANDS = {"ping", "hello", "isMaster", "ismaster", "buildinfo", "buildInfo", "endSessions"}


def server_side(before: dict[str, Scrape], after: dict[str, Scrape], answers: int) -> dict[str, Any]:
    """Where the services spent their time during the run, from their own histograms (after - before).

    Per service (API and worker processes together): MongoDB commands (readiness pings left out) and
    their round-trip time per answer submitted; the costliest (process, command, collection) pairs; handler and RPC times.
    """
    rows: dict[tuple[str, str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for process, samples in after.items():
        for (name, labels), value in samples.items():
            delta = value - before.get(process, {}).get((name, labels), 0.0)
            if delta <= 0:
                continue
            label = dict(labels)
            if name.startswith("wendu_mongo_command_seconds"):
                kind, what = "mongo", f"{label.get('command', '')} {label.get('collection', '')}".strip()
            elif name.startswith("wendu_event_processing_seconds"):
                kind, what = "handler", label.get("topic", "")
            else:
                kind, what = "rpc", label.get("method", "")
            rows[(process, kind, what, name)][0 if name.endswith("_count") else 1] += delta
    merged: dict[tuple[str, str, str], dict[str, float]] = defaultdict(lambda: {"count": 0.0, "seconds": 0.0})
    for (process, kind, what, _), (count, seconds) in rows.items():
        entry = merged[(process, kind, what)]
        entry["count"] += count
        entry["seconds"] += seconds
    per_service: dict[str, dict[str, float]] = defaultdict(lambda: {"mongo_commands": 0.0, "mongo_seconds": 0.0})
    for (process, kind, what), entry in merged.items():
        # Readiness pings and handshakes come with time, not with answers.
        if kind == "mongo" and what.split(" ")[0] not in HOUSEKEEPING_COMMANDS:
            service = process.rsplit("-", 1)[0]
            per_service[service]["mongo_commands"] += entry["count"]
            per_service[service]["mongo_seconds"] += entry["seconds"]
    per_answer = {
        service: {
            "mongo_commands_per_answer": round(v["mongo_commands"] / answers, 1) if answers else None,
            "mongo_ms_per_answer": round(1000 * v["mongo_seconds"] / answers, 1) if answers else None,
            "mongo_commands": int(v["mongo_commands"]),
            "mongo_seconds": round(v["mongo_seconds"], 2),
        }
        for service, v in sorted(per_service.items())
    }

    def top(kind: str, n: int) -> list[dict[str, Any]]:
        chosen = sorted(((k, v) for k, v in merged.items() if k[1] == kind), key=lambda kv: -kv[1]["seconds"])[:n]
        return [
            {
                "process": process,
                "what": what,
                "count": int(v["count"]),
                "total_s": round(v["seconds"], 2),
                "mean_ms": round(1000 * v["seconds"] / v["count"], 1) if v["count"] else None,
                "per_answer": round(v["count"] / answers, 2) if answers else None,
            }
            for (process, _, what), v in chosen
        ]

    total_mongo = sum(v["mongo_seconds"] for v in per_service.values())
    total_commands = sum(v["mongo_commands"] for v in per_service.values())
    return {
        "answers": answers,
        "mongo_commands_per_answer_all_services": round(total_commands / answers, 1) if answers else None,
        "mongo_ms_per_answer_all_services": round(1000 * total_mongo / answers, 1) if answers else None,
        "per_service": per_answer,
        "mongo_top": top("mongo", 15),
        "handlers": top("handler", 10),
        "rpcs": top("rpc", 10),
    }


# --------------------------------------------------------------------------------------- profile


PY_SPY_RATE = 25


def py_spy_binary() -> str | None:
    local = stack.work_dir() / "py-spy" / "bin" / "py-spy"
    return str(local) if local.exists() else shutil.which("py-spy")


async def profile_processes(pids: dict[str, int], seconds: float, out_dir: Path) -> dict[str, Path]:
    """``py-spy record`` (wall clock, idle included, main thread kept) on every process at once."""
    binary = py_spy_binary()
    if binary is None:
        return {}
    await asyncio.to_thread(out_dir.mkdir, parents=True, exist_ok=True)
    outputs = {name: out_dir / f"{name}.txt" for name in pids}
    procs = []
    for name, pid in pids.items():
        command = [binary, "record", "--pid", str(pid), "--idle", "--threads", "--nonblocking"]
        command += ["-r", str(PY_SPY_RATE), "-d", str(int(seconds)), "-f", "raw", "-o", str(outputs[name])]
        procs.append(
            await asyncio.create_subprocess_exec(
                *command, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
            )
        )
    await asyncio.gather(*(p.wait() for p in procs))
    return {name: path for name, path in outputs.items() if path.exists()}


_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^:()]+)(?::\d+)?\)$")


def classify(frames: list[str]) -> tuple[str, str | None]:
    """(category, innermost Wendu frame) of one main-thread stack, outermost frame first."""
    parsed = [(m.group("func"), m.group("file")) if (m := _FRAME.match(f)) else (f, "") for f in frames]
    files = [file for _, file in parsed]
    wendu = next((f"{func} ({file})" for func, file in reversed(parsed) if file.split("/")[0] in WENDU_PACKAGES), None)
    inner_func, inner_file = parsed[-1] if parsed else ("", "")
    if inner_file.startswith("selectors.py") or (inner_func == "BaseEventLoop._run_once" and len(parsed) < 12):
        return "idle (event loop waiting)", None
    if any(f.startswith(("pymongo/", "mongoengine/", "bson/")) for f in files):
        waiting = inner_file.startswith("pymongo/network_layer.py") or "recv" in inner_func or "sendall" in inner_func
        return ("Mongo: waiting for the database" if waiting else "Mongo: client (pymongo/mongoengine/bson)"), wendu
    for prefix, category in (
        ("aiokafka/", "Kafka client (aiokafka)"),
        ("kafka/", "Kafka client (aiokafka)"),
        ("grpc/", "gRPC"),
        ("google/protobuf/", "protobuf"),
        ("prometheus_client/", "metrics"),
    ):
        if any(f.startswith(prefix) for f in files[-6:]):
            return category, wendu
    if inner_file.split("/")[0] in WENDU_PACKAGES:
        return "Wendu code (CPU)", wendu
    if wendu is not None:
        return "libraries called by Wendu code", wendu
    return "asyncio / other", None


WENDU_PACKAGES = {"core", "question_gen", "scoring", "feedback", "profile", "training", "cli"}


def summarize_profile(path: Path) -> dict[str, Any]:
    categories: Counter[str] = Counter()
    callers: Counter[str] = Counter()
    busy_wendu: Counter[str] = Counter()
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack_text, _, count_text = line.rpartition(" ")
        if not stack_text.startswith("thread (") or "MainThread" not in stack_text.split(";", 1)[0]:
            continue
        try:
            count = int(count_text)
        except ValueError:
            continue
        frames = stack_text.split(";")[1:]
        category, wendu = classify(frames)
        total += count
        categories[category] += count
        if category.startswith("Mongo") and wendu:
            callers[wendu] += count
        elif wendu and not category.startswith("idle"):
            busy_wendu[wendu] += count
    pct = lambda n: round(100 * n / total, 1) if total else 0.0  # noqa: E731
    return {
        "samples": total,
        "share_percent": {k: pct(v) for k, v in categories.most_common()},
        "mongo_callers_percent": {k: pct(v) for k, v in callers.most_common(6)},
        "other_busy_percent": {k: pct(v) for k, v in busy_wendu.most_common(6)},
    }


TRACED = (
    topics.ANSWER_SUBMITTED,
    topics.SCORE_READY,
    topics.HINT_READY,
    topics.INTERVIEW_UPDATED,
    topics.INTERVIEW_COMPLETED,
    topics.REPORT_GENERATED,
)


class BrokerTrace:
    """The broker timestamps of this run's events, read back after the run: the hops of each answer.

    ``mark`` remembers the end offsets before the load; ``collect`` reads every traced topic from
    there and keeps the first record timestamp (and the count) per business key of this run's
    interviews only.
    """

    def __init__(self) -> None:
        self.start: dict[Any, int] = {}
        self.first: dict[tuple[str, Any], float] = {}
        self.count: Counter[tuple[str, Any]] = Counter()
        self.event_ids: dict[tuple[str, Any], set[str]] = defaultdict(set)

    async def _consumer(self) -> Any:
        from aiokafka import AIOKafkaConsumer

        consumer = AIOKafkaConsumer(**kafka_client_kwargs(KAFKA), group_id=None, enable_auto_commit=False)
        await consumer.start()
        return consumer

    async def _partitions(self) -> list[Any]:
        from aiokafka import TopicPartition
        from aiokafka.admin import AIOKafkaAdminClient

        admin = AIOKafkaAdminClient(**kafka_client_kwargs(KAFKA))
        await admin.start()
        try:
            described = await admin.describe_topics(list(TRACED))
        finally:
            await admin.close()
        return [TopicPartition(d["topic"], p["partition"]) for d in described for p in d["partitions"]]

    async def mark(self) -> None:
        consumer = await self._consumer()
        try:
            self.start = await consumer.end_offsets(await self._partitions())
        finally:
            await consumer.stop()

    async def collect(self, interview_ids: set[str]) -> None:
        from wendu.core import codec

        consumer = await self._consumer()
        try:
            tps = list(self.start)
            ends = await consumer.end_offsets(tps)
            consumer.assign(tps)
            for tp in tps:
                consumer.seek(tp, self.start[tp])
            todo = {tp for tp in tps if ends[tp] > self.start[tp]}
            deadline = time.monotonic() + 60
            while todo and time.monotonic() < deadline:
                batches = await consumer.getmany(timeout_ms=500, max_records=5000)
                for tp, records in batches.items():
                    for record in records:
                        with contextlib.suppress(Exception):
                            self._take(
                                tp.topic,
                                codec.decode(tp.topic, record.value, record.headers),
                                record.timestamp / 1000,
                                interview_ids,
                            )
                for tp in list(todo):
                    if await consumer.position(tp) >= ends[tp]:
                        todo.discard(tp)
        finally:
            await consumer.stop()

    def _take(self, topic: str, event: Any, at: float, interview_ids: set[str]) -> None:
        if event.meta.interview_id not in interview_ids:
            return
        if topic in (topics.ANSWER_SUBMITTED, topics.SCORE_READY):
            key: Any = (event.answer_id, event.revision)
        elif topic == topics.HINT_READY:
            key = event.answer_id
        elif topic == topics.INTERVIEW_UPDATED:
            key = (event.meta.interview_id, event.seq)
        else:
            key = event.meta.interview_id
        self.count[(topic, key)] += 1
        self.event_ids[(topic, key)].add(event.meta.event_id)
        self.first[(topic, key)] = min(at, self.first.get((topic, key), at))

    def at(self, topic: str, key: Any) -> float | None:
        return self.first.get((topic, key))

    def duplicated(self, topic: str) -> int:
        return sum(1 for (t, _), n in self.count.items() if t == topic and n > 1)

    def duplicated_distinct_events(self, topic: str) -> int:
        """Keys with more than one distinct event id: produced by separate processing, not a re-publication."""
        return sum(1 for (t, _), ids in self.event_ids.items() if t == topic and len(ids) > 1)


class LagSampler:
    """Consumer lag of this run's groups, summed over their input partitions, every few seconds."""

    every_seconds = LAG_SAMPLE_SECONDS

    def stamp(self, t0: float) -> float:
        """A sample's time: seconds since ``t0``."""
        return round(time.monotonic() - t0, 1)

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.samples: list[dict[str, Any]] = []
        self.error: str | None = None

    async def seed_offsets_at_end(self) -> None:
        """Commit the end offsets of every input topic for the run's fresh groups (they start at 'earliest')."""
        from aiokafka import AIOKafkaConsumer, TopicPartition
        from aiokafka.admin import AIOKafkaAdminClient
        from aiokafka.structs import OffsetAndMetadata
        from wendu.core.bus import ensure_topics

        await ensure_topics(KAFKA, topics.ALL_TOPICS)
        admin = AIOKafkaAdminClient(**kafka_client_kwargs(KAFKA))
        await admin.start()
        try:
            described = await admin.describe_topics(sorted({t for inputs in CONSUMED.values() for t in inputs}))
        finally:
            await admin.close()
        partitions = {d["topic"]: sorted(p["partition"] for p in d["partitions"]) for d in described}
        for service, inputs in CONSUMED.items():
            consumer = AIOKafkaConsumer(
                **kafka_client_kwargs(KAFKA), group_id=f"{self.prefix}.{service}", enable_auto_commit=False
            )
            await consumer.start()
            try:
                tps = [TopicPartition(t, p) for t in inputs for p in partitions[t]]
                consumer.assign(tps)
                ends = await consumer.end_offsets(tps)
                await consumer.commit({tp: OffsetAndMetadata(offset, "") for tp, offset in ends.items()})
            finally:
                await consumer.stop()

    async def run(self, stop: asyncio.Event, t0: float) -> None:
        try:
            from aiokafka import AIOKafkaConsumer
            from aiokafka.admin import AIOKafkaAdminClient
        except ImportError as exc:  # pragma: no cover
            self.error = str(exc)
            return
        admin = AIOKafkaAdminClient(**kafka_client_kwargs(KAFKA))
        probe = AIOKafkaConsumer(**kafka_client_kwargs(KAFKA), group_id=None, enable_auto_commit=False)
        await admin.start()
        await probe.start()
        try:
            while not stop.is_set():
                sample: dict[str, Any] = {"t": self.stamp(t0)}
                try:
                    for service, inputs in CONSUMED.items():
                        committed = await admin.list_consumer_group_offsets(f"{self.prefix}.{service}")
                        tps = [tp for tp in committed if tp.topic in inputs]
                        ends = await probe.end_offsets(tps) if tps else {}
                        sample[service] = sum(max(0, ends[tp] - committed[tp].offset) for tp in tps)
                    self.samples.append(sample)
                except Exception as exc:
                    self.error = f"{type(exc).__name__}: {exc}"
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.every_seconds)
        finally:
            await probe.stop()
            await admin.close()


# --------------------------------------------------------------------------------------- one run


async def verify(wave: Wave, console: Console) -> dict[str, Any]:
    """Per interview: scores (lost/duplicated by answer id + revision) and stored hints."""
    stats = wave.stats
    expected = {(a.answer_id, a.revision) for a in stats.answers}
    by_interview: dict[str, list[AnswerRecord]] = defaultdict(list)
    for record in stats.answers:
        by_interview[record.interview_id].append(record)
    scores: dict[tuple[str, int], list[Any]] = defaultdict(list)
    stored_hints: dict[str, list[Any]] = defaultdict(list)
    deadline = time.monotonic() + 30.0
    semaphore = asyncio.Semaphore(16)

    async def fetch(interview_id: str, client: WenduClient) -> None:
        async with semaphore:
            try:
                listed = await client.scoring.ListScores(scoring_pb2.ListScoresRequest(interview_id=interview_id))
                hints = await client.feedback.ListHints(feedback_pb2.ListHintsRequest(interview_id=interview_id))
            except grpc.aio.AioRpcError as exc:
                stats.error("verify", exc)
                return
            for score in listed.scores:
                scores[(score.answer_id, score.revision)].append(score)
            for hint in hints.hints:
                stored_hints[hint.answer_id].append(hint)

    clients = {t: WenduClient(k, wave.addresses) for t, k in wave.keys.items()}
    try:
        while True:
            scores.clear()
            stored_hints.clear()
            await asyncio.gather(*(fetch(i, clients[stats.interviews[i]]) for i in by_interview))
            missing = expected - set(scores)
            if not missing or time.monotonic() > deadline:
                break
            console.print(f"[dim]waiting for {len(missing)} answers to be scored…[/]")
            await asyncio.sleep(2.0)
    finally:
        await asyncio.gather(*(c.close() for c in clients.values()))
    return {
        "expected": expected,
        "scores": scores,
        "stored_hints": stored_hints,
        "lost": sorted(expected - set(scores)),
        "duplicated_scores": sorted(k for k, v in scores.items() if len(v) > 1),
        "duplicated_hints_stored": sorted(k for k, v in stored_hints.items() if len(v) > 1),
        "duplicated_hints_stream": sorted(k for k, v in stats.hints_on_stream.items() if v > 1),
    }


async def run_once(args: argparse.Namespace, workers: int, console: Console) -> dict[str, Any]:
    run_id = uuid.uuid4().hex[:8]
    secret = secrets.token_urlsafe(32)
    group_prefix = f"wendu-bench-{run_id}"
    env = {
        "WENDU_AUTH_SECRET": secret,
        "WENDU_MONGO_DB": f"wendu_bench_{run_id}",
        "WENDU_CONSUMER_GROUP_PREFIX": group_prefix,
        "WENDU_KAFKA_BOOTSTRAP": KAFKA,
        "WENDU_MONGO_URI": MONGO_URI,
        "WENDU_LOG_LEVEL": os.environ.get("WENDU_LOG_LEVEL", "WARNING"),
    }
    lag = LagSampler(group_prefix)
    console.rule(
        f"[bold]campus wave[/] run {run_id}: {args.candidates} candidates, {args.duration:.0f} s, {workers} worker(s)/service"
    )
    others = other_stacks()
    if others:
        console.print(f"[yellow]other Wendu service processes on this machine (shared topics, noise):[/] {others}")
    await lag.seed_offsets_at_end()
    processes: list[stack.RunningProcess] = []
    try:
        processes = await start_stack(workers, env, console)
        wave = Wave(args, stack.addresses(PORT_OFFSET), TokenSigner(secret))
        await wave.setup()
        # Warm-up: one interview through every path, so imports, connections and first queries are not measured.
        warm = Wave(argparse.Namespace(**{**vars(args), "think_seconds": 0.05}), wave.addresses, wave.signer)
        warm.keys, warm.tenants, warm.positions = wave.keys, wave.tenants, wave.positions
        warm.start, warm.stop_at = time.time(), time.monotonic() + 60
        with contextlib.suppress(Exception):
            await asyncio.wait_for(warm.one_interview(random.Random(1)), 60)

        trace = BrokerTrace()
        await trace.mark()
        procs = {f"{p.service.name}-{p.role}": p.pid for p in processes} | {
            f"infra:{k}": v for k, v in infra_pids().items()
        }
        procs["load generator (this script)"] = os.getpid()
        metric_ports = {f"{p.service.name}-{p.role}": p.metrics_port for p in processes}
        metrics_before = await scrape_all(metric_ports)
        cpu_before = {name: proc_sample(pid) for name, pid in procs.items()}
        loadavg_before = os.getloadavg()
        stop_lag = asyncio.Event()
        t0 = time.monotonic()
        wave.start, wave.stop_at = time.time(), t0 + args.duration
        lag_task = asyncio.create_task(lag.run(stop_lag, t0))
        profile_task = None
        if args.profile > 0:
            service_pids = {f"{p.service.name}-{p.role}": p.pid for p in processes}

            async def profile_later() -> dict[str, Path]:
                # Start once the candidates are in their steady state; never outlast the load.
                offset = min(max(5.0, 0.25 * args.duration), max(0.0, args.duration - args.profile))
                await asyncio.sleep(offset)
                seconds = max(2.0, min(args.profile, args.duration - offset))
                return await profile_processes(service_pids, seconds, stack.work_dir() / "bench" / "profiles" / run_id)

            profile_task = asyncio.create_task(profile_later())
        tasks = [asyncio.create_task(wave.candidate_loop(i)) for i in range(args.candidates)]
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[info]}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        ) as progress:
            clock = progress.add_task("load", total=args.duration, info="")
            flow = progress.add_task("answers", total=None, info="")
            while not all(t.done() for t in tasks):
                elapsed = time.monotonic() - t0
                stats = wave.stats
                last_lag = lag.samples[-1] if lag.samples else {}
                lag_text = " ".join(f"{k}={v}" for k, v in last_lag.items() if k != "t" and v)
                progress.update(
                    clock,
                    completed=min(elapsed, args.duration),
                    info=f"{'draining' if elapsed > args.duration else 'running'} · lag {lag_text or '0'}",
                )
                progress.update(
                    flow,
                    completed=len(stats.answers),
                    info=(
                        f"{len(stats.answers)} submitted · {stats.outcomes} answered back · "
                        f"{sum(1 for a in stats.answers if a.hint_mono)} hints · "
                        f"{stats.interviews_completed} completed · {len(stats.report_latencies)} reports · "
                        f"{sum(stats.errors.values())} errors"
                    ),
                )
                if elapsed > args.duration + 90:
                    for task in tasks:
                        task.cancel()
                    console.print("[red]candidates still busy 90 s after the end: cancelled[/]")
                await asyncio.sleep(0.25)
        await asyncio.gather(*tasks, return_exceptions=True)
        drained_at = time.monotonic()
        checks = await verify(wave, console)
        await trace.collect(set(wave.stats.interviews))
        checks["trace"] = trace
        cpu_after = {name: proc_sample(pid) for name, pid in procs.items()}
        loadavg_after = os.getloadavg()
        checks["server_side"] = server_side(metrics_before, await scrape_all(metric_ports), len(wave.stats.answers))
        profiles = await profile_task if profile_task is not None else {}
        checks["profile"] = {name: summarize_profile(path) for name, path in profiles.items()}
        if profile_task is not None and not profiles:
            console.print("[yellow]no profile: py-spy is not installed (make bench-profile installs it)[/]")
        await asyncio.sleep(LAG_SAMPLE_SECONDS + 0.5)
        stop_lag.set()
        await lag_task
        return summarize(
            args,
            workers,
            run_id,
            wave,
            checks,
            lag,
            cpu_before,
            cpu_after,
            t0,
            drained_at,
            (loadavg_before, loadavg_after),
            others,
        )
    finally:
        stack.stop_stack(STACK_NAME)
        drop_database(env["WENDU_MONGO_DB"])


def drop_database(name: str) -> None:
    """Drop the run's database: the local database is shared, and every collection it keeps slows it."""
    from pymongo import MongoClient
    from pymongo.errors import PyMongoError

    client: MongoClient[Any] = MongoClient(MONGO_URI, serverSelectionTimeoutMS=3000)
    try:
        client.drop_database(name)
    except PyMongoError as exc:
        print(f"could not drop {name}: {exc!r}")
    finally:
        client.close()


async def start_stack(workers: int, env: dict[str, str], console: Console) -> list[stack.RunningProcess]:
    """Start the bench stack (retried when a port was taken: ports +2000 lie in Linux's ephemeral range)."""
    return await stack.start_stack_until_serving(
        stack_name=STACK_NAME, split_roles=True, workers_per_service=workers, port_offset=PORT_OFFSET, extra_env=env
    )


def other_stacks() -> list[str]:
    """Wendu service processes that are not this benchmark's (another stack shares the topics)."""
    ours = set()
    pid_dir = stack.work_dir() / "pids"
    for path in pid_dir.glob(f"svc-{STACK_NAME}-*.pid") if pid_dir.exists() else []:
        with contextlib.suppress(ValueError, OSError):
            ours.add(int(path.read_text().strip()))
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) in ours:
            continue
        with contextlib.suppress(OSError):
            cmd = (entry / "cmdline").read_bytes().split(b"\0")
            if any(part.endswith(b".entrypoints.main") for part in cmd):
                module = next(p for p in cmd if p.endswith(b".entrypoints.main")).decode().split(".")[1]
                found.append(f"{module}:{entry.name}")
    return sorted(found)


def summarize(
    args: argparse.Namespace,
    workers: int,
    run_id: str,
    wave: Wave,
    checks: dict[str, Any],
    lag: LagSampler,
    cpu_before: dict[str, tuple[float, int] | None],
    cpu_after: dict[str, tuple[float, int] | None],
    t0: float,
    drained_at: float,
    loadavgs: tuple[tuple[float, ...], tuple[float, ...]],
    others: list[str],
) -> dict[str, Any]:
    stats = wave.stats
    warmup = args.warmup if args.warmup is not None else max(5.0, min(15.0, 0.2 * args.duration))
    window = (wave.start + warmup, wave.start + args.duration)
    window_seconds = window[1] - window[0]
    scored_at = {key: ts(v[0].scored_at) for key, v in checks["scores"].items()}
    in_window = [t for t in scored_at.values() if t is not None and window[0] <= t < window[1]]
    first_answers = [a for a in stats.answers if a.revision == 0]
    hinted = [a for a in first_answers if a.hint_mono is not None]
    submitted_in_window = [a for a in stats.answers if window[0] <= a.submit_wall < window[1]]
    hint_lat = [a.hint_mono - a.submit_mono for a in hinted]  # type: ignore[operator]
    by_language: dict[str, dict[str, list[float]]] = {lang: {"hint": [], "report": []} for lang in ("zh", "en")}
    for a in hinted:
        by_language[stats.languages.get(a.interview_id, "en")]["hint"].append(a.hint_mono - a.submit_mono)  # type: ignore[operator]
    for (interview_id, _, _), latency in zip(stats.report_hops, stats.report_latencies, strict=True):
        by_language[stats.languages.get(interview_id, "en")]["report"].append(latency)
    hint_lat_window = [a.hint_mono - a.submit_mono for a in hinted if window[0] <= a.submit_wall < window[1]]  # type: ignore[operator]
    # Where an answer's time goes: broker record timestamps of each hop (same host clock), hinted answers.
    trace: BrokerTrace = checks["trace"]
    hops: dict[str, list[float]] = defaultdict(list)
    for a in hinted:
        points = [
            (
                "submit → answer-submitted produced (question-gen API)",
                trace.at(topics.ANSWER_SUBMITTED, (a.answer_id, a.revision)),
            ),
            ("→ score-ready produced (scoring worker)", trace.at(topics.SCORE_READY, (a.answer_id, a.revision))),
            ("→ hint-ready produced (question-gen worker)", trace.at(topics.HINT_READY, a.answer_id)),
            (
                "→ interview-updated for the hint (question-gen worker)",
                trace.at(topics.INTERVIEW_UPDATED, (a.interview_id, a.hint_seq)),
            ),
            ("→ hint received on the stream (question-gen API → client)", a.hint_wall),
        ]
        previous = a.submit_wall
        for name, at in points:
            if at is None:
                continue  # e.g. the hint reached the stream before its interview-updated
            hops[name].append(at - previous)
            previous = at
    report_hops: dict[str, list[float]] = defaultdict(list)
    for interview_id, started, done in stats.report_hops:
        completed = trace.at(topics.INTERVIEW_COMPLETED, interview_id)
        generated = trace.at(topics.REPORT_GENERATED, interview_id)
        if completed is None or generated is None:
            continue
        report_hops["CompleteInterview → interview-completed produced (question-gen API)"].append(completed - started)
        report_hops["→ report-generated produced (feedback worker)"].append(generated - completed)
        report_hops["→ GetReport succeeds (client polls every 100 ms)"].append(done - generated)
    run_seconds = drained_at - t0
    resources: dict[str, dict[str, float | None]] = {}
    for name in cpu_after:
        before, after = cpu_before.get(name), cpu_after.get(name)
        if before is None or after is None:
            resources[name] = {"cpu_seconds": None, "cpu_percent": None, "peak_rss_mb": None}
            continue
        cpu = after[0] - before[0]
        resources[name] = {
            "cpu_seconds": round(cpu, 2),
            "cpu_percent": round(100 * cpu / run_seconds, 1),
            "peak_rss_mb": round(after[1] / 2**20, 1),
        }
    ms = lambda d: {k: (round(v * 1000, 1) if isinstance(v, float) else v) for k, v in d.items()}  # noqa: E731
    return {
        "run_id": run_id,
        "config": {
            "candidates": args.candidates,
            "duration_s": args.duration,
            "think_seconds_mean": args.think_seconds,
            "workers_per_service": workers,
            "warmup_s": warmup,
            "steady_window_s": round(window_seconds, 1),
        },
        "host": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "loadavg_before": [round(x, 2) for x in loadavgs[0]],
            "loadavg_after": [round(x, 2) for x in loadavgs[1]],
            "other_wendu_processes": others,
        },
        "throughput": {
            "answers_scored_per_s_steady": round(len(in_window) / window_seconds, 2),
            "answers_submitted_per_s_steady": round(len(submitted_in_window) / window_seconds, 2),
            "answers_submitted": len(stats.answers),
            "answers_answered_back": stats.outcomes,
            "hints_received": len(hinted),
            "first_answers": len(first_answers),
            "interviews_started": stats.interviews_started,
            "interviews_completed": stats.interviews_completed,
            "interviews_abandoned_at_end_or_error": stats.abandoned,
            "reports": len(stats.report_latencies),
            "reports_missing": stats.reports_missing,
            "run_seconds_incl_drain": round(run_seconds, 1),
        },
        "latency_ms": {
            "answer_to_hint": ms(percentiles(hint_lat)),
            "answer_to_hint_steady_window": ms(percentiles(hint_lat_window)),
            "answer_to_next_question": ms(percentiles(stats.next_question_latencies)),
            "completion_to_report": ms(percentiles(stats.report_latencies)),
            **{
                f"{what}_{lang}": ms(percentiles(values[kind]))
                for lang, values in by_language.items()
                for kind, what in (("hint", "answer_to_hint"), ("report", "completion_to_report"))
            },
        },
        "hops_ms": {k: ms(percentiles(v)) for k, v in {**hops, **report_hops}.items()},
        "correctness": {
            "answers_expected": len(checks["expected"]),
            "lost": len(checks["lost"]),
            "lost_sample": [list(x) for x in checks["lost"][:10]],
            "duplicated_scores": len(checks["duplicated_scores"]),
            "duplicated_hints_stored": len(checks["duplicated_hints_stored"]),
            "duplicated_hints_on_stream": len(checks["duplicated_hints_stream"]),
            "duplicated_hints_on_stream_distinct_hint_ids": sum(
                1 for ids in stats.hint_ids_on_stream.values() if len(ids) > 1
            ),
            "score_ready_events_duplicated": trace.duplicated(topics.SCORE_READY),
            "score_ready_duplicated_distinct_event_ids": trace.duplicated_distinct_events(topics.SCORE_READY),
            "hint_ready_events_duplicated": trace.duplicated(topics.HINT_READY),
            "hint_ready_duplicated_distinct_event_ids": trace.duplicated_distinct_events(topics.HINT_READY),
            "superseded_questions": stats.superseded_questions,
            "submit_not_found_recovered_via_get_interview": stats.recovered_not_found,
        },
        "errors": dict(stats.errors),
        "error_samples": stats.error_samples,
        "resources": resources,
        "server_side": checks["server_side"],
        "profile": checks["profile"],
        "consumer_lag": {"samples": lag.samples, "max": max_lag(lag.samples), "error": lag.error},
    }


def max_lag(samples: list[dict[str, Any]]) -> dict[str, int]:
    peak: dict[str, int] = {}
    for sample in samples:
        for key, value in sample.items():
            if key != "t":
                peak[key] = max(peak.get(key, 0), value)
    return peak


# --------------------------------------------------------------------------------------- output


def fmt(value: Any) -> str:
    return "—" if value is None else (f"{value:.0f}" if isinstance(value, float) else str(value))


def print_result(console: Console, result: dict[str, Any]) -> None:
    cfg, thr, lat, cor = result["config"], result["throughput"], result["latency_ms"], result["correctness"]
    head = Table(
        title=(
            f"Campus wave — {cfg['candidates']} candidates, {cfg['duration_s']:.0f} s "
            f"(steady window {cfg['steady_window_s']} s), think {cfg['think_seconds_mean']} s, "
            f"{cfg['workers_per_service']} worker(s)/service"
        )
    )
    head.add_column("metric")
    head.add_column("value", justify="right")
    head.add_row("answers scored / s (steady window)", f"{thr['answers_scored_per_s_steady']:.2f}")
    head.add_row("answers submitted / s (steady window)", f"{thr['answers_submitted_per_s_steady']:.2f}")
    head.add_row(
        "answers submitted / answered back / hints",
        f"{thr['answers_submitted']} / {thr['answers_answered_back']} / {thr['hints_received']}",
    )
    head.add_row(
        "interviews started / completed / reports",
        f"{thr['interviews_started']} / {thr['interviews_completed']} / {thr['reports']}",
    )
    head.add_row("lost answers", str(cor["lost"]))
    head.add_row(
        "duplicated scores / stored hints / stream hints",
        f"{cor['duplicated_scores']} / {cor['duplicated_hints_stored']} / {cor['duplicated_hints_on_stream']}",
    )
    head.add_row(
        "answer revisions with >1 score-ready / answers with >1 hint-ready event",
        f"{cor['score_ready_events_duplicated']} / {cor['hint_ready_events_duplicated']} "
        f"(distinct event ids: {cor['score_ready_duplicated_distinct_event_ids']} / "
        f"{cor['hint_ready_duplicated_distinct_event_ids']})",
    )
    head.add_row("questions superseded before answered", str(cor["superseded_questions"]))
    head.add_row(
        "SubmitAnswer NOT_FOUND recovered via GetInterview", str(cor["submit_not_found_recovered_via_get_interview"])
    )
    head.add_row("reports missing after 30 s", str(thr["reports_missing"]))
    head.add_row("errors", ", ".join(f"{k}={v}" for k, v in result["errors"].items()) or "0")
    head.add_row(
        "load average before → after", f"{result['host']['loadavg_before'][0]} → {result['host']['loadavg_after'][0]}"
    )
    console.print(head)

    table = Table(title="Latency (ms, client side)")
    for column in ("", "n", "p50", "p95", "p99", "max"):
        table.add_column(column, justify="right" if column else "left")
    for name, values in lat.items():
        table.add_row(name.replace("_", " "), *(fmt(values[k]) for k in ("n", "p50", "p95", "p99", "max")))
    console.print(table)

    table = Table(title="Where the time goes (ms per hop; server timestamps, same host clock)")
    for column in ("hop (from the previous one)", "n", "p50", "p95", "p99"):
        table.add_column(column, justify="left" if column.startswith("hop") else "right")
    for name, values in result["hops_ms"].items():
        table.add_row(name, *(fmt(values[k]) for k in ("n", "p50", "p95", "p99")))
    console.print(table)

    table = Table(title="Service processes (CPU during the run incl. drain; peak RSS since process start)")
    for column in ("process", "CPU s", "CPU %", "peak RSS MB"):
        table.add_column(column, justify="left" if column == "process" else "right")
    for name, values in result["resources"].items():
        table.add_row(
            name,
            "—" if values["cpu_seconds"] is None else f"{values['cpu_seconds']:.1f}",
            fmt(values["cpu_percent"]),
            fmt(values["peak_rss_mb"]),
        )
    console.print(table)

    server = result.get("server_side") or {}
    if server.get("per_service"):
        table = Table(
            title=(
                f"MongoDB per answer (services' own histograms): {server['mongo_commands_per_answer_all_services']} "
                f"commands, {server['mongo_ms_per_answer_all_services']} ms round trip, all services"
            )
        )
        for column in ("service", "commands / answer", "ms / answer", "commands", "seconds"):
            table.add_column(column, justify="left" if column == "service" else "right")
        for service, v in server["per_service"].items():
            table.add_row(
                service,
                fmt(v["mongo_commands_per_answer"]),
                fmt(v["mongo_ms_per_answer"]),
                str(v["mongo_commands"]),
                f"{v['mongo_seconds']:.1f}",
            )
        console.print(table)
        table = Table(title="Costliest MongoDB commands, handlers and RPCs (total time during the run)")
        for column in ("process", "kind", "what", "count", "per answer", "mean ms", "total s"):
            table.add_column(
                column, justify="right" if column in ("count", "per answer", "mean ms", "total s") else "left"
            )
        for kind in ("mongo_top", "handlers", "rpcs"):
            for row in server[kind][: 10 if kind == "mongo_top" else 5]:
                table.add_row(
                    row["process"],
                    kind.split("_")[0].rstrip("s"),
                    row["what"],
                    str(row["count"]),
                    fmt(row["per_answer"]) if row["per_answer"] is None else f"{row['per_answer']:.2f}",
                    fmt(row["mean_ms"]),
                    f"{row['total_s']:.1f}",
                )
        console.print(table)
    profile = result.get("profile") or {}
    if profile:
        categories = sorted({c for p in profile.values() for c in p["share_percent"]})
        table = Table(title="Main thread (event loop) wall time by activity, % of py-spy samples")
        table.add_column("process")
        for category in categories:
            table.add_column(category, justify="right")
        for name, p in profile.items():
            table.add_row(name, *(fmt(p["share_percent"].get(c)) for c in categories))
        console.print(table)
        table = Table(title="Where the loop waits on MongoDB (innermost Wendu frame, % of the process's samples)")
        for column in ("process", "caller", "%"):
            table.add_column(column, justify="right" if column == "%" else "left")
        for name, p in profile.items():
            for caller, share in list(p["mongo_callers_percent"].items())[:3]:
                table.add_row(name, caller, f"{share:.1f}")
        console.print(table)

    lag = result["consumer_lag"]
    if lag["samples"]:
        table = Table(title=f"Consumer lag (records), every {LAG_SAMPLE_SECONDS:.0f} s")
        services = list(CONSUMED)
        table.add_column("t (s)", justify="right")
        for service in services:
            table.add_column(service, justify="right")
        for sample in lag["samples"]:
            table.add_row(str(sample["t"]), *(str(sample.get(s, "—")) for s in services))
        console.print(table)
    if lag["error"]:
        console.print(f"[yellow]lag sampling: {lag['error']}[/]")


async def main_async(args: argparse.Namespace) -> int:
    console = Console()
    worker_counts = [1, 2] if args.compare_workers else [args.workers]
    results = []
    for workers in worker_counts:
        result = await run_once(args, workers, console)
        print_result(console, result)
        results.append(result)
    output: dict[str, Any] = {"runs": results}
    if len(results) == 2:
        one, two = (r["throughput"]["answers_scored_per_s_steady"] for r in results)
        p95 = [r["latency_ms"]["answer_to_hint"]["p95"] for r in results]
        output["scaling"] = {
            "answers_per_s_1_worker": one,
            "answers_per_s_2_workers": two,
            "ratio": round(two / one, 2) if one else None,
            "answer_to_hint_p95_ms": p95,
        }
        console.print(
            f"[bold]Scaling 1 → 2 workers/service:[/] {one:.2f} → {two:.2f} answers/s "
            f"(ratio {output['scaling']['ratio']}); answer→hint p95 {fmt(p95[0])} → {fmt(p95[1])} ms"
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(output, indent=2, ensure_ascii=False))
    console.print(f"[dim]written {args.json}[/]")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--think-seconds", type=float, default=2.0, help="mean think time (uniform ±50%%)")
    parser.add_argument("--workers", type=int, choices=(1, 2), default=1, help="stream-worker processes per service")
    parser.add_argument("--compare-workers", action="store_true", help="run with 1 and with 2 workers per service")
    parser.add_argument("--warmup", type=float, default=None, help="seconds excluded from the steady window")
    parser.add_argument(
        "--profile", type=float, default=0.0, help="seconds of py-spy profile of every service process (0: none)"
    )
    parser.add_argument("--json", type=Path, default=stack.work_dir() / "bench" / "campus_wave.json")
    args = parser.parse_args()
    stack.use_local_kafka_admin()  # the broker requires SASL; the services log in as themselves
    try:
        return asyncio.run(main_async(args))
    except KeyboardInterrupt:
        stack.stop_stack(STACK_NAME)
        return 130


if __name__ == "__main__":
    sys.exit(main())
