"""The Profile message ProfileService returns: typed signals and the candidate's preferred language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from wendu.core.auth import Principal, Role
from wendu.core.interceptors import principal_var
from wendu.profile.domain.model import Consents, Language, NewCandidate, Signal
from wendu.profile.entrypoints.grpc_api import ProfileServicer
from wendu.v1 import common_pb2, profile_pb2

RESUME = """Work Experience
Meituan | Senior Data Analyst | 2019.07 - Present
- Co-founded the analytics guild; ran 40+ A/B tests with SQL
Project: Churn Radar — churn prediction
"""
SERVICE = Principal(tenant_id="acme", roles=frozenset({Role.SERVICE}), subject="question-gen")


@pytest.fixture
def servicer(servicer: ProfileServicer) -> Iterator[ProfileServicer]:
    """The conftest's servicer, called by another Wendu service (as question-gen reads profiles)."""
    token = principal_var.set(SERVICE)
    try:
        yield servicer
    finally:
        principal_var.reset(token)


async def registered(handlers, *, language: Language = Language.ZH, resume_use: bool = True) -> str:
    candidate = await handlers.create_candidate(
        "acme",
        NewCandidate(
            display_name="Li Na",
            email="",
            preferred_language=language,
            resume_text=RESUME,
            consents=Consents(resume_use=resume_use, ai_scoring=True),
        ),
    )
    return candidate.candidate_id


async def get_profile(servicer: ProfileServicer, candidate_id: str) -> profile_pb2.Profile:
    return await servicer.GetProfile(profile_pb2.GetProfileRequest(candidate_id=candidate_id), None)  # type: ignore[arg-type]


async def test_profile_signals_are_enums_on_the_wire(servicer, handlers):
    profile = await get_profile(servicer, await registered(handlers))

    assert list(profile.signal_kinds) == [profile_pb2.PROFILE_SIGNAL_FOUNDER, profile_pb2.PROFILE_SIGNAL_DATA_WORK]
    # The deprecated strings still say the same, in the same order, for older clients.
    assert list(profile.signals) == ["founder", "data_work"]


def test_every_signal_the_profile_emits_has_exactly_one_enum_value():
    enum_names = {name for name in profile_pb2.ProfileSignal.keys() if name != "PROFILE_SIGNAL_UNSPECIFIED"}

    assert enum_names == {f"PROFILE_SIGNAL_{signal.name}" for signal in Signal}
    # The deprecated string is the enum name without its prefix, in lower case: clients may convert.
    assert {name.removeprefix("PROFILE_SIGNAL_").lower() for name in enum_names} == {s.value for s in Signal}


async def test_the_profile_carries_the_candidates_preferred_language(servicer, handlers):
    zh = await get_profile(servicer, await registered(handlers, language=Language.ZH))
    en = await get_profile(servicer, await registered(handlers, language=Language.EN))

    assert (zh.preferred_language, en.preferred_language) == (common_pb2.LANGUAGE_ZH, common_pb2.LANGUAGE_EN)


async def test_the_preferred_language_is_shown_without_consent_to_resume_use(servicer, handlers):
    # It is the candidate's own choice, not résumé data; the résumé's signals stay out.
    profile = await get_profile(servicer, await registered(handlers, language=Language.EN, resume_use=False))

    assert profile.preferred_language == common_pb2.LANGUAGE_EN
    assert (list(profile.signal_kinds), list(profile.signals)) == ([], [])
