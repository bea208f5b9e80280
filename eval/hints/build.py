"""Build ``pairs.jsonl`` from the hand-written items in ``items_en.py`` and ``items_zh.py``.

The item files are the source; this script numbers the items (``h-<language>-<nnn>``, in the order
they are written, so adding items at the end never renumbers old ones), checks every label, and
writes one JSON object a line. It also checks the two traps against the old word-overlap relevance
(``wendu.core.text.relevance``): a ``no_shared_words`` answer must share no content word with its
question, and a ``shares_words`` answer must share at least one.

    uv run --frozen --no-sync python eval/hints/build.py
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

from wendu.core.text import relevance as word_overlap

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "pairs.jsonl"
STAR_PARTS = ("situation", "task", "action", "result")
KINDS = frozenset({"strong", "average", "weak", "vague", "off_topic", "partially_off_topic"})
TRAPS = frozenset({"no_shared_words", "shares_words", "wrong_story"})


def _check(item_id: str, item: dict[str, Any], question: str) -> None:
    problems = []
    if item["kind"] not in KINDS:
        problems.append(f"unknown kind {item['kind']}")
    if item["on_topic"] == (item["kind"] in ("off_topic", "partially_off_topic")):
        problems.append("on_topic contradicts kind")
    if not 1 <= item["level"] <= 5 or (not item["on_topic"] and item["level"] != 1):
        problems.append("level must be 1-5, and 1 when off topic")
    if not set(item["star"]) <= set(STAR_PARTS):
        problems.append(f"unknown STAR part in {item['star']}")
    trap = item["trap"]
    if trap is not None and trap not in TRAPS:
        problems.append(f"unknown trap {trap}")
    overlap = word_overlap(question, item["answer"])
    if trap == "no_shared_words" and (not item["on_topic"] or overlap > 0):
        problems.append(f"no_shared_words needs an on-topic answer with word overlap 0, has {overlap}")
    if trap == "shares_words" and (item["on_topic"] or overlap == 0):
        problems.append(f"shares_words needs an off-topic answer with word overlap > 0, has {overlap}")
    if trap == "wrong_story" and item["on_topic"]:
        problems.append("wrong_story is an off-topic answer")
    if problems:
        raise ValueError(f"{item_id}: " + "; ".join(problems))


def build() -> list[dict[str, Any]]:
    pairs: list[dict[str, Any]] = []
    for language in ("en", "zh"):
        source = runpy.run_path(str(HERE / f"items_{language}.py"))
        questions: dict[str, str] = source["QUESTIONS"]
        for number, item in enumerate(source["ITEMS"], start=1):
            item_id = f"h-{language}-{number:03d}"
            question = questions[item["q"]]
            _check(item_id, item, question)
            pair: dict[str, Any] = {"id": item_id, "language": language}
            if item.get("code_mixed"):
                pair["code_mixed"] = True
            pair.update(
                question=question,
                answer=item["answer"],
                on_topic=item["on_topic"],
                level=item["level"],
                star_parts_present=[part for part in STAR_PARTS if part in item["star"]],
                kind=item["kind"],
                trap=item["trap"],
            )
            pairs.append(pair)
    return pairs


def main() -> None:
    pairs = build()
    OUTPUT.write_text("".join(json.dumps(pair, ensure_ascii=False) + "\n" for pair in pairs), encoding="utf-8")
    off = sum(not pair["on_topic"] for pair in pairs)
    by_language = {lang: sum(pair["language"] == lang for pair in pairs) for lang in ("en", "zh")}
    print(f"wrote {len(pairs)} pairs to {OUTPUT} ({by_language}, {off} off topic)")


if __name__ == "__main__":
    main()
