"""Issue 13's duplicate budget: 200 concurrent copies of one ``SubmitAnswer``, and a bystander tenant.

Not a test (pytest does not collect it) and it asserts nothing: it measures and reports.

    uv run --frozen python benchmarks/load/duplicate_burst.py [--copies 200] [--bystander-calls 60]
        [--json PATH]

It starts its own split-role stack (``campus_wave``'s: ports +2000, its own database, secret and
consumer groups), creates one interview in tenant A and one in tenant B, and:

1. measures tenant B's ``GetInterview`` latency with nothing else running (idle);
2. fires ``--copies`` concurrent ``SubmitAnswer`` calls with one idempotency key on tenant A's
   interview, while tenant B keeps calling ``GetInterview`` at the same pace;
3. reads tenant A's interview back.

Reported: how many copies were answered OK, and the time until the last one was (budget: all within
1 s); whether they all name the same answer and the interview holds exactly one answer; tenant B's
p50/p95 idle and during the burst, and their ratio (budget: p95 within 1.5x of idle).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import grpc
from rich.console import Console
from wendu.cli import stack
from wendu.cli.client import WenduClient
from wendu.core.auth import Role, TokenSigner
from wendu.v1 import common_pb2, profile_pb2, question_gen_pb2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from campus_wave import KAFKA, MONGO_URI, PORT_OFFSET, RESUME, drop_database, percentiles, start_stack

STACK_NAME = "bench"
BYSTANDER_PAUSE_SECONDS = 0.02
BUDGET_ALL_OK_SECONDS = 1.0
BUDGET_BYSTANDER_P95_RATIO = 1.5


async def new_interview(addresses: dict[str, str], api_key: str, language: str) -> tuple[str, str, str]:
    """A started interview: (interview id, candidate token, current question id)."""
    lang = common_pb2.LANGUAGE_ZH if language == "zh" else common_pb2.LANGUAGE_EN
    async with WenduClient(api_key, addresses) as staff:
        position = await staff.positions.CreatePosition(
            question_gen_pb2.CreatePositionRequest(
                title="Product Manager",
                competencies=[
                    common_pb2.CompetencyWeight(competency_id="communication", weight_percent=50),
                    common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=50),
                ],
            )
        )
        candidate = await staff.profile.CreateCandidate(
            profile_pb2.CreateCandidateRequest(
                display_name="Lin",
                email=f"c{uuid.uuid4().hex[:10]}@example.edu.cn",
                preferred_language=lang,
                resume_text=RESUME[language],
                consents=profile_pb2.Consents(resume_use=True, external_data=False, ai_scoring=True),
            )
        )
        created = await staff.interviews.CreateInterview(
            question_gen_pb2.CreateInterviewRequest(
                candidate_id=candidate.candidate_id,
                position_id=position.position_id,
                language=lang,
                kind=common_pb2.INTERVIEW_KIND_SELECTION,
            )
        )
    interview_id, token = created.interview.interview_id, created.candidate_token
    async with WenduClient(token, addresses) as client:
        await client.interviews.StartInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
        for _ in range(100):
            current = await client.interviews.GetInterview(
                question_gen_pb2.GetInterviewRequest(interview_id=interview_id)
            )
            if current.current_question_id:
                return interview_id, token, current.current_question_id
            await asyncio.sleep(0.1)
    raise RuntimeError(f"interview {interview_id} shows no question after 10 s")


async def set_up(addresses: dict[str, str], api_key: str, language: str) -> tuple[str, str, str]:
    """:func:`new_interview`, tried again while a freshly started stack is still slow to answer."""
    for attempt in range(3):
        try:
            return await new_interview(addresses, api_key, language)
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.DEADLINE_EXCEEDED or attempt == 2:
                raise
    raise AssertionError("unreachable")


async def bystander(client: WenduClient, interview_id: str, calls: int, stop: asyncio.Event | None) -> list[float]:
    """Latencies (ms) of the other tenant's GetInterview, one call after another with a short pause."""
    latencies: list[float] = []
    request = question_gen_pb2.GetInterviewRequest(interview_id=interview_id)
    while len(latencies) < calls or (stop is not None and not stop.is_set()):
        started = time.perf_counter()
        await client.interviews.GetInterview(request)
        latencies.append((time.perf_counter() - started) * 1000)
        if stop is not None and stop.is_set() and len(latencies) >= calls:
            break
        await asyncio.sleep(BYSTANDER_PAUSE_SECONDS)
    return latencies


async def burst(
    client: WenduClient, interview_id: str, question_id: str, copies: int
) -> tuple[list[float], list[str], dict[str, int]]:
    """Fire ``copies`` identical SubmitAnswer calls at once: (latency ms of each OK, answer ids, errors)."""
    request = question_gen_pb2.SubmitAnswerRequest(
        interview_id=interview_id,
        question_id=question_id,
        text="I led the migration of our billing service: I planned it in three steps and cut errors by 40%.",
        idempotency_key=uuid.uuid4().hex,
    )
    started = time.perf_counter()
    errors: dict[str, int] = {}

    async def one() -> tuple[float, str] | None:
        try:
            response = await client.interviews.SubmitAnswer(request)
        except grpc.aio.AioRpcError as exc:
            errors[exc.code().name] = errors.get(exc.code().name, 0) + 1
            return None
        return (time.perf_counter() - started) * 1000, response.answer.answer_id

    results = [r for r in await asyncio.gather(*(one() for _ in range(copies))) if r is not None]
    return [ms for ms, _ in results], [answer for _, answer in results], errors


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    console = Console()
    run_id = uuid.uuid4().hex[:8]
    secret = secrets.token_urlsafe(32)
    env = {
        "WENDU_AUTH_SECRET": secret,
        "WENDU_MONGO_DB": f"wendu_bench_{run_id}",
        "WENDU_CONSUMER_GROUP_PREFIX": f"wendu-bench-{run_id}",
        "WENDU_KAFKA_BOOTSTRAP": KAFKA,
        "WENDU_MONGO_URI": MONGO_URI,
        "WENDU_LOG_LEVEL": os.environ.get("WENDU_LOG_LEVEL", "WARNING"),
    }
    console.rule(f"[bold]duplicate burst[/] run {run_id}: {args.copies} copies of one SubmitAnswer")
    try:
        await start_stack(1, env, console)
        addresses = stack.addresses(PORT_OFFSET)
        signer = TokenSigner(secret)
        keys = {t: signer.mint_api_key(t, [Role.ADMIN, Role.RECRUITER], subject="bench") for t in ("dup-a", "dup-b")}
        target, target_token, question = await set_up(addresses, keys["dup-a"], "en")
        other, _, _ = await set_up(addresses, keys["dup-b"], "zh")
        async with WenduClient(keys["dup-b"], addresses) as bystander_client:
            await bystander(bystander_client, other, 10, None)  # warm the channel and the caches
            idle = await bystander(bystander_client, other, args.bystander_calls, None)
            async with WenduClient(target_token, addresses) as candidate:
                stop = asyncio.Event()
                during_task = asyncio.create_task(bystander(bystander_client, other, 0, stop))
                ok_ms, answer_ids, errors = await burst(candidate, target, question, args.copies)
                stop.set()
                during = await during_task
        async with WenduClient(keys["dup-a"], addresses) as staff:
            stored = await staff.interviews.GetInterview(question_gen_pb2.GetInterviewRequest(interview_id=target))
        idle_p, during_p = percentiles(idle), percentiles(during)
        ratio = (during_p["p95"] / idle_p["p95"]) if idle_p["p95"] and during_p["p95"] is not None else None
        result = {
            "run_id": run_id,
            "copies": args.copies,
            "answered_ok": len(ok_ms),
            "errors": errors,
            "all_ok_within_ms": max(ok_ms) if len(ok_ms) == args.copies else None,
            "ok_latency_ms": percentiles(ok_ms),
            "distinct_answer_ids": len(set(answer_ids)),
            "answers_stored": len(stored.answers),
            "bystander_idle_ms": idle_p,
            "bystander_during_ms": during_p,
            "bystander_p95_ratio": round(ratio, 2) if ratio is not None else None,
            "budgets": {"all_ok_within_s": BUDGET_ALL_OK_SECONDS, "bystander_p95_ratio": BUDGET_BYSTANDER_P95_RATIO},
            "loadavg": os.getloadavg(),
        }
    finally:
        stack.stop_stack(STACK_NAME)
        drop_database(env["WENDU_MONGO_DB"])
    console.print_json(json.dumps(result))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--bystander-calls", type=int, default=60)
    parser.add_argument("--json", type=Path, default=stack.work_dir() / "bench" / "duplicate_burst.json")
    args = parser.parse_args()
    stack.use_local_kafka_admin()  # the broker requires SASL; the services log in as themselves
    result = asyncio.run(main_async(args))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
