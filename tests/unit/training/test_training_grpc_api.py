"""TrainingService requests: validation names the field, and roles decide who may call what."""

from __future__ import annotations

import pytest
from wendu.core.auth import Principal, Role
from wendu.core.errors import InvalidArgument, PermissionDenied
from wendu.core.interceptors import principal_var
from wendu.training.domain.catalogue import CourseCatalogue
from wendu.training.entrypoints.grpc_api import TrainingServicer
from wendu.training.handlers.courses import CourseQueries
from wendu.v1 import training_pb2

SERVICE = Principal("acme", frozenset({Role.SERVICE}), "feedback")
CANDIDATE = Principal(
    "acme", frozenset({Role.CANDIDATE}), "candidate:cand-1", interview_id="iv-1", candidate_id="cand-1"
)


@pytest.fixture
def servicer(training) -> TrainingServicer:
    return TrainingServicer(CourseQueries(CourseCatalogue()), training.plans)


async def call(principal: Principal, method, request):
    token = principal_var.set(principal)
    try:
        return await method(request, None)
    finally:
        principal_var.reset(token)


def gap(competency_id: str, score: float) -> training_pb2.CompetencyGap:
    return training_pb2.CompetencyGap(competency_id=competency_id, score=score)


async def test_recommend_defaults_to_three_courses_weakest_first(servicer):
    request = training_pb2.RecommendCoursesRequest(
        gaps=[gap("teamwork", 6.0), gap("data_driven", 2.0), gap("leadership", 4.0), gap("resilience", 5.0)]
    )
    response = await call(SERVICE, servicer.RecommendCourses, request)
    assert [s.competency_id for s in response.suggestions] == ["data_driven", "leadership", "resilience"]


async def test_list_courses_filters_by_competency(servicer):
    everything = await call(SERVICE, servicer.ListCourses, training_pb2.ListCoursesRequest())
    teamwork = await call(SERVICE, servicer.ListCourses, training_pb2.ListCoursesRequest(competency_id="teamwork"))
    assert len(everything.courses) >= 12
    assert 0 < len(teamwork.courses) < len(everything.courses)
    assert all("teamwork" in c.competency_ids for c in teamwork.courses)
    assert all(c.title.zh and c.title.en and c.url for c in everything.courses)


async def test_candidates_may_not_browse_or_request_recommendations(servicer):
    with pytest.raises(PermissionDenied):
        await call(CANDIDATE, servicer.ListCourses, training_pb2.ListCoursesRequest())
    with pytest.raises(PermissionDenied):
        await call(
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
    ],
)
async def test_bad_requests_are_invalid_arguments_naming_the_field(servicer, method, request_, field):
    with pytest.raises(InvalidArgument) as raised:
        await call(SERVICE, getattr(servicer, method), request_)
    assert raised.value.field == field
