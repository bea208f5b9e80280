"""Creating, starting, pausing and completing interviews through the handlers."""

from __future__ import annotations

import pytest
from wendu.core.auth import Role
from wendu.core.errors import FailedPrecondition, NotFound
from wendu.core.topics import CANDIDATE_REQUESTS, INTERVIEW_COMPLETED, INTERVIEW_UPDATED
from wendu.core.vocabulary import Language
from wendu.question_gen.domain.interviews import FirstScreen, InterviewKind, InterviewStatus
from wendu.question_gen.domain.planning import CandidateProfile
from wendu.question_gen.handlers.interviews import NO_AI_SCORING_CONSENT, InterviewHandlers, NewInterview
from wendu.v1 import common_pb2


async def test_a_new_interview_is_scheduled_with_a_plan_and_a_candidate_token(app, tenant):
    position = await app.position()
    app.profiles.profiles["cand-1"] = CandidateProfile("cand-1", ai_scoring_consent=True)

    created = await app.handlers.create(tenant, NewInterview("cand-1", position.position_id, Language.EN))

    interview = created.interview
    assert interview.status is InterviewStatus.SCHEDULED
    assert interview.kind is InterviewKind.SELECTION
    assert [q.competency_ids for q in interview.plan] == [("problem_solving",), ("communication",)]
    assert interview.questions == [] and interview.current_question_id == ""
    principal = app.signer.verify(created.candidate_token)
    assert principal.roles == frozenset({Role.CANDIDATE})
    assert (principal.tenant_id, principal.interview_id, principal.candidate_id) == (
        tenant,
        interview.interview_id,
        "cand-1",
    )


async def test_the_plan_is_personalised_from_the_profile(app):
    founder = CandidateProfile("cand-f", signals=frozenset({"founder"}), ai_scoring_consent=True)

    interview = await app.interview(profile=founder, start=False)

    assert interview.plan[0].reason == "profile signal: founder"


async def test_a_candidate_without_ai_scoring_consent_is_routed_to_a_human_screen(app, tenant):
    no_consent = CandidateProfile("cand-2", ai_scoring_consent=False)

    interview = await app.interview(profile=no_consent, start=False)

    # No AI plan from the profile, an interview that cannot start, and a request for HR.
    assert interview.first_screen is FirstScreen.HUMAN and interview.plan == []
    with pytest.raises(FailedPrecondition, match="human first screen"):
        await app.handlers.start(tenant, interview.interview_id)
    [event] = app.publisher.events(CANDIDATE_REQUESTS)
    assert event.kind == common_pb2.CANDIDATE_REQUEST_KIND_HUMAN_SCREEN
    assert event.reason == "no_ai_scoring_consent"
    assert (event.meta.interview_id, event.meta.candidate_id) == (interview.interview_id, "cand-2")


async def test_a_practice_interview_without_ai_scoring_consent_is_refused_and_nothing_reaches_hr(app, tenant):
    app.profiles.profiles["cand-p"] = CandidateProfile("cand-p", ai_scoring_consent=False)
    practice = NewInterview("cand-p", (await app.position()).position_id, Language.EN, kind=InterviewKind.PRACTICE)

    with pytest.raises(FailedPrecondition) as caught:
        await app.handlers.create(tenant, practice)

    assert caught.value.message == NO_AI_SCORING_CONSENT
    # Practice never reaches the employer: no human-screen request was opened for it.
    assert app.publisher.events(CANDIDATE_REQUESTS) == []


async def test_without_a_request_port_a_candidate_without_consent_is_refused(app, tenant):
    handlers = InterviewHandlers(
        interviews=app.interviews,
        positions=app.positions,
        profiles=app.profiles,
        timeline=app.writer,
        publisher=app.publisher,
        signer=app.signer,
    )
    app.profiles.profiles["cand-3"] = CandidateProfile("cand-3", ai_scoring_consent=False)

    with pytest.raises(FailedPrecondition) as caught:
        await handlers.create(tenant, NewInterview("cand-3", (await app.position()).position_id, Language.EN))
    assert caught.value.message == NO_AI_SCORING_CONSENT


async def test_an_unknown_candidate_or_position_is_not_found(app, tenant):
    position = await app.position()

    with pytest.raises(NotFound, match="candidate 'ghost'"):
        await app.handlers.create(tenant, NewInterview("ghost", position.position_id, Language.EN))
    with pytest.raises(NotFound, match="position 'nowhere'"):
        await app.handlers.create(tenant, NewInterview("cand-1", "nowhere", Language.EN))


async def test_the_same_idempotency_key_creates_one_interview(app, tenant):
    position = await app.position()
    app.profiles.profiles["cand-1"] = CandidateProfile("cand-1", ai_scoring_consent=True)
    command = NewInterview("cand-1", position.position_id, Language.ZH, InterviewKind.PRACTICE, "int-key")

    first = await app.handlers.create(tenant, command)
    second = await app.handlers.create(tenant, command)

    assert second.interview.interview_id == first.interview.interview_id
    assert len(app.interviews.stored) == 1
    assert second.interview.kind is InterviewKind.PRACTICE


async def test_starting_posts_the_status_and_the_first_question_and_announces_both(app):
    interview = await app.interview()

    assert interview.status is InterviewStatus.IN_PROGRESS
    assert app.timeline.items(interview.interview_id) == ["status", "question"]
    announced = app.publisher.events(INTERVIEW_UPDATED)
    assert [e.seq for e in announced] == [1, 2]
    assert all(e.meta.interview_id == interview.interview_id for e in announced)


async def test_pause_and_resume_each_appear_on_the_timeline(app, tenant):
    interview = await app.interview()

    await app.handlers.pause(tenant, interview.interview_id)
    await app.handlers.resume(tenant, interview.interview_id)

    records = app.timeline.records[(tenant, interview.interview_id)]
    assert [r.update.status.status for r in records if r.update.HasField("status")] == [
        common_pb2.INTERVIEW_STATUS_IN_PROGRESS,
        common_pb2.INTERVIEW_STATUS_PAUSED,
        common_pb2.INTERVIEW_STATUS_IN_PROGRESS,
    ]


async def test_completing_publishes_interview_completed_with_the_weights_and_latest_answers(app, tenant):
    interview = await app.interview()
    first = (await app.answer(interview.interview_id, "Our service kept timing out at peak.")).answer

    completed = await app.handlers.complete(tenant, interview.interview_id)

    assert completed.status is InterviewStatus.COMPLETED
    [event] = app.publisher.events(INTERVIEW_COMPLETED)
    assert list(event.answer_ids) == [first.answer_id]
    assert [(w.competency_id, w.weight_percent) for w in event.weights] == [
        ("problem_solving", 60),
        ("communication", 40),
    ]
    assert event.position_title == "Backend engineer"
    assert event.language == common_pb2.LANGUAGE_EN
    assert event.meta.candidate_id == "cand-1"
    assert event.meta.interview_kind == common_pb2.INTERVIEW_KIND_SELECTION
    assert list(event.question_texts) == [q.text for q in completed.questions]
    assert app.timeline.items(interview.interview_id)[-1] == "status"


async def test_completing_twice_publishes_once(app, tenant):
    interview = await app.interview()

    await app.handlers.complete(tenant, interview.interview_id)
    await app.handlers.complete(tenant, interview.interview_id)

    assert len(app.publisher.events(INTERVIEW_COMPLETED)) == 1


async def test_a_completion_whose_publish_failed_is_published_on_retry_with_the_same_event_id(app, tenant):
    interview = await app.interview()
    app.publisher.failures_left = 1

    with pytest.raises(ConnectionError):
        await app.handlers.complete(tenant, interview.interview_id)
    await app.handlers.complete(tenant, interview.interview_id)

    [event] = app.publisher.events(INTERVIEW_COMPLETED)
    stored = await app.handlers.get(tenant, interview.interview_id)
    assert event.meta.event_id == stored.completion_event_id
    assert stored.completion_published


async def test_interviews_of_another_tenant_are_invisible(app):
    interview = await app.interview()

    with pytest.raises(NotFound):
        await app.handlers.get("tenant-b", interview.interview_id)
    with pytest.raises(NotFound):
        await app.handlers.pause("tenant-b", interview.interview_id)
