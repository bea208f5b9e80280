"""The interview plan: one question per competency, personalised with the candidate's profile."""

from __future__ import annotations

from datetime import UTC, datetime

from wendu.core.vocabulary import Language, LocalizedText
from wendu.question_gen.domain.planning import CandidateProfile, WorkRole, founded_ventures, plan_questions
from wendu.question_gen.domain.positions import BankQuestion, CompetencyWeight, TimePolicy, new_position
from wendu.question_gen.domain.question_templates import GENERAL, SIGNAL_QUESTIONS, is_generic


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


def test_after_every_built_in_question_was_asked_the_third_one_is_used():
    already_asked = frozenset({GENERAL["teamwork"][0].zh, GENERAL["teamwork"][1].zh})

    plan = plan_questions(position(("teamwork", 100)), profile(asked_question_texts=already_asked), Language.ZH)

    assert plan[0].text == GENERAL["teamwork"][2].zh
    assert plan[0].text not in already_asked


def test_a_personalised_question_asked_before_gives_way_to_an_unasked_one():
    founder = SIGNAL_QUESTIONS[0].text.en
    plan = plan_questions(
        position(("resilience", 100)),
        profile(signals=frozenset({"founder"}), asked_question_texts=frozenset({founder})),
        Language.EN,
    )

    assert plan[0].text != founder
    assert plan[0].reason == "competency template: resilience"


def test_when_everything_was_asked_the_repeat_is_recorded_as_such():
    already_asked = frozenset(t.en for t in GENERAL["teamwork"])

    plan = plan_questions(position(("teamwork", 100)), profile(asked_question_texts=already_asked), Language.EN)

    assert plan[0].reason == "competency template: teamwork (every alternative was asked before)"


def test_a_bank_question_asked_before_gives_way_to_a_built_in_one():
    bank = (BankQuestion("teamwork", LocalizedText(zh="你如何带新人？", en="How do you onboard a new colleague?")),)

    plan = plan_questions(
        position(("teamwork", 100), bank=bank),
        profile(asked_question_texts=frozenset({"How do you onboard a new colleague?"})),
        Language.EN,
    )

    assert plan[0].text == GENERAL["teamwork"][0].en


def test_a_weak_competency_from_history_is_asked_first_with_an_extra_probe():
    plan = plan_questions(
        position(("problem_solving", 50), ("communication", 30), ("teamwork", 20)),
        profile(weak_competency_ids=("teamwork",), covered_competency_ids=("teamwork", "problem_solving")),
        Language.EN,
    )

    assert [q.competency_ids[0] for q in plan] == ["teamwork", "teamwork", "problem_solving", "communication"]
    assert plan[0].reason == "competency template: teamwork; history: teamwork was weak in an earlier interview"
    assert plan[1].reason == "history: extra probe of teamwork, the weakest in earlier interviews"
    assert plan[0].text != plan[1].text
    assert "weak" not in plan[2].reason


def test_only_the_weakest_competency_gets_the_extra_probe_and_weak_ones_keep_the_profiles_order():
    plan = plan_questions(
        position(("problem_solving", 50), ("communication", 30), ("teamwork", 20)),
        profile(weak_competency_ids=("communication", "teamwork", "leadership")),
        Language.ZH,
    )

    assert [q.competency_ids[0] for q in plan] == [
        "communication",
        "communication",
        "teamwork",
        "problem_solving",
    ]
    assert "was weak" in plan[2].reason and "extra probe" not in plan[2].reason


def test_the_extra_probe_avoids_questions_asked_before():
    already_asked = frozenset({GENERAL["teamwork"][0].en, GENERAL["teamwork"][1].en})

    plan = plan_questions(
        position(("teamwork", 100)),
        profile(weak_competency_ids=("teamwork",), asked_question_texts=already_asked),
        Language.EN,
    )

    # Two of three built-in questions were asked: one is left for the main question, none for a probe.
    assert [q.text for q in plan] == [GENERAL["teamwork"][2].en]


def test_a_founder_with_a_named_venture_is_asked_about_it_by_name():
    founder = profile(
        signals=frozenset({"founder"}),
        experience=(WorkRole("Lumen Labs", "Co-founder & CEO"), WorkRole("Bytedance", "Product manager")),
    )

    en = plan_questions(position(("resilience", 100)), founder, Language.EN)
    zh = plan_questions(position(("resilience", 100)), founder, Language.ZH)

    assert en[0].text.startswith('As the founder of "Lumen Labs", what was the hardest cash-flow or funding challenge')
    assert "how did you solve it" in en[0].text
    assert "“Lumen Labs”的创始人" in zh[0].text and "现金流或融资" in zh[0].text


def test_founded_ventures_are_read_from_roles_in_both_languages():
    roles = (WorkRole("星河科技", "联合创始人"), WorkRole("Acme", "Founder"), WorkRole("Globex", "Fundraising lead"))

    assert founded_ventures(roles) == ["星河科技", "Acme"]


def test_a_career_switcher_is_asked_what_transfers_to_the_target_role_by_its_title():
    switcher = profile(signals=frozenset({"career_switcher"}))

    en = plan_questions(position(("learning_agility", 100)), switcher, Language.EN)
    zh = plan_questions(position(("learning_agility", 100)), switcher, Language.ZH)

    assert 'transfers best to the role of "Operations lead"' in en[0].text
    assert "最能迁移到“Operations lead”这个岗位" in zh[0].text


def test_someone_who_led_people_is_asked_about_a_struggling_team_member():
    plan = plan_questions(position(("leadership", 100)), profile(signals=frozenset({"led_people"})), Language.EN)

    assert "struggling" in plan[0].text and plan[0].reason == "profile signal: led_people"


def test_a_generic_bank_question_gives_way_to_a_personalised_one():
    bank = (BankQuestion("data_driven", LocalizedText(zh="你的优点是什么？", en="What are your strengths?")),)

    plan = plan_questions(
        position(("data_driven", 100), bank=bank), profile(signals=frozenset({"data_work"})), Language.EN
    )

    assert plan[0].text != "What are your strengths?"
    assert plan[0].reason == "profile signal: data_work (instead of a generic bank question)"


def test_a_generic_bank_question_is_kept_when_the_profile_offers_nothing_specific():
    bank = (BankQuestion("data_driven", LocalizedText(zh="你的优点是什么？", en="What are your strengths?")),)

    plan = plan_questions(position(("data_driven", 100), bank=bank), profile(), Language.ZH)

    assert plan[0].text == "你的优点是什么？" and plan[0].reason == "position question bank"


def test_no_built_in_question_is_a_generic_one():
    built_in = [t for texts in GENERAL.values() for t in texts] + [s.text for s in SIGNAL_QUESTIONS]

    assert len(built_in) >= 3 * 8
    assert not [t.en for t in built_in if is_generic(t.en) or is_generic(t.zh)]
    assert is_generic("What are your strengths?") and is_generic("请做一下自我介绍")
    assert is_generic("What is your greatest weakness?") and is_generic("你的优点是什么？")
    # A behavioural question that merely mentions the word is not a stock one.
    assert not is_generic("Tell me about a time you fixed a weakness in a process. What did you change?")


def test_a_notable_project_is_asked_about_before_the_others():
    plan = plan_questions(
        position(("problem_solving", 60), ("teamwork", 40)),
        profile(project_names=("Billing revamp", "Atlas"), notable_project_names=("Atlas",)),
        Language.EN,
    )

    assert plan[0].reason == "profile project: Atlas (notable)" and '"Atlas"' in plan[0].text
    assert plan[1].reason == "profile project: Billing revamp"
