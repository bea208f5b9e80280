"""``make bench``: every benchmark in one run, one summary table, JSON under .work/bench/.

Not a test and it asserts nothing: it measures and reports, next to the targets, without tuning
anything to them.

    uv run --frozen python benchmarks/run_all.py [--latency-seconds 90] [--wave-candidates 20]
        [--wave-seconds 45] [--skip-scorer] [--skip-latency] [--skip-wave] [--no-commit-copy]

1. **Local scorer throughput** (``benchmarks/bench_local_scorer.py``): answers per CPU second on
   one core and CPU ms per answer (p50/p95), rules only and with the embedding the service runs.
2. **Latency at light load**: a few concurrent candidates (default 3, ~0.5 s think time) take whole
   interviews through the public gRPC API of a split-role stack (``benchmarks/load/campus_wave.py``):
   answer submitted -> hint on the candidate's stream, interview completed -> report readable,
   p50/p95/p99, zh and en.
3. **Campus wave** with 1 and with 2 stream-worker processes per service: sustained answers/s,
   the scaling ratio, latencies, lost/duplicated answers, errors, CPU and peak RSS per process,
   consumer lag over time, MongoDB commands per answer.

Each load run starts its own stack (ports +2000, its own database and consumer groups); Kafka
and FerretDB must run (``make infra-up``). The machine is shared, so the load average before and
after each run is recorded with its numbers. Results: ``.work/bench/summary.json`` (and the full
JSON of each part beside it); with ``--commit-copy`` (the default) the summary also goes to
``benchmarks/results/latest.{json,md}``, the committed copy of the last run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("WENDU_WORK_DIR", ROOT / ".work"))
BENCH = WORK / "bench"
RESULTS = ROOT / "benchmarks" / "results"

# The targets of the operations and feedback issues, for the table only.
TARGETS = {
    "answers_per_s": 400.0,
    "hint_p95_ms": 300.0,
    "report_p95_ms": 2000.0,
    "rss_mb": 300.0,
    "kafka_heap_mb": 512.0,
}


def run(console: Console, what: str, command: list[str]) -> float:
    """Run one part as a child process (its progress bars on this terminal); its wall seconds."""
    console.rule(f"[bold]{what}")
    started = time.monotonic()
    completed = subprocess.run(command, cwd=ROOT, check=False)
    if completed.returncode != 0:
        console.print(f"[red]{what} exited with {completed.returncode}[/]")
    return time.monotonic() - started


def kafka_heap_mb() -> float | None:
    """The -Xmx of the running Kafka broker (its pid file in the work folder), in MB."""
    try:
        pid = int((WORK / "pids" / "kafka.pid").read_text().strip())
        args = Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
    except (OSError, ValueError):
        return None
    for arg in args:
        if arg.startswith("-Xmx"):
            value, unit = arg[4:-1], arg[-1].lower()
            try:
                return float(value) * {"k": 1 / 1024, "m": 1, "g": 1024}[unit]
            except (KeyError, ValueError):
                return None
    return None


def load(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def service_rss(run: dict[str, Any]) -> tuple[str, float] | tuple[None, None]:
    """The service process (not infra, not the generator) with the highest peak RSS."""
    rows = [
        (name, values["peak_rss_mb"])
        for name, values in run["resources"].items()
        if values["peak_rss_mb"] is not None and not name.startswith(("infra:", "load generator"))
    ]
    return max(rows, key=lambda r: r[1]) if rows else (None, None)


def cpu_ms_per_answer(run: dict[str, Any], prefix: str = "") -> float | None:
    """CPU ms of the service processes (those named ``prefix``…) per answer submitted in the run.

    CPU is read from /proc over the whole run (warm-up and drain included), so it is divided by
    every answer submitted, not by the steady window's.
    """
    answers = run["throughput"]["answers_submitted"]
    seconds = [
        values["cpu_seconds"]
        for name, values in run["resources"].items()
        if values["cpu_seconds"] is not None
        and not name.startswith(("infra:", "load generator"))
        and name.startswith(prefix)
    ]
    return round(1000 * sum(seconds) / answers, 1) if answers and seconds else None


def summarize(
    scorer: dict[str, Any] | None,
    latency: dict[str, Any] | None,
    wave: dict[str, Any] | None,
    heap: float | None,
    seconds: dict[str, float],
) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "when_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "host": {"cpus": os.cpu_count(), "python": platform.python_version(), "kafka_heap_max_mb": heap},
        "wall_seconds": {k: round(v, 1) for k, v in seconds.items()},
        "targets": TARGETS,
    }
    if scorer:
        cases = scorer.get("cases", {})
        summary["local_scorer_answers_per_s"] = {
            name: round(case["answers_per_second"], 1) for name, case in cases.items()
        }
        summary["local_scorer"] = {
            name: {
                "answers": case["answers"],
                "answers_per_cpu_second": round(case["answers_per_second"], 1),
                **{k: round(case[k], 2) for k in ("mean_ms", "p50_ms", "p95_ms", "p99_ms") if k in case},
            }
            for name, case in cases.items()
        }
    if latency and latency.get("runs"):
        r = latency["runs"][0]
        lat = r["latency_ms"]
        summary["latency_light_load"] = {
            "config": r["config"],
            "answers_scored_per_s": r["throughput"]["answers_scored_per_s_steady"],
            "loadavg_before_after": [r["host"]["loadavg_before"][0], r["host"]["loadavg_after"][0]],
            **{
                key: {k: lat[key][k] for k in ("n", "p50", "p95", "p99", "max")}
                for key in (
                    "answer_to_hint",
                    "answer_to_hint_zh",
                    "answer_to_hint_en",
                    "completion_to_report",
                    "completion_to_report_zh",
                    "completion_to_report_en",
                )
                if key in lat
            },
            "answer_to_next_question": {
                k: lat["answer_to_next_question"][k] for k in ("n", "p50", "p95", "p99", "max")
            },
            "hints_received": r["throughput"]["hints_received"],
            "answers_submitted": r["throughput"]["answers_submitted"],
            "lost": r["correctness"]["lost"],
            "errors": r["errors"],
            "service_cpu_ms_per_answer": cpu_ms_per_answer(r),
            "scoring_cpu_ms_per_answer": cpu_ms_per_answer(r, "scoring"),
            "mongo_commands_per_answer": (r.get("server_side") or {}).get("mongo_commands_per_answer_all_services"),
        }
    if wave and wave.get("runs"):
        runs = []
        for r in wave["runs"]:
            name, rss = service_rss(r)
            cpu = {
                n: v["cpu_percent"]
                for n, v in r["resources"].items()
                if v["cpu_percent"] is not None and n != "load generator (this script)"
            }
            runs.append(
                {
                    "workers_per_service": r["config"]["workers_per_service"],
                    "candidates": r["config"]["candidates"],
                    "duration_s": r["config"]["duration_s"],
                    "answers_scored_per_s": r["throughput"]["answers_scored_per_s_steady"],
                    "answers_submitted": r["throughput"]["answers_submitted"],
                    "answer_to_hint_ms": {k: r["latency_ms"]["answer_to_hint"][k] for k in ("n", "p50", "p95", "p99")},
                    "answer_to_next_question_ms": {
                        k: r["latency_ms"]["answer_to_next_question"][k] for k in ("n", "p50", "p95", "p99")
                    },
                    "hints_received": r["throughput"]["hints_received"],
                    "completion_to_report_ms": {
                        k: r["latency_ms"]["completion_to_report"][k] for k in ("n", "p50", "p95", "p99")
                    },
                    "lost": r["correctness"]["lost"],
                    "duplicated_scores": r["correctness"]["duplicated_scores"],
                    "duplicated_hints_on_stream": r["correctness"]["duplicated_hints_on_stream"],
                    "errors": sum(r["errors"].values()),
                    "cpu_percent": cpu,
                    "peak_rss_mb_max_service_process": rss,
                    "peak_rss_process": name,
                    "max_consumer_lag": r["consumer_lag"]["max"],
                    "service_cpu_ms_per_answer": cpu_ms_per_answer(r),
                    "scoring_cpu_ms_per_answer": cpu_ms_per_answer(r, "scoring"),
                    "mongo_commands_per_answer": (r.get("server_side") or {}).get(
                        "mongo_commands_per_answer_all_services"
                    ),
                    "loadavg_before_after": [r["host"]["loadavg_before"][0], r["host"]["loadavg_after"][0]],
                }
            )
        summary["campus_wave"] = {"runs": runs, "scaling": wave.get("scaling")}
    return summary


def fmt(value: Any, digits: int = 0) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def rows(summary: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(metric, measured, target) rows of the summary table."""
    out: list[tuple[str, str, str]] = []
    scorer = summary.get("local_scorer")
    if scorer:
        for case, row in scorer.items():
            out.append(
                (
                    f"local scorer, {case} (answers per CPU s, one core; CPU ms p50/p95; n)",
                    f"{row['answers_per_cpu_second']:.1f}; {row['p50_ms']:.2f} / {row['p95_ms']:.2f}; {row['answers']}",
                    "—",
                )
            )
    else:  # a summary written before the per-answer CPU ms were kept
        for case, rate in (summary.get("local_scorer_answers_per_s") or {}).items():
            out.append((f"local scorer, {case} (answers/s, one core)", fmt(rate), "—"))
    light = summary.get("latency_light_load")
    if light:
        cfg = light["config"]
        out.append(
            (
                f"light load: {cfg['candidates']} candidates, {cfg['duration_s']:.0f} s, think {cfg['think_seconds_mean']} s",
                f"{light['answers_scored_per_s']:.2f} answers/s; load avg {light['loadavg_before_after'][0]}"
                f"→{light['loadavg_before_after'][1]}",
                "—",
            )
        )
        for key, label, target in (
            ("answer_to_hint_en", "answer→hint en ms (n) p50/p95/p99", "p95 ≤ 300"),
            ("answer_to_hint_zh", "answer→hint zh ms (n) p50/p95/p99", "p95 ≤ 300"),
            ("completion_to_report_en", "completion→report en ms (n) p50/p95/p99", "p95 ≤ 2000"),
            ("completion_to_report_zh", "completion→report zh ms (n) p50/p95/p99", "p95 ≤ 2000"),
        ):
            v = light.get(key)
            if v:
                out.append((f"  {label}", f"({v['n']}) {fmt(v['p50'])} / {fmt(v['p95'])} / {fmt(v['p99'])}", target))
        nq = light.get("answer_to_next_question")
        if nq:
            out.append(
                (
                    "  answer→next question ms (n) p50/p95/p99",
                    f"({nq['n']}) {fmt(nq['p50'])} / {fmt(nq['p95'])} / {fmt(nq['p99'])}",
                    "—",
                )
            )
        if "hints_received" in light:
            out.append(
                (
                    "  hints received / answers submitted",
                    f"{light['hints_received']} / {light['answers_submitted']}",
                    "—",
                )
            )
        out.append(("  lost answers / errors", f"{light['lost']} / {sum(light['errors'].values())}", "0"))
        out.append(
            (
                "  service CPU ms per answer, all services (scoring)",
                f"{fmt(light.get('service_cpu_ms_per_answer'))} ({fmt(light.get('scoring_cpu_ms_per_answer'))})",
                "—",
            )
        )
        out.append(("  MongoDB commands per answer (all services)", fmt(light.get("mongo_commands_per_answer")), "—"))
    wave = summary.get("campus_wave")
    if wave:
        for r in wave["runs"]:
            w = r["workers_per_service"]
            head = f"campus wave, {r['candidates']} candidates, {r['duration_s']:.0f} s, {w} worker(s)/service"
            out.append(
                (
                    head,
                    f"{r['answers_scored_per_s']:.2f} answers/s; load avg {r['loadavg_before_after'][0]}"
                    f"→{r['loadavg_before_after'][1]}",
                    "≥ 400 answers/s",
                )
            )
            h, rep = r["answer_to_hint_ms"], r["completion_to_report_ms"]
            out.append(
                (
                    "  answer→hint ms (n) p50/p95/p99",
                    f"({h['n']}) {fmt(h['p50'])} / {fmt(h['p95'])} / {fmt(h['p99'])}",
                    "p95 ≤ 300",
                )
            )
            nq = r.get("answer_to_next_question_ms")
            if nq:
                out.append(
                    (
                        "  answer→next question ms (n) p50/p95/p99",
                        f"({nq['n']}) {fmt(nq['p50'])} / {fmt(nq['p95'])} / {fmt(nq['p99'])}",
                        "—",
                    )
                )
            if "hints_received" in r:
                out.append(
                    ("  hints received / answers submitted", f"{r['hints_received']} / {r['answers_submitted']}", "—")
                )
            out.append(
                (
                    "  completion→report ms (n) p50/p95/p99",
                    f"({rep['n']}) {fmt(rep['p50'])} / {fmt(rep['p95'])} / {fmt(rep['p99'])}",
                    "p95 ≤ 2000",
                )
            )
            out.append(
                (
                    "  lost / duplicated scores / duplicated stream hints / errors",
                    f"{r['lost']} / {r['duplicated_scores']} / {r['duplicated_hints_on_stream']} / {r['errors']}",
                    "0 / 0 / 0",
                )
            )
            cpu = r["cpu_percent"]
            services = sorted(((n, v) for n, v in cpu.items() if not n.startswith("infra:")), key=lambda kv: -kv[1])[:4]
            out.append(
                (
                    "  CPU % of one core (top service processes; infra)",
                    ", ".join(f"{n} {v:.0f}" for n, v in services)
                    + "; "
                    + ", ".join(f"{n[6:]} {v:.0f}" for n, v in cpu.items() if n.startswith("infra:")),
                    "—",
                )
            )
            out.append(
                (
                    "  peak RSS, largest service process (MB)",
                    f"{fmt(r['peak_rss_mb_max_service_process'])} ({r['peak_rss_process']})",
                    "≤ 300",
                )
            )
            lag = r["max_consumer_lag"]
            out.append(("  max consumer lag (records)", ", ".join(f"{k} {v}" for k, v in lag.items()) or "0", "—"))
            out.append(
                (
                    "  service CPU ms per answer, all services (scoring)",
                    f"{fmt(r.get('service_cpu_ms_per_answer'))} ({fmt(r.get('scoring_cpu_ms_per_answer'))})",
                    "—",
                )
            )
            out.append(("  MongoDB commands per answer (all services)", fmt(r["mongo_commands_per_answer"]), "—"))
        scaling = wave.get("scaling")
        if scaling:
            out.append(("scaling 1 → 2 workers/service (answers/s ratio)", fmt(scaling["ratio"], 2), "≈ 2"))
    heap = summary["host"]["kafka_heap_max_mb"]
    out.append(("Kafka heap cap (-Xmx, MB)", fmt(heap), "≤ 512"))
    return out


def render(console: Console, summary: dict[str, Any]) -> Table:
    table = Table(title=f"Wendu benchmarks — {summary['when_utc']} ({summary['host']['cpus']} CPUs, shared machine)")
    table.add_column("metric")
    table.add_column("measured", justify="right")
    table.add_column("target", justify="right")
    for metric, measured, target in rows(summary):
        table.add_row(metric, measured, target)
    console.print(table)
    return table


def markdown(summary: dict[str, Any]) -> str:
    lines = [
        f"# Last `make bench` run ({summary['when_utc']})",
        "",
        "Generated by `benchmarks/run_all.py`; see docs/performance.md for how to read it. A shared 2-core",
        "machine: the load average before → after each load run is part of its numbers.",
        "",
        "| metric | measured | target |",
        "|---|---|---|",
    ]
    lines += [f"| {m.strip()} | {v} | {t} |" for m, v, t in rows(summary)]
    lines += ["", f"Wall time per part (s): {json.dumps(summary['wall_seconds'])}", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency-candidates", type=int, default=3)
    parser.add_argument("--latency-seconds", type=float, default=90.0)
    parser.add_argument("--latency-think-seconds", type=float, default=0.5)
    parser.add_argument("--wave-candidates", type=int, default=20)
    parser.add_argument("--wave-seconds", type=float, default=45.0)
    parser.add_argument("--wave-think-seconds", type=float, default=2.0)
    parser.add_argument("--skip-scorer", action="store_true")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--skip-wave", action="store_true")
    parser.add_argument(
        "--commit-copy",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also write benchmarks/results/latest.{json,md}",
    )
    args = parser.parse_args()
    console = Console()
    BENCH.mkdir(parents=True, exist_ok=True)
    python = sys.executable
    wave_script = str(ROOT / "benchmarks" / "load" / "campus_wave.py")
    seconds: dict[str, float] = {}
    started = time.monotonic()
    if not args.skip_scorer:
        seconds["local_scorer"] = run(
            console,
            "local scorer throughput",
            [
                python,
                str(ROOT / "benchmarks" / "bench_local_scorer.py"),
                *("--answers", "1000", "--repeats", "2"),
                "--json",
                str(BENCH / "local_scorer.json"),
            ],
        )
    if not args.skip_latency:
        seconds["latency"] = run(
            console,
            "latency at light load",
            [
                python,
                wave_script,
                "--candidates",
                str(args.latency_candidates),
                "--duration",
                str(args.latency_seconds),
                "--think-seconds",
                str(args.latency_think_seconds),
                "--workers",
                "1",
                "--json",
                str(BENCH / "latency.json"),
            ],
        )
    if not args.skip_wave:
        seconds["campus_wave"] = run(
            console,
            "campus wave, 1 and 2 stream workers per service",
            [
                python,
                wave_script,
                "--candidates",
                str(args.wave_candidates),
                "--duration",
                str(args.wave_seconds),
                "--think-seconds",
                str(args.wave_think_seconds),
                "--compare-workers",
                "--json",
                str(BENCH / "campus_wave.json"),
            ],
        )
    seconds["total"] = time.monotonic() - started
    summary = summarize(
        None if args.skip_scorer else load(BENCH / "local_scorer.json"),
        None if args.skip_latency else load(BENCH / "latency.json"),
        None if args.skip_wave else load(BENCH / "campus_wave.json"),
        kafka_heap_mb(),
        seconds,
    )
    console.rule("[bold]summary")
    render(console, summary)
    (BENCH / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
    written = [BENCH / "summary.json"]
    if args.commit_copy:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "latest.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        (RESULTS / "latest.md").write_text(markdown(summary))
        written += [RESULTS / "latest.json", RESULTS / "latest.md"]
    console.print(
        f"[dim]written {', '.join(str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in written)}[/]"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
