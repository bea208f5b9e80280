"""Submitting answers: the event contract, idempotency, and the one supplement after a hint."""

from __future__ import annotations

import pytest
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound
from wendu.core.topics import ANSWER_SUBMITTED
from wendu.question_gen.domain.competencies import RUBRIC_VERSION
from wendu.question_gen.domain.interviews import MAX_ANSWER_CHARS
from wendu.question_gen.domain.positions import TimePolicy
from wendu.question_gen.handlers.interviews import AnswerSubmission
from wendu.v1 import common_pb2


async def test_an_answer_is_stored_and_published_with_everything_scoring_needs(app, tenant):
    interview = await app.interview()
    question = app.current_question(interview.interview_id)

    submitted = await app.answer(interview.interview_id, "  I reproduced the bug and fixed the cache.  ", key="k1")

    assert submitted.duplicate is False
    assert submitted.answer.revision == 0
    assert submitted.answer.text == "I reproduced the bug and fixed the cache."
    [event] = app.publisher.events(ANSWER_SUBMITTED)
    assert event.answer_id == submitted.answer.answer_id
    assert event.question_id == question.question_id
    assert event.question_text == question.text
    assert list(event.competency_ids) == ["problem_solving"]
    assert event.rubric_version == RUBRIC_VERSION
    assert event.answer_text == "I reproduced the bug and fixed the cache."
    assert event.language == common_pb2.LANGUAGE_EN
    assert event.revision == 0
    assert event.position_id == interview.position_id
    assert event.submitted_at.seconds > 0
    assert (event.meta.tenant_id, event.meta.interview_id, event.meta.candidate_id) == (
        tenant,
        interview.interview_id,
        "cand-1",
    )
    assert event.meta.interview_kind == common_pb2.INTERVIEW_KIND_SELECTION
    assert app.publisher.published[0][2] == interview.interview_id  # keyed by interview


async def test_after_an_answer_the_interview_waits_for_its_score(app, tenant):
    interview = await app.interview()
    question = app.current_question(interview.interview_id)

    await app.answer(interview.interview_id, "An answer.")

    assert (await app.handlers.get(tenant, interview.interview_id)).current_question_id == ""
    with pytest.raises(FailedPrecondition, match="already answered"):
        await app.answer(interview.interview_id, "Again.", question_id=question.question_id)


async def test_the_same_idempotency_key_returns_the_first_answer_and_publishes_nothing_more(app):
    interview = await app.interview()
    first = await app.answer(interview.interview_id, "An answer.", key="k1")

    again = await app.answer(interview.interview_id, "An answer.", key="k1", question_id=first.answer.question_id)

    assert again.duplicate is True
    assert again.answer.answer_id == first.answer.answer_id
    assert len(app.publisher.events(ANSWER_SUBMITTED)) == 1


async def test_a_retry_on_another_replica_before_the_score_republishes_the_same_event(app, tenant):
    interview = await app.interview()
    first = await app.answer(interview.interview_id, "An answer.", key="k1")
    other_replica = app.replica()

    again = await other_replica.submit_answer(
        tenant,
        AnswerSubmission(interview.interview_id, first.answer.question_id, "An answer.", idempotency_key="k1"),
    )

    assert again.duplicate is True
    # Not scored yet, so that replica cannot know the first event arrived: the same event again.
    first_event, second_event = app.publisher.events(ANSWER_SUBMITTED)
    assert first_event.meta.event_id == second_event.meta.event_id == first.answer.event_id


async def test_once_the_answer_is_scored_a_retry_publishes_nothing_more(app, tenant):
    interview = await app.interview()
    first = await app.answer(interview.interview_id, "An answer.", key="k1")
    await app.score(interview.interview_id, first.answer.answer_id)

    again = await app.answer(interview.interview_id, "An answer.", key="k1", question_id=first.answer.question_id)

    assert again.duplicate is True
    assert len(app.publisher.events(ANSWER_SUBMITTED)) == 1
    [stored] = (await app.handlers.get(tenant, interview.interview_id)).answers
    assert stored.published


async def test_a_retry_after_a_failed_publish_publishes_once_with_the_same_event_id(app, tenant):
    interview = await app.interview()
    question_id = app.current_question(interview.interview_id).question_id
    app.publisher.failures_left = 1

    with pytest.raises(ConnectionError):
        await app.answer(interview.interview_id, "An answer.", key="k1")
    retried = await app.answer(interview.interview_id, "An answer.", key="k1", question_id=question_id)

    [event] = app.publisher.events(ANSWER_SUBMITTED)
    stored = (await app.handlers.get(tenant, interview.interview_id)).answers
    assert retried.duplicate is True
    assert len(stored) == 1
    assert event.meta.event_id == stored[0].event_id


async def test_an_empty_or_oversized_answer_is_invalid(app):
    interview = await app.interview()

    with pytest.raises(InvalidArgument, match=r"^text: must not be empty"):
        await app.answer(interview.interview_id, "   ")
    with pytest.raises(InvalidArgument, match=r"^text: must be at most 10000 characters"):
        await app.answer(interview.interview_id, "x" * (MAX_ANSWER_CHARS + 1))


async def test_an_answer_to_an_unknown_question_is_not_found(app):
    interview = await app.interview()

    with pytest.raises(NotFound, match="question 'nope'"):
        await app.answer(interview.interview_id, "An answer.", question_id="nope")


async def test_an_answer_to_a_paused_interview_is_refused(app, tenant):
    interview = await app.interview()
    await app.handlers.pause(tenant, interview.interview_id)

    with pytest.raises(FailedPrecondition, match="paused"):
        await app.answer(interview.interview_id, "An answer.")


async def test_a_supplement_after_a_hint_is_revision_one_of_the_same_answer_with_the_full_text(app, tenant):
    interview = await app.interview()
    original = (await app.answer(interview.interview_id, "I fixed the cache.")).answer
    await app.hint(interview.interview_id, original.answer_id)

    supplement = await app.answer(
        interview.interview_id, "Latency fell by 40%.", supplement=True, question_id=original.question_id
    )

    assert supplement.answer.answer_id == original.answer_id
    assert supplement.answer.revision == 1
    assert supplement.answer.text == "I fixed the cache.\nLatency fell by 40%."
    stored = (await app.handlers.get(tenant, interview.interview_id)).answers
    assert [(a.revision, a.text) for a in stored] == [
        (0, "I fixed the cache."),
        (1, "I fixed the cache.\nLatency fell by 40%."),
    ]
    events = app.publisher.events(ANSWER_SUBMITTED)
    assert [(e.revision, e.answer_text) for e in events] == [
        (0, "I fixed the cache."),
        (1, "I fixed the cache.\nLatency fell by 40%."),
    ]


async def test_a_supplement_needs_a_hint_first(app):
    interview = await app.interview()
    original = (await app.answer(interview.interview_id, "I fixed the cache.")).answer

    with pytest.raises(FailedPrecondition, match="only after a hint"):
        await app.answer(interview.interview_id, "More.", supplement=True, question_id=original.question_id)


async def test_an_answer_can_be_supplemented_only_once(app):
    interview = await app.interview()
    original = (await app.answer(interview.interview_id, "I fixed the cache.")).answer
    await app.hint(interview.interview_id, original.answer_id)
    await app.answer(interview.interview_id, "More.", supplement=True, question_id=original.question_id)

    with pytest.raises(FailedPrecondition, match="only once"):
        await app.answer(interview.interview_id, "Even more.", supplement=True, question_id=original.question_id)


async def test_only_the_last_answered_question_can_be_supplemented(app, complete_star):
    interview = await app.interview()
    first = (await app.answer(interview.interview_id, "We cut costs by 10% after I reworked the plan.")).answer
    await app.hint(interview.interview_id, first.answer_id)
    await app.score(interview.interview_id, first.answer_id, *complete_star)
    await app.answer(interview.interview_id, "I explained it with a diagram, and they agreed.")

    with pytest.raises(FailedPrecondition, match="last answered"):
        await app.answer(interview.interview_id, "More.", supplement=True, question_id=first.question_id)


async def test_a_supplement_never_yields_a_second_hint_nor_a_new_question(app, tenant, complete_star):
    interview = await app.interview()
    original = (await app.answer(interview.interview_id, "I fixed the cache.")).answer
    hint_id = await app.hint(interview.interview_id, original.answer_id)
    supplement = await app.answer(
        interview.interview_id, "Latency fell by 40%.", supplement=True, question_id=original.question_id
    )
    asked_before = len((await app.handlers.get(tenant, interview.interview_id)).questions)

    # The supplement's score, and a replay of the first score.
    await app.score(interview.interview_id, original.answer_id, *complete_star, revision=1)
    await app.score(interview.interview_id, original.answer_id, off_topic=True)

    assert supplement.answer.revision == 1
    assert [
        r.update.hint.hint_id
        for r in app.timeline.records[(tenant, interview.interview_id)]
        if r.update.HasField("hint")
    ] == [hint_id]
    assert len((await app.handlers.get(tenant, interview.interview_id)).questions) == asked_before


async def test_a_supplement_after_the_time_limit_is_refused(app):
    interview = await app.interview(position=await app.position(time_policy=TimePolicy(hard_limit_minutes=10)))
    original = (await app.answer(interview.interview_id, "I fixed the cache.")).answer
    await app.hint(interview.interview_id, original.answer_id)
    app.clock.advance(11 * 60)

    with pytest.raises(FailedPrecondition, match="time limit of 10 minutes"):
        await app.answer(interview.interview_id, "More.", supplement=True, question_id=original.question_id)
