"""The pure parts of the open-loop load test (``open_loop.py``): arrivals, percentiles, saturation,
the knee, CPU per answer and the picture. No I/O and no third-party imports, so unit tests load it
alone (tests/unit/benchmarks/).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# A step is saturated when what came back is less than this share of what was offered …
MIN_ACHIEVED_SHARE = 0.5
# … and it sustains its rate when what came back is at least this share (the knee is the last such step).
SUSTAINED_SHARE = 0.9


def arrival_offsets(rate: float, seconds: float, *, poisson: bool, rng: random.Random | None = None) -> list[float]:
    """Arrival times (seconds from the step's start) of ``rate`` answers per second during ``seconds``.

    Evenly spaced, or a Poisson process (exponential gaps, mean ``1 / rate``) with ``poisson``.
    """
    if rate <= 0 or seconds <= 0:
        return []
    if not poisson:
        count = math.floor(rate * seconds + 1e-9)
        return [i / rate for i in range(count)]
    rng = rng or random.Random(0)
    offsets: list[float] = []
    at = rng.expovariate(rate)
    while at < seconds:
        offsets.append(at)
        at += rng.expovariate(rate)
    return offsets


def percentiles(values: Iterable[float], scale: float = 1.0) -> dict[str, float | int | None]:
    """n, p50, p95, p99 and max (nearest rank), each value multiplied by ``scale`` and rounded to 0.1."""
    ordered = sorted(values)
    if not ordered:
        return {"n": 0, "p50": None, "p95": None, "p99": None, "max": None}

    def at(q: float) -> float:
        rank = max(1, math.ceil(q * len(ordered)))
        return round(ordered[rank - 1] * scale, 1)

    return {"n": len(ordered), "p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": round(ordered[-1] * scale, 1)}


def rate_in(times: Iterable[float], start: float, end: float) -> float:
    """Events per second among ``times`` that fall in [start, end)."""
    if end <= start:
        return 0.0
    return sum(1 for t in times if start <= t < end) / (end - start)


def backlog_exceeded(outstanding: int, rate: float, cap_seconds: float) -> bool:
    """More answers waiting than ``cap_seconds`` of arrivals: by Little's law, a mean wait above the cap."""
    return outstanding > max(5.0, rate * cap_seconds)


def saturation_reason(
    offered: float, achieved: float, *, backlog_hit: bool, min_share: float = MIN_ACHIEVED_SHARE
) -> str | None:
    """Why a step counts as saturated (no higher step is offered after it), or None."""
    if backlog_hit:
        return "backlog over the cap"
    if offered > 0 and achieved < min_share * offered:
        return f"achieved < {min_share:.0%} of offered"
    return None


def knee(steps: Sequence[Mapping[str, Any]], share: float = SUSTAINED_SHARE) -> dict[str, Any]:
    """The knee of a ladder of steps: the highest offered rate still sustained (achieved ≥ ``share``
    of offered, not saturated), and the highest rate achieved at any step (the capacity seen)."""
    sustained = [
        s for s in steps if not s.get("saturated") and s["achieved_answers_per_s"] >= share * s["offered_answers_per_s"]
    ]
    best = max(sustained, key=lambda s: s["offered_answers_per_s"], default=None)
    peak = max((s["achieved_answers_per_s"] for s in steps), default=None)
    first_saturated = next((s["offered_answers_per_s"] for s in steps if s.get("saturated")), None)
    return {
        "sustained_offered_answers_per_s": best["offered_answers_per_s"] if best else None,
        "sustained_achieved_answers_per_s": best["achieved_answers_per_s"] if best else None,
        "max_achieved_answers_per_s": peak,
        "first_saturated_offered_answers_per_s": first_saturated,
    }


def refine_rate(sustained: float | None, saturated: float) -> float | None:
    """The rate between the last step sustained and the first saturated one (their geometric mean, one
    decimal), or None when there is no room or no sustained step."""
    if sustained is None or sustained <= 0 or saturated <= sustained:
        return None
    between = round(math.sqrt(sustained * saturated), 1)
    return between if sustained < between < saturated else None


def scaling_rate(steps: Sequence[Mapping[str, Any]], factor: float = 4.0, floor: float = 5.0) -> float:
    """The offered rate of the scaling run: ``factor`` × the best scoring rate one worker reached, so
    that the scoring stage stays saturated with up to ``factor`` workers (at least ``floor``)."""
    scored = [s.get("scored_answers_per_s") or s["achieved_answers_per_s"] for s in steps]
    best = max(scored, default=0.0)
    return float(max(floor, math.ceil(factor * best)))


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if not numerator or not denominator:
        return None
    return round(numerator / denominator, 2)


def cpu_ms_per_answer(
    cpu_seconds: Mapping[str, float | None], answers: int, *, include: str = "", exclude: Sequence[str] = ()
) -> float | None:
    """CPU ms per answer summed over the processes named ``include``… and not ``exclude``…"""
    chosen = [
        v
        for name, v in cpu_seconds.items()
        if v is not None and name.startswith(include) and not name.startswith(tuple(exclude))
    ]
    if not answers or not chosen:
        return None
    return round(1000 * sum(chosen) / answers, 1)


# --------------------------------------------------------------------------------------- picture


@dataclass(frozen=True)
class Point:
    offered: float
    achieved: float
    hint_p95_ms: float | None


def _nice_max(value: float) -> float:
    """A round axis maximum ≥ value (1, 2, 2.5, 5 × 10^k)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def svg_chart(points: Sequence[Point], *, title: str, hint_target_ms: float | None = None) -> str:
    """A small SVG: achieved answers/s (left axis, with the ideal achieved = offered line) and
    answer→hint p95 (right axis, ms) against the offered rate (log scale when the steps span > 4×)."""
    width, height = 640, 400
    left, right, top, bottom = 70, 70, 50, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    offered = [p.offered for p in points if p.offered > 0]
    lo, hi = (min(offered), max(offered)) if offered else (1.0, 10.0)
    if hi <= lo:
        lo, hi = lo / 2, hi * 2
    log = hi / lo > 4
    if log:
        lo_x, hi_x = math.log10(lo) - 0.1, math.log10(hi) + 0.1

        def x_of(v: float) -> float:
            return left + plot_w * (math.log10(max(v, 1e-9)) - lo_x) / (hi_x - lo_x)
    else:
        lo_x, hi_x = 0.0, _nice_max(hi * 1.05)

        def x_of(v: float) -> float:
            return left + plot_w * (v - lo_x) / (hi_x - lo_x)

    y_max = _nice_max(max([hi, *(p.achieved for p in points)]) * 1.05)
    hints = [p.hint_p95_ms for p in points if p.hint_p95_ms is not None]
    ms_max = _nice_max(max([*hints, hint_target_ms or 0.0, 1.0]) * 1.1)

    def y_of(v: float) -> float:
        return top + plot_h * (1 - v / y_max)

    def ms_of(v: float) -> float:
        return top + plot_h * (1 - v / ms_max)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{width / 2}" y="22" text-anchor="middle" font-size="14">{_escape(title)}</text>',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#888"/>',
    ]
    for i in range(6):  # horizontal grid, both axes
        v, ms = y_max * i / 5, ms_max * i / 5
        y = y_of(v)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#eee"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#1f6fb4">{v:g}</text>')
        out.append(f'<text x="{left + plot_w + 6}" y="{y + 4:.1f}" fill="#c2410c">{ms:g}</text>')
    for v in sorted({p.offered for p in points}):  # one tick per offered rate
        x = x_of(v)
        out.append(f'<line x1="{x:.1f}" y1="{top + plot_h}" x2="{x:.1f}" y2="{top + plot_h + 5}" stroke="#888"/>')
        out.append(f'<text x="{x:.1f}" y="{top + plot_h + 18}" text-anchor="middle">{v:g}</text>')
    out.append(
        f'<text x="{left + plot_w / 2}" y="{height - 18}" text-anchor="middle">offered answers/s'
        f"{' (log scale)' if log else ''}</text>"
    )
    out.append(
        f'<text x="18" y="{top + plot_h / 2}" text-anchor="middle" fill="#1f6fb4" '
        f'transform="rotate(-90 18 {top + plot_h / 2})">achieved answers/s</text>'
    )
    out.append(
        f'<text x="{width - 14}" y="{top + plot_h / 2}" text-anchor="middle" fill="#c2410c" '
        f'transform="rotate(90 {width - 14} {top + plot_h / 2})">answer→hint p95 (ms)</text>'
    )
    # achieved = offered, the ideal
    a, b = (lo, hi) if log else (0.0, hi)
    ideal = [a * (b / a) ** (i / 40) for i in range(41)] if log else [a, b]  # a curve on a log axis
    out.append(
        '<polyline points="'
        + " ".join(f"{x_of(v):.1f},{y_of(v):.1f}" for v in ideal)
        + '" fill="none" stroke="#999" stroke-dasharray="4 4"/>'
    )
    if hint_target_ms is not None:
        y = ms_of(hint_target_ms)
        out.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#c2410c" '
            'stroke-dasharray="2 4" stroke-opacity="0.6"/>'
        )
        out.append(
            f'<text x="{left + plot_w - 4}" y="{y - 4:.1f}" text-anchor="end" fill="#c2410c">'
            f"hint p95 target {hint_target_ms:g} ms</text>"
        )
    ordered = sorted(points, key=lambda p: p.offered)
    if ordered:
        path = " ".join(f"{x_of(p.offered):.1f},{y_of(p.achieved):.1f}" for p in ordered)
        out.append(f'<polyline points="{path}" fill="none" stroke="#1f6fb4" stroke-width="2"/>')
        for p in ordered:
            out.append(f'<circle cx="{x_of(p.offered):.1f}" cy="{y_of(p.achieved):.1f}" r="4" fill="#1f6fb4"/>')
    with_hint = [p for p in ordered if p.hint_p95_ms is not None]
    if with_hint:
        path = " ".join(f"{x_of(p.offered):.1f},{ms_of(p.hint_p95_ms or 0):.1f}" for p in with_hint)
        out.append(f'<polyline points="{path}" fill="none" stroke="#c2410c" stroke-width="2"/>')
        for p in with_hint:
            x, y = x_of(p.offered), ms_of(p.hint_p95_ms or 0)
            out.append(f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="#c2410c"/>')
    legend_y = top - 12
    out.append(f'<circle cx="{left + 6}" cy="{legend_y - 4}" r="4" fill="#1f6fb4"/>')
    out.append(f'<text x="{left + 14}" y="{legend_y}">achieved answers/s</text>')
    out.append(f'<rect x="{left + 160}" y="{legend_y - 8}" width="8" height="8" fill="#c2410c"/>')
    out.append(f'<text x="{left + 172}" y="{legend_y}">answer→hint p95 ms</text>')
    out.append(
        f'<line x1="{left + 320}" y1="{legend_y - 4}" x2="{left + 340}" y2="{legend_y - 4}" stroke="#999" '
        'stroke-dasharray="4 4"/>'
    )
    out.append(f'<text x="{left + 346}" y="{legend_y}">achieved = offered</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------- tables


def fmt(value: Any, digits: int = 0) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def latency_text(values: Mapping[str, Any] | None) -> str:
    """``p50 / p95 / p99 (n)`` in ms, or — when nothing was measured."""
    if not values or not values.get("n"):
        return "—"
    return f"{fmt(values['p50'])} / {fmt(values['p95'])} / {fmt(values['p99'])} ({values['n']})"


SERVICES = ("question-gen", "profile", "feedback", "training", "scoring")


def by_service(cpu_ms: Mapping[str, float | None]) -> dict[str, float]:
    """CPU ms per answer of each service, its API and worker processes summed."""
    out: dict[str, float] = {}
    for name, value in cpu_ms.items():
        service = next((s for s in SERVICES if name.startswith(s + "-")), None)
        if service is not None and value is not None:
            out[service] = round(out.get(service, 0.0) + value, 1)
    return out


def step_rows(steps: Sequence[Mapping[str, Any]]) -> list[tuple[str, list[str]]]:
    """(measure, one value per step) rows: the steps side by side, for the terminal and the markdown."""

    def row(label: str, get: Any) -> tuple[str, list[str]]:
        return label, [get(s) for s in steps]

    def cpu(s: Mapping[str, Any], name: str) -> str:
        return fmt((s.get("cpu_ms_per_answer") or {}).get(name))

    rows = [
        row("offered answers/s", lambda s: fmt(s["offered_answers_per_s"], 1)),
        row("achieved answers/s (next question back)", lambda s: fmt(s["achieved_answers_per_s"], 2)),
        row(
            "submitted / scored answers/s",
            lambda s: f"{fmt(s['submitted_answers_per_s'], 2)} / {fmt(s['scored_answers_per_s'], 2)}",
        ),
        row("saturated", lambda s: s.get("saturation") or "no"),
        row("answer→hint ms p50 / p95 / p99 (n)", lambda s: latency_text(s["latency_ms"]["answer_to_hint"])),
        row(
            "answer→next question ms p50 / p95 / p99 (n)",
            lambda s: latency_text(s["latency_ms"]["answer_to_next_question"]),
        ),
        row(
            "completion→report ms p50 / p95 / p99 (n)", lambda s: latency_text(s["latency_ms"]["completion_to_report"])
        ),
        row(
            "service CPU ms/answer (all services; scoring only when rules-only)",
            lambda s: fmt(s["service_cpu_ms_per_answer"]),
        ),
        row("scoring CPU ms/answer (embedding included)", lambda s: fmt(s["scoring_cpu_ms_per_answer"])),
        row(
            "  by service: question-gen / profile / feedback / training",
            lambda s: " / ".join(fmt(by_service(s.get("cpu_ms_per_answer") or {}).get(n)) for n in SERVICES[:4]),
        ),
        row("Kafka / FerretDB CPU ms/answer", lambda s: f"{cpu(s, 'infra:kafka')} / {cpu(s, 'infra:ferretdb')}"),
        row("load generator CPU ms/answer", lambda s: cpu(s, "load generator (this script)")),
        row(
            "MongoDB commands/answer, all (question-gen)",
            lambda s: (
                f"{fmt(s['mongo_commands_per_answer'], 1)} "
                f"({fmt((s.get('mongo_commands_per_answer_by_service') or {}).get('question-gen'), 1)})"
            ),
        ),
        row(
            "max consumer lag (records)",
            lambda s: ", ".join(f"{k} {v}" for k, v in (s.get("max_consumer_lag") or {}).items() if v) or "0",
        ),
        row(
            "lost / duplicated scores / duplicated stream hints",
            lambda s: f"{s['lost']} / {s['duplicated_scores']} / {s['duplicated_hints_on_stream']}",
        ),
        row("interviews created during the step", lambda s: fmt(s.get("candidates_created_in_step"))),
        row(
            "arrival late ms p95 (waiting for a candidate)", lambda s: fmt((s.get("arrival_late_ms") or {}).get("p95"))
        ),
    ]
    return rows


# --------------------------------------------------------------------------------------- budgets

# Issue 13's budgets, for the table only (nothing is tuned to them, and nothing fails on them).
BUDGETS = {
    "sustained_answers_per_s": 200.0,
    "hint_p95_ms_at_100_per_s": 300.0,
    "hint_rate_per_s": 100.0,
    "report_p95_ms": 2000.0,
    "service_cpu_ms_per_answer": 10.0,
    "mongo_commands_per_answer": 4.0,
    "scoring_ratio_2_vs_1": 1.7,
}


def knee_step(steps: Sequence[Mapping[str, Any]], found: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The step the knee names (the highest offered rate sustained), else the lowest step offered."""
    chosen = next(
        (s for s in steps if s["offered_answers_per_s"] == found.get("sustained_offered_answers_per_s")), None
    )
    return chosen or min(steps, key=lambda s: s["offered_answers_per_s"], default=None)


def _verdict(value: float | None, target: float, *, at_most: bool) -> str:
    if value is None:
        return "not measured"
    return "met" if (value <= target if at_most else value >= target) else "not met"


def budget_rows(
    steps: Sequence[Mapping[str, Any]], found: Mapping[str, Any], scaling: Mapping[str, Any] | None
) -> list[dict[str, str]]:
    """(budget, measured, target, verdict) for each of issue 13's budgets, from one open-loop run."""
    b = BUDGETS
    at = knee_step(steps, found)
    where = f"at {fmt(at['offered_answers_per_s'], 1)}/s offered" if at else ""
    if at and found.get("sustained_offered_answers_per_s") is None:
        where += " (no step sustained: the lowest)"
    out: list[dict[str, str]] = []

    def add(budget: str, measured: str, target: str, verdict: str) -> None:
        out.append({"budget": budget, "measured": measured, "target": target, "verdict": verdict})

    sustained = found.get("sustained_achieved_answers_per_s")
    saturated_at = found.get("first_saturated_offered_answers_per_s")
    add(
        "answers/s sustained at the knee",
        f"{fmt(sustained, 1)} (highest offered sustained {fmt(found.get('sustained_offered_answers_per_s'), 1)}/s; "
        f"first saturated {fmt(saturated_at, 1)}/s)",
        f"≥ {b['sustained_answers_per_s']:g}",
        _verdict(sustained, b["sustained_answers_per_s"], at_most=False),
    )
    at_100 = next(
        (s for s in steps if s["offered_answers_per_s"] == b["hint_rate_per_s"] and not s.get("saturated")), None
    )
    if at_100 is not None:
        hint = at_100["latency_ms"]["answer_to_hint"]
        add(
            f"answer→hint p95 ms at {b['hint_rate_per_s']:g}/s offered",
            latency_text(hint),
            f"p95 ≤ {b['hint_p95_ms_at_100_per_s']:g}",
            _verdict(hint.get("p95"), b["hint_p95_ms_at_100_per_s"], at_most=True),
        )
    else:
        add(
            f"answer→hint p95 ms at {b['hint_rate_per_s']:g}/s offered",
            f"not reached (saturated at {fmt(saturated_at, 1)}/s)" if saturated_at else "not offered",
            f"p95 ≤ {b['hint_p95_ms_at_100_per_s']:g}",
            "not met" if saturated_at and saturated_at <= b["hint_rate_per_s"] else "not measured",
        )
    if at is not None:
        report = at["latency_ms"]["completion_to_report"]
        add(
            f"completion→report ms {where}",
            latency_text(report),
            f"p95 ≤ {b['report_p95_ms']:g}",
            _verdict(report.get("p95") if report.get("n") else None, b["report_p95_ms"], at_most=True),
        )
        add(
            f"service CPU ms per answer, scoring included when rules-only, {where}",
            fmt(at.get("service_cpu_ms_per_answer")),
            f"≤ {b['service_cpu_ms_per_answer']:g}",
            _verdict(at.get("service_cpu_ms_per_answer"), b["service_cpu_ms_per_answer"], at_most=True),
        )
        add(
            f"scoring CPU ms per answer, the model's when the embedding is on, {where}",
            fmt(at.get("scoring_cpu_ms_per_answer")),
            "reported apart",
            "—",
        )
        add(
            f"MongoDB commands per answer, all services, {where}",
            fmt(at.get("mongo_commands_per_answer"), 1),
            f"≤ {b['mongo_commands_per_answer']:g}",
            _verdict(at.get("mongo_commands_per_answer"), b["mongo_commands_per_answer"], at_most=True),
        )
    r2 = (scaling or {}).get("ratio_2_vs_1")
    r4 = (scaling or {}).get("ratio_4_vs_1")
    add(
        "scoring stage throughput, 1 → 2 workers (1 → 4)",
        f"{fmt(r2, 2)}× ({fmt(r4, 2)}×) at {fmt((scaling or {}).get('offered_answers_per_s'), 1)}/s offered",
        f"≥ {b['scoring_ratio_2_vs_1']:g}×",
        _verdict(r2, b["scoring_ratio_2_vs_1"], at_most=False),
    )
    every = [*steps, *((scaling or {}).get("steps") or [])]
    lost = sum(s["lost"] for s in every)
    duplicated = sum(s["duplicated_scores"] + s["duplicated_hints_on_stream"] for s in every)
    add(
        "lost / duplicated answers, every step",
        f"{lost} / {duplicated}",
        "0 / 0",
        "met" if every and lost == 0 and duplicated == 0 else ("not measured" if not every else "not met"),
    )
    return out
