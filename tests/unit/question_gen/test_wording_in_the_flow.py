"""The server decides follow-ups (bounded depth) from score-ready; a generator only words them."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from support.llm_replay import CassetteServer, replaying
from wendu.core.config import LLMSettings
from wendu.core.llm import LLMRequest, OpenAILLM, Prompt
from wendu.core.vocabulary import Language
from wendu.question_gen.adapters.question_generators import FOLLOW_UP_PROMPT, LLMQuestionGenerator
from wendu.question_gen.domain.interviews import Question
from wendu.question_gen.handlers.flow import InterviewFlow
from wendu.question_gen.handlers.interviews import InterviewHandlers
from wendu.v1 import common_pb2

CASSETTES = Path(__file__).parent / "cassettes"
CLAIM = "I led the team to finish an urgent project. We shipped two days early."
WARM_UP = LLMRequest(
    purpose="warm_up",
    prompt=Prompt(name="warm-up", version="1", system="Say ok.", user_template="ok"),
    variables={},
    schema={"type": "object"},
    local_fallback=dict,
)
FULL_STAR = (
    common_pb2.STAR_PART_SITUATION,
    common_pb2.STAR_PART_TASK,
    common_pb2.STAR_PART_ACTION,
    common_pb2.STAR_PART_RESULT,
)


@pytest.fixture
def server() -> Any:
    with replaying(CASSETTES) as replay:
        yield replay


async def answer_and_score(app, interview_id: str, text: str) -> Question:
    answer = (await app.answer(interview_id, text)).answer
    await app.score(interview_id, answer.answer_id, *FULL_STAR)
    return app.current_question(interview_id)


async def test_by_default_one_follow_up_then_the_next_planned_question(app):
    interview = await app.interview()
    planned = app.current_question(interview.interview_id)

    follow_up = await answer_and_score(app, interview.interview_id, CLAIM)
    after = await answer_and_score(app, interview.interview_id, CLAIM)

    assert follow_up.follows_up_question_id == planned.question_id
    assert after.question_id == interview.plan[1].question_id


async def test_a_depth_of_two_digs_twice_into_the_same_main_question_with_different_asks(app):
    app.flow = InterviewFlow(app.interviews, app.writer, app.publisher, max_follow_ups=2)
    interview = await app.interview()
    planned = app.current_question(interview.interview_id)

    first = await answer_and_score(app, interview.interview_id, CLAIM)
    second = await answer_and_score(app, interview.interview_id, CLAIM)
    after = await answer_and_score(app, interview.interview_id, CLAIM)

    assert [first.follows_up_question_id, second.follows_up_question_id] == [planned.question_id] * 2
    assert first.reason == "follow-up: claim 'urgent'" and "key decision" in first.text
    assert second.reason == "follow-up: claim 'led'" and "your own role" in second.text
    assert after.question_id == interview.plan[1].question_id


async def test_depth_zero_never_follows_up(app):
    app.flow = InterviewFlow(app.interviews, app.writer, app.publisher, max_follow_ups=0)
    interview = await app.interview()

    after = await answer_and_score(app, interview.interview_id, CLAIM)

    assert after.question_id == interview.plan[1].question_id


async def llm_wording(server: CassetteServer, budget_seconds: float = 0.9) -> LLMQuestionGenerator:
    settings = LLMSettings(
        provider="openai", base_url=server.base_url, model="gpt-4o-mini", api_key="k", timeout_seconds=5.0
    )
    llm = OpenAILLM(replace(settings, max_retries=0))
    # The client's first call pays for its connection and lazy imports; made here, outside the budget.
    await llm.complete_json(WARM_UP)
    server.requests.clear()
    server.misses.clear()
    return LLMQuestionGenerator(llm, budget_seconds=budget_seconds)


async def test_the_llm_words_the_follow_up_the_server_decided_on(app, server):
    app.flow = InterviewFlow(app.interviews, app.writer, app.publisher, wording=await llm_wording(server))
    interview = await app.interview(position=await app.position(("leadership", 60), ("teamwork", 40)))
    planned = app.current_question(interview.interview_id)

    follow_up = await answer_and_score(app, interview.interview_id, CLAIM)

    assert server.misses == []
    assert follow_up.follows_up_question_id == planned.question_id
    assert follow_up.text.startswith('You said "I led the team to finish an urgent project". Looking back')
    assert follow_up.reason == f"follow-up: claim 'urgent'; worded by openai ({FOLLOW_UP_PROMPT.ref})"


async def test_a_slow_llm_leaves_the_follow_up_to_the_local_wording_within_a_second(app, server):
    app.flow = InterviewFlow(app.interviews, app.writer, app.publisher, wording=await llm_wording(server, 0.5))
    server.delay_seconds = 5.0
    interview = await app.interview(position=await app.position(("leadership", 60), ("teamwork", 40)))

    started = time.perf_counter()
    follow_up = await answer_and_score(app, interview.interview_id, CLAIM)

    assert time.perf_counter() - started < 1.0
    assert follow_up.text.startswith('You said "I led the team to finish an urgent project". In that urgent project')
    assert follow_up.reason == "follow-up: claim 'urgent'"


class ShoutingWording:
    """A fake generator: words every planned question in capitals, to see the plan go through it."""

    name = "shouting"

    async def phrase_follow_up(self, decision, context):  # pragma: no cover - not used here
        raise AssertionError("no follow-up in this test")

    async def phrase_plan(self, plan: Sequence[Question], language: Language, position_title: str) -> list[Question]:
        return [replace(q, text=q.text.upper(), reason=f"{q.reason}; worded by shouting") for q in plan]


async def test_the_plan_is_worded_by_the_generator_before_it_is_stored(app):
    app.handlers = InterviewHandlers(
        interviews=app.interviews,
        positions=app.positions,
        profiles=app.profiles,
        timeline=app.writer,
        publisher=app.publisher,
        signer=app.signer,
        clock=app.clock,
        requests=app.request_handlers,
        wording=ShoutingWording(),
    )

    interview = await app.interview()

    assert all(q.text == q.text.upper() and q.reason.endswith("worded by shouting") for q in interview.plan)
