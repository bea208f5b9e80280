"""The scoring calibration set (eval/scoring/answers.jsonl) has the shape the evaluator relies on.

Structure only: these checks say nothing about how well any scorer does on the set.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

DATASET = Path(__file__).resolve().parents[3] / "eval" / "scoring" / "answers.jsonl"
COMPETENCIES = {
    "communication",
    "problem_solving",
    "teamwork",
    "leadership",
    "learning_agility",
    "customer_focus",
    "resilience",
    "data_driven",
}
KINDS = {"strong", "average", "weak", "false_star", "off_topic", "padded", "injected"}
REQUIRED = ("id", "language", "competency_id", "question", "answer", "kind", "rater_level", "reason")


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    with DATASET.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def test_the_set_is_large_enough_and_covers_both_languages(items: list[dict[str, Any]]) -> None:
    assert len(items) >= 200
    languages = Counter(item["language"] for item in items)
    assert set(languages) == {"zh", "en"}
    assert languages["zh"] >= 80
    assert languages["en"] >= 80


def test_every_item_has_the_required_fields_with_valid_values(items: list[dict[str, Any]]) -> None:
    for item in items:
        missing = [name for name in REQUIRED if name not in item]
        assert not missing, f"{item.get('id')}: missing {missing}"
        for name in ("id", "question", "answer", "reason"):
            assert isinstance(item[name], str) and item[name].strip(), f"{item['id']}: empty {name}"
        assert item["competency_id"] in COMPETENCIES, item["id"]
        assert item["kind"] in KINDS, item["id"]
        assert isinstance(item["rater_level"], int) and 1 <= item["rater_level"] <= 5, item["id"]


def test_ids_are_unique(items: list[dict[str, Any]]) -> None:
    ids = Counter(item["id"] for item in items)
    assert [item_id for item_id, n in ids.items() if n > 1] == []


def test_every_competency_and_every_kind_is_present(items: list[dict[str, Any]]) -> None:
    assert {item["competency_id"] for item in items} == COMPETENCIES
    assert {item["kind"] for item in items} == KINDS
    for language in ("zh", "en"):
        assert {item["competency_id"] for item in items if item["language"] == language} == COMPETENCIES


def test_there_are_at_least_20_injected_cases_each_with_its_clean_twin(items: list[dict[str, Any]]) -> None:
    injected = [item for item in items if item["kind"] == "injected"]
    assert len(injected) >= 20
    assert {item["language"] for item in injected} == {"zh", "en"}
    for item in injected:
        clean = item.get("clean_answer")
        assert isinstance(clean, str) and clean.strip(), item["id"]
        assert clean != item["answer"], item["id"]
        # The injected answer is the clean one plus the injection: nothing of the clean text is lost.
        assert len(item["answer"]) > len(clean), item["id"]


def test_every_padded_item_has_its_unpadded_twin(items: list[dict[str, Any]]) -> None:
    for item in (item for item in items if item["kind"] == "padded"):
        unpadded = item.get("unpadded_answer")
        assert isinstance(unpadded, str) and unpadded.strip(), item["id"]
        assert len(item["answer"]) > len(unpadded), item["id"]


def test_counterfactuals_point_at_an_existing_item_with_the_same_level(items: list[dict[str, Any]]) -> None:
    by_id = {item["id"]: item for item in items}
    counterfactuals = [item for item in items if "counterfactual_of" in item]
    assert len(counterfactuals) >= 30
    for item in counterfactuals:
        original = by_id.get(item["counterfactual_of"])
        assert original is not None, item["id"]
        assert "counterfactual_of" not in original, f"{item['id']}: a counterfactual of a counterfactual"
        assert item["rater_level"] == original["rater_level"], item["id"]
        assert item["competency_id"] == original["competency_id"], item["id"]
        assert item["question"] == original["question"], item["id"]
        assert item["answer"] != original["answer"], item["id"]
