"""Wires question-gen's real adapters into its handlers, servicers and stream agents."""

from __future__ import annotations

from wendu.core.erasure import CandidateErasedHandler
from wendu.core.grpc_server import GrpcService
from wendu.core.llm import build_llm
from wendu.core.runtime import Infrastructure, ServiceParts
from wendu.core.service_calls import ServiceChannel
from wendu.core.topics import CANDIDATE_ERASED, HINT_READY, INTERVIEW_UPDATED, SCORE_READY
from wendu.question_gen.adapters.profile_client import GrpcProfileGateway
from wendu.question_gen.adapters.question_generators import build_question_generator, load_wording_settings
from wendu.question_gen.adapters.repositories import (
    MongoCandidateErasure,
    MongoCandidateRequestRepository,
    MongoHintRepository,
    MongoInterviewRepository,
    MongoPositionRepository,
    MongoTimelineRepository,
)
from wendu.question_gen.config import SERVICE_NAME, load_lifecycle_settings
from wendu.question_gen.entrypoints.grpc_api import InterviewApi, PositionApi
from wendu.question_gen.handlers.flow import InterviewFlow
from wendu.question_gen.handlers.interviews import InterviewHandlers
from wendu.question_gen.handlers.positions import PositionHandlers
from wendu.question_gen.handlers.requests import CandidateRequests
from wendu.question_gen.handlers.streams import InterviewStreams, LiveHints, UpdateNotifier
from wendu.question_gen.handlers.sweep import LifecycleSweep
from wendu.question_gen.handlers.timeline import TimelineWriter
from wendu.v1 import question_gen_pb2, question_gen_pb2_grpc

_SERVICES = question_gen_pb2.DESCRIPTOR.services_by_name


def bootstrap(infra: Infrastructure) -> ServiceParts:
    positions = MongoPositionRepository()
    interviews = MongoInterviewRepository()
    timeline = MongoTimelineRepository()
    hints = MongoHintRepository()
    profile_service = ServiceChannel(infra.settings.profile_addr, infra.signer, caller=SERVICE_NAME)
    timeline_writer = TimelineWriter(timeline, infra.publisher)
    notifier = UpdateNotifier()
    lifecycle = load_lifecycle_settings()
    wording_settings = load_wording_settings()
    wording = build_question_generator(
        wording_settings.generator, build_llm(infra.settings.llm), budget_seconds=wording_settings.budget_seconds
    )
    requests = CandidateRequests(
        interviews=interviews, requests=MongoCandidateRequestRepository(), publisher=infra.publisher
    )
    sweep = LifecycleSweep(
        interviews, timeline_writer, idle_after=lifecycle.idle_abandon_after, interval_seconds=lifecycle.sweep_seconds
    )

    interview_handlers = InterviewHandlers(
        interviews=interviews,
        hints=hints,
        positions=positions,
        profiles=GrpcProfileGateway(profile_service),
        timeline=timeline_writer,
        publisher=infra.publisher,
        signer=infra.signer,
        requests=requests,
        default_window=lifecycle.default_window,
        wording=wording,
    )
    flow = InterviewFlow(
        interviews,
        hints,
        timeline_writer,
        infra.publisher,
        wording=wording,
        max_follow_ups=wording_settings.max_follow_ups,
    )
    streams = InterviewStreams(interviews, timeline, notifier)
    live_hints = LiveHints(interviews, hints, notifier)

    return ServiceParts(
        grpc_services=[
            GrpcService(
                _SERVICES["PositionService"].full_name,
                PositionApi(PositionHandlers(positions)),
                question_gen_pb2_grpc.add_PositionServiceServicer_to_server,
            ),
            GrpcService(
                _SERVICES["InterviewService"].full_name,
                InterviewApi(interview_handlers, streams, requests, max_follow_ups=wording_settings.max_follow_ups),
                question_gen_pb2_grpc.add_InterviewServiceServicer_to_server,
            ),
        ],
        consumers={
            SCORE_READY: flow.on_score_ready,
            CANDIDATE_ERASED: CandidateErasedHandler(MongoCandidateErasure()),
        },
        # API replicas: wake streams when the timeline grew, and show hints before it does.
        broadcasts={INTERVIEW_UPDATED: notifier.on_interview_updated, HINT_READY: live_hints.on_hint_ready},
        api_background=[profile_service.close_when_stopped],
        worker_background=[sweep.run],
    )
