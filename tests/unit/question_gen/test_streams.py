"""The candidate's stream: replay, then follow wake-ups, in order, until the interview ends."""

from __future__ import annotations

import asyncio

import pytest
from wendu.core.errors import NotFound
from wendu.question_gen.domain.interviews import InterviewStatus, Question
from wendu.question_gen.domain.timeline import QuestionAsked, StatusChanged
from wendu.question_gen.handlers.streams import InterviewStreams
from wendu.v1 import common_pb2, events_pb2


async def next_update(stream, timeout: float = 1.0):
    return await asyncio.wait_for(anext(stream), timeout)


async def test_the_stream_replays_then_follows_new_items_and_ends_with_the_interview(app, tenant):
    interview = await app.interview()
    stream = app.streams.follow(tenant, interview.interview_id, 0)

    replayed = [await next_update(stream), await next_update(stream)]
    await app.handlers.pause(tenant, interview.interview_id)
    await app.announce()
    paused = await next_update(stream)
    await app.handlers.complete(tenant, interview.interview_id)
    completed = await next_update(stream)

    assert [r.update.WhichOneof("item") for r in replayed] == ["status", "question"]
    assert paused.update.status.status == common_pb2.INTERVIEW_STATUS_PAUSED
    assert completed.update.status.status == common_pb2.INTERVIEW_STATUS_COMPLETED
    assert [r.seq for r in (*replayed, paused, completed)] == [1, 2, 3, 4]
    with pytest.raises(StopAsyncIteration):
        await next_update(stream)


async def test_a_reconnecting_stream_resumes_after_the_last_seq_it_saw(app, tenant):
    interview = await app.interview()

    stream = app.streams.follow(tenant, interview.interview_id, 1)

    resumed = await next_update(stream)
    assert resumed.seq == 2 and resumed.update.HasField("question")
    await stream.aclose()


async def test_the_broadcast_of_interview_updated_wakes_the_stream(app, tenant):
    interview = await app.interview()
    # So slow a re-check that only the wake-up can deliver in time.
    streams = InterviewStreams(app.interviews, app.timeline, app.notifier, recheck_seconds=30, clock=app.clock)
    stream = streams.follow(tenant, interview.interview_id, 2)
    waiting = asyncio.ensure_future(next_update(stream, timeout=2))
    await asyncio.sleep(0.05)

    await app.handlers.pause(tenant, interview.interview_id)
    [*_, announced] = app.publisher.events("interview-updated")
    await app.notifier.on_interview_updated(announced, None)

    assert (await waiting).update.status.status == common_pb2.INTERVIEW_STATUS_PAUSED
    await stream.aclose()


async def test_a_stream_of_a_finished_interview_ends_once_caught_up(app, tenant):
    interview = await app.interview()
    await app.handlers.complete(tenant, interview.interview_id)

    stream = app.streams.follow(tenant, interview.interview_id, 3)

    with pytest.raises(StopAsyncIteration):
        await next_update(stream)


async def test_the_stream_waits_for_a_missing_seq_and_skips_it_only_after_the_grace_period(app, tenant):
    interview = await app.interview()
    iid = interview.interview_id
    # seq 3 was taken by a writer that has not stored it yet; seq 4 is already there.
    app.timeline.counters[(tenant, iid)] = 4
    late = Question("late", "Late question?", ("teamwork",), "test")
    app.timeline.insert(tenant, iid, 4, StatusChanged(InterviewStatus.PAUSED), app.clock())
    stream = app.streams.follow(tenant, iid, 2)

    held = asyncio.ensure_future(next_update(stream, timeout=2))
    await asyncio.sleep(0.1)
    app.notifier.notify(tenant, iid, 4)  # the writer of seq 4 announces it
    await asyncio.sleep(0.1)
    assert not held.done()  # seq 4 is held back while seq 3 may still arrive

    app.timeline.insert(tenant, iid, 3, QuestionAsked(late), app.clock())
    app.notifier.notify(tenant, iid, 3)
    assert (await held).seq == 3
    assert (await next_update(stream)).seq == 4
    await stream.aclose()


async def test_a_seq_that_never_arrives_is_skipped_after_the_grace_period(app, tenant):
    interview = await app.interview()
    iid = interview.interview_id
    app.timeline.insert(tenant, iid, 4, StatusChanged(InterviewStatus.PAUSED), app.clock())
    stream = app.streams.follow(tenant, iid, 2)
    held = asyncio.ensure_future(next_update(stream, timeout=2))
    await asyncio.sleep(0.1)
    app.notifier.notify(tenant, iid, 4)
    await asyncio.sleep(0.1)

    app.clock.advance(10)

    assert (await held).seq == 4


async def test_a_stream_of_an_unknown_interview_is_not_found(app, tenant):
    with pytest.raises(NotFound):
        await next_update(app.streams.follow(tenant, "nope", 0))


async def test_the_broadcast_handler_wakes_only_that_interviews_streams(app, tenant):
    with app.notifier.subscribe(tenant, "i1") as mine, app.notifier.subscribe(tenant, "i2") as other:
        event = events_pb2.InterviewUpdated(meta=common_pb2.EventMeta(tenant_id=tenant, interview_id="i1"), seq=5)
        await app.notifier.on_interview_updated(event, None)

        assert mine.is_set() and not other.is_set()
