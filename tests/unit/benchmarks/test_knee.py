"""The pure logic of the open-loop load test (benchmarks/load/knee.py): arrivals, percentiles,
saturation, the knee, the budgets table and the SVG picture."""

from __future__ import annotations

import importlib.util
import random
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

KNEE_PATH = Path(__file__).resolve().parents[3] / "benchmarks" / "load" / "knee.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_knee", KNEE_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


knee = _load()


def step(offered: float, achieved: float, *, saturated: bool = False, **extra: Any) -> dict[str, Any]:
    lat = {"n": 10, "p50": 100.0, "p95": 250.0, "p99": 400.0, "max": 500.0}
    return {
        "step": f"knee@{offered:g}",
        "offered_answers_per_s": offered,
        "achieved_answers_per_s": achieved,
        "submitted_answers_per_s": achieved,
        "scored_answers_per_s": achieved,
        "saturated": saturated,
        "saturation": "backlog over the cap" if saturated else None,
        "latency_ms": {"answer_to_hint": lat, "answer_to_next_question": lat, "completion_to_report": lat},
        "service_cpu_ms_per_answer": 8.0,
        "scoring_cpu_ms_per_answer": 150.0,
        "cpu_ms_per_answer": {"question-gen-api": 3.0, "question-gen-worker1": 2.0, "infra:kafka": 1.0},
        "mongo_commands_per_answer": 3.0,
        "mongo_commands_per_answer_by_service": {"question-gen": 2.0},
        "max_consumer_lag": {"scoring": 3, "profile": 0},
        "lost": 0,
        "duplicated_scores": 0,
        "duplicated_hints_on_stream": 0,
        **extra,
    }


def test_evenly_spaced_arrivals_offer_exactly_the_rate() -> None:
    offsets = knee.arrival_offsets(4.0, 2.5, poisson=False)
    assert offsets == [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25]


def test_poisson_arrivals_average_the_rate_and_stay_in_the_step() -> None:
    offsets = knee.arrival_offsets(50.0, 100.0, poisson=True, rng=random.Random(7))
    assert all(0 <= a < 100.0 for a in offsets)
    assert offsets == sorted(offsets)
    assert 4700 < len(offsets) < 5300
    assert knee.arrival_offsets(0.0, 10.0, poisson=True) == []


def test_percentiles_are_nearest_rank_and_scaled() -> None:
    values = [i / 1000 for i in range(1, 101)]  # 1..100 ms in seconds
    got = knee.percentiles(values, 1000)
    assert got == {"n": 100, "p50": 50.0, "p95": 95.0, "p99": 99.0, "max": 100.0}
    assert knee.percentiles([])["p95"] is None
    assert knee.percentiles([0.2], 1000)["p99"] == 200.0


def test_rate_in_counts_the_half_open_window() -> None:
    assert knee.rate_in([0.0, 1.0, 1.5, 2.0, 3.0], 1.0, 3.0) == 1.5
    assert knee.rate_in([1.0], 2.0, 2.0) == 0.0


def test_backlog_cap_is_seconds_of_arrivals_with_a_floor() -> None:
    assert not knee.backlog_exceeded(50, 10.0, 5.0)
    assert knee.backlog_exceeded(51, 10.0, 5.0)
    assert not knee.backlog_exceeded(5, 0.5, 5.0)  # a handful in flight at a low rate is not a backlog


def test_saturation_reason() -> None:
    assert knee.saturation_reason(10.0, 9.0, backlog_hit=False) is None
    assert knee.saturation_reason(10.0, 4.9, backlog_hit=False) == "achieved < 50% of offered"
    assert knee.saturation_reason(10.0, 9.9, backlog_hit=True) == "backlog over the cap"


def test_knee_is_the_highest_offered_rate_still_sustained() -> None:
    steps = [step(25, 25.0), step(50, 49.0), step(100, 80.0), step(200, 60.0, saturated=True)]
    found = knee.knee(steps)
    assert found == {
        "sustained_offered_answers_per_s": 50,
        "sustained_achieved_answers_per_s": 49.0,
        "max_achieved_answers_per_s": 80.0,
        "first_saturated_offered_answers_per_s": 200,
    }
    none = knee.knee([step(25, 3.0, saturated=True)])
    assert none["sustained_offered_answers_per_s"] is None
    assert none["first_saturated_offered_answers_per_s"] == 25


def test_refine_rate_lies_between_sustained_and_saturated() -> None:
    assert knee.refine_rate(2.0, 5.0) == 3.2
    assert knee.refine_rate(100.0, 200.0) == 141.4
    assert knee.refine_rate(None, 5.0) is None
    assert knee.refine_rate(5.0, 5.0) is None
    assert knee.refine_rate(1.0, 1.1) is None  # no room at one decimal


def test_scaling_rate_keeps_several_workers_saturated() -> None:
    assert knee.scaling_rate([step(2, 2.0), step(5, 3.1, saturated=True)], factor=3.0) == 10.0
    assert knee.scaling_rate([step(2, 0.5)], factor=3.0) == 5.0  # the floor
    assert knee.ratio(3.4, 2.0) == 1.7
    assert knee.ratio(None, 2.0) is None
    assert knee.ratio(1.0, 0.0) is None


def test_cpu_per_answer_sums_the_chosen_processes() -> None:
    cpu = {"question-gen-api": 0.5, "scoring-worker1": 2.0, "scoring-api": 0.1, "feedback-worker1": None}
    assert knee.cpu_ms_per_answer(cpu, 100, exclude=("scoring-",)) == 5.0
    assert knee.cpu_ms_per_answer(cpu, 100, include="scoring-") == 21.0
    assert knee.cpu_ms_per_answer(cpu, 0) is None
    assert knee.by_service({"question-gen-api": 3.0, "question-gen-worker1": 2.0, "infra:kafka": 1.0}) == {
        "question-gen": 5.0
    }


def test_budget_rows_read_the_knee_step_and_the_scaling_ratio() -> None:
    steps = [step(100.0, 100.0), step(200.0, 200.0), step(400.0, 150.0, saturated=True)]
    scaling = {"offered_answers_per_s": 300.0, "ratio_2_vs_1": 1.8, "ratio_4_vs_1": 3.1, "steps": []}
    rows = {r["budget"].split(",")[0].split(" at ")[0]: r for r in knee.budget_rows(steps, knee.knee(steps), scaling)}
    assert rows["answers/s sustained"]["verdict"] == "met"
    assert rows["answer→hint p95 ms"]["verdict"] == "met"
    assert rows["answer→hint p95 ms"]["measured"] == "100 / 250 / 400 (10)"
    assert rows["service CPU ms per answer"]["verdict"] == "met"
    assert rows["scoring CPU ms per answer"]["measured"] == "150"
    assert rows["MongoDB commands per answer"]["verdict"] == "met"
    assert rows["scoring stage throughput"]["verdict"] == "met"
    assert rows["lost / duplicated answers"]["verdict"] == "met"


def test_budget_rows_when_the_platform_saturates_early() -> None:
    steps = [step(2.0, 2.0), step(5.0, 1.0, saturated=True, lost=1)]
    rows = knee.budget_rows(steps, knee.knee(steps), None)
    by = {r["budget"]: r for r in rows}
    assert by["answers/s sustained at the knee"]["verdict"] == "not met"
    assert by["answer→hint p95 ms at 100/s offered"]["measured"] == "not reached (saturated at 5.0/s)"
    assert by["answer→hint p95 ms at 100/s offered"]["verdict"] == "not met"
    assert by["scoring stage throughput, 1 → 2 workers (1 → 4)"]["verdict"] == "not measured"
    assert by["lost / duplicated answers, every step"]["measured"] == "1 / 0"


def test_step_rows_put_steps_side_by_side() -> None:
    rows = dict(knee.step_rows([step(2.0, 2.0), step(5.0, 1.0, saturated=True)]))
    assert rows["offered answers/s"] == ["2.0", "5.0"]
    assert rows["saturated"] == ["no", "backlog over the cap"]
    assert rows["answer→hint ms p50 / p95 / p99 (n)"] == ["100 / 250 / 400 (10)"] * 2
    assert rows["max consumer lag (records)"] == ["scoring 3"] * 2
    assert rows["  by service: question-gen / profile / feedback / training"] == ["5 / — / — / —"] * 2


@pytest.mark.parametrize("offered", [[2.0, 5.0], [25.0, 50.0, 100.0, 200.0, 400.0], [10.0]])
def test_svg_chart_is_well_formed_with_one_marker_per_step(offered: list[float]) -> None:
    points = [knee.Point(o, o * 0.8, 120.0 if i else None) for i, o in enumerate(offered)]
    svg = knee.svg_chart(points, title="steps <&>", hint_target_ms=300.0)
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    circles = [c for c in root.iter(f"{ns}circle") if c.get("r") == "4"]
    assert len(circles) == len(offered) + 1  # one per step, one in the legend
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "steps <&>" in texts
    assert any(t and "(log scale)" in t for t in texts) == (max(offered) / min(offered) > 4)
    for c in circles:
        assert 0 <= float(c.get("cx", -1)) <= 640 and 0 <= float(c.get("cy", -1)) <= 400
