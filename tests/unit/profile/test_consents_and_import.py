"""Résumé import, consent per purpose and authorised external data, through the service layer with fakes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from wendu.core import topics
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound
from wendu.profile.domain.model import Consents, Language, NewCandidate, Signal

ALL = Consents(resume_use=True, external_data=True, ai_scoring=True)
RESUME = """Experience
Senior Data Scientist, Stripe
Apr 2021 – Present
- Co-founded the fraud guild; led a team of 5 data scientists
Project: Sentinel | fraud scoring | Winner of the 2022 hackathon
"""
PORTFOLIO = "https://portfolio.example.com/emily"


async def register(handlers, consents: Consents = ALL, resume_text: str = ""):
    return await handlers.create_candidate(
        "acme",
        NewCandidate(
            display_name="Emily Carter",
            email="emily@example.com",
            preferred_language=Language.EN,
            resume_text=resume_text,
            consents=consents,
        ),
    )


def reasons(publisher) -> list[str]:
    return [p.event.reason for p in publisher.sent if p.topic == topics.PROFILE_UPDATED]


async def test_an_imported_resume_replaces_the_profile_and_is_announced(handlers, publisher):
    candidate = await register(handlers)

    profile = await handlers.import_resume("acme", candidate.candidate_id, RESUME.encode(), "text/plain")

    assert profile.facts.experience[0].employer == "Stripe"
    assert profile.facts.notable_project_names == ("Sentinel",)
    assert {Signal.FOUNDER, Signal.LED_PEOPLE, Signal.NOTABLE_PROJECT} <= set(profile.facts.signals)
    assert (await handlers.get_profile("acme", candidate.candidate_id)).facts == profile.facts
    assert reasons(publisher) == ["created", "resume_imported"]
    assert publisher.sent[-1].key == candidate.candidate_id


async def test_without_consent_to_resume_use_an_import_is_refused_and_nothing_is_read(handlers, candidates, publisher):
    candidate = await register(handlers, Consents(resume_use=False, ai_scoring=True))

    with pytest.raises(FailedPrecondition, match="resume_use"):
        await handlers.import_resume("acme", candidate.candidate_id, RESUME.encode(), "text/plain")

    assert (await candidates.get("acme", candidate.candidate_id)).resume_text == ""
    assert reasons(publisher) == ["created"]


async def test_an_unsupported_media_type_is_invalid_argument_before_anything_else(handlers):
    with pytest.raises(InvalidArgument) as raised:
        await handlers.import_resume("acme", "nobody", b"data", "application/msword")
    assert raised.value.field == "media_type"


async def test_importing_for_an_unknown_candidate_is_not_found(handlers):
    with pytest.raises(NotFound):
        await handlers.import_resume("acme", "nobody", RESUME.encode(), "text/plain")


async def test_withdrawing_resume_consent_deletes_the_resume_and_its_facts(handlers, candidates, publisher):
    candidate = await register(handlers, resume_text=RESUME)
    assert (await handlers.get_profile("acme", candidate.candidate_id)).facts.experience

    updated = await handlers.update_consents(
        "acme", candidate.candidate_id, Consents(resume_use=False, external_data=True, ai_scoring=True)
    )

    stored = await candidates.get("acme", candidate.candidate_id)
    assert (stored.resume_text, stored.facts.experience, stored.facts.signals) == ("", (), ())
    assert updated.consents.resume_use is False
    assert reasons(publisher) == ["created", "consent_changed"]


async def test_withdrawing_external_data_consent_deletes_the_linked_profiles(handlers, external_profiles):
    candidate = await register(handlers)
    await handlers.link_external_profile(
        "acme", candidate.candidate_id, kind="portfolio", url=PORTFOLIO, title="Emily's work"
    )
    assert external_profiles.rows

    await handlers.update_consents("acme", candidate.candidate_id, Consents(resume_use=True, ai_scoring=True))

    assert external_profiles.rows == {}
    assert (await handlers.get_profile("acme", candidate.candidate_id)).external_profiles == ()


async def test_the_same_consents_again_change_nothing_and_announce_nothing(handlers, publisher):
    candidate = await register(handlers)
    await handlers.update_consents("acme", candidate.candidate_id, ALL)
    assert reasons(publisher) == ["created"]


async def test_withdrawing_ai_scoring_consent_shows_in_the_profile(handlers):
    candidate = await register(handlers)
    await handlers.update_consents("acme", candidate.candidate_id, Consents(resume_use=True, external_data=True))
    # question-gen reads this flag and routes the candidate to a human screen.
    assert (await handlers.get_profile("acme", candidate.candidate_id)).consents.ai_scoring is False


async def test_an_external_profile_is_linked_once_and_shown_with_consent(handlers, publisher):
    candidate = await register(handlers)
    for _ in range(2):
        profile = await handlers.link_external_profile(
            "acme", candidate.candidate_id, kind="portfolio", url=PORTFOLIO, title="Emily's work"
        )

    [link] = profile.external_profiles
    assert (link.kind.value, link.url, link.title) == ("portfolio", PORTFOLIO, "Emily's work")
    assert link.linked_at == datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    assert reasons(publisher) == ["created", "external_profile_linked"]


async def test_external_data_without_consent_is_refused_and_never_read(handlers, external_profiles):
    candidate = await register(handlers, Consents(resume_use=True, ai_scoring=True))

    with pytest.raises(FailedPrecondition, match="external_data"):
        await handlers.link_external_profile("acme", candidate.candidate_id, kind="code", url=PORTFOLIO, title="")
    external_profiles.reads = 0
    await handlers.get_profile("acme", candidate.candidate_id)

    assert external_profiles.reads == 0


@pytest.mark.parametrize(
    ("kind", "url", "field"),
    [
        ("blog-ish", PORTFOLIO, "kind"),
        ("portfolio", "", "url"),
        ("portfolio", "javascript:alert(1)", "url"),
        ("portfolio", "ftp://files.example.com/cv", "url"),
        ("portfolio", "https://localhost", "url"),
    ],
)
async def test_a_bad_external_link_is_invalid_argument_naming_the_field(handlers, kind, url, field):
    candidate = await register(handlers)
    with pytest.raises(InvalidArgument) as raised:
        await handlers.link_external_profile("acme", candidate.candidate_id, kind=kind, url=url, title="")
    assert raised.value.field == field
