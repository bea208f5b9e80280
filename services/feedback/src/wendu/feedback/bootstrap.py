"""Wires feedback's real adapters into its use cases and entry points. Nothing runs at import time."""

from __future__ import annotations

from wendu.core import topics
from wendu.core.data_export import candidate_data_service
from wendu.core.erasure import CandidateErasedHandler
from wendu.core.grpc_server import GrpcService
from wendu.core.interview_ends import StoredInterviewEnds
from wendu.core.runtime import Infrastructure, ServiceParts
from wendu.core.service_calls import ServiceChannel
from wendu.feedback.adapters.repositories import (
    MongoCandidateErasure,
    MongoCandidateExport,
    MongoCandidateFeedbackRepository,
    MongoHintRepository,
    MongoOverrideRepository,
    MongoReportRepository,
    MongoReviewRepository,
    MongoScoreRepository,
)
from wendu.feedback.adapters.training_client import GrpcCourseRecommender
from wendu.feedback.config import SERVICE_NAME
from wendu.feedback.entrypoints.grpc_api import SERVICE_FULL_NAME, FeedbackServicer
from wendu.feedback.handlers.candidate_feedback import CandidateFeedbackRecorder
from wendu.feedback.handlers.overrides import ScoreOverrides
from wendu.feedback.handlers.queries import FeedbackQueries
from wendu.feedback.handlers.worker import FeedbackWorker
from wendu.v1 import feedback_pb2_grpc


def bootstrap(infra: Infrastructure) -> ServiceParts:
    scores = MongoScoreRepository()
    hints = MongoHintRepository()
    reports = MongoReportRepository()
    reviews = MongoReviewRepository()
    training = ServiceChannel(infra.settings.training_addr, infra.signer, caller=SERVICE_NAME)
    recommender = GrpcCourseRecommender(training)
    worker = FeedbackWorker(
        scores=scores, hints=hints, reports=reports, publisher=infra.publisher, recommender=recommender
    )
    ratings = CandidateFeedbackRecorder(
        reports=reports, ratings=MongoCandidateFeedbackRepository(), publisher=infra.publisher
    )
    overrides = ScoreOverrides(
        scores=scores, reports=reports, overrides=MongoOverrideRepository(), publisher=infra.publisher
    )
    servicer = FeedbackServicer(FeedbackQueries(reports=reports, hints=hints, reviews=reviews), ratings, overrides)
    return ServiceParts(
        grpc_services=[
            candidate_data_service(SERVICE_NAME, MongoCandidateExport()),
            GrpcService(SERVICE_FULL_NAME, servicer, feedback_pb2_grpc.add_FeedbackServiceServicer_to_server),
        ],
        consumers={
            topics.SCORE_READY: worker.on_score_ready,
            topics.HINT_READY: worker.on_hint_ready,
            topics.INTERVIEW_COMPLETED: worker.on_interview_completed,
            topics.CANDIDATE_ERASED: CandidateErasedHandler(MongoCandidateErasure()),
        },
        worker_background=[training.close_when_stopped],
        # The end of a candidate token's interview, for the bound every RPC is held to: the completion
        # feedback consumed, on the report it keeps. Not cached: the report is read by id, as cheaply.
        interview_ends=StoredInterviewEnds(reports.get, lambda report: report.summary.completed_at),
    )
