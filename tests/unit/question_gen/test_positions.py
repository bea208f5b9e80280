"""Positions: competency models whose weights sum to 100, and question banks in both languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from wendu.core.errors import InvalidArgument, NotFound
from wendu.core.vocabulary import LocalizedText
from wendu.question_gen.domain.competencies import RUBRIC_VERSION, list_competencies
from wendu.question_gen.domain.positions import BankQuestion, CompetencyWeight, TimePolicy, new_position


def make(
    *weights: tuple[str, int],
    title: str = "Data analyst",
    bank: tuple[BankQuestion, ...] = (),
    time_policy: TimePolicy = TimePolicy(),
    employer_name: str = "",
):
    return new_position(
        position_id="p1",
        tenant_id="t1",
        title=title,
        competencies=[CompetencyWeight(c, w) for c, w in weights],
        question_bank=bank,
        time_policy=time_policy,
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
        employer_name=employer_name,
    )


def rejection(**kwargs) -> str:
    weights = kwargs.pop("weights", (("communication", 30), ("problem_solving", 70)))
    with pytest.raises(InvalidArgument) as caught:
        make(*weights, **kwargs)
    return caught.value.message


def test_a_valid_position_keeps_its_weights_and_names_the_rubric_version():
    position = make(("communication", 30), ("problem_solving", 70))

    assert [(c.competency_id, c.weight_percent) for c in position.competencies] == [
        ("communication", 30),
        ("problem_solving", 70),
    ]
    assert position.rubric_version == RUBRIC_VERSION


def test_competencies_are_planned_highest_weight_first():
    position = make(("communication", 30), ("problem_solving", 40), ("teamwork", 30))

    assert [c.competency_id for c in position.by_priority()] == ["problem_solving", "communication", "teamwork"]


def test_title_is_required():
    assert rejection(title="   ") == "title: must not be empty"


def test_the_employer_name_is_kept_trimmed_and_is_optional():
    assert make(("communication", 100), employer_name="  北风机器人 ").employer_name == "北风机器人"
    assert make(("communication", 100)).employer_name == ""


def test_an_overlong_employer_name_is_refused_naming_the_field():
    assert rejection(employer_name="N" * 121) == "employer_name: must be at most 120 characters"


def test_at_least_one_competency_is_required():
    assert rejection(weights=()) == "competencies: must name at least one competency"


def test_an_unknown_competency_is_named_with_its_index():
    message = rejection(weights=(("communication", 50), ("x", 50)))

    assert message == "competencies[1].competency_id: unknown competency 'x'"


def test_weights_must_sum_to_exactly_100():
    assert rejection(weights=(("communication", 40), ("teamwork", 50))) == (
        "competencies: weights must sum to 100, got 90"
    )
    assert "got 110" in rejection(weights=(("communication", 60), ("teamwork", 50)))


def test_a_weight_of_zero_is_rejected():
    message = rejection(weights=(("communication", 100), ("teamwork", 0)))

    assert message == "competencies[1].weight_percent: must be greater than 0"


def test_a_competency_cannot_appear_twice():
    message = rejection(weights=(("teamwork", 50), ("teamwork", 50)))

    assert message == "competencies[1].competency_id: duplicate competency 'teamwork'"


def test_a_bank_question_needs_both_languages():
    bank = (BankQuestion("communication", LocalizedText(zh="请介绍一下你自己。", en=" ")),)

    assert rejection(bank=bank) == "question_bank[0].text.en: must not be empty"


def test_a_bank_question_must_belong_to_a_chosen_competency():
    bank = (BankQuestion("leadership", LocalizedText(zh="问题", en="Question")),)

    assert rejection(bank=bank) == (
        "question_bank[0].competency_id: 'leadership' is not one of the position's competencies"
    )


def test_a_hard_limit_cannot_be_shorter_than_the_suggested_time():
    message = rejection(time_policy=TimePolicy(suggested_minutes_per_answer=5, hard_limit_minutes=3))

    assert message.startswith("time_policy.hard_limit_minutes:")


def test_the_library_has_eight_competencies_with_five_anchored_levels_in_both_languages():
    library = list_competencies()

    assert {c.competency_id for c in library} == {
        "communication",
        "problem_solving",
        "teamwork",
        "leadership",
        "learning_agility",
        "customer_focus",
        "resilience",
        "data_driven",
    }
    for competency in library:
        texts = [competency.name, competency.definition, *competency.levels]
        assert len(competency.levels) == 5
        assert all(t.zh.strip() and t.en.strip() for t in texts), competency.competency_id


async def test_the_same_idempotency_key_returns_the_first_position(app, tenant):
    first = await app.position(idempotency_key="pos-key")
    again = await app.position(("teamwork", 100), idempotency_key="pos-key")

    assert again.position_id == first.position_id
    assert len(app.positions.by_id) == 1


async def test_reading_an_unknown_position_is_not_found(app, tenant):
    with pytest.raises(NotFound):
        await app.position_handlers.get(tenant, "nope")


async def test_positions_of_another_tenant_are_invisible(app):
    position = await app.position()

    with pytest.raises(NotFound):
        await app.position_handlers.get("tenant-b", position.position_id)
