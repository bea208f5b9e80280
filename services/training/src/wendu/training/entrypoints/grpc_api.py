"""TrainingService over gRPC: validate the request, authorize the caller, call the use case, map the result.

Domain errors raised here or below are mapped to status codes by the shared interceptor.
"""

from __future__ import annotations

import math

import grpc
from wendu.core.auth import authorize
from wendu.core.errors import InvalidArgument, require
from wendu.core.interceptors import current_principal
from wendu.training.domain.model import CompetencyGap
from wendu.training.domain.recommend import DEFAULT_MAX_COURSES
from wendu.training.handlers import mapping
from wendu.training.handlers.courses import CourseQueries
from wendu.training.handlers.learning_plans import LearningPlans
from wendu.v1 import training_pb2, training_pb2_grpc

SERVICE_FULL_NAME = training_pb2.DESCRIPTOR.services_by_name["TrainingService"].full_name
MAX_COURSES_LIMIT = 20
MAX_GAPS = 50


def _gaps(request: training_pb2.RecommendCoursesRequest) -> list[CompetencyGap]:
    if len(request.gaps) > MAX_GAPS:
        raise InvalidArgument("gaps", f"must list at most {MAX_GAPS} competencies")
    gaps = []
    for index, gap in enumerate(request.gaps):
        competency_id = require(gap.competency_id, f"gaps[{index}].competency_id")
        if not math.isfinite(gap.score) or not 0.0 <= gap.score <= 10.0:
            raise InvalidArgument(f"gaps[{index}].score", f"must be between 0.0 and 10.0, got {gap.score}")
        gaps.append(CompetencyGap(competency_id, gap.score))
    return gaps


def _max_courses(value: int) -> int:
    if value > MAX_COURSES_LIMIT:
        raise InvalidArgument("max_courses", f"must be at most {MAX_COURSES_LIMIT}, got {value}")
    return value or DEFAULT_MAX_COURSES


class TrainingServicer(training_pb2_grpc.TrainingServiceServicer):
    def __init__(self, courses: CourseQueries, plans: LearningPlans) -> None:
        self._courses = courses
        self._plans = plans

    async def ListCourses(
        self, request: training_pb2.ListCoursesRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.ListCoursesResponse:
        authorize(current_principal())
        courses = self._courses.list_courses(request.competency_id.strip())
        return training_pb2.ListCoursesResponse(courses=[mapping.course_to_proto(c) for c in courses])

    async def RecommendCourses(
        self, request: training_pb2.RecommendCoursesRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.RecommendCoursesResponse:
        gaps = _gaps(request)
        max_courses = _max_courses(request.max_courses)
        authorize(current_principal())
        suggestions = self._courses.recommend(gaps, max_courses)
        return training_pb2.RecommendCoursesResponse(suggestions=[mapping.suggestion_to_proto(s) for s in suggestions])

    async def GetLearningPlan(
        self, request: training_pb2.GetLearningPlanRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.LearningPlan:
        candidate_id = require(request.candidate_id, "candidate_id")
        principal = current_principal()
        authorize(principal, allow_candidate=True)
        return mapping.plan_to_proto(self._plans.latest_plan(principal, candidate_id))
