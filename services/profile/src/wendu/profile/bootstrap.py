"""Wires the profile service's real adapters into its handlers and entrypoints."""

from __future__ import annotations

from wendu.core import topics
from wendu.core.grpc_server import GrpcService
from wendu.core.interview_ends import CachedInterviewEnds, QuestionGenInterviewEnds
from wendu.core.runtime import Infrastructure, ServiceParts
from wendu.core.service_calls import ServiceChannel
from wendu.profile.adapters.candidate_data_sources import GrpcCandidateDataSources
from wendu.profile.adapters.keyring import CandidateKeyring
from wendu.profile.adapters.repositories import (
    MongoAssessmentRepository,
    MongoCandidateRepository,
    MongoErasureRepository,
    MongoExternalProfileRepository,
    MongoHistoryRepository,
    MongoSelfIdentificationRepository,
)
from wendu.profile.adapters.resume_files import read_resume_text
from wendu.profile.config import SERVICE_NAME, require_encryption_key
from wendu.profile.entrypoints.grpc_api import SERVICE_FULL_NAME, ProfileServicer
from wendu.profile.handlers.assessments import AssessmentHandlers
from wendu.profile.handlers.candidate_import import CandidateImport
from wendu.profile.handlers.candidates import CandidateHandlers
from wendu.profile.handlers.data_export import CandidateDataExporter
from wendu.profile.handlers.erasure import CandidateEraser
from wendu.profile.handlers.history import ReportHistoryRecorder
from wendu.profile.handlers.self_identification import SelfIdentificationHandlers
from wendu.v1 import profile_pb2_grpc


def bootstrap(infra: Infrastructure) -> ServiceParts:
    """The servicer for the API role and the report-generated consumer for the worker role."""
    history = MongoHistoryRepository()
    erasures = MongoErasureRepository()
    consumers = {topics.REPORT_GENERATED: ReportHistoryRecorder(history, infra.publisher, erasures=erasures)}
    if not infra.role.serves_api:
        # The worker touches no encrypted field: it gets no key (the chart mounts it in the API only).
        return ServiceParts(consumers=consumers)
    # Checked here too, not only in load_settings: settings built another way (tests, embedding)
    # must not slip through and store personal data unencrypted.
    service_key = require_encryption_key(infra.settings)
    # Raises ConfigError at once on a malformed key, before anything is served.
    keyring = CandidateKeyring(service_key)
    candidates = MongoCandidateRepository(keyring)
    assessments = MongoAssessmentRepository()
    external_profiles = MongoExternalProfileRepository(keyring)
    self_identifications = MongoSelfIdentificationRepository(keyring)
    self_identification = SelfIdentificationHandlers(candidates, self_identifications, infra.publisher)
    handlers = CandidateHandlers(
        candidates,
        history,
        infra.publisher,
        assessments=assessments,
        external_profiles=external_profiles,
        read_resume=read_resume_text,
        self_identification=self_identification,
    )
    eraser = CandidateEraser(
        candidates=candidates,
        history=history,
        assessments=assessments,
        external_profiles=external_profiles,
        erasures=erasures,
        keys=keyring,
        self_identifications=self_identifications,
        publisher=infra.publisher,
    )
    settings = infra.settings
    channels = {
        name: ServiceChannel(address, infra.signer, caller=SERVICE_NAME)
        for name, address in (
            ("question-gen", settings.question_gen_addr),
            ("scoring", settings.scoring_addr),
            ("feedback", settings.feedback_addr),
            ("training", settings.training_addr),
        )
    }
    data_sources = GrpcCandidateDataSources(channels)
    exporter = CandidateDataExporter(
        candidates=candidates,
        history=history,
        assessments=assessments,
        external_profiles=external_profiles,
        sources=data_sources,
        publisher=infra.publisher,
    )
    servicer = ProfileServicer(
        handlers,
        AssessmentHandlers(candidates, assessments, history, infra.publisher),
        eraser,
        self_identification,
        exporter,
        CandidateImport(handlers, candidates),
    )
    return ServiceParts(
        grpc_services=[
            GrpcService(
                full_name=SERVICE_FULL_NAME,
                servicer=servicer,
                add_to_server=profile_pb2_grpc.add_ProfileServiceServicer_to_server,
            )
        ],
        consumers=consumers,
        api_background=[data_sources.close_when_stopped],
        # A candidate token's consents and self-erasure are bound by its interview's end, which
        # question-gen knows.
        interview_ends=CachedInterviewEnds(QuestionGenInterviewEnds(channels["question-gen"])),
    )
