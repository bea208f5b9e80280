"""Fit the on-topic score of wendu.core.semantic and print its constants (paste them into semantic.py).

Training data, dev splits only (held-out is never read):
* eval/hints/pairs.jsonl, dev pairs (``split_of`` of benchmarks/eval_hints.py);
* eval/scoring/answers.jsonl, dev items (``split_of`` of benchmarks/eval_scoring.py), counterfactual
  copies left out; ``kind == "off_topic"`` is off topic, every other kind on topic.

The model is an L2-regularised logistic regression on the standardised :data:`semantic.FEATURES`,
fitted by Newton's method from zero (deterministic). The cut SCORE_AT_CUT is the score below which
off-topic precision stays >= 95% in each language with the most pooled recall, on the eval/hints
dev pairs; it is chosen both on out-of-fold scores (each question's pairs scored by a model fitted
without that question) and on the shipped model's own scores, and the lower of the two is kept.

Run: ``.work/bin/uv run --frozen --no-sync python eval/hints/fit_relevance.py`` (~4 min of CPU: two embeddings per answer).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt
from wendu.core import semantic

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT_BUCKETS = 3  # both eval sets: sha256(id) % 10 < 3 is held-out
L2 = 1.0  # ridge on the standardised weights (not on the bias)
MIN_PRECISION = 0.95
_COUNTERFACTUAL = re.compile(r"-cf\d+$")


def _is_dev(item_id: str) -> bool:
    return int(hashlib.sha256(item_id.encode("utf-8")).hexdigest(), 16) % 10 >= HELD_OUT_BUCKETS


def _item(source: str, raw: dict[str, object], *, on_topic: object) -> dict[str, object]:
    keys = ("language", "question", "answer")
    return {"source": source, **{key: raw[key] for key in keys}, "on_topic": bool(on_topic)}


def training_items() -> list[dict[str, object]]:
    """(source, language, question, answer, on_topic) of every dev item of both sets."""
    items: list[dict[str, object]] = []
    for line in (ROOT / "eval" / "hints" / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        if _is_dev(raw["id"]):
            items.append(_item("hints", raw, on_topic=raw["on_topic"]))
    for line in (ROOT / "eval" / "scoring" / "answers.jsonl").read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        if raw.get("counterfactual_of") or _COUNTERFACTUAL.search(raw["id"]) or not _is_dev(raw["id"]):
            continue
        items.append(_item("scoring", raw, on_topic=raw["kind"] != "off_topic"))
    return items


def fit(x: npt.NDArray[np.float64], on_topic: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Weights then bias of the logistic regression of on_topic on standardised x (Newton, 50 steps)."""
    design = np.c_[x, np.ones(len(x))]
    beta = np.zeros(design.shape[1])
    ridge = L2 * np.eye(design.shape[1])
    ridge[-1, -1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-design @ beta))
        gradient = design.T @ (p - on_topic) + ridge @ beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + ridge
        beta -= np.linalg.solve(hessian, gradient)
    return beta


def best_cut(scores: list[float], on_topic: list[bool], languages: list[str]) -> tuple[float, float]:
    """(cut, recall): flag scores < cut; per-language precision >= MIN_PRECISION, most pooled recall."""
    ordered = sorted(set(scores))
    best = (ordered[0], 0.0)
    total_off = sum(not o for o in on_topic)
    for lower, upper in zip(ordered, [*ordered[1:], ordered[-1] + 1.0], strict=True):
        cut = (lower + upper) / 2  # between two observed scores: flags everything up to ``lower``
        flagged = [s < cut for s in scores]
        precise = True
        for language in set(languages):
            hits = [not o for f, o, g in zip(flagged, on_topic, languages, strict=True) if f and g == language]
            if hits and sum(hits) < MIN_PRECISION * len(hits):
                precise = False
        recall = sum(f and not o for f, o in zip(flagged, on_topic, strict=True)) / total_off
        if precise and recall > best[1]:
            best = (cut, recall)
    return best


def main() -> int:
    semantic.warm_up()
    items = training_items()
    x = np.array([semantic.features(str(i["question"]), str(i["answer"])) for i in items], dtype=np.float64)
    y = np.array([1.0 if i["on_topic"] else 0.0 for i in items])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    standardised = (x - mean) / scale
    beta = fit(standardised, y)
    hints = [k for k, i in enumerate(items) if i["source"] == "hints"]
    out_of_fold: dict[int, float] = {}
    for question in sorted({str(items[k]["question"]) for k in hints}):
        train = [k for k, i in enumerate(items) if i["question"] != question]
        fold = fit(standardised[train], y[train])
        for k in hints:
            if items[k]["question"] == question:
                out_of_fold[k] = float(standardised[k] @ fold[:-1] + fold[-1])
    labels = [bool(items[k]["on_topic"]) for k in hints]
    languages = [str(items[k]["language"]) for k in hints]
    cut_out_of_fold, recall = best_cut([out_of_fold[k] for k in hints], labels, languages)
    in_sample = [float(standardised[k] @ beta[:-1] + beta[-1]) for k in hints]
    cut_in_sample, _ = best_cut(in_sample, labels, languages)
    # The lower of the two: the floor must hold for the shipped model on dev too, not only out of fold.
    cut = min(cut_out_of_fold, cut_in_sample)
    print(f"# {len(items)} dev items ({len(hints)} eval/hints), out-of-fold dev recall at its cut {recall:.3f}")
    print(f"# cuts: out-of-fold {cut_out_of_fold:.4f}, in-sample {cut_in_sample:.4f}; the lower is kept")
    print(f"FEATURE_MEAN = {tuple(round(float(v), 5) for v in mean)}")
    print(f"FEATURE_SCALE = {tuple(round(float(v), 5) for v in scale)}")
    print(f"FEATURE_WEIGHTS = {tuple(round(float(v), 4) for v in beta[:-1])}")
    print(f"SCORE_BIAS = {round(float(beta[-1]), 4)}")
    print(f"SCORE_AT_CUT = {round(cut, 4)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
