"""``wendu``: take an interview in the terminal, run the demo, run the local stack, mint tenant keys."""

from __future__ import annotations

import asyncio
import os
import statistics
import time
import uuid
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from wendu.cli import stack
from wendu.cli.client import LiveInterview, WenduClient, await_outcome
from wendu.cli.demo import run_demo
from wendu.core.auth import Role, TokenSigner
from wendu.v1 import common_pb2, profile_pb2, question_gen_pb2

app = typer.Typer(help="Wendu (温度): AI-led first-round interviews that candidates do not hate.", no_args_is_help=True)
stack_app = typer.Typer(help="Run the six services locally (needs `make infra-up`).", no_args_is_help=True)
tenant_app = typer.Typer(help="Tenant administration.", no_args_is_help=True)
interview_app = typer.Typer(help="Create and take interviews.", no_args_is_help=True)
app.add_typer(stack_app, name="stack")
app.add_typer(tenant_app, name="tenant")
app.add_typer(interview_app, name="interview")
console = Console()


def _signer() -> TokenSigner:
    secret = os.environ.get("WENDU_AUTH_SECRET") or stack.local_secrets(stack.work_dir())["WENDU_AUTH_SECRET"]
    return TokenSigner(secret)


def _api_key() -> str:
    key = os.environ.get("WENDU_API_KEY")
    if key:
        return key
    # Local convenience: the demo tenant's key, minted from the local stack's secret.
    return _signer().mint_api_key("demo", [Role.ADMIN, Role.RECRUITER], subject="local-cli")


@stack_app.command("up")
def stack_up(
    split: Annotated[bool, typer.Option(help="Run API and worker as separate processes")] = False,
    workers: Annotated[int, typer.Option(help="Worker processes per service (with --split)")] = 1,
    skip_backlog: Annotated[
        bool, typer.Option(help="Start the consumers at the topics' end even if they ran before")
    ] = False,
) -> None:
    """Start every service and wait until each answers SERVING.

    Consumer groups that never ran start at the topics' end (the broker is shared with the tests).
    """
    stack.stop_stack()  # consumers of a running stack would hold the groups being moved
    moved = asyncio.run(stack.prepare_consumer_groups(stack.stack_env(), skip_backlog=skip_backlog))
    if moved:
        console.print(f"consumer groups starting at the topics' end: {', '.join(moved)}")
    processes = asyncio.run(stack.start_stack_until_serving(split_roles=split, workers_per_service=workers))
    for process in processes:
        console.print(
            f"  {process.service.name:<13} {process.role:<7} grpc :{process.grpc_port}  metrics :{process.metrics_port}"
        )
    console.print(f"[green]{len(processes)} processes SERVING[/]; logs in {stack.work_dir() / 'logs'}")


@stack_app.command("down")
def stack_down() -> None:
    """Stop the service processes started by `wendu stack up`."""
    console.print(f"stopped {stack.stop_stack()} service processes")


@tenant_app.command("create")
def tenant_create(
    tenant_id: str,
    role: Annotated[list[Role], typer.Option(help="Roles of the key")] = [Role.ADMIN, Role.RECRUITER],  # noqa: B006
) -> None:
    """Mint an API key for a tenant (needs WENDU_AUTH_SECRET, or the local stack's secret)."""
    key = _signer().mint_api_key(tenant_id, role, subject=f"key-{uuid.uuid4().hex[:8]}")
    console.print(f"tenant [bold]{tenant_id}[/] key (keep it secret):")
    print(key)


@app.command()
def demo(language: Annotated[str, typer.Option(help="en or zh")] = "en") -> None:
    """Put a scripted demo candidate through a real interview and print questions, hints and the report."""
    key = _api_key()
    if "WENDU_API_KEY" not in os.environ:
        console.print(f"Demo tenant 'demo' API key: [bold]{key}[/]")
    result = asyncio.run(run_demo(key, language, console))
    if result.hint_latencies:
        latencies = sorted(result.hint_latencies)
        console.print(
            f"answer→hint latency over {len(latencies)} hints: median {statistics.median(latencies) * 1000:.0f} ms, "
            f"max {latencies[-1] * 1000:.0f} ms"
        )
    if result.report is None or not result.hints:
        raise typer.Exit(1)


@interview_app.command("new")
def interview_new(
    name: Annotated[str, typer.Option(help="Candidate display name")],
    resume: Annotated[Path | None, typer.Option(help="Résumé as a text file")] = None,
    language: Annotated[str, typer.Option(help="en or zh")] = "en",
) -> None:
    """Create a candidate, a sample position and an interview; print the candidate's command."""

    async def create() -> tuple[str, str]:
        lang = common_pb2.LANGUAGE_ZH if language == "zh" else common_pb2.LANGUAGE_EN
        async with WenduClient(_api_key()) as staff:
            candidate = await staff.profile.CreateCandidate(
                profile_pb2.CreateCandidateRequest(
                    display_name=name,
                    preferred_language=lang,
                    resume_text=resume.read_text() if resume else "",
                    consents=profile_pb2.Consents(resume_use=True, ai_scoring=True),
                )
            )
            position = await staff.positions.CreatePosition(
                question_gen_pb2.CreatePositionRequest(
                    title="Software Engineer",
                    competencies=[
                        common_pb2.CompetencyWeight(competency_id="problem_solving", weight_percent=40),
                        common_pb2.CompetencyWeight(competency_id="communication", weight_percent=30),
                        common_pb2.CompetencyWeight(competency_id="teamwork", weight_percent=30),
                    ],
                )
            )
            created = await staff.interviews.CreateInterview(
                question_gen_pb2.CreateInterviewRequest(
                    candidate_id=candidate.candidate_id, position_id=position.position_id, language=lang
                )
            )
            return created.interview.interview_id, created.candidate_token

    interview_id, token = asyncio.run(create())
    console.print("Take it with:")
    print(f"uv run wendu interview take {interview_id} --token {token}")


@interview_app.command("take")
def interview_take(
    interview_id: str, token: Annotated[str, typer.Option(help="The candidate token", envvar="WENDU_CANDIDATE_TOKEN")]
) -> None:
    """Take an interview: questions appear, you type answers, hints arrive live, then the report."""
    asyncio.run(_take(interview_id, token))


async def _take(interview_id: str, token: str) -> None:
    from wendu.cli.demo import _print_report, _wait_for_report

    async with WenduClient(token) as candidate, LiveInterview(candidate, interview_id) as live:
        interview = await candidate.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=interview_id)
        )
        if interview.status == common_pb2.INTERVIEW_STATUS_SCHEDULED:
            await candidate.interviews.StartInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
        console.print("[dim]No countdown: take your time. Type /pause to pause, /done to finish.[/]")
        question = None
        while question is None:
            update = await live.next(timeout=15)
            if update is None:
                console.print("[red]No question arrived.[/]")
                return
            if update.WhichOneof("item") == "question":
                question = update.question
        while question is not None:
            console.print(f"\n[bold cyan]Q[/] {question.text}")
            text = (await asyncio.to_thread(console.input, "[bold]> [/]")).strip()
            if text == "/done":
                break
            if text == "/pause":
                await candidate.interviews.PauseInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
                await asyncio.to_thread(console.input, "Paused. Press Enter to resume.")
                await candidate.interviews.ResumeInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
                continue
            if not text:
                continue
            started = time.monotonic()
            response = await candidate.interviews.SubmitAnswer(
                question_gen_pb2.SubmitAnswerRequest(
                    interview_id=interview_id,
                    question_id=question.question_id,
                    text=text,
                    idempotency_key=uuid.uuid4().hex,
                )
            )
            outcome = await await_outcome(live, response.answer.answer_id, started)
            if outcome.hint is not None:
                console.print(f"[yellow]💡 {outcome.hint.text}[/]")
            if outcome.all_answered:
                break
            question = outcome.next_question
        await candidate.interviews.CompleteInterview(question_gen_pb2.InterviewRef(interview_id=interview_id))
        report = await _wait_for_report(token, interview_id)
        if report is not None:
            _print_report(console, report)
