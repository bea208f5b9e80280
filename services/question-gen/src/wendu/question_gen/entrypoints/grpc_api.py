"""gRPC servicers of PositionService and InterviewService.

Each method authorizes the caller, checks the shape of the request (errors name the proto field),
calls a handler and maps the result to the response. Domain errors become status codes in the
shared error-mapping interceptor.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc
from wendu.core.auth import Role, authorize
from wendu.core.bulk_import import IncomingRow, report_to_proto, split_options
from wendu.core.clock import utc_now
from wendu.core.codec import from_timestamp, to_timestamp
from wendu.core.errors import InvalidArgument, require
from wendu.core.interceptors import current_principal
from wendu.core.vocabulary import Language, LocalizedText
from wendu.core.wire import interview_kind_from_proto, language_from_proto, language_to_proto
from wendu.question_gen import wire
from wendu.question_gen.domain.interviews import Interview, InterviewKind, InterviewMode
from wendu.question_gen.domain.positions import BankQuestion, CompetencyWeight, TimePolicy
from wendu.question_gen.domain.requests import CandidateRequest, validated_note
from wendu.question_gen.handlers.interviews import (
    AnswerSubmission,
    ExtensionGrant,
    InterviewHandlers,
    NewInterview,
    OptionsChoice,
)
from wendu.question_gen.handlers.ports import InterviewChanges
from wendu.question_gen.handlers.position_import import PositionImport, PositionRow
from wendu.question_gen.handlers.positions import NewPosition, PositionHandlers
from wendu.question_gen.handlers.requests import CandidateRequests, kind_to_proto
from wendu.question_gen.handlers.streams import InterviewStreams
from wendu.v1 import common_pb2, data_rights_pb2, question_gen_pb2, question_gen_pb2_grpc

MAX_IDEMPOTENCY_KEY_CHARS = 128
# Who may see candidates' requests and grant time: people at the employer, not other services.
HR_ROLES = (Role.ADMIN, Role.RECRUITER)


def _idempotency_key(value: str) -> str:
    key = value.strip()
    if len(key) > MAX_IDEMPOTENCY_KEY_CHARS:
        raise InvalidArgument("idempotency_key", f"must be at most {MAX_IDEMPOTENCY_KEY_CHARS} characters")
    return key


def _interview_scope(interview_id: str) -> tuple[str, str]:
    """(tenant, interview) for a call on one interview: staff of the tenant, or its candidate."""
    interview_id = require(interview_id, "interview_id")
    principal = current_principal()
    authorize(principal, allow_candidate=True, interview_id=interview_id)
    return principal.tenant_id, interview_id


def _language_choice(value: int) -> Language | None:
    if value == common_pb2.LANGUAGE_UNSPECIFIED:
        return None
    language = language_from_proto(value, default=None)
    if language is None:
        raise InvalidArgument("language", "must be LANGUAGE_ZH or LANGUAGE_EN")
    return language


def _mode_choice(value: int) -> InterviewMode | None:
    if value == question_gen_pb2.INTERVIEW_MODE_UNSPECIFIED:
        return None
    mode = wire.mode_from_proto(value)
    if mode is None:
        raise InvalidArgument("mode", "must be INTERVIEW_MODE_TEXT, INTERVIEW_MODE_VOICE or INTERVIEW_MODE_VIDEO")
    return mode


def _offered_modes(values: list[int]) -> tuple[InterviewMode, ...]:
    modes = []
    for value in values:
        mode = wire.mode_from_proto(value)
        if mode is None:
            raise InvalidArgument("offered_modes", f"unknown mode {value}")
        modes.append(mode)
    return tuple(modes)


def _request_to_proto(request: CandidateRequest) -> question_gen_pb2.CandidateRequest:
    return question_gen_pb2.CandidateRequest(
        request_id=request.request_id,
        interview_id=request.interview_id,
        candidate_id=request.candidate_id,
        position_id=request.position_id,
        kind=kind_to_proto(request.kind),
        reason=request.reason.value,
        note=request.note,
        language=language_to_proto(request.language),
        created_at=to_timestamp(request.created_at),
    )


class PositionApi(question_gen_pb2_grpc.PositionServiceServicer):
    def __init__(self, positions: PositionHandlers, importer: PositionImport) -> None:
        self._positions = positions
        self._importer = importer

    async def ImportPositions(
        self,
        request_iterator: AsyncIterator[question_gen_pb2.ImportPositionsRequest],
        context: grpc.aio.ServicerContext,
    ) -> data_rights_pb2.ImportReport:
        principal = current_principal()
        authorize(principal, roles=(Role.ADMIN, Role.RECRUITER))
        options, rows = await split_options(request_iterator)

        async def incoming() -> AsyncIterator[IncomingRow[PositionRow]]:
            async for row in rows:
                assert isinstance(row, question_gen_pb2.PositionImportRow)
                yield IncomingRow(
                    row.line,
                    row.external_id.strip(),
                    PositionRow(row.title, row.competencies, row.suggested_minutes_per_answer, row.hard_limit_minutes),
                )

        return report_to_proto(await self._importer.run(principal.tenant_id, incoming(), dry_run=options.dry_run))

    async def CreatePosition(
        self, request: question_gen_pb2.CreatePositionRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Position:
        principal = current_principal()
        authorize(principal)
        command = NewPosition(
            title=request.title,
            competencies=tuple(CompetencyWeight(c.competency_id, c.weight_percent) for c in request.competencies),
            question_bank=tuple(
                BankQuestion(q.competency_id, LocalizedText(zh=q.text.zh, en=q.text.en)) for q in request.question_bank
            ),
            time_policy=TimePolicy(
                request.time_policy.suggested_minutes_per_answer, request.time_policy.hard_limit_minutes
            ),
            idempotency_key=_idempotency_key(request.idempotency_key),
            employer_name=request.employer_name,
        )
        return wire.position_to_proto(await self._positions.create(principal.tenant_id, command))

    async def GetPosition(
        self, request: question_gen_pb2.GetPositionRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Position:
        principal = current_principal()
        authorize(principal)
        position_id = require(request.position_id, "position_id")
        return wire.position_to_proto(await self._positions.get(principal.tenant_id, position_id))

    async def ListCompetencies(
        self, request: question_gen_pb2.ListCompetenciesRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.ListCompetenciesResponse:
        # Candidates may read it too: the guide shows them what they are scored on.
        authorize(current_principal(), allow_candidate=True)
        return question_gen_pb2.ListCompetenciesResponse(
            competencies=[wire.competency_to_proto(c) for c in self._positions.list_competencies()]
        )


class InterviewApi(question_gen_pb2_grpc.InterviewServiceServicer):
    def __init__(
        self,
        interviews: InterviewHandlers,
        changes: InterviewChanges,
        streams: InterviewStreams,
        requests: CandidateRequests,
        *,
        max_follow_ups: int,
    ) -> None:
        """``interviews`` creates and reads; ``changes`` changes a live interview (in a deployment,
        by a command to its owner, :class:`wendu.question_gen.handlers.commands.InterviewCommands`)."""
        self._interviews = interviews
        self._changes = changes
        self._streams = streams
        self._requests = requests
        # The flow's setting (WENDU_QUESTION_GEN_MAX_FOLLOW_UPS), so the plan shown is the one followed.
        self._max_follow_ups = max_follow_ups

    def _interview(self, interview: Interview) -> question_gen_pb2.Interview:
        # time_used_seconds is as of this call.
        return wire.interview_to_proto(interview, utc_now(), max_follow_ups=self._max_follow_ups)

    async def CreateInterview(
        self, request: question_gen_pb2.CreateInterviewRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.CreateInterviewResponse:
        principal = current_principal()
        authorize(principal)
        if request.kind == common_pb2.INTERVIEW_KIND_UNSPECIFIED:
            kind: InterviewKind | None = InterviewKind.SELECTION
        else:
            kind = interview_kind_from_proto(request.kind, default=None)
        if kind is None:
            raise InvalidArgument("kind", "must be INTERVIEW_KIND_SELECTION or INTERVIEW_KIND_PRACTICE")
        command = NewInterview(
            candidate_id=require(request.candidate_id, "candidate_id"),
            position_id=require(request.position_id, "position_id"),
            # Unset: the candidate's preferred language (the handler asks the profile).
            language=_language_choice(request.language),
            kind=kind,
            idempotency_key=_idempotency_key(request.idempotency_key),
            window_start=from_timestamp(request.window_start),
            window_end=from_timestamp(request.window_end),
            offered_modes=_offered_modes(list(request.offered_modes)),
        )
        created = await self._interviews.create(principal.tenant_id, command)
        return question_gen_pb2.CreateInterviewResponse(
            interview=self._interview(created.interview), candidate_token=created.candidate_token
        )

    async def GetInterview(
        self, request: question_gen_pb2.GetInterviewRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Interview:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        return self._interview(await self._interviews.get(tenant_id, interview_id))

    async def StartInterview(
        self, request: question_gen_pb2.InterviewRef, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Interview:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        return self._interview(await self._changes.start(tenant_id, interview_id))

    async def PauseInterview(
        self, request: question_gen_pb2.InterviewRef, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Interview:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        return self._interview(await self._changes.pause(tenant_id, interview_id))

    async def ResumeInterview(
        self, request: question_gen_pb2.InterviewRef, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Interview:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        return self._interview(await self._changes.resume(tenant_id, interview_id))

    async def SubmitAnswer(
        self, request: question_gen_pb2.SubmitAnswerRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.SubmitAnswerResponse:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        submission = AnswerSubmission(
            interview_id=interview_id,
            question_id=require(request.question_id, "question_id"),
            text=request.text,
            idempotency_key=_idempotency_key(request.idempotency_key),
            supplement=request.supplement,
        )
        submitted = await self._changes.submit_answer(tenant_id, submission)
        return question_gen_pb2.SubmitAnswerResponse(
            answer=wire.answer_to_proto(submitted.answer), duplicate=submitted.duplicate
        )

    async def CompleteInterview(
        self, request: question_gen_pb2.InterviewRef, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Interview:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        return self._interview(await self._changes.complete(tenant_id, interview_id))

    async def ChooseInterviewOptions(
        self, request: question_gen_pb2.ChooseInterviewOptionsRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Interview:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        choice = OptionsChoice(
            slot_start=from_timestamp(request.slot_start) if request.HasField("slot_start") else None,
            mode=_mode_choice(request.mode),
            language=_language_choice(request.language),
        )
        return self._interview(await self._changes.choose_options(tenant_id, interview_id, choice))

    async def WithdrawInterview(
        self, request: question_gen_pb2.WithdrawInterviewRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Interview:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        return self._interview(await self._changes.withdraw(tenant_id, interview_id))

    async def RequestHumanScreen(
        self, request: question_gen_pb2.CandidateRequestInput, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.CandidateRequest:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        return _request_to_proto(
            await self._changes.request_human_screen(tenant_id, interview_id, validated_note(request.note))
        )

    async def RefuseAutomatedDecision(
        self, request: question_gen_pb2.CandidateRequestInput, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.CandidateRequest:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        return _request_to_proto(
            await self._changes.refuse_automated_decision(tenant_id, interview_id, validated_note(request.note))
        )

    async def RequestHrChat(
        self, request: question_gen_pb2.CandidateRequestInput, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.CandidateRequest:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        return _request_to_proto(await self._requests.request_hr_chat(tenant_id, interview_id, request.note))

    async def ListCandidateRequests(
        self, request: question_gen_pb2.ListCandidateRequestsRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.ListCandidateRequestsResponse:
        principal = current_principal()
        interview_id = request.interview_id.strip()
        if principal.is_candidate:
            # A candidate sees what they asked for on their own interview, never the tenant's list.
            interview_id = require(interview_id, "interview_id")
        authorize(principal, roles=HR_ROLES, allow_candidate=True, interview_id=interview_id or None)
        page = await self._requests.list(
            principal.tenant_id, request.kind, request.page_size, request.page_token.strip(), interview_id=interview_id
        )
        return question_gen_pb2.ListCandidateRequestsResponse(
            requests=[_request_to_proto(r) for r in page.requests], next_page_token=page.next_page_token
        )

    async def GrantTimeExtension(
        self, request: question_gen_pb2.GrantTimeExtensionRequest, context: grpc.aio.ServicerContext
    ) -> question_gen_pb2.Interview:
        principal = current_principal()
        authorize(principal, roles=HR_ROLES)
        interview_id = require(request.interview_id, "interview_id")
        grant = ExtensionGrant(
            minutes=request.minutes,
            reason=request.reason,
            granted_by=principal.subject,
            idempotency_key=_idempotency_key(request.idempotency_key),
        )
        return self._interview(await self._changes.grant_extension(principal.tenant_id, interview_id, grant))

    async def StreamInterview(
        self, request: question_gen_pb2.StreamInterviewRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[question_gen_pb2.InterviewUpdate]:
        tenant_id, interview_id = _interview_scope(request.interview_id)
        async for record in self._streams.follow(tenant_id, interview_id, request.after_seq):
            yield record.update
