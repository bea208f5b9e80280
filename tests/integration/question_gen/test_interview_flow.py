"""An interview end to end through question-gen: answers reach Kafka once, the stream shows the rest."""

from __future__ import annotations

import asyncio

import grpc
import pytest
from wendu.core.codec import new_meta
from wendu.core.topics import SCORE_READY
from wendu.v1 import common_pb2, events_pb2, question_gen_pb2

pytestmark = pytest.mark.integration

STREAM_TIMEOUT_SECONDS = 20.0
CLAIM = "I led the team to finish an urgent project. We shipped two days early."
# The same claim without its result: the follow-up probes the claim, the hint asks for the result.
CLAIM_WITHOUT_RESULT = "I led the team to finish an urgent project."


async def next_update(stream) -> question_gen_pb2.InterviewUpdate:
    return await asyncio.wait_for(stream.read(), STREAM_TIMEOUT_SECONDS)


async def next_matching(stream, wanted) -> question_gen_pb2.InterviewUpdate:
    """The next update matching ``wanted``, skipping others (e.g. another test run's hints)."""
    async with asyncio.timeout(STREAM_TIMEOUT_SECONDS):
        while True:
            update = await stream.read()
            assert update is not grpc.aio.EOF, "the stream ended early"
            if wanted(update):
                return update


async def test_an_answer_is_published_once_even_when_its_key_is_sent_twice(qg):
    created = await qg.create_interview("cand-founder", signals=["founder"], project_names=["Atlas"])
    interview_id = created.interview.interview_id
    candidate = qg.as_candidate(created.candidate_token)
    started = await qg.interviews.StartInterview(
        question_gen_pb2.InterviewRef(interview_id=interview_id), metadata=candidate
    )
    question = started.questions[0]
    assert started.status == common_pb2.INTERVIEW_STATUS_IN_PROGRESS
    assert question.question_id == started.current_question_id
    assert question.reason == "profile signal: founder" and "cash-flow" in question.text

    request = question_gen_pb2.SubmitAnswerRequest(
        interview_id=interview_id, question_id=question.question_id, text=CLAIM, idempotency_key="answer-1"
    )
    first = await qg.interviews.SubmitAnswer(request, metadata=candidate)
    [(event, key, headers)] = await qg.tails["answer-submitted"].collect(lambda e: e.meta.interview_id == interview_id)
    again = await qg.interviews.SubmitAnswer(request, metadata=candidate)
    more = await qg.tails["answer-submitted"].collect(lambda e: e.meta.interview_id == interview_id, timeout=3.0)

    assert first.duplicate is False and again.duplicate is True
    assert again.answer.answer_id == first.answer.answer_id
    assert more == []
    assert key == interview_id.encode()
    assert headers["content-type"] == b"application/x-protobuf; messageType=wendu.v1.AnswerSubmitted"
    assert (event.answer_id, event.question_id, event.revision) == (first.answer.answer_id, question.question_id, 0)
    assert event.answer_text == CLAIM
    assert event.question_text == question.text
    assert list(event.competency_ids) == ["problem_solving"]
    assert event.rubric_version == "wendu-bars-1"
    assert event.language == common_pb2.LANGUAGE_EN
    assert (event.meta.tenant_id, event.meta.candidate_id) == (qg.tenant_id, "cand-founder")
    assert event.meta.interview_kind == common_pb2.INTERVIEW_KIND_SELECTION


async def test_the_stream_shows_the_follow_up_the_hint_and_the_end(qg):
    created = await qg.create_interview("cand-stream", language=common_pb2.LANGUAGE_EN)
    interview_id = created.interview.interview_id
    candidate = qg.as_candidate(created.candidate_token)
    ref = question_gen_pb2.InterviewRef(interview_id=interview_id)
    await qg.interviews.StartInterview(ref, metadata=candidate)
    stream = qg.interviews.StreamInterview(
        question_gen_pb2.StreamInterviewRequest(interview_id=interview_id), metadata=candidate
    )
    status, first = await next_update(stream), await next_update(stream)
    assert status.status.status == common_pb2.INTERVIEW_STATUS_IN_PROGRESS and status.seq == 1
    assert first.seq == 2 and first.question.ordinal == 1

    answer = (
        await qg.interviews.SubmitAnswer(
            question_gen_pb2.SubmitAnswerRequest(
                interview_id=interview_id, question_id=first.question.question_id, text=CLAIM_WITHOUT_RESULT
            ),
            metadata=candidate,
        )
    ).answer
    await _score(qg, interview_id, answer)
    # One decision: the follow-up probes the urgent call, and the hint asks for what it does not
    # (the result); the hint comes first, then the follow-up decided with it.
    hint = await next_matching(stream, lambda u: u.HasField("hint"))
    follow_up = await next_matching(stream, lambda u: u.HasField("question"))
    assert follow_up.question.follows_up_question_id == first.question.question_id
    assert follow_up.question.text.startswith('You said "I led the team to finish an urgent project".')
    assert "trade-off" in follow_up.question.text
    assert hint.seq < follow_up.seq
    assert (hint.hint.answer_id, hint.hint.kind) == (answer.answer_id, common_pb2.HINT_KIND_ADD_RESULT)
    hint_id = hint.hint.hint_id
    [(published, _, _)] = await qg.tails["hint-ready"].collect(lambda e: e.meta.interview_id == interview_id)
    assert (published.hint_id, published.meta.event_id) == (hint_id, hint_id)

    supplement = await qg.interviews.SubmitAnswer(
        question_gen_pb2.SubmitAnswerRequest(
            interview_id=interview_id,
            question_id=first.question.question_id,
            text="Revenue grew 8% that quarter.",
            supplement=True,
        ),
        metadata=candidate,
    )
    assert (supplement.answer.answer_id, supplement.answer.revision) == (answer.answer_id, 1)
    [(revised, _, _)] = await qg.tails["answer-submitted"].collect(
        lambda e: e.meta.interview_id == interview_id and e.revision == 1
    )
    assert revised.answer_text == CLAIM_WITHOUT_RESULT + "\nRevenue grew 8% that quarter."

    completed = await qg.interviews.CompleteInterview(ref, metadata=candidate)
    assert completed.status == common_pb2.INTERVIEW_STATUS_COMPLETED
    assert [(a.answer_id, a.revision) for a in completed.answers] == [(answer.answer_id, 0), (answer.answer_id, 1)]
    [(done, _, _)] = await qg.tails["interview-completed"].collect(lambda e: e.meta.interview_id == interview_id)
    assert list(done.answer_ids) == [answer.answer_id]
    assert [(w.competency_id, w.weight_percent) for w in done.weights] == [
        ("problem_solving", 60),
        ("communication", 40),
    ]
    end = await next_matching(stream, lambda u: u.HasField("status"))
    assert end.status.status == common_pb2.INTERVIEW_STATUS_COMPLETED
    assert await asyncio.wait_for(stream.read(), STREAM_TIMEOUT_SECONDS) is grpc.aio.EOF

    # A client that dropped right after the first question resumes after the highest seq it saw;
    # what it missed, the hint and the follow-up decided with it, comes from the timeline, in that
    # order, and the stream ends with the interview.
    replay = qg.interviews.StreamInterview(
        question_gen_pb2.StreamInterviewRequest(interview_id=interview_id, after_seq=first.seq),
        metadata=candidate,
    )
    replayed = [u async for u in replay]
    assert replayed[-1].seq == end.seq and all(u.seq > first.seq for u in replayed)
    assert [u.hint.answer_id for u in replayed if u.hint.hint_id == hint_id] == [answer.answer_id]
    assert [
        u.seq for u in replayed if u.hint.hint_id == hint_id or u.question.question_id == follow_up.question.question_id
    ] == [hint.seq, follow_up.seq]


async def test_after_the_last_question_the_interview_says_all_questions_are_answered(qg):
    created = await qg.create_interview("cand-plain")
    interview_id = created.interview.interview_id
    candidate = qg.as_candidate(created.candidate_token)
    interview = await qg.interviews.StartInterview(
        question_gen_pb2.InterviewRef(interview_id=interview_id), metadata=candidate
    )
    complete_answer = "Sales fell, so I compared the funnels and fixed checkout; sales recovered by 12%."
    # Two planned questions, each with at most one follow-up (a scorer of another test run may
    # score this run's answers first, and its verdict decides whether a follow-up comes).
    for _ in range(4):
        answer = (
            await qg.interviews.SubmitAnswer(
                question_gen_pb2.SubmitAnswerRequest(
                    interview_id=interview_id, question_id=interview.current_question_id, text=complete_answer
                ),
                metadata=candidate,
            )
        ).answer
        await _score(qg, interview_id, answer, full_star=True)
        interview = await _wait_for(qg, interview_id, lambda i: i.current_question_id or i.all_questions_answered)
        if interview.all_questions_answered:
            break

    assert interview.all_questions_answered is True
    assert interview.current_question_id == ""
    planned = [q.reason for q in interview.questions if not q.follows_up_question_id]
    assert planned == ["competency template: problem_solving", "position question bank"]


async def _wait_for(qg, interview_id: str, done) -> question_gen_pb2.Interview:
    for _ in range(int(STREAM_TIMEOUT_SECONDS / 0.1)):
        interview = await qg.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=qg.staff()
        )
        if done(interview):
            return interview
        await asyncio.sleep(0.1)
    raise AssertionError("the interview did not move on")


async def _score(qg, interview_id: str, answer: question_gen_pb2.Answer, *, full_star: bool = False) -> None:
    """Stand in for the scoring service: publish a ScoreReady for ``answer``."""
    parts = [common_pb2.STAR_PART_SITUATION, common_pb2.STAR_PART_ACTION]
    if full_star:
        parts += [common_pb2.STAR_PART_TASK, common_pb2.STAR_PART_RESULT]
    event = events_pb2.ScoreReady(
        meta=new_meta(events_pb2.ScoreReady, tenant_id=qg.tenant_id, interview_id=interview_id),
        answer_id=answer.answer_id,
        question_id=answer.question_id,
        revision=answer.revision,
        star_parts=parts,
        language=common_pb2.LANGUAGE_EN,
        submitted_at=answer.submitted_at,
        answer_text=answer.text,
    )
    await qg.publisher.publish(SCORE_READY, event, key=interview_id)
