"""Registering and reading candidates through the service layer, with in-memory fakes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from wendu.core import topics
from wendu.core.errors import InvalidArgument, NotFound
from wendu.profile.domain.model import (
    CompetencyResult,
    Consents,
    HistoryEntry,
    InterviewKind,
    Language,
    NewCandidate,
    Signal,
)

RESUME = """Work Experience
Meituan | Senior Data Analyst | 2019.07 - Present
- Co-founded the analytics guild; ran 40+ A/B tests with SQL
Project: Churn Radar — churn prediction
"""

ALL_CONSENTS = Consents(resume_use=True, external_data=True, ai_scoring=True)


def new_candidate(**changes: object) -> NewCandidate:
    request = NewCandidate(
        display_name="Li Na",
        email="lina@example.com",
        preferred_language=Language.EN,
        resume_text=RESUME,
        consents=ALL_CONSENTS,
    )
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


def history_entry(candidate_id: str, interview_id: str, day: int, scores: dict[str, float], **changes: object):
    entry = HistoryEntry.record(
        tenant_id="acme",
        candidate_id=candidate_id,
        interview_id=interview_id,
        report_id=f"report-{interview_id}",
        overall_score=7.0,
        competency_scores=[CompetencyResult(cid, score, 3) for cid, score in scores.items()],
        completed_at=datetime(2025, 3, day, tzinfo=UTC),
        kind=InterviewKind.SELECTION,
        asked_question_texts=[f"question of {interview_id}"],
        profile_event_id=f"event-{interview_id}",
    )
    return dataclasses.replace(entry, **changes)


async def test_created_candidate_is_announced_on_profile_updated_keyed_by_candidate(handlers, publisher):
    candidate = await handlers.create_candidate("acme", new_candidate())

    [sent] = publisher.sent
    assert sent.topic == topics.PROFILE_UPDATED
    assert sent.key == candidate.candidate_id
    assert sent.event.reason == "created"
    assert sent.event.meta.tenant_id == "acme"
    assert sent.event.meta.candidate_id == candidate.candidate_id
    assert sent.event.meta.event_id == candidate.created_event_id


async def test_resume_is_parsed_into_the_profile_with_consent(handlers):
    candidate = await handlers.create_candidate("acme", new_candidate())

    profile = await handlers.get_profile("acme", candidate.candidate_id)
    assert "SQL" in profile.facts.skills
    assert profile.facts.project_names == ("Churn Radar",)
    assert profile.facts.experience[0].employer == "Meituan"
    assert set(profile.facts.signals) == {Signal.FOUNDER, Signal.DATA_WORK}


async def test_without_resume_consent_the_resume_is_neither_parsed_nor_kept(handlers, candidates):
    consents = Consents(resume_use=False, external_data=True, ai_scoring=True)
    candidate = await handlers.create_candidate("acme", new_candidate(consents=consents))

    stored = await candidates.get("acme", candidate.candidate_id)
    assert stored.resume_text == ""
    profile = await handlers.get_profile("acme", candidate.candidate_id)
    assert (profile.facts.skills, profile.facts.project_names, profile.facts.experience, profile.facts.signals) == (
        (),
        (),
        (),
        (),
    )
    assert profile.consents == consents


async def test_a_profile_read_after_consent_is_withdrawn_shows_no_resume_facts(handlers, candidates):
    candidate = await handlers.create_candidate("acme", new_candidate())
    # The consent flag is what gates reading, whatever facts an older write left behind.
    candidates.rows[("acme", candidate.candidate_id)] = dataclasses.replace(
        candidate, consents=Consents(resume_use=False)
    )

    assert (await handlers.get_profile("acme", candidate.candidate_id)).facts.skills == ()


@pytest.mark.parametrize("email", ["lina", "lina@", "@example.com", "lina@example", "li na@example.com", "a@b@c.com"])
async def test_an_email_that_cannot_be_an_address_is_rejected_naming_the_field(handlers, publisher, email):
    with pytest.raises(InvalidArgument) as raised:
        await handlers.create_candidate("acme", new_candidate(email=email))

    assert raised.value.field == "email"
    assert str(raised.value) == "email: not a valid address"
    assert publisher.sent == []


async def test_email_is_optional_and_trimmed(handlers):
    without = await handlers.create_candidate("acme", new_candidate(email=""))
    padded = await handlers.create_candidate("acme", new_candidate(email="  wang.fang+jobs@mail.example.cn "))

    assert without.email == ""
    assert padded.email == "wang.fang+jobs@mail.example.cn"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"display_name": "  "}, "display_name"),
        ({"display_name": "x" * 201}, "display_name"),
        ({"resume_text": "x" * 50_001}, "resume_text"),
        ({"idempotency_key": "k" * 201}, "idempotency_key"),
    ],
)
async def test_bad_fields_are_rejected_naming_the_field(handlers, candidates, changes, field):
    with pytest.raises(InvalidArgument) as raised:
        await handlers.create_candidate("acme", new_candidate(**changes))

    assert raised.value.field == field
    assert candidates.rows == {}


async def test_the_longest_allowed_name_and_resume_are_accepted(handlers):
    candidate = await handlers.create_candidate(
        "acme", new_candidate(display_name="x" * 200, resume_text="Python " * 7000 + "x" * 1000)
    )
    assert len(candidate.display_name) == 200


async def test_the_same_idempotency_key_returns_the_same_candidate_and_re_announces_it(handlers, candidates, publisher):
    first = await handlers.create_candidate("acme", new_candidate(idempotency_key="hr-suite-42"))
    again = await handlers.create_candidate("acme", new_candidate(idempotency_key="hr-suite-42", display_name="Other"))

    assert again == first
    assert len(candidates.rows) == 1
    # Re-announced under the same event id, so a crash before the first publish heals and
    # consumers drop the duplicate.
    assert [p.event.meta.event_id for p in publisher.sent] == [first.created_event_id] * 2


async def test_idempotency_keys_are_per_tenant(handlers):
    acme = await handlers.create_candidate("acme", new_candidate(idempotency_key="k-1"))
    globex = await handlers.create_candidate("globex", new_candidate(idempotency_key="k-1"))

    assert acme.candidate_id != globex.candidate_id


async def test_without_an_idempotency_key_every_request_creates_a_candidate(handlers, candidates):
    await handlers.create_candidate("acme", new_candidate())
    await handlers.create_candidate("acme", new_candidate())

    assert len(candidates.rows) == 2


async def test_another_tenants_candidate_is_not_found(handlers):
    candidate = await handlers.create_candidate("acme", new_candidate())

    for read in (handlers.get_candidate, handlers.get_profile):
        with pytest.raises(NotFound):
            await read("globex", candidate.candidate_id)
    with pytest.raises(NotFound):
        await handlers.list_history("globex", candidate.candidate_id, include_practice=True)


async def test_profile_combines_history_covered_weak_and_asked_questions(handlers, history):
    candidate = await handlers.create_candidate("acme", new_candidate())
    cid = candidate.candidate_id
    await history.add(history_entry(cid, "iv-1", 1, {"communication": 5.5, "problem_solving": 7.0}))
    await history.add(history_entry(cid, "iv-2", 2, {"communication": 8.0, "teamwork": 4.0}))

    profile = await handlers.get_profile("acme", cid)
    assert profile.covered_competency_ids == ("communication", "problem_solving", "teamwork")
    # Communication improved in the later interview, so only teamwork is still weak.
    assert profile.weak_competency_ids == ("teamwork",)
    assert profile.asked_question_texts == ("question of iv-1", "question of iv-2")


async def test_practice_interviews_stay_out_of_the_profile_and_the_employer_history(handlers, history):
    candidate = await handlers.create_candidate("acme", new_candidate())
    cid = candidate.candidate_id
    await history.add(history_entry(cid, "iv-sel", 1, {"communication": 8.0}))
    await history.add(history_entry(cid, "iv-mock", 2, {"teamwork": 3.0}, kind=InterviewKind.PRACTICE))

    profile = await handlers.get_profile("acme", cid)
    assert profile.weak_competency_ids == ()
    assert "question of iv-mock" not in profile.asked_question_texts
    employer_view = await handlers.list_history("acme", cid, include_practice=False)
    service_view = await handlers.list_history("acme", cid, include_practice=True)
    assert [e.interview_id for e in employer_view] == ["iv-sel"]
    assert [(e.interview_id, e.kind) for e in service_view] == [
        ("iv-sel", InterviewKind.SELECTION),
        ("iv-mock", InterviewKind.PRACTICE),
    ]
