"""Wires training's real adapters into its use cases and entry points. Nothing runs at import time."""

from __future__ import annotations

from wendu.core import topics
from wendu.core.data_export import candidate_data_service
from wendu.core.erasure import CandidateErasedHandler
from wendu.core.grpc_server import GrpcService
from wendu.core.interview_ends import CachedInterviewEnds, QuestionGenInterviewEnds
from wendu.core.runtime import Infrastructure, ServiceParts
from wendu.core.service_calls import ServiceChannel
from wendu.training.adapters.question_gen_client import GrpcQuestionGen
from wendu.training.adapters.repositories import (
    MongoCandidateErasure,
    MongoCandidateExport,
    MongoCourseProgressRepository,
    MongoLearningPlanRepository,
    MongoMockInterviewRepository,
    MongoPracticeResultRepository,
    MongoTenantCourseRepository,
)
from wendu.training.adapters.scoring_client import GrpcAnswerScorer
from wendu.training.config import SERVICE_NAME
from wendu.training.entrypoints.grpc_api import SERVICE_FULL_NAME, TrainingServicer
from wendu.training.handlers.courses import Catalogues
from wendu.training.handlers.guides import InterviewGuides
from wendu.training.handlers.learning_plans import LearningPlans
from wendu.training.handlers.practice import Practice
from wendu.training.handlers.readiness import ReadinessCheck
from wendu.training.handlers.reports import ReportGeneratedHandler
from wendu.v1 import training_pb2_grpc


def bootstrap(infra: Infrastructure) -> ServiceParts:
    question_gen_channel = ServiceChannel(infra.settings.question_gen_addr, infra.signer, caller=SERVICE_NAME)
    scoring_channel = ServiceChannel(infra.settings.scoring_addr, infra.signer, caller=SERVICE_NAME)
    question_gen = GrpcQuestionGen(question_gen_channel)
    catalogues = Catalogues(MongoTenantCourseRepository())
    plans = LearningPlans(
        plans=MongoLearningPlanRepository(),
        progress=MongoCourseProgressRepository(),
        publisher=infra.publisher,
        catalogues=catalogues,
    )
    practice = Practice(
        question_gen=question_gen, mocks=MongoMockInterviewRepository(), results=MongoPracticeResultRepository()
    )
    servicer = TrainingServicer(
        catalogues=catalogues,
        plans=plans,
        guides=InterviewGuides(question_gen),
        practice=practice,
        readiness=ReadinessCheck(GrpcAnswerScorer(scoring_channel)),
    )
    return ServiceParts(
        grpc_services=[
            candidate_data_service(SERVICE_NAME, MongoCandidateExport()),
            GrpcService(SERVICE_FULL_NAME, servicer, training_pb2_grpc.add_TrainingServiceServicer_to_server),
        ],
        consumers={
            topics.REPORT_GENERATED: ReportGeneratedHandler(plans, practice),
            topics.CANDIDATE_ERASED: CandidateErasedHandler(MongoCandidateErasure()),
        },
        api_background=[question_gen_channel.close_when_stopped, scoring_channel.close_when_stopped],
        # Candidate tokens (the plan, guides, practice) are bound by their interview's end, which
        # question-gen knows.
        interview_ends=CachedInterviewEnds(QuestionGenInterviewEnds(question_gen_channel)),
    )
