"""Evaluate the résumé extractor against the labelled résumés in ``eval/resumes``.

A runnable script, not a test: it measures and reports, it tunes nothing. Run it with

    uv run --frozen --no-sync python benchmarks/eval_resumes.py          # or: make eval-resumes

Every résumé is read three times, as the service would receive it: its plain text, and the PDF and
the DOCX built from it (``eval/resumes/build.py``, built on first use, needs ``make browser`` for
the PDF), each through the service's own file reader and then the extractor. It prints, per split
(dev / held-out, see :func:`split_of`) and per format, the precision and recall of every signal
and how well employers and project titles are extracted; writes ``.work/eval/resumes.json`` (every
metric and every résumé's misses) and ``.work/eval/resumes.md``; and exits 1 when a signal is
below its floor in ``eval/resumes/floors.json`` on any split and format (``--no-floors``: report
only).

Employers and project titles are compared after NFKC normalisation (full-width forms as ASCII),
case folding, and with quotation marks and spaces removed: "“晨读”App" and "晨读 app" are the
same title. A résumé counts as right when its distinct employers (or titles) are exactly the
labelled ones, in any order.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import platform
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from wendu.profile.adapters.resume_files import read_resume_text
from wendu.profile.domain.model import ResumeFacts, ResumeMediaType, Signal
from wendu.profile.domain.resume import extract_resume

ROOT = Path(__file__).resolve().parents[1]
DATASET = ROOT / "eval" / "resumes"
OUT_DIR = ROOT / ".work" / "eval"
FLOORS = DATASET / "floors.json"
FORMATS = {"txt": ResumeMediaType.TEXT, "pdf": ResumeMediaType.PDF, "docx": ResumeMediaType.DOCX}
SPLITS = ("dev", "held-out")
# The held-out split: résumés whose id hashes to a bucket below this, of ten (as eval/scoring does).
# Fixed by the id alone: the held-out résumés were written first and never read while tuning rules.
HELD_OUT_BUCKETS = 3
_NOT_COMPARED = re.compile(r"[\s“”\"「」『』《》‘’'`*]")


def split_of(resume_id: str) -> str:
    bucket = int(hashlib.sha256(resume_id.encode()).hexdigest(), 16) % 10
    return "held-out" if bucket < HELD_OUT_BUCKETS else "dev"


def comparable(name: str) -> str:
    return _NOT_COMPARED.sub("", unicodedata.normalize("NFKC", name)).casefold().strip(".,;:")


# --- the data -------------------------------------------------------------------------------------


def load(dataset: Path) -> list[dict[str, Any]]:
    with (dataset / "labels.jsonl").open(encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines if line.strip()]
    known = {signal.value for signal in Signal}
    for item in items:
        unknown = set(item["signals"]) - known
        if unknown:
            raise SystemExit(f"{item['id']}: unknown signals {sorted(unknown)} (known: {sorted(known)})")
        if not (dataset / "texts" / f"{item['id']}.txt").exists():
            raise SystemExit(f"{item['id']}: no texts/{item['id']}.txt")
    return items


def _builder(dataset: Path) -> Any:
    spec = importlib.util.spec_from_file_location("wendu_eval_resumes_build", dataset / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source_files(items: Sequence[dict[str, Any]], dataset: Path, formats: Sequence[str]) -> dict[tuple[str, str], Path]:
    """Every (id, format) to its file; PDF and DOCX are built first when missing."""
    builder = _builder(dataset)
    ids = [item["id"] for item in items]
    todo = [(i, suffix) for i, suffix in builder.missing(ids) if suffix in formats]
    if todo:
        print(f"building {len(todo)} PDF/DOCX files (eval/resumes/build.py) ...", flush=True)
        try:
            builder.build(todo)
        except (subprocess.CalledProcessError, FileNotFoundError) as exc:
            raise SystemExit(
                f"cannot build the PDF copies ({exc}): run `make browser`, or evaluate without them: --formats txt,docx"
            ) from exc
    files: dict[tuple[str, str], Path] = {}
    for i in ids:
        for suffix in formats:
            files[(i, suffix)] = dataset / "texts" / f"{i}.txt" if suffix == "txt" else builder.built_file(i, suffix)
    return files


def extract(path: Path, suffix: str) -> ResumeFacts:
    return extract_resume(read_resume_text(path.read_bytes(), FORMATS[suffix]))


# --- metrics --------------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall}


def compare_names(expected: Iterable[str], found: Iterable[str]) -> tuple[set[str], set[str], set[str]]:
    """(right, missed, extra) between distinct names, compared as :func:`comparable`."""
    wanted = {comparable(n): n for n in expected}
    got = {comparable(n): n for n in found if comparable(n)}
    return (
        {wanted[k] for k in wanted.keys() & got.keys()},
        {wanted[k] for k in wanted.keys() - got.keys()},
        {got[k] for k in got.keys() - wanted.keys()},
    )


def evaluate(
    items: Sequence[dict[str, Any]], files: dict[tuple[str, str], Path], formats: Sequence[str]
) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for item in items:
        for suffix in formats:
            facts = extract(files[(item["id"], suffix)], suffix)
            found_signals = {signal.value for signal in facts.signals}
            employers = compare_names(item["employers"], (job.employer for job in facts.experience))
            projects = compare_names(item["projects"], facts.project_names)
            rows.append(
                {
                    "id": item["id"],
                    "language": item["language"],
                    "split": split_of(item["id"]),
                    "format": suffix,
                    "expected_signals": sorted(item["signals"]),
                    "found_signals": sorted(found_signals),
                    "employers": {
                        "right": sorted(employers[0]),
                        "missed": sorted(employers[1]),
                        "extra": sorted(employers[2]),
                    },
                    "projects": {
                        "right": sorted(projects[0]),
                        "missed": sorted(projects[1]),
                        "extra": sorted(projects[2]),
                    },
                }
            )
    groups: dict[str, dict[str, Any]] = {}
    for split in SPLITS:
        for suffix in formats:
            members = [row for row in rows if row["split"] == split and row["format"] == suffix]
            groups[f"{split} {suffix}"] = summarise(members)
    return {"groups": groups, "rows": rows}


def summarise(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    signals: dict[str, Counts] = {signal.value: Counts() for signal in Signal}
    names = {"employers": Counts(), "projects": Counts()}
    exact = {"employers": 0, "projects": 0}
    for row in rows:
        expected, found = set(row["expected_signals"]), set(row["found_signals"])
        for name, counts in signals.items():
            counts.tp += name in expected and name in found
            counts.fp += name not in expected and name in found
            counts.fn += name in expected and name not in found
        for kind, counts in names.items():
            counts.tp += len(row[kind]["right"])
            counts.fn += len(row[kind]["missed"])
            counts.fp += len(row[kind]["extra"])
            exact[kind] += not row[kind]["missed"] and not row[kind]["extra"]
    return {
        "resumes": len(rows),
        "signals": {name: counts.as_dict() | {"labelled": counts.tp + counts.fn} for name, counts in signals.items()},
        **{
            kind: counts.as_dict() | {"exact": exact[kind] / len(rows) if rows else None}
            for kind, counts in names.items()
        },
    }


# --- floors -----------------------------------------------------------------------------------------


def check_floors(report: dict[str, Any], floors: dict[str, Any]) -> list[dict[str, Any]]:
    """Every signal's precision and recall on every split and format against its floor.

    A measure that is undefined passes only when nothing was there to find or to claim: no labelled
    positive for recall, no claimed positive for precision.
    """
    results = []
    default = floors["signals"].get("*", {})
    for group, summary in report["groups"].items():
        for name, measured in summary["signals"].items():
            bound = default | floors["signals"].get(name, {})
            for measure in ("precision", "recall"):
                if measure not in bound:
                    continue
                value = measured[measure]
                passed = value is None or value >= bound[measure]
                results.append(
                    {
                        "group": group,
                        "metric": f"{name}.{measure}",
                        "value": value,
                        "floor": f"≥ {bound[measure]}",
                        "passed": passed,
                    }
                )
    return results


# --- output ---------------------------------------------------------------------------------------


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def render_console(report: dict[str, Any], *, show_held_out: bool) -> None:
    console = Console(width=None if sys.stdout.isatty() else 160)
    groups = report["groups"]
    table = Table(title=f"signals on {report['dataset']['path']}: precision / recall (labelled positives)")
    table.add_column("signal")
    for group in groups:
        table.add_column(group, justify="right")
    for signal in Signal:
        cells = []
        for summary in groups.values():
            measured = summary["signals"][signal.value]
            cells.append(f"{_ratio(measured['precision'])} / {_ratio(measured['recall'])} ({measured['labelled']})")
        table.add_row(signal.value, *cells)
    for kind in ("employers", "projects"):
        table.add_row(
            f"{kind} P / R",
            *(f"{_ratio(s[kind]['precision'])} / {_ratio(s[kind]['recall'])}" for s in groups.values()),
        )
        table.add_row(f"{kind} exact", *(f"{_ratio(s[kind]['exact'])} of {s['resumes']}" for s in groups.values()))
    console.print(table)

    # Held-out résumés stay unread while rules are tuned: only their totals are shown unless asked.
    shown = SPLITS if show_held_out else ("dev",)
    misses = Table(title=f"résumés with a wrong signal, employer or title (plain text; {', '.join(shown)})")
    for column in (
        "id",
        "split",
        "signals missed",
        "signals extra",
        "employers missed / extra",
        "titles missed / extra",
    ):
        misses.add_column(column, overflow="fold")
    for row in report["rows"]:
        if row["format"] != "txt" or row["split"] not in shown:
            continue
        expected, found = set(row["expected_signals"]), set(row["found_signals"])
        wrong_names = any(row[k]["missed"] or row[k]["extra"] for k in ("employers", "projects"))
        if expected == found and not wrong_names:
            continue
        misses.add_row(
            row["id"],
            row["split"],
            ", ".join(sorted(expected - found)),
            ", ".join(sorted(found - expected)),
            f"{row['employers']['missed']} / {row['employers']['extra']}",
            f"{row['projects']['missed']} / {row['projects']['extra']}",
        )
    console.print(misses)

    if report.get("floors"):
        below = [row for row in report["floors"] if not row["passed"]]
        console.print(
            f"floors ({report['floors_file']}): {len(report['floors']) - len(below)} of {len(report['floors'])} ok"
        )
        for row in below:
            console.print(
                f"[red]BELOW FLOOR[/] {row['group']} {row['metric']} = {_ratio(row['value'])} ({row['floor']})"
            )


def render_markdown(report: dict[str, Any]) -> str:
    groups = report["groups"]
    out = [
        "# Résumé extraction evaluation",
        "",
        f"Dataset `{report['dataset']['path']}`: {report['dataset']['resumes']} résumés "
        f"({report['dataset']['by_split']}), each as {', '.join(report['dataset']['formats'])}. "
        f"Python {report['python']}, commit {report['source']['commit'][:12] or 'unknown'}"
        f"{' (extractor modified)' if report['source']['extractor_modified'] else ''}.",
        "",
        "Precision / recall (labelled positives):",
        "",
        "| signal | " + " | ".join(groups) + " |",
        "|---|" + "---:|" * len(groups),
    ]
    for signal in Signal:
        cells = (
            f"{_ratio(s['signals'][signal.value]['precision'])} / {_ratio(s['signals'][signal.value]['recall'])} "
            f"({s['signals'][signal.value]['labelled']})"
            for s in groups.values()
        )
        out.append(f"| {signal.value} | " + " | ".join(cells) + " |")
    for kind in ("employers", "projects"):
        cells = (f"{_ratio(s[kind]['precision'])} / {_ratio(s[kind]['recall'])}" for s in groups.values())
        out.append(f"| {kind} P / R | " + " | ".join(cells) + " |")
        out.append(f"| {kind} exact | " + " | ".join(f"{_ratio(s[kind]['exact'])}" for s in groups.values()) + " |")
    below = [row for row in report.get("floors", []) if not row["passed"]]
    if report.get("floors"):
        out += [
            "",
            f"Floors (`{report['floors_file']}`): {len(report['floors']) - len(below)} of {len(report['floors'])} ok.",
        ]
        out += [f"- BELOW FLOOR: {r['group']} {r['metric']} = {_ratio(r['value'])} ({r['floor']})" for r in below]
    return "\n".join(out) + "\n"


def source_state() -> dict[str, Any]:
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()
        except OSError:
            return ""

    extractor = "services/profile/src/wendu/profile/domain"
    return {
        "commit": git("rev-parse", "HEAD"),
        "extractor_modified": bool(git("status", "--porcelain", "--", extractor)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=DATASET)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: txt,pdf,docx")
    parser.add_argument("--floors", type=Path, default=FLOORS, help="floors file; exit 1 when a signal is below one")
    parser.add_argument("--no-floors", action="store_true", help="report only, never fail on a floor")
    parser.add_argument("--show-held-out", action="store_true", help="also list the held-out résumés' misses")
    args = parser.parse_args()
    args.dataset = args.dataset.resolve()
    formats = [f for f in args.formats.split(",") if f]
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise SystemExit(f"unknown formats {sorted(unknown)} (known: {', '.join(FORMATS)})")

    items = load(args.dataset)
    files = source_files(items, args.dataset, formats)
    report: dict[str, Any] = {
        "dataset": {
            "path": str(args.dataset.relative_to(ROOT) if args.dataset.is_relative_to(ROOT) else args.dataset),
            "resumes": len(items),
            "by_split": {s: sum(split_of(i["id"]) == s for i in items) for s in SPLITS},
            "by_language": {lang: sum(i["language"] == lang for i in items) for lang in ("zh", "en")},
            "formats": formats,
        },
        "python": platform.python_version(),
        "source": source_state(),
        **evaluate(items, files, formats),
    }
    if not args.no_floors:
        report["floors_file"] = str(args.floors.relative_to(ROOT) if args.floors.is_relative_to(ROOT) else args.floors)
        report["floors"] = check_floors(report, json.loads(args.floors.read_text(encoding="utf-8")))
    render_console(report, show_held_out=args.show_held_out)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "resumes.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    (args.out_dir / "resumes.md").write_text(render_markdown(report), encoding="utf-8")
    print(f"written to {args.out_dir / 'resumes.json'} and {args.out_dir / 'resumes.md'}")
    below = [f"{row['group']} {row['metric']}" for row in report.get("floors", []) if not row["passed"]]
    if below:
        print(f"BELOW FLOOR: {', '.join(below)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
