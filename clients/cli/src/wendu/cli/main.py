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
from wendu.cli.importing import FileProblem, ImportKind, ImportOutcome, count_rows, import_rows, read_rows
from wendu.core import key_registry
from wendu.core.auth import Role, TokenSigner
from wendu.v1 import common_pb2, profile_pb2, question_gen_pb2

app = typer.Typer(help="Wendu (温度): AI-led first-round interviews that candidates do not hate.", no_args_is_help=True)
stack_app = typer.Typer(help="Run the six services locally (needs `make infra-up`).", no_args_is_help=True)
tenant_app = typer.Typer(help="Tenant administration.", no_args_is_help=True)
interview_app = typer.Typer(help="Create and take interviews.", no_args_is_help=True)
app.add_typer(stack_app, name="stack")
app.add_typer(tenant_app, name="tenant")
app.add_typer(interview_app, name="interview")
key_app = typer.Typer(help="Tenant API keys: create, list, revoke.", no_args_is_help=True)
tenant_app.add_typer(key_app, name="key")
candidate_app = typer.Typer(
    help="A candidate's data rights (admin key, or the candidate's token).", no_args_is_help=True
)
app.add_typer(candidate_app, name="candidate")
events_app = typer.Typer(help="For data teams: Wendu's event streams.", no_args_is_help=True)
app.add_typer(events_app, name="events")
import_app = typer.Typer(help="Bulk onboarding: import positions or candidates from CSV or XLSX.", no_args_is_help=True)
app.add_typer(import_app, name="import")
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


def _kafka_bootstrap() -> str:
    """The broker the key registry lives on; the local one as its admin unless credentials are set."""
    stack.use_local_kafka_admin()
    return os.environ.get("WENDU_KAFKA_BOOTSTRAP", "127.0.0.1:9092")


@key_app.command("create")
def tenant_key_create(
    tenant_id: str,
    role: Annotated[list[Role], typer.Option(help="Roles of the key")] = [Role.ADMIN, Role.RECRUITER],  # noqa: B006
    days: Annotated[int, typer.Option(min=1, max=366, help="Days until the key expires")] = 90,
    subject: Annotated[str, typer.Option(help="Who the key is for (shown by list)")] = "",
) -> None:
    """Mint an API key with a key id and an expiry, and record it in the key registry (needs
    WENDU_AUTH_SECRET, or the local stack's secret, and Kafka credentials that may write `api-keys`)."""
    subject = subject or f"cli-{uuid.uuid4().hex[:8]}"
    minted = _signer().mint_key(tenant_id, role, subject=subject, ttl_seconds=days * 24 * 3600)
    asyncio.run(key_registry.register_key(_kafka_bootstrap(), tenant_id, minted, subject, role))
    console.print(
        f"tenant [bold]{tenant_id}[/] key id [bold]{minted.key_id}[/], expires in {days} days (keep it secret):"
    )
    print(minted.token)


@key_app.command("list")
def tenant_key_list(tenant_id: str) -> None:
    """The tenant's keys in the registry: id, subject, roles, expiry, revocation."""
    for record in asyncio.run(key_registry.list_keys(_kafka_bootstrap(), tenant_id)):
        state = f"revoked {record.revoked_at:%Y-%m-%d %H:%M}" if record.revoked_at else "active"
        console.print(
            f"{record.key_id}  {record.subject:<20} {','.join(record.roles):<24} "
            f"expires {record.expires_at:%Y-%m-%d}  {state}"
        )


@key_app.command("revoke")
def tenant_key_revoke(tenant_id: str, key_id: str) -> None:
    """Revoke a key: every API replica refuses it within a second (they follow the registry)."""
    record = asyncio.run(key_registry.revoke_key(_kafka_bootstrap(), tenant_id, key_id))
    console.print(f"revoked {record.key_id} of tenant {tenant_id}")


@tenant_app.command("create")
def tenant_create(
    tenant_id: str,
    role: Annotated[list[Role], typer.Option(help="Roles of the key")] = [Role.ADMIN, Role.RECRUITER],  # noqa: B006
) -> None:
    """Mint a first API key for a tenant (`wendu tenant key create`, 90 days)."""
    tenant_key_create(tenant_id, role)


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
    web: Annotated[
        str, typer.Option(help="Base URL of the web app: print the invitation link (token in the #fragment)")
    ] = "",
) -> None:
    """Create a candidate, a sample position and an interview; print the candidate's command (or link)."""

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
    if web:
        # The fragment never reaches a server: the browser keeps the token to itself.
        print(f"{web.rstrip('/')}/#{token}")
        return
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


# A 10,000-row file takes tens of seconds; the call's deadline is generous.
IMPORT_TIMEOUT_SECONDS = 3600.0


def _run_import(kind: ImportKind, path: Path, dry_run: bool, language: str) -> None:
    from rich.progress import Progress
    from rich.table import Table
    from wendu.core.auth import bearer_metadata
    from wendu.v1 import profile_pb2_grpc, question_gen_pb2_grpc

    async def run() -> ImportOutcome:
        async with WenduClient(_api_key()) as staff:
            channel = staff.channel("profile" if kind is ImportKind.CANDIDATES else "question-gen")
            method = (
                profile_pb2_grpc.ProfileServiceStub(channel).ImportCandidates
                if kind is ImportKind.CANDIDATES
                else question_gen_pb2_grpc.PositionServiceStub(channel).ImportPositions
            )
            metadata = bearer_metadata(staff.token)
            with Progress(console=console, transient=True) as progress:
                task = progress.add_task(f"importing {kind}", total=count_rows(path))
                return await import_rows(
                    kind,
                    read_rows(path),
                    lambda requests: method(requests, metadata=metadata, timeout=IMPORT_TIMEOUT_SECONDS),
                    dry_run=dry_run,
                    on_row=lambda: progress.advance(task),
                )

    try:
        outcome = asyncio.run(run())
    except FileProblem as problem:
        console.print(f"[red]{problem}[/]")
        raise typer.Exit(2) from problem
    report = outcome.report
    problems = outcome.problems()
    if problems:
        table = Table(
            "line", "external id", "field", "problem", title="rows not imported" if language == "en" else "未导入的行"
        )
        for p in problems:
            table.add_row(str(p.line), p.external_id, p.field, p.zh if language == "zh" else p.en)
        console.print(table)
    verb = "would be created" if dry_run else "created"
    console.print(
        f"{report.rows + len(outcome.local_problems)} rows: {report.created} {verb}, "
        f"{report.unchanged} unchanged (imported before), {outcome.invalid} invalid"
        + (" — dry run, nothing stored" if dry_run else "")
    )
    if outcome.invalid:
        raise typer.Exit(1)


@import_app.command("candidates")
def import_candidates(
    file: Annotated[Path, typer.Argument(help="A .csv or .xlsx file; headers in English or Chinese", exists=True)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check every row, store nothing")] = False,
    language: Annotated[str, typer.Option(help="Language of the report: en or zh")] = "en",
) -> None:
    """Import candidates; a row whose external id was imported before is left unchanged."""
    _run_import(ImportKind.CANDIDATES, file, dry_run, language)


@import_app.command("positions")
def import_positions(
    file: Annotated[Path, typer.Argument(help="A .csv or .xlsx file; headers in English or Chinese", exists=True)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check every row, store nothing")] = False,
    language: Annotated[str, typer.Option(help="Language of the report: en or zh")] = "en",
) -> None:
    """Import positions (competencies as "problem_solving:60; communication:40")."""
    _run_import(ImportKind.POSITIONS, file, dry_run, language)


@events_app.command("export")
def events_export(
    topic: Annotated[str, typer.Option(help="A Wendu topic, e.g. report-generated (or its .dlq)")],
    since: Annotated[str, typer.Option(help="From: an ISO date/time (UTC unless an offset is given), or 24h, 7d")],
    output_format: Annotated[str, typer.Option("--format", help="jsonl or parquet")] = "jsonl",
    output: Annotated[Path | None, typer.Option(help="The file to write (default: <topic>.<format>)")] = None,
    bootstrap: Annotated[
        str, typer.Option(help="Kafka bootstrap servers", envvar="WENDU_KAFKA_BOOTSTRAP")
    ] = "127.0.0.1:9092",
    batch_rows: Annotated[
        int, typer.Option(help="Parquet: rows per row group, the most held in memory at once")
    ] = 5000,
) -> None:
    """Write a topic's records since a point in time to JSON Lines or Parquet, the protobuf events decoded."""
    from wendu.cli.events_export import ExportProblem, export_topic, parse_since

    path = output or Path(f"{topic}.{output_format}")
    try:
        stats = export_topic(bootstrap, topic, parse_since(since), path, output_format, batch_rows=batch_rows)
    except ExportProblem as problem:
        console.print(f"[red]{problem}[/]")
        raise typer.Exit(2) from problem
    console.print(f"{stats.records} records of {topic} written to {stats.path} ({stats.undecodable} not decodable)")


@candidate_app.command("export")
def candidate_export(
    candidate_id: str,
    output: Annotated[Path | None, typer.Option(help="Where to write the JSON (default: <candidate-id>.json)")] = None,
    language: Annotated[str, typer.Option(help="Language of the summary printed: en or zh")] = "en",
    token: Annotated[
        str | None,
        typer.Option(help="The candidate's own token (default: the admin key)", envvar="WENDU_CANDIDATE_TOKEN"),
    ] = None,
) -> None:
    """Everything Wendu holds about a candidate, as one JSON file, with a summary (GDPR art. 15/20)."""
    from wendu.v1 import data_rights_pb2

    async def export() -> data_rights_pb2.CandidateDataExport:
        async with WenduClient(token or _api_key()) as caller:
            return await caller.profile.ExportCandidateData(
                data_rights_pb2.ExportCandidateDataRequest(candidate_id=candidate_id), timeout=60.0
            )

    exported = asyncio.run(export())
    path = output or Path(f"{candidate_id}.json")
    path.write_text(exported.document_json, encoding="utf-8")
    console.print(exported.summary.zh if language == "zh" else exported.summary.en)
    console.print(f"written to {path}")
