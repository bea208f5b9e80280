"""The interview guide: exact weights, the real flow, STAR examples, choices and data use, in zh and en."""

from __future__ import annotations

import re

import pytest
from wendu.training.domain.catalogue import COMPETENCY_IDS
from wendu.training.domain.guide import (
    STAR_EXAMPLES,
    CompetencyDefinition,
    CompetencyWeight,
    GuidePosition,
    build_guide,
)
from wendu.training.domain.model import Language, LocalizedText
from wendu.training.entrypoints.guide_html import render_guide_html

LIBRARY = {
    cid: CompetencyDefinition(
        cid,
        LocalizedText(zh=f"{cid}-名称", en=f"{cid}-name"),
        LocalizedText(zh=f"{cid}-定义", en=f"{cid}-definition"),
        LocalizedText(zh=f"{cid}-五级", en=f"{cid}-level five"),
    )
    for cid in COMPETENCY_IDS
}
POSITION = GuidePosition(
    "pos-1",
    'Analyst <script>alert("x")</script>',
    (
        CompetencyWeight("communication", 30),
        CompetencyWeight("problem_solving", 45),
        CompetencyWeight("teamwork", 25),
    ),
    suggested_minutes_per_answer=4,
)


@pytest.mark.parametrize("language", list(Language))
def test_dimensions_carry_the_positions_weights_highest_first(language):
    guide = build_guide(POSITION, LIBRARY, language)
    assert [(d.competency_id, d.weight_percent) for d in guide.dimensions] == [
        ("problem_solving", 45),
        ("communication", 30),
        ("teamwork", 25),
    ]
    assert sum(d.weight_percent for d in guide.dimensions) == 100
    first = guide.dimensions[0]
    assert first.name == LIBRARY["problem_solving"].name.in_language(language)
    assert first.strong_answer == LIBRARY["problem_solving"].top_level.in_language(language)
    assert first.example == STAR_EXAMPLES["problem_solving"][language]


@pytest.mark.parametrize("language", list(Language))
def test_steps_follow_the_real_flow_with_time_as_guidance(language):
    guide = build_guide(POSITION, LIBRARY, language)
    assert guide.planned_questions == 3 and guide.expected_minutes == 12
    assert guide.pausing_allowed and guide.hard_limit_minutes == 0
    assert "3" in guide.steps[1].title
    assert "12" in guide.timing_note and "24" in guide.timing_note
    assert {i.item_id for i in guide.choices} >= {"time_slot", "mode", "language", "screen", "hr_chat"}
    assert {i.item_id for i in guide.data_use} >= {"consent", "human_review", "practice_private"}
    texts = [guide.star_method, guide.timing_note, *(s.title + s.detail for s in guide.steps)]
    texts += [i.title + i.detail for i in (*guide.choices, *guide.data_use)]
    han = [t for t in texts if re.search(r"[\u4e00-\u9fff]", t)]
    assert len(han) == (len(texts) if language is Language.ZH else 0)


def test_a_hard_limit_is_stated_with_accommodations():
    limited = GuidePosition("pos-2", "Ops", (CompetencyWeight("resilience", 100),), hard_limit_minutes=20)
    guide = build_guide(limited, LIBRARY, Language.EN)
    assert guide.hard_limit_minutes == 20 and "20 minutes" in guide.timing_note and "accommodation" in guide.timing_note


def test_every_library_competency_has_a_star_example_in_both_languages():
    for cid in COMPETENCY_IDS:
        for language in Language:
            example = STAR_EXAMPLES[cid][language]
            assert all((example.situation, example.task, example.action, example.result)), (cid, language)


def test_html_shows_each_weight_and_escapes_the_title():
    html = render_guide_html(build_guide(POSITION, LIBRARY, Language.ZH))
    assert '<html lang="zh-CN">' in html
    for cid, weight in (("problem_solving", 45), ("communication", 30), ("teamwork", 25)):
        assert f'data-competency="{cid}" data-weight="{weight}"' in html
        assert f">{weight}%<" in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_competency_missing_from_the_library_still_shows_its_exact_weight():
    position = GuidePosition("pos-3", "Ops", (CompetencyWeight("resilience", 70), CompetencyWeight("retired_one", 30)))
    guide = build_guide(position, {"resilience": LIBRARY["resilience"]}, Language.EN)
    retired = guide.dimensions[1]
    assert (retired.competency_id, retired.name, retired.weight_percent) == ("retired_one", "retired_one", 30)
    assert retired.example.result  # the generic STAR shape
