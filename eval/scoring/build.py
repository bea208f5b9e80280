"""Build ``answers.jsonl`` from the hand-written batch files in ``batches/``.

The batches are the source: one Python module per competency with ``COMPETENCY``, ``PREFIX``,
``QUESTIONS`` and ``ITEMS``. This script only assembles them, it writes no answer text of its own:

* it numbers the items (``<prefix>-<language>-<nn>``);
* an injected item is its ``clean`` answer with the hand-written ``inject`` text put at the
  ``start``, the ``end`` or after the first sentence (``mid``);
* a padded item is its ``unpadded`` answer with ``pad_before`` / ``pad_after`` around it, unless the
  batch writes the whole padded ``answer`` by hand (padding woven into the sentences);
* a ``{"cf": {old: new, ...}}`` entry is a counterfactual variant of the item just before it: the
  same answer with names, gendered words, schools or home towns swapped. Every swap must occur;
* every item gets the panel's adjudicated level (``panel/adjudicated.jsonl``) as ``panel_level``.

    uv run --frozen --no-sync python eval/scoring/build.py
"""

from __future__ import annotations

import json
import re
import runpy
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BATCHES = HERE / "batches"
OUTPUT = HERE / "answers.jsonl"
# The panel's adjudicated levels (panel/adjudicate.py): copied into each item as ``panel_level``.
PANEL = HERE / "panel" / "adjudicated.jsonl"
FIELD_ORDER = (
    "id",
    "language",
    "code_mixed",
    "competency_id",
    "question",
    "answer",
    "kind",
    "rater_level",
    "panel_level",
    "reason",
    "clean_answer",
    "unpadded_answer",
    "counterfactual_of",
    "swaps",
)
_FIRST_SENTENCE_END = re.compile(r"[。！？]|[.!?](?=\s)")


def _join(language: str, *parts: str) -> str:
    parts = tuple(part for part in parts if part)
    return ("" if language == "zh" else " ").join(parts)


def _inject(language: str, clean: str, injection: str, at: str) -> str:
    if at == "start":
        return _join(language, injection, clean)
    if at == "end":
        return _join(language, clean, injection)
    if at == "mid":
        match = _FIRST_SENTENCE_END.search(clean)
        if match is None:
            raise ValueError(f"no sentence end to inject after in {clean[:40]!r}")
        cut = match.end()
        return _join(language, clean[:cut], injection, clean[cut:].lstrip())
    raise ValueError(f"unknown injection position {at!r}")


def _swap(text: str, swaps: dict[str, str]) -> str:
    # One pass over all keys at once, longest first, so "he" inside "she" or a swap's own output
    # is never swapped again.
    keys = sorted(swaps, key=len, reverse=True)
    pattern = re.compile("|".join(_word(key) for key in keys))
    return pattern.sub(lambda match: swaps[match.group(0)], text)


def _word(key: str) -> str:
    escaped = re.escape(key)
    if key.isascii():
        return rf"\b{escaped}\b"
    # 他/她 inside 其他 / 其它 is not a pronoun.
    return rf"(?<!其){escaped}" if key in ("他", "她") else escaped


def build() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for path in sorted(BATCHES.glob("*.py")):
        batch = runpy.run_path(str(path))
        competency, prefix, questions = batch["COMPETENCY"], batch["PREFIX"], batch["QUESTIONS"]
        counters: dict[str, int] = {}
        previous: dict[str, Any] | None = None
        cf_counter = 0
        for raw in batch["ITEMS"]:
            if "cf" in raw:
                if previous is None:
                    raise ValueError(f"{path.name}: a counterfactual needs an item before it")
                cf_counter += 1
                swaps = raw["cf"]
                item = dict(previous)
                item["id"] = f"{previous['id']}-cf{cf_counter}"
                item["counterfactual_of"] = previous["id"]
                item["swaps"] = swaps
                for field in ("answer", "clean_answer", "unpadded_answer"):
                    if field in item:
                        item[field] = _swap(item[field], swaps)
                for key in swaps:
                    if not re.search(_word(key), previous["answer"]):
                        raise ValueError(f"{item['id']}: swap {key!r} does not occur in the answer")
                if item["answer"] == previous["answer"]:
                    raise ValueError(f"{item['id']}: the swaps changed nothing")
                item["reason"] = (
                    f"Counterfactual of {previous['id']} ({', '.join(swaps)} swapped): {previous['reason']}"
                )
                items.append(item)
                continue
            cf_counter = 0
            language = raw["q"][:2]
            counters[language] = counters.get(language, 0) + 1
            item = {
                "id": f"{prefix}-{language}-{counters[language]:02d}",
                "language": language,
                "competency_id": competency,
                "question": questions[raw["q"]],
                "kind": raw["kind"],
                "rater_level": raw["level"],
                "reason": raw["reason"],
            }
            if raw.get("mixed"):
                item["code_mixed"] = True
            if raw["kind"] == "injected":
                item["clean_answer"] = raw["clean"]
                item["answer"] = _inject(language, raw["clean"], raw["inject"], raw["at"])
            elif raw["kind"] == "padded":
                item["unpadded_answer"] = raw["unpadded"]
                item["answer"] = raw.get("answer") or _join(
                    language, raw.get("pad_before", ""), raw["unpadded"], raw.get("pad_after", "")
                )
            else:
                item["answer"] = raw["answer"]
            items.append(item)
            previous = item
    _add_panel_levels(items)
    return [{key: item[key] for key in FIELD_ORDER if key in item} for item in items]


def _add_panel_levels(items: list[dict[str, Any]]) -> None:
    """Each item's ``panel_level``: its own, or its original's for a counterfactual copy."""
    if not PANEL.exists():
        return
    panel = {row["id"]: row["level"] for row in map(json.loads, PANEL.read_text().splitlines()) if row}
    for item in items:
        rated = item.get("counterfactual_of", item["id"])
        if rated not in panel:
            raise ValueError(f"{item['id']}: the panel has no level for {rated}")
        item["panel_level"] = panel[rated]


def main() -> None:
    items = build()
    ids = [item["id"] for item in items]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    with OUTPUT.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} items written to {OUTPUT}")


if __name__ == "__main__":
    main()
