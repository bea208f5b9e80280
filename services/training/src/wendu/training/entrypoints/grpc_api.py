"""TrainingService over gRPC: validate the request, authorize the caller, call the use case, map the result.

Domain errors raised here or below are mapped to status codes by the shared interceptor.
"""

from __future__ import annotations

import math

import grpc
from wendu.core.auth import Role, authorize
from wendu.core.errors import InvalidArgument, require
from wendu.core.interceptors import current_principal
from wendu.core.wire import language_from_proto, localized_from_proto
from wendu.training.domain.guide import InterviewGuide
from wendu.training.domain.model import CompetencyGap, Language
from wendu.training.domain.recommend import DEFAULT_MAX_COURSES
from wendu.training.entrypoints.guide_html import CONTENT_TYPE, render_guide_html
from wendu.training.handlers import mapping
from wendu.training.handlers.courses import Catalogues, CourseQueries
from wendu.training.handlers.guides import InterviewGuides
from wendu.training.handlers.learning_plans import LearningPlans
from wendu.training.handlers.practice import Practice
from wendu.training.handlers.readiness import ReadinessCheck
from wendu.v1 import training_pb2, training_pb2_grpc

SERVICE_FULL_NAME = training_pb2.DESCRIPTOR.services_by_name["TrainingService"].full_name
MAX_COURSES_LIMIT = 20
MAX_GAPS = 50
MAX_IDEMPOTENCY_KEY_CHARS = 128
MAX_READINESS_ANSWER_CHARS = 2000


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


def _language(value: int) -> Language:
    language = language_from_proto(value, default=None)
    if language is None:
        raise InvalidArgument("language", "must be LANGUAGE_ZH or LANGUAGE_EN")
    return language


class TrainingServicer(training_pb2_grpc.TrainingServiceServicer):
    def __init__(
        self,
        *,
        catalogues: Catalogues,
        plans: LearningPlans,
        guides: InterviewGuides,
        practice: Practice,
        readiness: ReadinessCheck,
    ) -> None:
        self._catalogues = catalogues
        self._courses = CourseQueries(catalogues)
        self._plans = plans
        self._guides = guides
        self._practice = practice
        self._readiness = readiness

    async def ListCourses(
        self, request: training_pb2.ListCoursesRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.ListCoursesResponse:
        principal = current_principal()
        # Candidates browse the catalogue their report and plan link to.
        authorize(principal, allow_candidate=True)
        courses = await self._courses.list_courses(principal.tenant_id, request.competency_id.strip())
        return training_pb2.ListCoursesResponse(courses=[mapping.course_to_proto(c) for c in courses])

    async def RecommendCourses(
        self, request: training_pb2.RecommendCoursesRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.RecommendCoursesResponse:
        gaps = _gaps(request)
        max_courses = _max_courses(request.max_courses)
        principal = current_principal()
        authorize(principal)
        suggestions = await self._courses.recommend(principal.tenant_id, gaps, max_courses)
        return training_pb2.RecommendCoursesResponse(suggestions=[mapping.suggestion_to_proto(s) for s in suggestions])

    async def CreateCourse(
        self, request: training_pb2.CreateCourseRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.Course:
        principal = current_principal()
        authorize(principal, roles=(Role.ADMIN,))
        course = await self._catalogues.create(
            principal.tenant_id,
            course_id=request.course_id,
            title=localized_from_proto(request.title),
            summary=localized_from_proto(request.summary),
            competency_ids=list(request.competency_ids),
            url=request.url,
        )
        return mapping.course_to_proto(course)

    async def GetLearningPlan(
        self, request: training_pb2.GetLearningPlanRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.LearningPlan:
        candidate_id = require(request.candidate_id, "candidate_id")
        principal = current_principal()
        authorize(principal, allow_candidate=True)
        return mapping.plan_to_proto(await self._plans.latest_plan(principal, candidate_id))

    async def RecordCourseProgress(
        self, request: training_pb2.RecordCourseProgressRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.LearningPlan:
        candidate_id = require(request.candidate_id, "candidate_id")
        course_id = require(request.course_id, "course_id")
        if request.percent_complete > 100:
            raise InvalidArgument("percent_complete", f"must be between 0 and 100, got {request.percent_complete}")
        principal = current_principal()
        authorize(principal, allow_candidate=True)
        current = await self._plans.record_progress(principal, candidate_id, course_id, request.percent_complete)
        return mapping.plan_to_proto(current)

    async def _guide(self, request: training_pb2.GetInterviewGuideRequest) -> InterviewGuide:
        position_id = require(request.position_id, "position_id")
        language = _language(request.language)
        principal = current_principal()
        # The candidate reads the guide before the interview; the HR suite may fetch it for them.
        authorize(principal, allow_candidate=True)
        return await self._guides.guide(principal.tenant_id, position_id, language)

    async def GetInterviewGuide(
        self, request: training_pb2.GetInterviewGuideRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.InterviewGuide:
        return mapping.guide_to_proto(await self._guide(request))

    async def RenderInterviewGuide(
        self, request: training_pb2.GetInterviewGuideRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.RenderedGuide:
        return training_pb2.RenderedGuide(content_type=CONTENT_TYPE, html=render_guide_html(await self._guide(request)))

    async def StartMockInterview(
        self, request: training_pb2.StartMockInterviewRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.MockInterview:
        position_id = require(request.position_id, "position_id")
        language = _language(request.language)
        key = request.idempotency_key.strip()
        if len(key) > MAX_IDEMPOTENCY_KEY_CHARS:
            raise InvalidArgument("idempotency_key", f"must be at most {MAX_IDEMPOTENCY_KEY_CHARS} characters")
        principal = current_principal()
        authorize(principal, allow_candidate=True)
        mock, token = await self._practice.start(principal, request.candidate_id.strip(), position_id, language, key)
        return mapping.mock_to_proto(mock, token)

    async def GetPracticeProgress(
        self, request: training_pb2.GetPracticeProgressRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.PracticeProgress:
        principal = current_principal()
        authorize(principal, allow_candidate=True)
        sessions = await self._practice.progress(principal, request.candidate_id.strip())
        return training_pb2.PracticeProgress(
            candidate_id=principal.candidate_id,
            sessions=[mapping.practice_session_to_proto(s) for s in sessions],
        )

    async def GetReadinessQuestion(
        self, request: training_pb2.GetReadinessQuestionRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.ReadinessQuestion:
        language = _language(request.language)
        authorize(current_principal(), allow_candidate=True)
        return mapping.readiness_question_to_proto(self._readiness.question(language))

    async def SubmitReadinessAnswer(
        self, request: training_pb2.SubmitReadinessAnswerRequest, context: grpc.aio.ServicerContext
    ) -> training_pb2.ReadinessResult:
        question_id = require(request.question_id, "question_id")
        answer_text = require(request.answer_text, "answer_text")
        if len(answer_text) > MAX_READINESS_ANSWER_CHARS:
            raise InvalidArgument("answer_text", f"must be at most {MAX_READINESS_ANSWER_CHARS} characters")
        language = _language(request.language)
        principal = current_principal()
        authorize(principal, allow_candidate=True)
        result = await self._readiness.answer(principal.tenant_id, question_id, answer_text, language)
        return mapping.readiness_result_to_proto(result)
