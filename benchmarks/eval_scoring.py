"""Evaluate the local scorer against the hand-labelled calibration set in ``eval/scoring/answers.jsonl``.

A runnable script, not a test: it measures and reports, it tunes nothing. Run it with

    uv run --frozen --no-sync python benchmarks/eval_scoring.py          # or: make eval-scoring

It prints a table and writes ``.work/eval/scoring.json`` (every metric and every item's score) and
``.work/eval/scoring.md`` (the same tables in Markdown). It exits 1 when a headline metric is below
its floor in ``eval/scoring/floors.json`` (``--no-floors``: report only); ``--strict`` also exits 1
when a line misses the issue's target.

What is measured (each against the target of issue 4, shown next to the result):

* quadratic weighted kappa (QWK) between the scorer's BARS level and the rater's, overall, per
  language, per split (dev / held-out, see :func:`split_of`) and per competency, on the original items (counterfactual copies are left out, they
  would count the same answer twice);
* pairwise ranking accuracy: for two answers of the same competency whose rater levels differ by
  two or more, does the scorer put them in the same order? A tie counts as wrong;
* determinism: three runs give identical assessments (a fresh scorer in file order, a fresh scorer
  in reverse order, and a child process with another ``PYTHONHASHSEED``);
* injection resistance: an injected answer never scores above its clean twin, and it is flagged;
* counterfactual invariance: swapping names, gendered words, schools or home towns moves no score by
  more than 0.2;
* padding: a padded answer never scores above its unpadded twin;
* throughput on one core (CPU time) for answers of about 300 characters;
* the scale (issue 12): the share of level 4-5 answers scoring 7-10 and of level-1 answers scoring
  0-3, and keyword stuffing: a stuffed answer never scores more than 0.1 above its unstuffed twin,
  and it is flagged for review (``keyword_stuffing``).

Labels: ``--labels-field`` names the item field holding the level (default: ``panel_level``, the
panel's adjudicated label, where an item has it, else ``rater_level``). ``--fit-calibration`` prints
the level boundaries of the local scorer's CALIBRATION fitted on the dev split, and exits.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from wendu.core import text
from wendu.scoring.adapters.topic_judge import EmbeddingTopicJudge
from wendu.scoring.domain.local_scorer import SCORER_NAME, SCORER_VERSION, LocalScorer
from wendu.scoring.domain.model import (
    MAX_LEVEL,
    MIN_LEVEL,
    REVIEW_KEYWORD_STUFFING,
    AnswerToScore,
    Assessment,
    Language,
)

ROOT = Path(__file__).resolve().parents[1]
DATASET = ROOT / "eval" / "scoring" / "answers.jsonl"
OUT_DIR = ROOT / ".work" / "eval"
RUBRIC_VERSION = "eval-scoring"

# Targets of issue 4 ("Evaluation you can trust" and "It cannot be gamed").
QWK_TARGET = 0.70
PAIRWISE_TARGET = 0.95
DETERMINISM_TARGET = 1.0
INVARIANCE_TARGET = 0.2
THROUGHPUT_TARGET = 1000.0
# Rater levels at least this far apart make a pair for the ranking accuracy.
PAIR_MIN_LEVEL_GAP = 2
# Answers of about 300 characters for the throughput run.
THROUGHPUT_CHARS = (200, 400)
FLOORS = ROOT / "eval" / "scoring" / "floors.json"
# The held-out split: items whose id (counterfactual suffix removed, so a copy goes with its original)
# hashes to a bucket below this, of ten. Fixed by the id alone, so adding items never moves old ones.
HELD_OUT_BUCKETS = 3
_COUNTERFACTUAL_SUFFIX = re.compile(r"-cf\d+$")
# Targets of issue 12 ("Scores on a scale candidates and recruiters recognise").
GOOD_SCORE = 7.0  # level 4-5 answers score at least this...
POOR_SCORE = 3.0  # ... and level-1 answers at most this
SCALE_SHARE_TARGET = 0.9
# A stuffed answer may score at most this above its unstuffed twin (rounding of one decimal).
STUFFING_TOLERANCE = 0.1
# The label fields, in the order the default looks for them.
PANEL_LABELS = "panel_level"
RATER_LABELS = "rater_level"
# Padded items whose padding is keyword stuffing: marked by a field, or by the reason the batch gives.
_STUFFING_REASON = re.compile(r"^(?:keyword stuffing|关键词堆砌)", re.IGNORECASE)


def is_keyword_stuffed(item: dict[str, Any]) -> bool:
    """A padded item whose padding is a string of rewarded terms and figures."""
    if item["kind"] != "padded":
        return False
    return item.get("padding") == "keyword_stuffing" or bool(_STUFFING_REASON.match(item.get("reason", "")))


def label_of(item: dict[str, Any], field: str | None) -> int:
    """The item's level: from ``field`` when given (it must be there), else the panel's, else the rater's."""
    if field is not None:
        if field not in item:
            raise SystemExit(f"item {item['id']} has no {field!r} (--labels-field)")
        return int(item[field])
    return int(item.get(PANEL_LABELS, item[RATER_LABELS]))


def split_of(item_id: str) -> str:
    """``"held-out"`` or ``"dev"``: scorer weights are set on dev only; held-out says how well they carry."""
    base = _COUNTERFACTUAL_SUFFIX.sub("", item_id)
    bucket = int(hashlib.sha256(base.encode()).hexdigest(), 16) % 10
    return "held-out" if bucket < HELD_OUT_BUCKETS else "dev"


# --- the data -------------------------------------------------------------------------------------


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def request(item: dict[str, Any], answer: str | None = None, competencies: Sequence[str] = ()) -> AnswerToScore:
    return AnswerToScore(
        question_text=item["question"],
        answer_text=item["answer"] if answer is None else answer,
        competency_ids=tuple(competencies) or (item["competency_id"],),
        language=Language(item["language"]),
        rubric_version=RUBRIC_VERSION,
    )


def score_of(assessment: Assessment, competency_id: str) -> float:
    return next(s.score for s in assessment.scores if s.competency_id == competency_id)


def level_of(assessment: Assessment, competency_id: str) -> int:
    return next(s.level for s in assessment.scores if s.competency_id == competency_id)


def fingerprint(assessment: Assessment) -> str:
    """Everything the scorer says about an answer, as one hash: scores, evidence, STAR, flags, rationale."""
    parts = {
        "scores": [(s.competency_id, s.score, s.level) for s in assessment.scores],
        "evidence": [(e.competency_id, e.start, e.end, e.quote) for e in assessment.evidence],
        "star": [str(part) for part in assessment.star_parts],
        "specificity": assessment.specificity,
        "relevance": assessment.relevance,
        "rationale": assessment.rationale,
        "injection": assessment.injection_suspected,
        "review": assessment.needs_human_review,
        "scorer": [assessment.scorer.name, assessment.scorer.version, assessment.scorer.rubric_version],
    }
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def fingerprints(items: Sequence[dict[str, Any]], order: Iterable[int]) -> dict[str, str]:
    scorer = new_scorer()
    return {items[i]["id"]: fingerprint(scorer.assess(request(items[i]))) for i in order}


class _RememberedTopicJudge:
    """The services' topic judge, each (question, answer) embedded once per run.

    The embedding is the expensive part of a score (see the throughput lines); the same texts are
    scored several times here (the determinism runs, the twins), and the child process of the
    determinism check recomputes everything, so the embedding's own determinism is still checked.
    """

    def __init__(self) -> None:
        self._judge = EmbeddingTopicJudge()
        self._seen: dict[tuple[str, str], float] = {}

    @property
    def off_topic_below(self) -> float:
        return self._judge.off_topic_below

    def relevance(self, question: str, answer: str) -> float:
        key = (question, answer)
        if key not in self._seen:
            self._seen[key] = self._judge.relevance(question, answer)
        return self._seen[key]


_JUDGE: _RememberedTopicJudge | None = None


def new_scorer() -> LocalScorer:
    """A fresh scorer as the services build it: the rules plus the embedding's topic judge."""
    global _JUDGE
    if _JUDGE is None:
        _JUDGE = _RememberedTopicJudge()
    return LocalScorer(_JUDGE)


# --- metrics --------------------------------------------------------------------------------------


def quadratic_weighted_kappa(rater: Sequence[int], scorer: Sequence[int]) -> float | None:
    """Cohen's kappa with quadratic weights over levels MIN_LEVEL..MAX_LEVEL; None when undefined."""
    if not rater:
        return None
    levels = range(MIN_LEVEL, MAX_LEVEL + 1)
    span = (MAX_LEVEL - MIN_LEVEL) ** 2
    observed = Counter(zip(rater, scorer, strict=True))
    rater_hist, scorer_hist = Counter(rater), Counter(scorer)
    total = len(rater)
    disagreement = expected = 0.0
    for i in levels:
        for j in levels:
            weight = (i - j) ** 2 / span
            disagreement += weight * observed[(i, j)]
            expected += weight * rater_hist[i] * scorer_hist[j] / total
    if expected == 0:
        # Both sides gave one single level: kappa is undefined (1 if they agree, but says nothing).
        return None
    return 1.0 - disagreement / expected


@dataclass
class Agreement:
    n: int
    qwk: float | None
    exact: float
    within_one: float
    bias: float  # mean (scorer level - rater level)


def agreement(rows: Sequence[dict[str, Any]]) -> Agreement:
    rater = [row["rater_level"] for row in rows]
    scorer = [row["level"] for row in rows]
    n = len(rows)
    return Agreement(
        n=n,
        qwk=quadratic_weighted_kappa(rater, scorer),
        exact=sum(a == b for a, b in zip(rater, scorer, strict=True)) / n if n else 0.0,
        within_one=sum(abs(a - b) <= 1 for a, b in zip(rater, scorer, strict=True)) / n if n else 0.0,
        bias=statistics.fmean(b - a for a, b in zip(rater, scorer, strict=True)) if n else 0.0,
    )


@dataclass
class Pairwise:
    pairs: int = 0
    correct: int = 0
    ties: int = 0
    wrong: list[tuple[str, str, float, float]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.pairs if self.pairs else 0.0


def pairwise(rows: Sequence[dict[str, Any]], same: Callable[[dict[str, Any]], str]) -> Pairwise:
    """Ranking accuracy over pairs in the same group whose rater levels differ by PAIR_MIN_LEVEL_GAP+."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[same(row)].append(row)
    result = Pairwise()
    for members in groups.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if abs(a["rater_level"] - b["rater_level"]) < PAIR_MIN_LEVEL_GAP:
                    continue
                higher, lower = (a, b) if a["rater_level"] > b["rater_level"] else (b, a)
                result.pairs += 1
                if higher["score"] > lower["score"]:
                    result.correct += 1
                else:
                    result.ties += higher["score"] == lower["score"]
                    result.wrong.append((higher["id"], lower["id"], higher["score"], lower["score"]))
    return result


def throughput(
    items: Sequence[dict[str, Any]],
    count: int,
    competencies: int,
    repeats: int = 3,
    scorer: LocalScorer | None = None,
) -> dict[str, float]:
    """Answers per CPU second on one core, best of ``repeats`` (other work only ever slows a run down).

    ``scorer`` defaults to the rules alone (no topic judge): their cost, apart from the embedding's.
    """
    sized = [item for item in items if THROUGHPUT_CHARS[0] <= len(item["answer"]) <= THROUGHPUT_CHARS[1]]
    all_ids = sorted({item["competency_id"] for item in items})
    batch = []
    for i in range(count):
        item = sized[i % len(sized)]
        extra = [c for c in all_ids if c != item["competency_id"]][: competencies - 1]
        batch.append(request(item, competencies=[item["competency_id"], *extra]))
    scorer = scorer or LocalScorer()
    for answer in batch[: min(len(sized), count)]:
        scorer.assess(answer)
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for answer in batch:
            scorer.assess(answer)
        best = min(best, time.process_time() - started)
    return {
        "answers": count,
        "distinct_answers": len(sized),
        "competencies_per_answer": competencies,
        "mean_chars": statistics.fmean(len(a.answer_text) for a in batch),
        "cpu_seconds": best,
        "answers_per_second": count / best,
    }


def scale_shares(rows: Sequence[dict[str, Any]]) -> dict[str, tuple[float, int]]:
    """Per label band, the share of answers whose score lands where the issue-12 scale puts it."""
    bands = {
        "levels 4-5 scoring 7-10": ((4, 5), GOOD_SCORE, 10.0),
        "level 1 scoring 0-3": ((1,), 0.0, POOR_SCORE),
        "level 2 scoring 2-4.5": ((2,), 2.0, 4.5),
        "level 3 scoring 4.5-6.5": ((3,), 4.5, 6.5),
    }
    shares = {}
    for name, (levels, low, high) in bands.items():
        members = [row for row in rows if row["rater_level"] in levels]
        inside = sum(low <= row["score"] <= high for row in members)
        shares[name] = (inside / len(members) if members else 0.0, len(members))
    return shares


def fit_level_boundaries(pairs: Sequence[tuple[float, int]]) -> list[float]:
    """For k = 1..4, the raw estimate that best separates "level k or below" from "above k": the
    midpoint between two adjacent distinct estimates with the fewest ``(estimate, level)`` pairs on
    the wrong side (the lowest such point on a tie, so the fit is deterministic)."""
    estimates = sorted({estimate for estimate, _ in pairs})
    cuts = [(a + b) / 2 for a, b in itertools.pairwise(estimates)]
    boundaries = []
    for k in range(MIN_LEVEL, MAX_LEVEL):
        errors = [sum((level <= k) == (estimate >= cut) for estimate, level in pairs) for cut in cuts]
        boundaries.append(cuts[errors.index(min(errors))])
    return boundaries


def fit_calibration(items: Sequence[dict[str, Any]], labels_field: str | None) -> dict[str, Any]:
    """The local scorer's LEVEL_BOUNDARIES fitted on the dev originals (held-out is never used)."""
    scorer = new_scorer()
    pairs = [
        (scorer.estimate_levels(request(item))[item["competency_id"]], label_of(item, labels_field))
        for item in items
        if not item.get("counterfactual_of") and split_of(item["id"]) == "dev"
    ]
    return {"dev_items": len(pairs), "level_boundaries": [round(b, 2) for b in fit_level_boundaries(pairs)]}


# --- the report -----------------------------------------------------------------------------------


@dataclass
class Line:
    """One line of the results table: a metric, its value, its target and whether it meets it."""

    section: str
    metric: str
    value: str
    target: str = ""
    passed: bool | None = None  # None: reported, no target

    @property
    def status(self) -> str:
        return "" if self.passed is None else "PASS" if self.passed else "FAIL"


def fmt_kappa(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def agreement_line(section: str, name: str, result: Agreement, *, target: bool) -> Line:
    value = (
        f"{fmt_kappa(result.qwk)}  (n={result.n}, exact {result.exact:.0%}, ±1 {result.within_one:.0%}, "
        f"bias {result.bias:+.2f})"
    )
    if not target:
        return Line(section, name, value, f"ref ≥ {QWK_TARGET:.2f}")
    return Line(section, name, value, f"≥ {QWK_TARGET:.2f}", result.qwk is not None and result.qwk >= QWK_TARGET)


def source_state() -> dict[str, Any]:
    """The commit, and whether the scorer's code differs from it: a result means little without both."""

    def git(*command: str) -> str:
        try:
            return subprocess.run(
                ["git", *command], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    paths = ("services/scoring", "libs/core/src/wendu/core/text.py", "libs/core/src/wendu/core/semantic.py")
    return {
        "commit": git("rev-parse", "HEAD"),
        "scorer_code_modified": bool(git("status", "--porcelain", "--", *paths)),
    }


def evaluate(items: list[dict[str, Any]], args: argparse.Namespace) -> dict[str, Any]:
    # The determinism check's other process scores every item again: started first, it runs on the
    # second core while this one scores (each embeds every answer; together they are most of the
    # wall time of `make eval-scoring`).
    child = subprocess.Popen(
        [sys.executable, __file__, "--fingerprints", "--dataset", str(args.dataset)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "4242"},
    )
    try:
        return _evaluate(items, args, child)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _evaluate(items: list[dict[str, Any]], args: argparse.Namespace, child: subprocess.Popen[str]) -> dict[str, Any]:
    text.warm_up()
    scorer = new_scorer()
    by_id = {item["id"]: item for item in items}
    rows: list[dict[str, Any]] = []
    for item in items:
        assessment = scorer.assess(request(item))
        label_source = args.labels_field or (PANEL_LABELS if PANEL_LABELS in item else RATER_LABELS)
        rows.append(
            {
                "id": item["id"],
                "language": item["language"],
                "code_mixed": item.get("code_mixed", False),
                "split": split_of(item["id"]),
                "competency_id": item["competency_id"],
                "question": item["question"],
                "kind": item["kind"],
                # The label the metrics compare with (see --labels-field), under one name.
                "rater_level": label_of(item, args.labels_field),
                "label_source": label_source,
                "score": score_of(assessment, item["competency_id"]),
                "level": level_of(assessment, item["competency_id"]),
                "flagged": assessment.injection_suspected,
                "review_reasons": list(assessment.review_reasons),
                "counterfactual_of": item.get("counterfactual_of"),
                "chars": len(item["answer"]),
            }
        )
    row_by_id = {row["id"]: row for row in rows}
    originals = [row for row in rows if not row["counterfactual_of"]]
    lines: list[Line] = []

    # Agreement with the raters.
    overall = agreement(originals)
    lines.append(agreement_line("QWK", "overall", overall, target=False))
    per_language = {lang: agreement([r for r in originals if r["language"] == lang]) for lang in ("en", "zh")}
    for lang, result in per_language.items():
        lines.append(agreement_line("QWK", f"language {lang}", result, target=True))
    mixed = agreement([r for r in originals if r["code_mixed"]])
    lines.append(agreement_line("QWK", "code-mixed zh/en (subset of zh)", mixed, target=False))
    per_split = {
        f"{split} {lang}": agreement(
            [r for r in originals if r["split"] == split and (lang == "all" or r["language"] == lang)]
        )
        for split in ("dev", "held-out")
        for lang in ("all", "en", "zh")
    }
    for name, split_result in per_split.items():
        lines.append(agreement_line("QWK", f"split {name}", split_result, target=False))
    competencies = sorted({r["competency_id"] for r in originals})
    per_competency = {c: agreement([r for r in originals if r["competency_id"] == c]) for c in competencies}
    for competency, competency_result in per_competency.items():
        lines.append(agreement_line("QWK", f"competency {competency}", competency_result, target=False))

    def kappa_or_worst(competency: str) -> float:
        kappa = per_competency[competency].qwk
        return -1.0 if kappa is None else kappa

    weakest = min(per_competency, key=kappa_or_worst)
    lines.append(Line("QWK", "weakest competency", f"{weakest} ({fmt_kappa(per_competency[weakest].qwk)})"))

    # Ranking.
    same_competency = pairwise(originals, lambda r: f"{r['competency_id']}")
    same_question = pairwise(originals, lambda r: r["question"])
    for name, ranking, has_target in (
        ("same competency", same_competency, True),
        ("same question (subset)", same_question, False),
    ):
        lines.append(
            Line(
                "pairwise",
                name,
                f"{ranking.accuracy:.1%}  ({ranking.correct}/{ranking.pairs}, ties {ranking.ties})",
                f"≥ {PAIRWISE_TARGET:.0%}" if has_target else f"ref ≥ {PAIRWISE_TARGET:.0%}",
                ranking.accuracy >= PAIRWISE_TARGET if has_target else None,
            )
        )

    # Determinism: three runs, three ways.
    forward = fingerprints(items, range(len(items)))
    backward = fingerprints(items, reversed(range(len(items))))
    child_stdout, child_stderr = child.communicate()
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, child.args, child_stdout, child_stderr)
    other_process = json.loads(child_stdout)
    identical = sum(forward[i] == backward[i] == other_process.get(i) for i in forward)
    determinism = identical / len(forward)
    lines.append(
        Line(
            "determinism",
            "3 runs identical (fresh, reversed, new process + hash seed)",
            f"{determinism:.1%}  ({identical}/{len(forward)})",
            f"{DETERMINISM_TARGET:.0%}",
            determinism >= DETERMINISM_TARGET,
        )
    )

    # Injection: the injected answer against its clean twin.
    injection_rows = []
    for row in rows:
        if row["kind"] != "injected":
            continue
        item = by_id[row["id"]]
        clean = scorer.assess(request(item, answer=item["clean_answer"]))
        injection_rows.append(
            {
                "id": row["id"],
                "injected": row["score"],
                "clean": score_of(clean, item["competency_id"]),
                "flagged": row["flagged"],
                "clean_flagged": clean.injection_suspected,
            }
        )
    gains = [r for r in injection_rows if r["injected"] > r["clean"]]
    max_gain = max((r["injected"] - r["clean"] for r in injection_rows), default=0.0)
    flagged = sum(r["flagged"] for r in injection_rows)
    lines.append(
        Line(
            "injection",
            "injected > clean twin",
            f"{len(gains)} of {len(injection_rows)} (max gain {max(0.0, max_gain):.1f})",
            "0",
            not gains,
        )
    )
    lines.append(
        Line(
            "injection",
            "injected answers flagged",
            f"{flagged / len(injection_rows):.0%}  ({flagged}/{len(injection_rows)})",
            "100%",
            flagged == len(injection_rows),
        )
    )
    false_flags = [r["id"] for r in rows if r["kind"] != "injected" and r["flagged"]]
    false_flags += [f"{r['id']} (clean twin)" for r in injection_rows if r["clean_flagged"]]
    clean_total = sum(r["kind"] != "injected" for r in rows) + len(injection_rows)
    lines.append(
        Line(
            "injection",
            "clean answers flagged (false alarms)",
            f"{len(false_flags)} of {clean_total}",
            "0",
            not false_flags,
        )
    )

    # Counterfactual invariance.
    deltas = [
        {
            "id": row["id"],
            "of": row["counterfactual_of"],
            "delta": round(abs(row["score"] - row_by_id[row["counterfactual_of"]]["score"]), 1),
        }
        for row in rows
        if row["counterfactual_of"]
    ]
    max_delta = max((d["delta"] for d in deltas), default=0.0)
    over = [d for d in deltas if d["delta"] > INVARIANCE_TARGET]
    lines.append(
        Line(
            "invariance",
            "max |score delta| over counterfactual pairs",
            f"{max_delta:.1f}  ({len(deltas)} pairs, {len(over)} over target, mean {statistics.fmean(d['delta'] for d in deltas) if deltas else 0:.2f})",
            f"≤ {INVARIANCE_TARGET}",
            max_delta <= INVARIANCE_TARGET,
        )
    )

    # Padding.
    padding_rows = []
    for row in rows:
        if row["kind"] != "padded":
            continue
        item = by_id[row["id"]]
        unpadded = score_of(scorer.assess(request(item, answer=item["unpadded_answer"])), item["competency_id"])
        padding_rows.append({"id": row["id"], "padded": row["score"], "unpadded": unpadded})
    padding_gains = [r for r in padding_rows if r["padded"] > r["unpadded"]]
    max_padding_gain = max((r["padded"] - r["unpadded"] for r in padding_rows), default=0.0)
    lines.append(
        Line(
            "padding",
            "padded > unpadded twin",
            f"{len(padding_gains)} of {len(padding_rows)} (max gain {max(0.0, max_padding_gain):.1f})",
            "0",
            not padding_gains,
        )
    )

    # The scale: excellent answers read as good, answers with no evidence read as poor.
    scale = scale_shares(originals)
    for name, (share, n) in scale.items():
        target = name in ("levels 4-5 scoring 7-10", "level 1 scoring 0-3")
        lines.append(
            Line(
                "scale",
                name,
                f"{share:.0%}  (n={n})",
                f"{'' if target else 'ref '}≥ {SCALE_SHARE_TARGET:.0%}",
                share >= SCALE_SHARE_TARGET if target else None,
            )
        )

    # Keyword stuffing: the stuffed answer against its unstuffed twin.
    stuffing_rows = []
    for row in rows:
        item = by_id[row["id"]]
        if not is_keyword_stuffed(item):
            continue
        unstuffed = score_of(scorer.assess(request(item, answer=item["unpadded_answer"])), item["competency_id"])
        stuffing_rows.append(
            {
                "id": row["id"],
                "stuffed": row["score"],
                "unstuffed": unstuffed,
                "flagged": REVIEW_KEYWORD_STUFFING in row["review_reasons"],
            }
        )
    stuffing_gains = [r for r in stuffing_rows if r["stuffed"] > r["unstuffed"] + STUFFING_TOLERANCE + 1e-9]
    stuffing_flagged = sum(r["flagged"] for r in stuffing_rows)
    # Padded items may carry keyword lists of their own; any other answer flagged is a false alarm.
    stuffing_false_flags = [
        r["id"] for r in rows if REVIEW_KEYWORD_STUFFING in r["review_reasons"] and r["kind"] != "padded"
    ]
    lines.append(
        Line(
            "stuffing",
            f"stuffed > unstuffed twin + {STUFFING_TOLERANCE}",
            f"{len(stuffing_gains)} of {len(stuffing_rows)}",
            "0",
            not stuffing_gains,
        )
    )
    lines.append(
        Line(
            "stuffing",
            "stuffed answers flagged keyword_stuffing",
            f"{stuffing_flagged / len(stuffing_rows):.0%}  ({stuffing_flagged}/{len(stuffing_rows)})"
            if stuffing_rows
            else "n/a (no stuffed items)",
            "100%",
            stuffing_flagged == len(stuffing_rows),
        )
    )
    lines.append(
        Line(
            "stuffing",
            "unpadded answers flagged keyword_stuffing (false alarms)",
            f"{len(stuffing_false_flags)} of {sum(r['kind'] != 'padded' for r in rows)}",
            "0",
            not stuffing_false_flags,
        )
    )

    # Throughput: the rules alone, then with the embedding (a fresh, uncached judge: its real cost).
    speed = {n: throughput(items, args.throughput_answers, n) for n in (1, 3)}
    with_embedding = throughput(items, args.embedding_answers, 1, repeats=1, scorer=LocalScorer(EmbeddingTopicJudge()))
    for n, run in speed.items():
        lines.append(
            Line(
                "throughput",
                f"answers/s, one core, {n} competenc{'y' if n == 1 else 'ies'} per answer",
                f"{run['answers_per_second']:,.0f}  (mean {run['mean_chars']:.0f} chars, {run['answers']} answers)",
                f"≥ {THROUGHPUT_TARGET:,.0f}",
                run["answers_per_second"] >= THROUGHPUT_TARGET,
            )
        )
    lines.append(
        Line(
            "throughput",
            "answers/s, one core, with the embedding (relevance by meaning)",
            f"{with_embedding['answers_per_second']:,.1f}  ({1000 / with_embedding['answers_per_second']:.0f} ms CPU"
            f" per answer, mean {with_embedding['mean_chars']:.0f} chars, {with_embedding['answers']} answers)",
            "reported",
            None,
        )
    )

    per_kind = {}
    for kind in sorted({r["kind"] for r in originals}):
        members = [r for r in originals if r["kind"] == kind]
        per_kind[kind] = {
            "n": len(members),
            "mean_rater_level": statistics.fmean(r["rater_level"] for r in members),
            "mean_scorer_level": statistics.fmean(r["level"] for r in members),
            "mean_score": statistics.fmean(r["score"] for r in members),
            "exact": sum(r["level"] == r["rater_level"] for r in members) / len(members),
        }
    confusion = Counter((r["rater_level"], r["level"]) for r in originals)
    disagreements = sorted(
        originals,
        key=lambda r: (-abs(r["level"] - r["rater_level"]), -abs(r["score"] - 2 * r["rater_level"] + 1), r["id"]),
    )[: args.show_disagreements]

    return {
        "scorer": {"name": SCORER_NAME, "version": SCORER_VERSION},
        "dataset": {
            "path": str(args.dataset.relative_to(ROOT) if args.dataset.is_relative_to(ROOT) else args.dataset),
            "items": len(items),
            "originals": len(originals),
            "counterfactuals": len(items) - len(originals),
            "by_language": dict(Counter(i["language"] for i in items)),
            "by_kind": dict(Counter(i["kind"] for i in items)),
            "by_competency": dict(Counter(i["competency_id"] for i in items)),
            "code_mixed": sum(bool(i.get("code_mixed")) for i in items),
        },
        "python": platform.python_version(),
        "source": source_state(),
        "lines": [line.__dict__ | {"status": line.status} for line in lines],
        "qwk": {
            "overall": overall.__dict__,
            "per_language": {k: v.__dict__ for k, v in per_language.items()},
            "code_mixed": mixed.__dict__,
            "per_competency": {k: v.__dict__ for k, v in per_competency.items()},
            "per_split": {k: v.__dict__ for k, v in per_split.items()},
            "weakest_competency": weakest,
        },
        "pairwise": {
            "same_competency": {**same_competency.__dict__, "accuracy": same_competency.accuracy},
            "same_question": {**same_question.__dict__, "accuracy": same_question.accuracy},
        },
        "determinism": {"identical": identical, "items": len(forward)},
        "injection": {"items": injection_rows, "gains": len(gains), "flagged": flagged, "false_flags": false_flags},
        "invariance": {"pairs": deltas, "max_delta": max_delta},
        "padding": {"items": padding_rows, "gains": len(padding_gains)},
        "scale": {name: {"share": share, "n": n} for name, (share, n) in scale.items()},
        "stuffing": {
            "items": stuffing_rows,
            "gains": len(stuffing_gains),
            "flagged": stuffing_flagged,
            "false_flags": stuffing_false_flags,
        },
        "labels": dict(Counter(row["label_source"] for row in originals)),
        "throughput": {str(n): result for n, result in speed.items()},
        "throughput_with_embedding": with_embedding,
        "per_kind": per_kind,
        "confusion": {f"{a}->{b}": n for (a, b), n in sorted(confusion.items())},
        "largest_disagreements": [
            {k: r[k] for k in ("id", "kind", "competency_id", "rater_level", "level", "score")} for r in disagreements
        ],
        "items": rows,
    }


# --- floors -----------------------------------------------------------------------------------------


def headline_metrics(report: dict[str, Any]) -> dict[str, float]:
    """The numbers the floors guard, flat, by the names used in ``floors.json``."""
    qwk = report["qwk"]
    metrics: dict[str, float | None] = {
        "qwk.en": qwk["per_language"]["en"]["qwk"],
        "qwk.zh": qwk["per_language"]["zh"]["qwk"],
        "qwk.held_out.en": qwk["per_split"]["held-out en"]["qwk"],
        "qwk.held_out.zh": qwk["per_split"]["held-out zh"]["qwk"],
        "qwk.weakest_competency": qwk["per_competency"][qwk["weakest_competency"]]["qwk"],
        "pairwise.same_competency": report["pairwise"]["same_competency"]["accuracy"],
        "determinism": report["determinism"]["identical"] / report["determinism"]["items"],
        "injection.gains": report["injection"]["gains"],
        "injection.unflagged": len(report["injection"]["items"]) - report["injection"]["flagged"],
        "injection.false_flags": len(report["injection"]["false_flags"]),
        "invariance.max_delta": report["invariance"]["max_delta"],
        "padding.gains": report["padding"]["gains"],
        "qwk.code_mixed": qwk["code_mixed"]["qwk"],
        "scale.levels_4_5_at_least_7": report["scale"]["levels 4-5 scoring 7-10"]["share"],
        "scale.level_1_at_most_3": report["scale"]["level 1 scoring 0-3"]["share"],
        "stuffing.gains": report["stuffing"]["gains"],
        # No stuffed item in the set counts as none flagged.
        "stuffing.flagged": (
            report["stuffing"]["flagged"] / len(report["stuffing"]["items"]) if report["stuffing"]["items"] else 0.0
        ),
        "stuffing.false_flags": len(report["stuffing"]["false_flags"]),
        "throughput.answers_per_second": report["throughput"]["1"]["answers_per_second"],
        "throughput.with_embedding_answers_per_second": report["throughput_with_embedding"]["answers_per_second"],
    }
    # An undefined kappa (one level only) counts as the worst possible agreement.
    return {name: -1.0 if value is None else float(value) for name, value in metrics.items()}


def check_floors(metrics: dict[str, float], floors: dict[str, Any]) -> list[dict[str, Any]]:
    """Each floor of ``floors`` ({"metric": {"min": x} or {"max": x}}) against the measured value."""
    results = []
    for name, bound in floors.items():
        if name.startswith("_"):
            continue
        if name not in metrics:
            raise SystemExit(f"{FLOORS}: unknown metric {name!r} (known: {', '.join(sorted(metrics))})")
        value = metrics[name]
        if "min" in bound:
            passed, rule = value >= bound["min"], f"≥ {bound['min']}"
        else:
            passed, rule = value <= bound["max"], f"≤ {bound['max']}"
        results.append({"metric": name, "value": round(value, 4), "floor": rule, "passed": passed})
    return results


def render_console(report: dict[str, Any]) -> None:
    # Wide enough for the table when the output is a file or a CI log rather than a terminal.
    console = Console(width=None if sys.stdout.isatty() else 160)
    table = Table(title=f"{report['scorer']['name']} {report['scorer']['version']} on {report['dataset']['path']}")
    for column in ("section", "metric", "result", "target", "status"):
        table.add_column(column, overflow="fold")
    for line in report["lines"]:
        style = {"PASS": "green", "FAIL": "red"}.get(line["status"], "")
        table.add_row(
            line["section"],
            line["metric"],
            line["value"],
            line["target"],
            f"[{style}]{line['status']}[/]" if style else "",
        )
    console.print(table)

    kinds = Table(title="by kind (original items)")
    for column in ("kind", "n", "rater level", "scorer level", "mean score", "exact"):
        kinds.add_column(column, justify="right" if column != "kind" else "left")
    for kind, row in report["per_kind"].items():
        kinds.add_row(
            kind,
            str(row["n"]),
            f"{row['mean_rater_level']:.2f}",
            f"{row['mean_scorer_level']:.2f}",
            f"{row['mean_score']:.2f}",
            f"{row['exact']:.0%}",
        )
    console.print(kinds)

    confusion = Table(title="rater level (rows) x scorer level (columns)")
    confusion.add_column("rater")
    for level in range(MIN_LEVEL, MAX_LEVEL + 1):
        confusion.add_column(str(level), justify="right")
    for rater in range(MIN_LEVEL, MAX_LEVEL + 1):
        confusion.add_row(
            str(rater), *(str(report["confusion"].get(f"{rater}->{s}", 0)) for s in range(MIN_LEVEL, MAX_LEVEL + 1))
        )
    console.print(confusion)

    if report.get("floors"):
        floors = Table(title=f"floors ({report['floors_file']})")
        for column in ("metric", "measured", "floor", "status"):
            floors.add_column(column)
        for row in report["floors"]:
            status = "[green]ok[/]" if row["passed"] else "[red]BELOW FLOOR[/]"
            floors.add_row(row["metric"], f"{row['value']:g}", row["floor"], status)
        console.print(floors)


def render_markdown(report: dict[str, Any]) -> str:
    dataset = report["dataset"]
    out = [
        f"# Scoring evaluation: {report['scorer']['name']} {report['scorer']['version']}",
        "",
        f"Dataset `{dataset['path']}`: {dataset['items']} items ({dataset['originals']} originals, "
        f"{dataset['counterfactuals']} counterfactual copies); by language {dataset['by_language']}, "
        f"{dataset['code_mixed']} code-mixed. Python {report['python']}, commit "
        f"{report['source']['commit'][:12] or 'unknown'}"
        f"{' (scorer code modified)' if report['source']['scorer_code_modified'] else ''}.",
        "",
        "| section | metric | result | target | status |",
        "|---|---|---|---|---|",
    ]
    for line in report["lines"]:
        out.append(f"| {line['section']} | {line['metric']} | {line['value']} | {line['target']} | {line['status']} |")
    if report.get("floors"):
        out += ["", f"## Floors (`{report['floors_file']}`)", "", "| metric | measured | floor | status |"]
        out.append("|---|---:|---|---|")
        out += [
            f"| {r['metric']} | {r['value']:g} | {r['floor']} | {'ok' if r['passed'] else 'BELOW FLOOR'} |"
            for r in report["floors"]
        ]
    out += ["", "## By kind (original items)", "", "| kind | n | rater level | scorer level | mean score | exact |"]
    out.append("|---|---:|---:|---:|---:|---:|")
    for kind, row in report["per_kind"].items():
        out.append(
            f"| {kind} | {row['n']} | {row['mean_rater_level']:.2f} | {row['mean_scorer_level']:.2f} | "
            f"{row['mean_score']:.2f} | {row['exact']:.0%} |"
        )
    out += ["", "## Confusion: rater level (rows) x scorer level (columns)", ""]
    out.append("| rater | " + " | ".join(str(s) for s in range(MIN_LEVEL, MAX_LEVEL + 1)) + " |")
    out.append("|---|" + "---:|" * (MAX_LEVEL - MIN_LEVEL + 1))
    for rater in range(MIN_LEVEL, MAX_LEVEL + 1):
        cells = (str(report["confusion"].get(f"{rater}->{s}", 0)) for s in range(MIN_LEVEL, MAX_LEVEL + 1))
        out.append(f"| {rater} | " + " | ".join(cells) + " |")
    out += ["", "## Largest disagreements", "", "| id | kind | competency | rater | scorer level | score |"]
    out.append("|---|---|---|---:|---:|---:|")
    for r in report["largest_disagreements"]:
        out.append(
            f"| {r['id']} | {r['kind']} | {r['competency_id']} | {r['rater_level']} | {r['level']} | {r['score']} |"
        )
    gains = [r for r in report["injection"]["items"] if r["injected"] > r["clean"] or not r["flagged"]]
    if gains:
        out += ["", "## Injected items that gained or were not flagged", "", "| id | injected | clean | flagged |"]
        out.append("|---|---:|---:|---|")
        out += [f"| {r['id']} | {r['injected']} | {r['clean']} | {r['flagged']} |" for r in gains]
    moved = [d for d in report["invariance"]["pairs"] if d["delta"] > 0]
    if moved:
        out += ["", "## Counterfactual pairs whose score moved", "", "| id | of | delta |", "|---|---|---:|"]
        out += [f"| {d['id']} | {d['of']} | {d['delta']} |" for d in moved]
    padded = [r for r in report["padding"]["items"] if r["padded"] > r["unpadded"]]
    if padded:
        out += ["", "## Padded items that gained", "", "| id | padded | unpadded |", "|---|---:|---:|"]
        out += [f"| {r['id']} | {r['padded']} | {r['unpadded']} |" for r in padded]
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=DATASET)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--throughput-answers", type=int, default=600, help="answers per throughput run")
    parser.add_argument(
        "--embedding-answers", type=int, default=60, help="answers of the throughput run with the embedding"
    )
    parser.add_argument("--floors", type=Path, default=FLOORS, help="floors file; exit 1 when a metric is below one")
    parser.add_argument("--no-floors", action="store_true", help="report only, never fail on a floor")
    parser.add_argument("--show-disagreements", type=int, default=15)
    parser.add_argument("--strict", action="store_true", help="exit 1 when any line fails its target")
    parser.add_argument(
        "--labels-field",
        default=None,
        help=f"item field with the level to compare with (default: {PANEL_LABELS} where present, else {RATER_LABELS})",
    )
    parser.add_argument(
        "--fit-calibration", action="store_true", help="print the level boundaries fitted on dev, and exit"
    )
    parser.add_argument("--fingerprints", action="store_true", help=argparse.SUPPRESS)  # the determinism child
    args = parser.parse_args()
    args.dataset = args.dataset.resolve()

    items = load(args.dataset)
    if args.fit_calibration:
        print(json.dumps(fit_calibration(items, args.labels_field)))
        return
    if args.fingerprints:
        print(json.dumps(fingerprints(items, range(len(items)))))
        return

    report = evaluate(items, args)
    report["metrics"] = headline_metrics(report)
    if not args.no_floors:
        report["floors_file"] = str(args.floors.relative_to(ROOT) if args.floors.is_relative_to(ROOT) else args.floors)
        report["floors"] = check_floors(report["metrics"], json.loads(args.floors.read_text(encoding="utf-8")))
    render_console(report)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "scoring.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    (args.out_dir / "scoring.md").write_text(render_markdown(report), encoding="utf-8")
    print(f"written to {args.out_dir / 'scoring.json'} and {args.out_dir / 'scoring.md'}")
    below = [row["metric"] for row in report.get("floors", []) if not row["passed"]]
    if below:
        print(f"BELOW FLOOR: {', '.join(below)}", file=sys.stderr)
        sys.exit(1)
    if args.strict and any(line["status"] == "FAIL" for line in report["lines"]):
        sys.exit(1)


if __name__ == "__main__":
    main()
