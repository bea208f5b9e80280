"""What an HR suite and a candidate can read before the first answer: the interview's language
(defaulting to the candidate's own) and its plan."""

from __future__ import annotations

import re

import pytest
from wendu.core.errors import InvalidArgument
from wendu.core.vocabulary import Language
from wendu.question_gen import wire
from wendu.question_gen.adapters.profile_client import signal_names
from wendu.question_gen.domain.interviews import FirstScreen
from wendu.question_gen.domain.planning import CandidateProfile
from wendu.question_gen.handlers.interviews import NewInterview
from wendu.v1 import profile_pb2

CJK = re.compile(r"[\u4e00-\u9fff]")


async def create(app, tenant, profile: CandidateProfile, language: Language | None = None, **position_kwargs):
    position = await app.position(*position_kwargs.pop("weights", ()), **position_kwargs)
    app.profiles.profiles[profile.candidate_id] = profile
    created = await app.handlers.create(tenant, NewInterview(profile.candidate_id, position.position_id, language))
    return created.interview


async def test_create_interview_defaults_to_the_candidates_preferred_language(app, tenant):
    profile = CandidateProfile("cand-zh", ai_scoring_consent=True, preferred_language=Language.ZH)

    interview = await create(app, tenant, profile)

    assert interview.language is Language.ZH
    assert interview.plan and all(CJK.search(q.text) for q in interview.plan)


async def test_a_language_the_employer_sets_wins_over_the_preferred_one(app, tenant):
    profile = CandidateProfile("cand-zh", ai_scoring_consent=True, preferred_language=Language.ZH)

    interview = await create(app, tenant, profile, Language.EN)

    assert interview.language is Language.EN
    assert not any(CJK.search(q.text) for q in interview.plan)


async def test_create_interview_without_any_language_names_the_field(app, tenant):
    profile = CandidateProfile("cand-unknown", ai_scoring_consent=True, preferred_language=None)

    with pytest.raises(InvalidArgument) as raised:
        await create(app, tenant, profile)

    assert raised.value.field == "language"
    assert str(raised.value).startswith("language: not set, and the candidate's profile names no preferred language")
    assert app.interviews.stored == {}


async def test_a_human_screen_without_a_language_takes_the_preferred_one_for_its_request(app, tenant):
    profile = CandidateProfile("cand-no-ai", ai_scoring_consent=False, preferred_language=Language.ZH)

    interview = await create(app, tenant, profile)

    assert (interview.first_screen, interview.language) == (FirstScreen.HUMAN, Language.ZH)
    [request] = app.requests.stored.values()
    assert request.language is Language.ZH


async def test_plan_is_visible_before_the_first_answer(app, tenant):
    profile = CandidateProfile("cand-1", ai_scoring_consent=True, preferred_language=Language.EN)
    created = await create(
        app, tenant, profile, weights=(("communication", 30), ("problem_solving", 50), ("teamwork", 20))
    )
    started = await app.handlers.start(tenant, created.interview_id)

    plan = wire.interview_to_proto(started, max_follow_ups=2).plan

    assert not started.answers
    assert plan.main_questions == 3
    assert [(c.competency_id, c.weight_percent, c.main_questions) for c in plan.competencies] == [
        ("problem_solving", 50, 1),
        ("communication", 30, 1),
        ("teamwork", 20, 1),
    ]
    assert (plan.competencies[0].name.en, plan.competencies[0].name.zh) == ("Problem solving", "问题解决")
    assert all(c.name.en and CJK.search(c.name.zh) for c in plan.competencies)
    assert (plan.follow_ups_allowed, plan.max_follow_ups_per_question, plan.max_questions) == (True, 2, 9)


async def test_the_plan_lists_an_earlier_weakness_first_with_its_extra_probe(app, tenant):
    profile = CandidateProfile(
        "cand-1", ai_scoring_consent=True, preferred_language=Language.EN, weak_competency_ids=("communication",)
    )
    interview = await create(app, tenant, profile)

    plan = wire.interview_to_proto(interview, max_follow_ups=1).plan

    assert plan.main_questions == len(interview.plan) == 3
    assert [(c.competency_id, c.main_questions) for c in plan.competencies] == [
        ("communication", 2),
        ("problem_solving", 1),
    ]
    assert plan.max_questions == 6


async def test_with_follow_ups_turned_off_the_plan_says_so(app, tenant):
    interview = await create(app, tenant, CandidateProfile("cand-1", ai_scoring_consent=True), Language.EN)

    plan = wire.interview_to_proto(interview, max_follow_ups=0).plan

    assert (plan.follow_ups_allowed, plan.max_follow_ups_per_question, plan.max_questions) == (False, 0, 2)


async def test_a_human_first_screen_plans_no_ai_questions_but_names_what_the_position_weighs(app, tenant):
    interview = await create(app, tenant, CandidateProfile("cand-1", ai_scoring_consent=False), Language.EN)

    plan = wire.interview_to_proto(interview, max_follow_ups=2).plan

    assert (plan.main_questions, plan.follow_ups_allowed, plan.max_questions) == (0, False, 0)
    assert [(c.competency_id, c.weight_percent, c.main_questions) for c in plan.competencies] == [
        ("problem_solving", 60, 0),
        ("communication", 40, 0),
    ]


def test_question_gen_reads_the_typed_signals_and_ignores_the_deprecated_strings():
    profile = profile_pb2.Profile(
        signal_kinds=[profile_pb2.PROFILE_SIGNAL_CAREER_SWITCHER, profile_pb2.PROFILE_SIGNAL_LED_PEOPLE],
        signals=["founder"],
    )

    assert signal_names(profile) == {"career_switcher", "led_people"}


def test_a_signal_this_build_does_not_know_is_skipped():
    profile = profile_pb2.Profile(signal_kinds=[profile_pb2.PROFILE_SIGNAL_DATA_WORK, 99])

    assert signal_names(profile) == {"data_work"}


def test_a_profile_service_from_before_the_enum_is_still_read_through_its_strings():
    assert signal_names(profile_pb2.Profile(signals=["founder"])) == {"founder"}
