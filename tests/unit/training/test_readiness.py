"""The readiness check's hint: the first STAR part the answer lacks, or praise for a complete answer."""

from __future__ import annotations

from wendu.core.text import StarPart
from wendu.training.domain.model import Language
from wendu.training.domain.readiness import example_hint, readiness_question


def test_the_question_exists_in_both_languages():
    zh, en = readiness_question(Language.ZH), readiness_question(Language.EN)
    assert zh.question_id == en.question_id and zh.text != en.text and zh.competency_ids == en.competency_ids


def test_the_hint_asks_for_what_is_missing_first_the_action_then_the_result():
    assert "yourself" in example_hint(frozenset(), Language.EN)
    assert "result" in example_hint({StarPart.SITUATION, StarPart.ACTION}, Language.EN)
    assert "结果" in example_hint({StarPart.SITUATION, StarPart.ACTION}, Language.ZH)
    assert "complete" in example_hint(set(StarPart), Language.EN)
