"""Combine the panel's three blind ratings into one adjudicated label per item, and report agreement.

Each rater rated every original item (counterfactual copies inherit their original's label; injected
and padded items were rated on their clean / unpadded text) from the BARS anchors alone
(``rating_guide.md`` and the competency anchors), without seeing the scorer, its scores, the set's
first labels or each other's ratings. Items were shown to each rater in a different random order.

The adjudicated label is the median of the three ratings when they span at most one level. When
they span two or more, the item went to an adjudicator, who read the anchors, the answer and the
three ratings with their notes, and chose the level (``adjudications.jsonl``, with a reason).

    uv run --frozen --no-sync python eval/scoring/panel/adjudicate.py [--write]

prints the agreement (pairwise quadratic-weighted kappa and exact agreement between raters, ICC(2,1)
and ICC(2,3), and each rater against the set's first labels) and writes ``adjudicated.jsonl`` and
``agreement.json`` with ``--write``. ``eval/scoring/build.py`` copies the adjudicated level into each
item as ``panel_level``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATINGS = HERE / "ratings"
RATERS = ("rater1", "rater2", "rater3")
ADJUDICATIONS = HERE / "adjudications.jsonl"
ADJUDICATED = HERE / "adjudicated.jsonl"
AGREEMENT = HERE / "agreement.json"
ANSWERS = HERE.parent / "answers.jsonl"
LEVELS = (1, 2, 3, 4, 5)
# Ratings that span this many levels or more go to the adjudicator instead of the median.
DISAGREEMENT_SPAN = 2


def load_ratings() -> dict[str, dict[str, int]]:
    """rater -> item id -> level."""
    ratings: dict[str, dict[str, int]] = {}
    for rater in RATERS:
        rows = [json.loads(line) for line in (RATINGS / f"{rater}.jsonl").read_text().splitlines() if line.strip()]
        ratings[rater] = {row["id"]: int(row["level"]) for row in rows}
    return ratings


def quadratic_weighted_kappa(a: list[int], b: list[int]) -> float:
    n = len(a)
    k = len(LEVELS)
    observed = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b, strict=True):
        observed[x - 1][y - 1] += 1
    hist_a = [sum(row) for row in observed]
    hist_b = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    numerator = denominator = 0.0
    for i in range(k):
        for j in range(k):
            weight = (i - j) ** 2 / (k - 1) ** 2
            numerator += weight * observed[i][j]
            denominator += weight * hist_a[i] * hist_b[j] / n
    return 1.0 - numerator / denominator if denominator else 1.0


def icc(table: list[list[int]]) -> tuple[float, float]:
    """ICC(2,1) and ICC(2,k): two-way random effects, absolute agreement (Shrout and Fleiss)."""
    n, k = len(table), len(table[0])
    grand = sum(map(sum, table)) / (n * k)
    row_means = [sum(row) / k for row in table]
    col_means = [sum(row[j] for row in table) / n for j in range(k)]
    ss_rows = k * sum((m - grand) ** 2 for m in row_means)
    ss_cols = n * sum((m - grand) ** 2 for m in col_means)
    ss_total = sum((x - grand) ** 2 for row in table for x in row)
    ss_error = ss_total - ss_rows - ss_cols
    ms_rows = ss_rows / (n - 1)
    ms_cols = ss_cols / (k - 1)
    ms_error = ss_error / ((n - 1) * (k - 1))
    single = (ms_rows - ms_error) / (ms_rows + (k - 1) * ms_error + k * (ms_cols - ms_error) / n)
    average = (ms_rows - ms_error) / (ms_rows + (ms_cols - ms_error) / n)
    return single, average


def adjudicate(ratings: dict[str, dict[str, int]]) -> tuple[dict[str, dict], list[str]]:
    """id -> adjudicated row, and the ids still waiting for the adjudicator."""
    decided: dict[str, dict] = {}
    if ADJUDICATIONS.exists():
        for line in ADJUDICATIONS.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                decided[row["id"]] = row
    out: dict[str, dict] = {}
    waiting: list[str] = []
    for item_id in sorted(ratings[RATERS[0]]):
        levels = [ratings[r][item_id] for r in RATERS]
        if max(levels) - min(levels) < DISAGREEMENT_SPAN:
            out[item_id] = {"id": item_id, "level": int(statistics.median(levels)), "ratings": levels, "how": "median"}
        elif item_id in decided:
            out[item_id] = {
                "id": item_id,
                "level": int(decided[item_id]["level"]),
                "ratings": levels,
                "how": "adjudicated",
                "reason": decided[item_id].get("reason", ""),
            }
        else:
            waiting.append(item_id)
    return out, waiting


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write adjudicated.jsonl and agreement.json")
    args = parser.parse_args()
    ratings = load_ratings()
    ids = sorted(ratings[RATERS[0]])
    for rater in RATERS[1:]:
        if set(ratings[rater]) != set(ids):
            print(f"{rater} rated a different set of items", file=sys.stderr)
            return 1
    first_labels = {
        row["id"]: row["rater_level"]
        for row in map(json.loads, ANSWERS.read_text().splitlines())
        if not row.get("counterfactual_of")
    }
    agreement: dict[str, object] = {"items": len(ids), "raters": len(RATERS)}
    pairs = {}
    for a, b in combinations(RATERS, 2):
        x = [ratings[a][i] for i in ids]
        y = [ratings[b][i] for i in ids]
        pairs[f"{a}~{b}"] = {
            "qwk": round(quadratic_weighted_kappa(x, y), 3),
            "exact": round(sum(p == q for p, q in zip(x, y, strict=True)) / len(ids), 3),
            "within_one": round(sum(abs(p - q) <= 1 for p, q in zip(x, y, strict=True)) / len(ids), 3),
        }
    agreement["pairwise"] = pairs
    single, average = icc([[ratings[r][i] for r in RATERS] for i in ids])
    agreement["icc_2_1"] = round(single, 3)
    agreement["icc_2_3"] = round(average, 3)
    agreement["vs_first_labels_qwk"] = {
        r: round(quadratic_weighted_kappa([ratings[r][i] for i in ids], [first_labels[i] for i in ids]), 3)
        for r in RATERS
    }
    adjudicated, waiting = adjudicate(ratings)
    spans = [max(ratings[r][i] for r in RATERS) - min(ratings[r][i] for r in RATERS) for i in ids]
    agreement["all_three_agree"] = round(sum(s == 0 for s in spans) / len(ids), 3)
    agreement["span_2_or_more"] = sum(s >= DISAGREEMENT_SPAN for s in spans)
    agreement["adjudicated"] = sum(1 for row in adjudicated.values() if row["how"] == "adjudicated")
    agreement["waiting_for_adjudicator"] = waiting
    if not waiting:
        panel = [adjudicated[i]["level"] for i in ids]
        agreement["panel_vs_first_labels_qwk"] = round(
            quadratic_weighted_kappa(panel, [first_labels[i] for i in ids]), 3
        )
        agreement["panel_level_counts"] = {str(level): panel.count(level) for level in LEVELS}
    print(json.dumps(agreement, indent=1))
    if args.write:
        if waiting:
            print(f"{len(waiting)} items wait for the adjudicator; nothing written", file=sys.stderr)
            return 1
        ADJUDICATED.write_text("".join(json.dumps(adjudicated[i], ensure_ascii=False) + "\n" for i in ids))
        AGREEMENT.write_text(json.dumps(agreement, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
