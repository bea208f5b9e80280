"""TrainingService requests: validation names the field, and roles decide who may call what."""

from __future__ import annotations

import pytest
from support.auth import call_as
from wendu.core.auth import Principal, Role
from wendu.core.errors import InvalidArgument, PermissionDenied
from wendu.training.entrypoints.grpc_api import TrainingServicer
from wendu.training.handlers.guides import InterviewGuides
from wendu.training.handlers.readiness import ReadinessCheck
from wendu.v1 import common_pb2, training_pb2

SERVICE = Principal("acme", frozenset({Role.SERVICE}), "feedback")
ADMIN = Principal("acme", frozenset({Role.ADMIN}), "admin-1")
RECRUITER = Principal("acme", frozenset({Role.RECRUITER}), "recruiter-1")
CANDIDATE = Principal(
    "acme", frozenset({Role.CANDIDATE}), "candidate:cand-1", interview_id="iv-1", candidate_id="cand-1"
)


@pytest.fixture
def servicer(training, scorer) -> TrainingServicer:
    return TrainingServicer(
        catalogues=training.catalogues,
        plans=training.plans,
        guides=InterviewGuides(training.question_gen),
        practice=training.practice,
        readiness=ReadinessCheck(scorer),
    )


def gap(competency_id: str, score: float) -> training_pb2.CompetencyGap:
    return training_pb2.CompetencyGap(competency_id=competency_id, score=score)


async def test_recommend_defaults_to_three_courses_weakest_first(servicer):
    request = training_pb2.RecommendCoursesRequest(
        gaps=[gap("teamwork", 6.0), gap("data_driven", 2.0), gap("leadership", 4.0), gap("resilience", 5.0)]
    )
    response = await call_as(SERVICE, servicer.RecommendCourses, request)
    assert [s.competency_id for s in response.suggestions] == ["data_driven", "leadership", "resilience"]


async def test_list_courses_filters_by_competency(servicer):
    everything = await call_as(SERVICE, servicer.ListCourses, training_pb2.ListCoursesRequest())
    teamwork = await call_as(SERVICE, servicer.ListCourses, training_pb2.ListCoursesRequest(competency_id="teamwork"))
    assert len(everything.courses) >= 12
    assert 0 < len(teamwork.courses) < len(everything.courses)
    assert all("teamwork" in c.competency_ids for c in teamwork.courses)
    assert all(c.title.zh and c.title.en and c.url for c in everything.courses)


async def test_candidates_may_browse_courses_but_not_request_recommendations(servicer):
    browsed = await call_as(CANDIDATE, servicer.ListCourses, training_pb2.ListCoursesRequest())
    assert browsed.courses
    with pytest.raises(PermissionDenied):
        await call_as(
            CANDIDATE, servicer.RecommendCourses, training_pb2.RecommendCoursesRequest(gaps=[gap("teamwork", 4.0)])
        )


@pytest.mark.parametrize(
    ("method", "request_", "field"),
    [
        ("RecommendCourses", training_pb2.RecommendCoursesRequest(gaps=[gap("", 4.0)]), "gaps[0].competency_id"),
        (
            "RecommendCourses",
            training_pb2.RecommendCoursesRequest(gaps=[gap("teamwork", 4.0), gap("leadership", 11.0)]),
            "gaps[1].score",
        ),
        ("RecommendCourses", training_pb2.RecommendCoursesRequest(gaps=[gap("teamwork", -1.0)]), "gaps[0].score"),
        (
            "RecommendCourses",
            training_pb2.RecommendCoursesRequest(gaps=[gap("teamwork", float("nan"))]),
            "gaps[0].score",
        ),
        ("RecommendCourses", training_pb2.RecommendCoursesRequest(max_courses=500), "max_courses"),
        ("GetLearningPlan", training_pb2.GetLearningPlanRequest(candidate_id=" "), "candidate_id"),
        ("GetInterviewGuide", training_pb2.GetInterviewGuideRequest(language=common_pb2.LANGUAGE_EN), "position_id"),
        ("GetInterviewGuide", training_pb2.GetInterviewGuideRequest(position_id="p-1"), "language"),
        ("StartMockInterview", training_pb2.StartMockInterviewRequest(language=common_pb2.LANGUAGE_ZH), "position_id"),
        ("StartMockInterview", training_pb2.StartMockInterviewRequest(position_id="p-1"), "language"),
        (
            "StartMockInterview",
            training_pb2.StartMockInterviewRequest(position_id="p-1", language=common_pb2.LANGUAGE_ZH),
            "candidate_id",
        ),
        ("GetReadinessQuestion", training_pb2.GetReadinessQuestionRequest(), "language"),
        (
            "SubmitReadinessAnswer",
            training_pb2.SubmitReadinessAnswerRequest(question_id="readiness-1", language=common_pb2.LANGUAGE_EN),
            "answer_text",
        ),
        (
            "SubmitReadinessAnswer",
            training_pb2.SubmitReadinessAnswerRequest(
                question_id="q-9", answer_text="I did it.", language=common_pb2.LANGUAGE_EN
            ),
            "question_id",
        ),
        (
            "RecordCourseProgress",
            training_pb2.RecordCourseProgressRequest(candidate_id="cand-1", course_id="c", percent_complete=101),
            "percent_complete",
        ),
        ("RecordCourseProgress", training_pb2.RecordCourseProgressRequest(candidate_id="cand-1"), "course_id"),
        ("CreateCourse", training_pb2.CreateCourseRequest(course_id="Bad Id"), "course_id"),
    ],
)
async def test_bad_requests_are_invalid_arguments_naming_the_field(servicer, method, request_, field):
    with pytest.raises(InvalidArgument) as raised:
        await call_as(ADMIN if method == "CreateCourse" else SERVICE, getattr(servicer, method), request_)
    assert raised.value.field == field


async def test_readiness_answer_is_scored_and_answered_with_a_hint(servicer):
    question = await call_as(
        CANDIDATE,
        servicer.GetReadinessQuestion,
        training_pb2.GetReadinessQuestionRequest(language=common_pb2.LANGUAGE_ZH),
    )
    result = await call_as(
        CANDIDATE,
        servicer.SubmitReadinessAnswer,
        training_pb2.SubmitReadinessAnswerRequest(
            question_id=question.question_id, answer_text="我整理了书架。", language=common_pb2.LANGUAGE_ZH
        ),
    )
    assert result.ready and result.scores[0].competency_id == "communication"
    # The scorer found an action but no result, so the hint asks for the result, in Chinese.
    assert "结果" in result.example_hint
    assert list(result.star_parts) == [common_pb2.STAR_PART_ACTION]


async def test_only_admins_create_courses(servicer):
    request = training_pb2.CreateCourseRequest(
        course_id="acme-pitch",
        title=common_pb2.LocalizedText(zh="路演", en="Pitching"),
        competency_ids=["communication"],
    )
    with pytest.raises(PermissionDenied):
        await call_as(RECRUITER, servicer.CreateCourse, request)
    created = await call_as(ADMIN, servicer.CreateCourse, request)
    listed = await call_as(
        CANDIDATE, servicer.ListCourses, training_pb2.ListCoursesRequest(competency_id="communication")
    )
    assert created.url == "courses/acme-pitch"
    assert listed.courses[0].course_id == "acme-pitch"
