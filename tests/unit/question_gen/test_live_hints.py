"""Hints pushed to the stream as soon as ``hint-ready`` arrives, and never sent twice with the timeline copy."""

from __future__ import annotations

import asyncio

from prometheus_client import REGISTRY
from wendu.question_gen.handlers.streams import InterviewStreams
from wendu.v1 import common_pb2

# The hinted answer was submitted this long before the (fake) clock's now, when the hint arrives.
SUBMITTED_AGO = 0.12


async def next_update(stream, timeout: float = 1.0):
    return await asyncio.wait_for(anext(stream), timeout)


def hint_observations() -> float:
    return REGISTRY.get_sample_value("wendu_answer_to_hint_seconds_count") or 0.0


async def answered(app, tenant):
    """An interview whose first question is answered, and a stream that has sent seqs 1 and 2."""
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, "I fixed the cache.")).answer
    # So slow a re-check that only a push or a wake-up can deliver in time.
    streams = InterviewStreams(app.interviews, app.timeline, app.notifier, recheck_seconds=30, clock=app.clock)
    stream = streams.follow(tenant, interview.interview_id, 0)
    assert [(await next_update(stream)).seq for _ in range(2)] == [1, 2]
    return interview.interview_id, answer, stream


async def test_the_stream_shows_a_broadcast_hint_at_once_with_seq_zero(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    waiting = asyncio.ensure_future(next_update(stream))
    await asyncio.sleep(0.05)
    app.clock.advance(SUBMITTED_AGO)
    observed = hint_observations()

    await app.live_hint(interview_id, answer.answer_id, hint_id="h1")

    shown = await waiting
    assert shown.seq == 0 and shown.update.seq == 0
    assert (shown.update.hint.hint_id, shown.update.hint.answer_id) == ("h1", answer.answer_id)
    assert shown.update.interview_id == interview_id
    assert hint_observations() == observed + 1  # answer -> hint is measured on the direct push
    assert app.timeline.items(interview_id) == ["status", "question"]  # the worker has not stored it yet
    await stream.aclose()


async def test_the_timeline_copy_of_a_hint_shown_live_is_not_sent_again(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    hint_id = await app.hint(interview_id, answer.answer_id)  # the worker: hint seq 3, next question seq 4
    await app.live_hint(interview_id, answer.answer_id, hint_id=hint_id)  # hint-ready reaches this replica first
    assert (await next_update(stream)).update.hint.hint_id == hint_id
    observed = hint_observations()

    await app.announce()

    after = await next_update(stream)
    assert app.timeline.items(interview_id) == ["status", "question", "hint", "question"]
    assert after.seq == 4 and after.update.WhichOneof("item") == "question"
    assert hint_observations() == observed
    await stream.aclose()


async def test_a_hint_already_sent_from_the_timeline_is_not_pushed_again(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    hint_id = await app.hint(interview_id, answer.answer_id)
    await app.announce()
    assert (await next_update(stream)).seq == 3
    assert (await next_update(stream)).seq == 4

    await app.live_hint(interview_id, answer.answer_id, hint_id=hint_id)  # a late broadcast copy
    await app.handlers.pause(tenant, interview_id)
    await app.announce()

    assert (await next_update(stream)).update.WhichOneof("item") == "status"
    await stream.aclose()


async def test_a_reconnecting_client_gets_the_hint_it_missed_live_from_the_timeline(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    await stream.aclose()  # the connection drops; the client has seen seqs up to 2
    hint_id = await app.hint(interview_id, answer.answer_id)
    await app.live_hint(interview_id, answer.answer_id, hint_id=hint_id)  # no stream here to push to

    resumed = app.streams.follow(tenant, interview_id, 2)

    missed = await next_update(resumed)
    assert (missed.seq, missed.update.hint.hint_id) == (3, hint_id)
    await resumed.aclose()


async def test_a_live_hint_does_not_move_the_resume_point(app, tenant):
    """A client that resumes after the highest seq it saw still gets what it missed, hint included."""
    interview_id, answer, stream = await answered(app, tenant)
    await app.live_hint(interview_id, answer.answer_id, hint_id="h1")
    seen = [2, (await next_update(stream)).seq]
    await stream.aclose()  # drops before the timeline copy and the pause arrive
    await app.handlers.pause(tenant, interview_id)

    resumed = app.streams.follow(tenant, interview_id, max(seen))

    replayed = await next_update(resumed)
    assert (replayed.seq, replayed.update.WhichOneof("item")) == (3, "status")
    await resumed.aclose()


async def test_a_replica_without_a_stream_of_the_interview_does_nothing(app, tenant):
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, "I fixed the cache.")).answer

    await app.live_hint(interview.interview_id, answer.answer_id)

    assert app.hints.adds == 0


async def test_a_hint_on_an_ended_interview_is_not_pushed(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    await app.handlers.complete(tenant, interview_id)
    await app.announce()
    assert (await next_update(stream)).update.status.status == common_pb2.INTERVIEW_STATUS_COMPLETED

    with app.notifier.subscribe(tenant, interview_id) as subscription:
        await app.live_hint(interview_id, answer.answer_id)

        assert subscription.take_hints() == []


async def test_a_hint_on_an_answer_the_interview_does_not_have_is_not_pushed(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    event = app.hint_event(interview_id, answer.answer_id)
    event.answer_id = "not-an-answer"

    with app.notifier.subscribe(tenant, interview_id) as subscription:
        await app.live_hints.on_hint_ready(event, None)

        assert subscription.take_hints() == []
    assert app.hints.adds == 0
    await stream.aclose()
