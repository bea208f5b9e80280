"""The interview plan: one question per competency, personalised with the candidate's profile."""

from __future__ import annotations

from datetime import UTC, datetime

from wendu.question_gen.domain.language import Language, LocalizedText
from wendu.question_gen.domain.planning import CandidateProfile, plan_questions
from wendu.question_gen.domain.positions import BankQuestion, CompetencyWeight, TimePolicy, new_position
from wendu.question_gen.domain.question_templates import GENERAL


def position(*weights: tuple[str, int], bank: tuple[BankQuestion, ...] = ()):
    return new_position(
        position_id="p1",
        tenant_id="t1",
        title="Operations lead",
        competencies=[CompetencyWeight(c, w) for c, w in weights],
        question_bank=bank,
        time_policy=TimePolicy(),
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
    )


def profile(**kwargs) -> CandidateProfile:
    return CandidateProfile("cand-1", ai_scoring_consent=True, **kwargs)


def test_one_question_per_competency_highest_weight_first():
    plan = plan_questions(position(("teamwork", 20), ("resilience", 50), ("communication", 30)), profile(), Language.EN)

    assert [q.competency_ids for q in plan] == [("resilience",), ("communication",), ("teamwork",)]
    assert len({q.question_id for q in plan}) == 3


def test_without_a_profile_signal_the_built_in_template_is_used_and_recorded():
    plan = plan_questions(position(("teamwork", 100)), profile(), Language.ZH)

    assert plan[0].text == GENERAL["teamwork"][0].zh
    assert plan[0].reason == "competency template: teamwork"


def test_the_positions_own_question_comes_first():
    bank = (BankQuestion("teamwork", LocalizedText(zh="你如何带新人？", en="How do you onboard a new colleague?")),)

    plan = plan_questions(
        position(("teamwork", 100), bank=bank), profile(signals=frozenset({"career_switcher"})), Language.EN
    )

    assert plan[0].text == "How do you onboard a new colleague?"
    assert plan[0].reason == "position question bank"


def test_a_founder_is_asked_about_a_cash_flow_crisis():
    plan = plan_questions(
        position(("communication", 40), ("resilience", 60)), profile(signals=frozenset({"founder"})), Language.EN
    )

    resilience = plan[0]
    assert "cash-flow" in resilience.text
    assert resilience.reason == "profile signal: founder"
    assert "cash" not in plan[1].text


def test_a_founder_is_asked_about_a_cash_flow_crisis_in_chinese():
    plan = plan_questions(position(("problem_solving", 100)), profile(signals=frozenset({"founder"})), Language.ZH)

    assert "现金流" in plan[0].text
    assert plan[0].reason == "profile signal: founder"


def test_a_career_switcher_is_asked_which_skills_transfer():
    en = plan_questions(
        position(("learning_agility", 100)), profile(signals=frozenset({"career_switcher"})), Language.EN
    )
    zh = plan_questions(
        position(("learning_agility", 100)), profile(signals=frozenset({"career_switcher"})), Language.ZH
    )

    assert "transfer" in en[0].text and en[0].reason == "profile signal: career_switcher"
    assert "迁移" in zh[0].text and zh[0].reason == "profile signal: career_switcher"


def test_data_work_leads_to_a_decision_driven_by_data():
    en = plan_questions(position(("data_driven", 100)), profile(signals=frozenset({"data_work"})), Language.EN)
    zh = plan_questions(position(("data_driven", 100)), profile(signals=frozenset({"data_work"})), Language.ZH)

    assert "decision you drove with data" in en[0].text and en[0].reason == "profile signal: data_work"
    assert "用数据推动的决定" in zh[0].text


def test_a_project_from_the_profile_is_asked_about_by_name():
    en = plan_questions(position(("teamwork", 100)), profile(project_names=("Atlas",)), Language.EN)
    zh = plan_questions(position(("teamwork", 100)), profile(project_names=("星火计划",)), Language.ZH)

    assert '"Atlas"' in en[0].text and en[0].reason == "profile project: Atlas"
    assert "“星火计划”" in zh[0].text and zh[0].reason == "profile project: 星火计划"


def test_each_personalisation_is_used_once_and_the_rest_fall_back_to_templates():
    plan = plan_questions(
        position(("problem_solving", 40), ("resilience", 30), ("communication", 30)),
        profile(signals=frozenset({"founder"}), project_names=("Atlas",)),
        Language.EN,
    )

    reasons = {q.competency_ids[0]: q.reason for q in plan}
    # The founder question fits resilience best; the project takes the highest-weighted open slot.
    assert reasons == {
        "resilience": "profile signal: founder",
        "problem_solving": "profile project: Atlas",
        "communication": "competency template: communication",
    }


def test_a_signal_that_fits_no_competency_of_the_position_is_not_forced_in():
    plan = plan_questions(position(("communication", 100)), profile(signals=frozenset({"founder"})), Language.EN)

    assert plan[0].reason == "competency template: communication"


def test_a_question_asked_in_an_earlier_interview_is_not_repeated():
    already_asked = frozenset({GENERAL["teamwork"][0].en})

    plan = plan_questions(position(("teamwork", 100)), profile(asked_question_texts=already_asked), Language.EN)

    assert plan[0].text == GENERAL["teamwork"][1].en
