"""Wires question-gen's real adapters into its handlers, servicers and stream agents."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from google.protobuf.message import Message
from wendu.core.bus import RecordContext
from wendu.core.data_export import candidate_data_service
from wendu.core.erasure import CandidateErasedHandler
from wendu.core.grpc_server import GrpcService
from wendu.core.interview_ends import CachedInterviewEnds, StoredInterviewEnds
from wendu.core.llm import build_llm
from wendu.core.runtime import Infrastructure, ServiceParts
from wendu.core.service_calls import ServiceChannel
from wendu.core.topics import CANDIDATE_ERASED, INTERVIEW_COMMANDS, INTERVIEW_UPDATED, SCORE_READY
from wendu.question_gen.adapters.profile_client import GrpcProfileGateway
from wendu.question_gen.adapters.question_generators import build_question_generator, load_wording_settings
from wendu.question_gen.adapters.repositories import (
    MongoCandidateErasure,
    MongoCandidateExport,
    MongoCandidateRequestRepository,
    MongoInterviewRepository,
    MongoPositionRepository,
    MongoTimelineRepository,
)
from wendu.question_gen.config import SERVICE_NAME, load_lifecycle_settings, load_owner_fencing
from wendu.question_gen.entrypoints.grpc_api import InterviewApi, PositionApi
from wendu.question_gen.handlers.commands import InterviewCommands
from wendu.question_gen.handlers.flow import InterviewFlow
from wendu.question_gen.handlers.interviews import InterviewHandlers
from wendu.question_gen.handlers.owner import InterviewOwner, OwnedInterviews
from wendu.question_gen.handlers.ports import DueInterview, InterviewRepository
from wendu.question_gen.handlers.position_import import PositionImport
from wendu.question_gen.handlers.positions import PositionHandlers
from wendu.question_gen.handlers.requests import CandidateRequests
from wendu.question_gen.handlers.streams import InterviewStreams, UpdateNotifier
from wendu.question_gen.handlers.sweep import LifecycleSweep
from wendu.question_gen.handlers.timeline import TimelineWriter
from wendu.v1 import question_gen_pb2, question_gen_pb2_grpc

_SERVICES = question_gen_pb2.DESCRIPTOR.services_by_name


def bootstrap(infra: Infrastructure) -> ServiceParts:
    positions = MongoPositionRepository()
    position_handlers = PositionHandlers(positions)
    # The durable record. API replicas read it; the worker keeps what it owns in front of it.
    stored_interviews = MongoInterviewRepository(fencing=load_owner_fencing())
    owned = OwnedInterviews(stored_interviews)
    timeline = MongoTimelineRepository()
    candidate_requests = MongoCandidateRequestRepository()
    profile_service = ServiceChannel(infra.settings.profile_addr, infra.signer, caller=SERVICE_NAME)
    profiles = GrpcProfileGateway(profile_service)
    timeline_writer = TimelineWriter(timeline, infra.publisher)
    notifier = UpdateNotifier()
    lifecycle = load_lifecycle_settings()
    wording_settings = load_wording_settings()
    wording = build_question_generator(
        wording_settings.generator, build_llm(infra.settings.llm), budget_seconds=wording_settings.budget_seconds
    )

    def use_cases(interviews: InterviewRepository) -> tuple[InterviewHandlers, CandidateRequests]:
        requests = CandidateRequests(interviews=interviews, requests=candidate_requests, publisher=infra.publisher)
        handlers = InterviewHandlers(
            interviews=interviews,
            positions=positions,
            profiles=profiles,
            timeline=timeline_writer,
            publisher=infra.publisher,
            signer=infra.signer,
            requests=requests,
            default_window=lifecycle.default_window,
            wording=wording,
        )
        return handlers, requests

    # API replicas: create and read on the store; every change of a live interview goes to its owner.
    api_handlers, api_requests = use_cases(stored_interviews)
    commands = InterviewCommands(stored_interviews, candidate_requests, infra.publisher)

    def sweep(
        interviews: InterviewRepository, send: Callable[[DueInterview], Awaitable[None]] | None
    ) -> LifecycleSweep:
        return LifecycleSweep(
            interviews,
            timeline_writer,
            idle_after=lifecycle.idle_abandon_after,
            interval_seconds=lifecycle.sweep_seconds,
            send=send,
        )

    # The worker: the owner of the interviews of its partitions, their single writer.
    owner_handlers, owner_requests = use_cases(owned)
    flow = InterviewFlow(
        owned,
        timeline_writer,
        infra.publisher,
        wording=wording,
        max_follow_ups=wording_settings.max_follow_ups,
    )
    owner = InterviewOwner(owned, owner_handlers, owner_requests, sweep(owned, None), flow, infra.publisher)
    streams = InterviewStreams(stored_interviews, timeline, notifier)

    async def on_interview_updated(event: Message, context: RecordContext) -> None:
        await commands.on_interview_updated(event, context)
        await notifier.on_interview_updated(event, context)

    return ServiceParts(
        grpc_services=[
            candidate_data_service(SERVICE_NAME, MongoCandidateExport()),
            GrpcService(
                _SERVICES["PositionService"].full_name,
                PositionApi(position_handlers, PositionImport(position_handlers, positions)),
                question_gen_pb2_grpc.add_PositionServiceServicer_to_server,
            ),
            GrpcService(
                _SERVICES["InterviewService"].full_name,
                InterviewApi(
                    api_handlers, commands, streams, api_requests, max_follow_ups=wording_settings.max_follow_ups
                ),
                question_gen_pb2_grpc.add_InterviewServiceServicer_to_server,
            ),
        ],
        consumers={
            INTERVIEW_COMMANDS: owner.on_command,
            SCORE_READY: owner.on_score_ready,
            CANDIDATE_ERASED: CandidateErasedHandler(MongoCandidateErasure()),
        },
        # API replicas: replies to their commands, and wake-ups of the streams they hold.
        broadcasts={INTERVIEW_UPDATED: on_interview_updated},
        api_background=[profile_service.close_when_stopped],
        worker_background=[sweep(stored_interviews, commands.end_if_due).run],
        co_partitioned=True,
        on_revoked=lambda _partitions: owned.forget_all(),
        # question-gen owns interviews: the candidate-token bound reads their end off the store.
        interview_ends=CachedInterviewEnds(
            StoredInterviewEnds(stored_interviews.get, lambda interview: interview.completed_at)
        ),
    )
