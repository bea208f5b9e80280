"""Attaching assessment results to a profile, through the service layer with fakes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from wendu.core import topics
from wendu.core.errors import InvalidArgument, NotFound
from wendu.profile.domain.model import AssessmentKind, AssessmentScore, Consents, Language, NewAssessment, NewCandidate

TAKEN = datetime(2025, 2, 20, 14, 0, tzinfo=UTC)


async def register(handlers) -> str:
    candidate = await handlers.create_candidate(
        "acme",
        NewCandidate(
            display_name="王芳",
            email="",
            preferred_language=Language.ZH,
            resume_text="",
            consents=Consents(resume_use=True, ai_scoring=True),
        ),
    )
    return candidate.candidate_id


def request(candidate_id: str, **changes: object) -> NewAssessment:
    base = NewAssessment(
        candidate_id=candidate_id,
        source="北森 测评",
        kind=AssessmentKind.ABILITY,
        name="言语与数理推理",
        scores=(
            AssessmentScore(dimension="numerical reasoning", score=82, max_score=100),
            AssessmentScore(dimension="verbal reasoning", score=7.5, max_score=10),
        ),
        taken_at=TAKEN,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


async def test_an_assessment_is_stored_shown_in_the_profile_and_announced(handlers, assessment_handlers, publisher):
    candidate_id = await register(handlers)

    stored = await assessment_handlers.add_assessment("acme", request(candidate_id))

    [shown] = (await handlers.get_profile("acme", candidate_id)).assessments
    assert shown == stored
    assert (shown.source, shown.kind, shown.taken_at) == ("北森 测评", AssessmentKind.ABILITY, TAKEN)
    assert [(s.dimension, s.score, s.max_score) for s in shown.scores] == [
        ("numerical reasoning", 82, 100),
        ("verbal reasoning", 7.5, 10),
    ]
    announced = publisher.sent[-1]
    assert (announced.topic, announced.key, announced.event.reason) == (
        topics.PROFILE_UPDATED,
        candidate_id,
        "assessment_added",
    )
    assert announced.event.meta.event_id == stored.event_id


async def test_the_same_idempotency_key_stores_once_and_re_announces_the_same_event(
    handlers, assessment_handlers, assessments, publisher
):
    candidate_id = await register(handlers)
    first = await assessment_handlers.add_assessment("acme", request(candidate_id, idempotency_key="shl-42"))
    again = await assessment_handlers.add_assessment("acme", request(candidate_id, idempotency_key="shl-42"))

    assert again.assessment_id == first.assessment_id
    assert len(assessments.rows) == 1
    assert publisher.sent[-1].event.meta.event_id == publisher.sent[-2].event.meta.event_id


async def test_an_assessment_for_an_unknown_candidate_is_not_found(assessment_handlers, assessments):
    with pytest.raises(NotFound):
        await assessment_handlers.add_assessment("acme", request("nobody"))
    assert assessments.rows == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"source": " "}, "source"),
        ({"kind": None}, "kind"),
        ({"taken_at": None}, "taken_at"),
        ({"taken_at": datetime(2030, 1, 1, tzinfo=UTC)}, "taken_at"),
        ({"scores": ()}, "scores"),
        ({"scores": (AssessmentScore("", 1, 10),)}, "scores[0].dimension"),
        ({"scores": (AssessmentScore("grit", 1, 10), AssessmentScore("Grit", 2, 10))}, "scores[1].dimension"),
        ({"scores": (AssessmentScore("grit", 11, 10),)}, "scores[0].score"),
        ({"scores": (AssessmentScore("grit", -1, 10),)}, "scores[0].score"),
        ({"scores": (AssessmentScore("grit", float("nan"), 10),)}, "scores[0].score"),
        ({"scores": (AssessmentScore("grit", 0, 0),)}, "scores[0].max_score"),
    ],
)
async def test_a_bad_assessment_is_invalid_argument_naming_the_field(
    handlers, assessment_handlers, publisher, changes, field
):
    candidate_id = await register(handlers)
    with pytest.raises(InvalidArgument) as raised:
        await assessment_handlers.add_assessment("acme", request(candidate_id, **changes))
    assert raised.value.field == field
    assert [p.event.reason for p in publisher.sent] == ["created"]
