"""Wires training's real adapters into its use cases and entry points. Nothing runs at import time."""

from __future__ import annotations

from wendu.core import topics
from wendu.core.grpc_server import GrpcService
from wendu.core.runtime import Infrastructure, ServiceParts
from wendu.training.adapters.repositories import MongoLearningPlanRepository
from wendu.training.domain.catalogue import CourseCatalogue
from wendu.training.entrypoints.grpc_api import SERVICE_FULL_NAME, TrainingServicer
from wendu.training.handlers.courses import CourseQueries
from wendu.training.handlers.learning_plans import LearningPlans
from wendu.v1 import training_pb2_grpc


def bootstrap(infra: Infrastructure) -> ServiceParts:
    catalogue = CourseCatalogue()
    plans = LearningPlans(plans=MongoLearningPlanRepository(), publisher=infra.publisher, catalogue=catalogue)
    servicer = TrainingServicer(CourseQueries(catalogue), plans)
    return ServiceParts(
        grpc_services=[
            GrpcService(SERVICE_FULL_NAME, servicer, training_pb2_grpc.add_TrainingServiceServicer_to_server)
        ],
        consumers={topics.REPORT_GENERATED: plans.on_report_generated},
    )
