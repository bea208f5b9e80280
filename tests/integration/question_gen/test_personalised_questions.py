"""The seed cases of personalised questions and real follow-ups, in zh and en, through the public gRPC API.

question-gen runs in-process against the real Kafka and FerretDB; the profile service is the
conftest's small gRPC stand-in, and this test publishes the scoring service's ``score-ready``.
"""

from __future__ import annotations

import asyncio
import re
import uuid

import grpc
import pytest
from wendu.core.codec import new_meta
from wendu.core.topics import SCORE_READY
from wendu.v1 import common_pb2, events_pb2, profile_pb2, question_gen_pb2

pytestmark = pytest.mark.integration

WAIT_SECONDS = 20.0
ZH, EN = common_pb2.LANGUAGE_ZH, common_pb2.LANGUAGE_EN
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Our own quotation marks around a project name or the candidate's words.
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_STOCK = re.compile(r"strengths?\b|weakness|优点|缺点|优势", re.IGNORECASE)
FULL_STAR = (
    common_pb2.STAR_PART_SITUATION,
    common_pb2.STAR_PART_TASK,
    common_pb2.STAR_PART_ACTION,
    common_pb2.STAR_PART_RESULT,
)


def assert_in_language(text: str, language: int) -> None:
    """zh questions are Chinese; en questions hold no Chinese outside the quoted words of the profile."""
    if language == ZH:
        assert len(_CJK.findall(text)) >= 10, text
    else:
        assert not _CJK.search(_QUOTED.sub("", text)), text


async def start_interview(
    qg,
    *,
    language: int,
    competencies: list[tuple[str, int]],
    title: str = "Product manager",
    bank: tuple[tuple[str, str, str], ...] = (),
    **profile,
) -> tuple[str, list, question_gen_pb2.Interview]:
    """Create a position, a candidate profile and an interview, start it; return id, candidate creds, interview."""
    candidate_id = f"cand-{uuid.uuid4().hex[:8]}"
    qg.add_profile(candidate_id, **profile)
    position = await qg.positions.CreatePosition(
        question_gen_pb2.CreatePositionRequest(
            title=title,
            competencies=[common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in competencies],
            question_bank=[
                question_gen_pb2.BankQuestion(competency_id=c, text=common_pb2.LocalizedText(zh=zh, en=en))
                for c, zh, en in bank
            ],
        ),
        metadata=qg.staff(),
    )
    created = await qg.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(
            candidate_id=candidate_id, position_id=position.position_id, language=language
        ),
        metadata=qg.staff(),
    )
    interview_id = created.interview.interview_id
    candidate = qg.as_candidate(created.candidate_token)
    started = await qg.interviews.StartInterview(
        question_gen_pb2.InterviewRef(interview_id=interview_id), metadata=candidate
    )
    return interview_id, candidate, started


def first_question(interview: question_gen_pb2.Interview) -> question_gen_pb2.Question:
    [question] = [q for q in interview.questions if q.question_id == interview.current_question_id]
    return question


# --------------------------------------------------------------------------- personalised questions

LANGUAGES = pytest.mark.parametrize("language", [ZH, EN], ids=["zh", "en"])


@LANGUAGES
async def test_a_founder_is_asked_about_the_hardest_cash_flow_or_funding_challenge_and_how_it_was_solved(qg, language):
    _, _, interview = await start_interview(
        qg,
        language=language,
        competencies=[("resilience", 70), ("communication", 30)],
        signals=["founder"],
        experience=[profile_pb2.WorkExperience(employer="Lumen Labs", role="Co-founder & CEO", period="2019-2023")],
    )

    question = first_question(interview)
    assert question.reason == "profile signal: founder"
    assert list(question.competency_ids) == ["resilience"]
    assert_in_language(question.text, language)
    if language == ZH:
        assert "“Lumen Labs”的创始人" in question.text
        assert "现金流或融资挑战" in question.text and "如何解决" in question.text
    else:
        assert 'As the founder of "Lumen Labs"' in question.text
        assert "hardest cash-flow or funding challenge" in question.text and "how did you solve it" in question.text


@LANGUAGES
async def test_a_career_switcher_is_asked_which_experience_transfers_best_to_the_target_role(qg, language):
    _, _, interview = await start_interview(
        qg,
        language=language,
        competencies=[("learning_agility", 60), ("problem_solving", 40)],
        title="Product manager",
        signals=["career_switcher"],
    )

    question = first_question(interview)
    assert question.reason == "profile signal: career_switcher"
    assert_in_language(question.text, language)
    if language == ZH:
        assert "最能迁移到“Product manager”这个岗位" in question.text
    else:
        assert 'Which experience from your previous work transfers best to the role of "Product manager"' in (
            question.text
        )


@LANGUAGES
async def test_a_named_resume_project_is_asked_about_by_name(qg, language):
    project = "星火推荐系统" if language == ZH else "Atlas recommender"
    _, _, interview = await start_interview(
        qg, language=language, competencies=[("problem_solving", 100)], project_names=[project]
    )

    question = first_question(interview)
    assert question.reason == f"profile project: {project}"
    assert (f"“{project}”" if language == ZH else f'"{project}"') in question.text
    assert_in_language(question.text, language)


@LANGUAGES
async def test_data_work_leads_to_a_decision_the_candidate_drove_with_data(qg, language):
    _, _, interview = await start_interview(
        qg, language=language, competencies=[("data_driven", 50), ("teamwork", 50)], signals=["data_work"]
    )

    question = first_question(interview)
    assert question.reason == "profile signal: data_work"
    assert ("用数据推动的决定" if language == ZH else "a decision you drove with data") in question.text
    assert_in_language(question.text, language)


@LANGUAGES
async def test_no_stock_strengths_question_where_the_profile_allows_something_specific(qg, language):
    _, _, interview = await start_interview(
        qg,
        language=language,
        competencies=[("data_driven", 100)],
        bank=(("data_driven", "你的优点是什么？", "What are your strengths?"),),
        signals=["data_work"],
    )

    question = first_question(interview)
    assert not _STOCK.search(question.text), question.text
    assert question.reason == "profile signal: data_work (instead of a generic bank question)"
    assert_in_language(question.text, language)


@LANGUAGES
async def test_a_later_interview_asks_nothing_asked_before_and_probes_the_weak_competency_first(qg, language):
    # The first interview of this candidate: what its plan asks for teamwork.
    _, _, earlier = await start_interview(qg, language=language, competencies=[("teamwork", 100)])
    asked_before = first_question(earlier).text

    _, _, later = await start_interview(
        qg,
        language=language,
        competencies=[("problem_solving", 60), ("teamwork", 40)],
        asked_question_texts=[asked_before],
        covered_competency_ids=["teamwork"],
        weak_competency_ids=["teamwork"],
    )

    question = first_question(later)
    assert list(question.competency_ids) == ["teamwork"]
    assert question.text != asked_before
    assert question.reason.endswith("history: teamwork was weak in an earlier interview")
    assert_in_language(question.text, language)


# --------------------------------------------------------------------------- follow-ups


async def answer_and_score(qg, interview_id: str, candidate, question_id: str, text: str, star_parts) -> None:
    answer = (
        await qg.interviews.SubmitAnswer(
            question_gen_pb2.SubmitAnswerRequest(interview_id=interview_id, question_id=question_id, text=text),
            metadata=candidate,
        )
    ).answer
    # Until the score arrives, the server asks nothing: the score decides what comes next.
    waiting = await get(qg, interview_id)
    assert waiting.current_question_id != question_id
    event = events_pb2.ScoreReady(
        meta=new_meta(events_pb2.ScoreReady, tenant_id=qg.tenant_id, interview_id=interview_id),
        answer_id=answer.answer_id,
        question_id=answer.question_id,
        revision=answer.revision,
        star_parts=list(star_parts),
        submitted_at=answer.submitted_at,
        answer_text=answer.text,
    )
    await qg.publisher.publish(SCORE_READY, event, key=interview_id)


async def get(qg, interview_id: str) -> question_gen_pb2.Interview:
    return await qg.interviews.GetInterview(
        question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=qg.staff()
    )


async def next_question(qg, interview_id: str, after: str) -> question_gen_pb2.Question:
    """The question asked after ``after`` (by id), once the server has decided it."""
    async with asyncio.timeout(WAIT_SECONDS):
        while True:
            interview = await get(qg, interview_id)
            if interview.current_question_id and interview.current_question_id != after:
                return first_question(interview)
            await asyncio.sleep(0.1)


SEED_CLAIM = {
    ZH: "我带领团队完成了一个紧急项目。最后提前两天上线。",
    EN: "I led the team to finish an urgent project. We shipped two days early.",
}
SEED_FOLLOW_UP = {
    ZH: "你提到“我带领团队完成了一个紧急项目”。在那个紧急项目中，你是如何做出关键决定的？当时做了怎样的取舍？",
    EN: 'You said "I led the team to finish an urgent project". '
    "In that urgent project, how did you make the key decision, and what was the trade-off?",
}


@LANGUAGES
async def test_a_claim_is_followed_up_quoting_the_candidates_own_words(qg, language):
    interview_id, candidate, interview = await start_interview(
        qg, language=language, competencies=[("leadership", 60), ("teamwork", 40)]
    )
    planned = first_question(interview)

    await answer_and_score(qg, interview_id, candidate, planned.question_id, SEED_CLAIM[language], FULL_STAR)
    follow_up = await next_question(qg, interview_id, planned.question_id)

    assert follow_up.text == SEED_FOLLOW_UP[language]
    assert follow_up.follows_up_question_id == planned.question_id
    assert list(follow_up.competency_ids) == ["leadership"]
    assert follow_up.reason == ("follow-up: claim '紧急'" if language == ZH else "follow-up: claim 'urgent'")


FALSE_STAR = {
    ZH: "我通常会和团队保持沟通，一般都能按时完成任务。",
    EN: "I always communicate clearly with my team and we usually deliver good results.",
}


@LANGUAGES
async def test_a_false_star_answer_is_asked_for_one_specific_example(qg, language):
    interview_id, candidate, interview = await start_interview(
        qg, language=language, competencies=[("communication", 100)]
    )
    planned = first_question(interview)

    await answer_and_score(qg, interview_id, candidate, planned.question_id, FALSE_STAR[language], FULL_STAR)
    follow_up = await next_question(qg, interview_id, planned.question_id)

    assert follow_up.reason == "follow-up: false STAR"
    assert follow_up.follows_up_question_id == planned.question_id
    if language == ZH:
        assert follow_up.text.startswith("你提到“我通常会和团队保持沟通") and "讲一次具体的经历" in follow_up.text
    else:
        assert follow_up.text.startswith('You said "I always communicate clearly with my team')
        assert "one specific time" in follow_up.text


NO_RESULT = {
    ZH: "客户投诉越来越多，团队压力很大。我重新梳理了工单分派规则。",
    EN: "Customer complaints kept piling up and the team was under pressure. I rewrote the ticket triage rules.",
}


@LANGUAGES
async def test_an_answer_missing_its_result_is_asked_for_the_result(qg, language):
    interview_id, candidate, interview = await start_interview(
        qg, language=language, competencies=[("customer_focus", 100)]
    )
    planned = first_question(interview)
    parts = (common_pb2.STAR_PART_SITUATION, common_pb2.STAR_PART_TASK, common_pb2.STAR_PART_ACTION)

    await answer_and_score(qg, interview_id, candidate, planned.question_id, NO_RESULT[language], parts)
    follow_up = await next_question(qg, interview_id, planned.question_id)

    assert follow_up.reason == "follow-up: missing result"
    if language == ZH:
        assert follow_up.text.startswith("你提到“客户投诉越来越多") and "结果如何" in follow_up.text
    else:
        assert follow_up.text.startswith('You said "Customer complaints kept piling up')
        assert "What was the result" in follow_up.text


@LANGUAGES
async def test_follow_ups_are_bounded_and_the_next_planned_question_comes(qg, language):
    interview_id, candidate, interview = await start_interview(
        qg, language=language, competencies=[("leadership", 50), ("teamwork", 50)]
    )
    planned = first_question(interview)

    current = planned
    follow_ups = []
    # Every answer makes a claim worth probing; only the bound stops the digging.
    for _ in range(4):
        await answer_and_score(qg, interview_id, candidate, current.question_id, SEED_CLAIM[language], FULL_STAR)
        current = await next_question(qg, interview_id, current.question_id)
        if not current.follows_up_question_id:
            break
        follow_ups.append(current)

    assert 1 <= len(follow_ups) <= 2
    assert all(f.follows_up_question_id == planned.question_id for f in follow_ups)
    assert current.follows_up_question_id == "" and list(current.competency_ids) == ["teamwork"]
    assert_in_language(current.text, language)


async def test_the_candidate_cannot_answer_while_the_server_decides_what_comes_next(qg):
    interview_id, candidate, interview = await start_interview(qg, language=EN, competencies=[("teamwork", 100)])
    planned = first_question(interview)
    await qg.interviews.SubmitAnswer(
        question_gen_pb2.SubmitAnswerRequest(
            interview_id=interview_id, question_id=planned.question_id, text=SEED_CLAIM[EN]
        ),
        metadata=candidate,
    )

    with pytest.raises(grpc.aio.AioRpcError) as error:
        await qg.interviews.SubmitAnswer(
            question_gen_pb2.SubmitAnswerRequest(
                interview_id=interview_id, question_id=planned.question_id, text="One more thing."
            ),
            metadata=candidate,
        )
    assert error.value.code() == grpc.StatusCode.FAILED_PRECONDITION
