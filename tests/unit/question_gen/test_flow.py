"""The worker: a score brings a follow-up or the next question, and at most one hint decided with it."""

from __future__ import annotations

from wendu.core.topics import HINT_READY, INTERVIEW_UPDATED
from wendu.core.vocabulary import Language
from wendu.question_gen.domain.planning import CandidateProfile
from wendu.v1 import common_pb2

CLAIM = "I led the team to finish an urgent project. We shipped it."
PLAIN = "Sales dropped, so I compared the funnels, fixed the checkout bug and sales recovered by 12%."


async def test_a_claim_worth_probing_brings_one_follow_up_quoting_the_candidate(app, tenant, complete_star):
    interview = await app.interview()
    planned = app.current_question(interview.interview_id)
    answer = (await app.answer(interview.interview_id, CLAIM)).answer

    await app.score(interview.interview_id, answer.answer_id, *complete_star)

    follow_up = app.current_question(interview.interview_id)
    assert follow_up.follows_up_question_id == planned.question_id
    assert follow_up.text == (
        'You said "I led the team to finish an urgent project". '
        "In that urgent project, how did you make the key decision, and what was the trade-off?"
    )
    assert follow_up.competency_ids == planned.competency_ids
    assert follow_up.reason == "follow-up: claim 'urgent'"
    assert follow_up.ordinal == 2
    records = app.timeline.records[(tenant, interview.interview_id)]
    assert records[-1].update.question.question_id == follow_up.question_id
    assert app.publisher.events(INTERVIEW_UPDATED)[-1].seq == records[-1].seq


async def test_the_follow_up_is_asked_in_chinese_for_a_chinese_interview(app, complete_star):
    interview = await app.interview(language=Language.ZH)
    answer = (await app.answer(interview.interview_id, "我带领团队完成了一个紧急项目。")).answer

    await app.score(interview.interview_id, answer.answer_id, *complete_star)

    assert app.current_question(interview.interview_id).text.startswith("你提到“我带领团队完成了一个紧急项目”。")


async def test_a_complete_plain_answer_moves_on_to_the_next_planned_question(app, complete_star):
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, PLAIN)).answer

    await app.score(interview.interview_id, answer.answer_id, *complete_star)

    nxt = app.current_question(interview.interview_id)
    assert nxt.question_id == interview.plan[1].question_id
    assert nxt.follows_up_question_id == ""


async def test_an_answer_missing_its_result_gets_a_follow_up(app):
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, "The queue kept growing. I rewrote the triage rules.")).answer

    await app.score(
        interview.interview_id, answer.answer_id, common_pb2.STAR_PART_SITUATION, common_pb2.STAR_PART_ACTION
    )

    assert app.current_question(interview.interview_id).reason == "follow-up: missing result"


async def test_a_planned_question_gets_at_most_one_follow_up(app, complete_star):
    interview = await app.interview()
    first = (await app.answer(interview.interview_id, CLAIM)).answer
    await app.score(interview.interview_id, first.answer_id, *complete_star)
    follow_up_answer = (await app.answer(interview.interview_id, "I decided to cut scope; we lost a feature.")).answer

    await app.score(interview.interview_id, follow_up_answer.answer_id, *complete_star)

    nxt = app.current_question(interview.interview_id)
    assert nxt.question_id == interview.plan[1].question_id


async def test_after_the_last_question_all_questions_are_answered(app, tenant, complete_star):
    position = await app.position(("teamwork", 100))
    interview = await app.interview(position=position)
    answer = (await app.answer(interview.interview_id, PLAIN)).answer

    await app.score(interview.interview_id, answer.answer_id, *complete_star)

    stored = await app.handlers.get(tenant, interview.interview_id)
    assert stored.all_questions_answered is True
    assert stored.current_question_id == ""
    last = app.timeline.records[(tenant, interview.interview_id)][-1].update
    assert last.status.all_questions_answered is True
    assert last.status.status == common_pb2.INTERVIEW_STATUS_IN_PROGRESS


async def test_a_replayed_score_adds_nothing(app, tenant, complete_star):
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, CLAIM)).answer
    await app.score(interview.interview_id, answer.answer_id, *complete_star)
    items = app.timeline.items(interview.interview_id)

    await app.score(interview.interview_id, answer.answer_id, *complete_star)

    assert app.timeline.items(interview.interview_id) == items
    assert len((await app.handlers.get(tenant, interview.interview_id)).questions) == 2


async def test_a_supplements_score_does_not_move_the_interview(app, tenant, complete_star):
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, PLAIN)).answer
    await app.score(interview.interview_id, answer.answer_id, *complete_star)
    before = await app.handlers.get(tenant, interview.interview_id)

    await app.score(interview.interview_id, answer.answer_id, *complete_star, revision=1)

    after = await app.handlers.get(tenant, interview.interview_id)
    assert after.questions == before.questions and after.current_question_id == before.current_question_id


async def test_a_score_for_an_unknown_interview_is_ignored(app):
    await app.score("not-ours", "a1")

    assert app.timeline.records == {}
    assert app.publisher.published == []


def _hints(app, tenant, interview_id):
    return [r.update.hint for r in app.timeline.records[(tenant, interview_id)] if r.update.HasField("hint")]


async def test_a_replayed_score_shows_its_hint_once_with_the_same_id(app, tenant):
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, PLAIN)).answer

    first = await app.hint(interview.interview_id, answer.answer_id)
    again = await app.hint(interview.interview_id, answer.answer_id)

    assert first == again
    hints = _hints(app, tenant, interview.interview_id)
    assert [(h.hint_id, h.answer_id, h.kind) for h in hints] == [(first, answer.answer_id, common_pb2.HINT_KIND_RELATE)]
    published = app.publisher.events(HINT_READY)
    assert {e.hint_id for e in published} == {first}
    assert {e.meta.event_id for e in published} == {first}  # a replay deduplicates downstream


async def test_the_hint_comes_before_the_question_decided_with_it(app, tenant):
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, PLAIN)).answer

    await app.hint(interview.interview_id, answer.answer_id)

    kinds = app.timeline.items(interview.interview_id)
    assert kinds[-2:] == ["hint", "question"]


async def test_an_off_topic_answer_gets_no_follow_up_digging_into_it(app):
    interview = await app.interview()
    planned = app.current_question(interview.interview_id)
    answer = (await app.answer(interview.interview_id, CLAIM)).answer

    await app.score(interview.interview_id, answer.answer_id, off_topic=True)

    asked = app.current_question(interview.interview_id)
    assert asked.follows_up_question_id == ""
    assert asked.question_id != planned.question_id


async def test_a_follow_up_and_a_hint_never_ask_for_the_result_twice(app, tenant):
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, "I rewrote the onboarding guide for new nurses.")).answer

    await app.score(interview.interview_id, answer.answer_id, common_pb2.STAR_PART_ACTION)

    follow_up = app.current_question(interview.interview_id)
    assert follow_up.reason.startswith("follow-up: missing result")
    assert _hints(app, tenant, interview.interview_id) == []


async def test_a_strong_answer_is_encouraged_once_per_interview(app, tenant, complete_star):
    interview = await app.interview()
    strong = {"problem_solving": 8.6, "communication": 8.0}
    first = (await app.answer(interview.interview_id, PLAIN)).answer
    await app.score(interview.interview_id, first.answer_id, *complete_star, scores=strong)
    second = (await app.answer(interview.interview_id, PLAIN.replace("12%", "15%"))).answer
    await app.score(interview.interview_id, second.answer_id, *complete_star, scores=strong)

    hints = _hints(app, tenant, interview.interview_id)
    assert [h.kind for h in hints] == [common_pb2.HINT_KIND_ENCOURAGE]
    assert hints[0].answer_id == first.answer_id


async def test_a_hint_after_completion_is_not_shown(app, tenant):
    interview = await app.interview()
    answer = (await app.answer(interview.interview_id, PLAIN)).answer
    await app.handlers.complete(tenant, interview.interview_id)

    await app.score(interview.interview_id, answer.answer_id, off_topic=True)

    assert "hint" not in app.timeline.items(interview.interview_id)


async def test_a_founder_is_asked_the_cash_flow_question_first_when_resilience_weighs_most(app):
    position = await app.position(("resilience", 70), ("communication", 30))
    founder = CandidateProfile("cand-f", signals=frozenset({"founder"}), ai_scoring_consent=True)

    interview = await app.interview(position=position, profile=founder)

    assert "cash-flow" in app.current_question(interview.interview_id).text
