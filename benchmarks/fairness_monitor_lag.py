"""The adverse-impact monitor's lag under a campus wave of outcomes, on the real broker.

Not a test and not part of ``make bench`` (it needs its own minute of broker time): it prints a
table and writes JSON.

    KAFKA_PORT=9092 uv run --frozen python benchmarks/fairness_monitor_lag.py \
        [--rates 80,400] [--seconds 20] [--positions 20] [--json PATH]

The load model (DESIGN.md): ~400 answers/s at the peak, about five answers per interview, so ~80
reports/s; each report's candidate also states their categories (one more event per report). The
script offers ``rate`` reports/s open-loop (plus as many self-identification events) across
``positions`` positions of one tenant, to a monitor with a fresh app id (which first replays
what earlier runs left on the topics: the clock starts once a marker published after that came
through). The lag
of a report is the time from its publication to the first snapshot of its position that counts as
many candidates as had been published for that position by then; reported per rate as p50/p95/max
and the number of snapshots.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

from wendu.core.bus import EventPublisher, ensure_topics
from wendu.insights.config import MonitorSettings
from wendu.insights.entrypoints.monitor import INPUT_TOPICS, Monitor
from wendu.insights.handlers.snapshots import WindowSnapshot

# The integration tests' publisher of synthetic populations: events exactly as the services publish them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from support.insights import Population

SEXES = ("male", "female", None)
RACES = ("white", "asian", "black_or_african_american", None)


async def run_rate(bootstrap: str, rate: int, seconds: float, positions: int) -> dict[str, object]:
    tenant = f"bench-{uuid.uuid4().hex[:8]}"
    published: dict[str, list[float]] = {f"p{i}": [] for i in range(positions)}
    lags: list[float] = []
    seen: dict[str, int] = {}
    snapshots = 0

    caught_up = asyncio.Event()

    async def on_snapshot(snapshot: WindowSnapshot, newest_ms: int) -> None:
        nonlocal snapshots
        if snapshot.tenant_id != tenant or snapshot.table.measure.value != "scoring":
            return
        if snapshot.position_id == "warm-up":
            caught_up.set()
            return
        snapshots += 1
        times = published[snapshot.position_id]
        counted = snapshot.table.candidates
        now = time.monotonic()
        for index in range(seen.get(snapshot.position_id, 0), min(counted, len(times))):
            lags.append(now - times[index])
        seen[snapshot.position_id] = max(seen.get(snapshot.position_id, 0), counted)

    publisher = EventPublisher(bootstrap, client_id="bench-fairness")
    await publisher.start()
    monitor = Monitor(
        app_id=f"bench-insights-{uuid.uuid4().hex[:8]}",
        bootstrap=bootstrap,
        settings=MonitorSettings(window_days=30, retain_days=400, min_candidates=30, snapshot_interval_seconds=1.0),
        on_snapshot=on_snapshot,
        dead_letters=publisher,
    )
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(monitor.run(stop, ready))
    await asyncio.wait_for(ready.wait(), 120)
    # The new app first replays what earlier runs left on the topics: the clock starts once a marker
    # published now has come through.
    await Population(publisher, tenant, "warm-up").report(f"c-{uuid.uuid4().hex[:12]}", 5.0)
    await asyncio.wait_for(caught_up.wait(), 300)
    populations = [Population(publisher, tenant, position) for position in published]
    in_flight: set[asyncio.Task[None]] = set()

    async def publish_one(
        population: Population, candidate_id: str, sex: str | None, race: str | None, score: float
    ) -> None:
        await population.identify(candidate_id, sex, race)
        await population.report(candidate_id, score)

    rng = random.Random(rate)
    total = int(rate * seconds)
    started = time.monotonic()
    for index in range(total):
        due = started + index / rate
        delay = due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        population = populations[index % positions]
        candidate_id = f"c-{uuid.uuid4().hex[:12]}"
        # Open loop: the next report is offered on time whether or not the broker acknowledged this one.
        task = asyncio.create_task(
            publish_one(population, candidate_id, rng.choice(SEXES), rng.choice(RACES), round(rng.uniform(2, 10), 1))
        )
        in_flight.add(task)
        task.add_done_callback(in_flight.discard)
        published[population.position].append(time.monotonic())
    await asyncio.gather(*in_flight)
    offered_seconds = time.monotonic() - started
    deadline = time.monotonic() + 120
    while len(lags) < total and time.monotonic() < deadline:  # noqa: ASYNC110 - polls the sink
        await asyncio.sleep(0.2)
    stop.set()
    await task
    await publisher.stop()
    ordered = sorted(lags)
    return {
        "rate_reports_per_s": rate,
        "achieved_rate": round(total / offered_seconds, 1),
        "reports": total,
        "counted": len(lags),
        "snapshots": snapshots,
        "lag_p50_s": round(statistics.median(ordered), 3) if ordered else None,
        "lag_p95_s": round(ordered[int(0.95 * (len(ordered) - 1))], 3) if ordered else None,
        "lag_max_s": round(ordered[-1], 3) if ordered else None,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rates", default="80,400", help="reports per second to offer, comma-separated")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--positions", type=int, default=20)
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/fairness_monitor_lag.json"))
    args = parser.parse_args()
    bootstrap = f"127.0.0.1:{os.environ.get('KAFKA_PORT', '9092')}"
    await ensure_topics(bootstrap, INPUT_TOPICS)
    rows = [await run_rate(bootstrap, int(rate), args.seconds, args.positions) for rate in args.rates.split(",")]
    print(f"{'offered/s':>10} {'achieved/s':>10} {'reports':>8} {'counted':>8} {'p50 s':>7} {'p95 s':>7} {'max s':>7}")
    for row in rows:
        print(
            f"{row['rate_reports_per_s']:>10} {row['achieved_rate']:>10} {row['reports']:>8} {row['counted']:>8} "
            f"{row['lag_p50_s']!s:>7} {row['lag_p95_s']!s:>7} {row['lag_max_s']!s:>7}"
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"machine": platform.platform(), "cpus": os.cpu_count(), "runs": rows}, indent=2) + "\n"
    )


if __name__ == "__main__":
    asyncio.run(main())
