"""What the stream sends: each item once, in order, with its real seq; from the broadcast when it can."""

from __future__ import annotations

import asyncio

from prometheus_client import REGISTRY
from wendu.question_gen.handlers.streams import InterviewStreams

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
    # So slow a re-check that only a wake-up can deliver in time.
    streams = InterviewStreams(app.interviews, app.timeline, app.notifier, recheck_seconds=30, clock=app.clock)
    stream = streams.follow(tenant, interview.interview_id, 0)
    assert [(await next_update(stream)).seq for _ in range(2)] == [1, 2]
    return interview.interview_id, answer, stream


async def test_a_hint_reaches_the_stream_once_with_its_seq_before_the_question_decided_with_it(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    observed = hint_observations()
    app.clock.advance(SUBMITTED_AGO)

    hint_id = await app.hint(interview_id, answer.answer_id)  # the owner: hint seq 3, next question seq 4
    await app.announce()

    hint, question = await next_update(stream), await next_update(stream)
    assert (hint.seq, hint.update.seq, hint.update.hint.hint_id) == (3, 3, hint_id)
    assert question.seq == 4 and question.update.WhichOneof("item") == "question"
    assert hint_observations() == observed + 1  # answer -> hint is measured when the stream sends it
    await app.hint(interview_id, answer.answer_id)  # the score replayed: nothing new to send
    await app.announce()
    later = asyncio.ensure_future(next_update(stream, timeout=0.2))
    await asyncio.wait([later])
    assert isinstance(later.exception(), TimeoutError)
    await stream.aclose()


async def test_a_reconnecting_client_gets_the_hint_it_missed_from_the_timeline(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    await stream.aclose()
    hint_id = await app.hint(interview_id, answer.answer_id)

    streams = InterviewStreams(app.interviews, app.timeline, app.notifier, recheck_seconds=30, clock=app.clock)
    resumed = streams.follow(tenant, interview_id, 2)
    first = await next_update(resumed)
    assert (first.seq, first.update.hint.hint_id) == (3, hint_id)
    await resumed.aclose()


async def test_a_hint_allows_one_supplement_straight_away(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    await app.hint(interview_id, answer.answer_id)

    # The owner keeps the hint on the answer before anything shows it: the supplement is accepted.
    supplement = await app.answer(interview_id, "Hits rose to 95%.", supplement=True, question_id=answer.question_id)
    assert supplement.answer.revision == 1
    await stream.aclose()


async def test_items_announced_on_the_broadcast_are_sent_without_reading_the_store(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    reads: list[int] = []
    read_after = app.timeline.read_after

    async def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(args[2])
        return await read_after(*args, **kwargs)

    app.timeline.read_after = counted  # type: ignore[method-assign]
    await app.hint(interview_id, answer.answer_id)  # hint seq 3, next question seq 4: two broadcasts
    for event in app.publisher.events("interview-updated")[-2:]:
        await app.notifier.on_interview_updated(event, None)  # type: ignore[arg-type]

    hint, question = await next_update(stream), await next_update(stream)
    assert (hint.seq, question.seq) == (3, 4)
    assert reads == []  # both came with the broadcast
    await stream.aclose()


async def test_a_gap_in_what_the_broadcast_brought_is_filled_from_the_store(app, tenant):
    interview_id, answer, stream = await answered(app, tenant)
    await app.hint(interview_id, answer.answer_id)  # seqs 3 and 4 stored
    await app.announce()  # only seq 4's broadcast reached this replica

    hint, question = await next_update(stream), await next_update(stream)
    assert (hint.seq, question.seq) == (3, 4)  # 3 read from the store, in order
    await stream.aclose()
