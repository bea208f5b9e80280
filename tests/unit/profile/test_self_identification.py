"""Voluntary self-identification: its own consent, a decline, withdrawal, and a wire that never reads it back."""

from __future__ import annotations

import pytest
from wendu.core import topics
from wendu.core.auth import Principal, Role
from wendu.core.errors import FailedPrecondition, InvalidArgument, PermissionDenied
from wendu.core.interceptors import principal_var
from wendu.profile.domain.model import Consents, Language, NewCandidate
from wendu.profile.domain.self_identification import RaceEthnicity, SelfIdentification, Sex
from wendu.v1 import accountability_pb2, profile_pb2

STATEMENT = SelfIdentification(sex=Sex.FEMALE, race_ethnicity=RaceEthnicity.ASIAN)


async def registered(handlers, *, self_identification: bool) -> str:
    candidate = await handlers.create_candidate(
        "acme",
        NewCandidate(
            display_name="Li Na",
            email="",
            preferred_language=Language.EN,
            resume_text="",
            consents=Consents(ai_scoring=True, self_identification=self_identification),
        ),
    )
    return candidate.candidate_id


def announced(publisher) -> list[accountability_pb2.SelfIdentificationRecorded]:
    return [p.event for p in publisher.sent if p.topic == topics.SELF_IDENTIFICATION]


async def test_a_statement_needs_its_own_consent(handlers, self_identification, self_identifications, publisher):
    candidate_id = await registered(handlers, self_identification=False)

    with pytest.raises(FailedPrecondition, match="self_identification"):
        await self_identification.state("acme", candidate_id, STATEMENT)

    assert self_identifications.rows == {}
    assert announced(publisher) == []


async def test_a_statement_is_stored_and_reaches_only_its_own_topic(
    handlers, self_identification, self_identifications, publisher
):
    candidate_id = await registered(handlers, self_identification=True)

    await self_identification.state("acme", candidate_id, STATEMENT)

    assert self_identifications.rows[("acme", candidate_id)] == STATEMENT
    [event] = announced(publisher)
    assert (event.sex, event.race_ethnicity, event.declined) == (
        accountability_pb2.SEX_FEMALE,
        accountability_pb2.RACE_ETHNICITY_ASIAN,
        False,
    )
    assert [p.key for p in publisher.sent if p.topic == topics.SELF_IDENTIFICATION] == [candidate_id]
    # Nothing else the service publishes carries the categories.
    for other in (p for p in publisher.sent if p.topic != topics.SELF_IDENTIFICATION):
        assert "asian" not in str(other.event).lower() and "female" not in str(other.event).lower()


async def test_a_decline_needs_no_consent_and_deletes_an_earlier_statement(
    handlers, self_identification, self_identifications, publisher
):
    candidate_id = await registered(handlers, self_identification=True)
    await self_identification.state("acme", candidate_id, STATEMENT)
    await handlers.update_consents("acme", candidate_id, Consents(ai_scoring=True, self_identification=True))

    await self_identification.state("acme", candidate_id, SelfIdentification(declined=True))

    assert self_identifications.rows == {}
    assert announced(publisher)[-1].declined


async def test_withdrawing_the_consent_deletes_the_statement_and_tells_the_monitor(
    handlers, self_identification, self_identifications, publisher
):
    candidate_id = await registered(handlers, self_identification=True)
    await self_identification.state("acme", candidate_id, STATEMENT)

    await handlers.update_consents("acme", candidate_id, Consents(ai_scoring=True))

    assert self_identifications.rows == {}
    last = announced(publisher)[-1]
    assert last.withdrawn and last.sex == accountability_pb2.SEX_UNSPECIFIED


async def test_an_empty_statement_names_the_field(self_identification):
    with pytest.raises(InvalidArgument, match="sex"):
        await self_identification.state("acme", "anyone", SelfIdentification())


async def test_erasure_deletes_the_statement(handlers, self_identification, self_identifications, eraser):
    candidate_id = await registered(handlers, self_identification=True)
    await self_identification.state("acme", candidate_id, STATEMENT)

    await eraser.erase("acme", candidate_id)

    assert self_identifications.rows == {}


def acting_as(principal: Principal):
    return principal_var.set(principal)


async def test_a_recruiter_may_not_set_a_candidates_self_identification(servicer, handlers):
    candidate_id = await registered(handlers, self_identification=True)
    token = acting_as(Principal(tenant_id="acme", roles=frozenset({Role.RECRUITER}), subject="r1"))
    try:
        with pytest.raises(PermissionDenied):
            await servicer.SetSelfIdentification(
                profile_pb2.SetSelfIdentificationRequest(candidate_id=candidate_id, sex=accountability_pb2.SEX_MALE),
                None,  # type: ignore[arg-type]
            )
    finally:
        principal_var.reset(token)


async def test_the_candidate_states_it_and_no_read_returns_it(servicer, handlers):
    candidate_id = await registered(handlers, self_identification=True)
    token = acting_as(
        Principal(
            tenant_id="acme",
            roles=frozenset({Role.CANDIDATE}),
            subject="c",
            interview_id="i",
            candidate_id=candidate_id,
        )
    )
    try:
        reply = await servicer.SetSelfIdentification(
            profile_pb2.SetSelfIdentificationRequest(
                candidate_id=candidate_id,
                sex=accountability_pb2.SEX_FEMALE,
                race_ethnicity=accountability_pb2.RACE_ETHNICITY_BLACK_OR_AFRICAN_AMERICAN,
            ),
            None,  # type: ignore[arg-type]
        )
    finally:
        principal_var.reset(token)
    assert reply.recorded and not reply.declined
    # The reply and every read the staff have hold consent flags at most, never a category.
    token = acting_as(Principal(tenant_id="acme", roles=frozenset({Role.RECRUITER}), subject="r1"))
    try:
        candidate = await servicer.GetCandidate(profile_pb2.GetCandidateRequest(candidate_id=candidate_id), None)  # type: ignore[arg-type]
        profile = await servicer.GetProfile(profile_pb2.GetProfileRequest(candidate_id=candidate_id), None)  # type: ignore[arg-type]
    finally:
        principal_var.reset(token)
    for message in (reply, candidate, profile):
        text = str(message).lower()
        assert "female" not in text and "black" not in text
    assert candidate.consents.self_identification
