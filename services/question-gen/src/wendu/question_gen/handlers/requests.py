"""A candidate's requests of a human (human first screen, HR chat): stored once, announced to the HR suite.

Like answers, a request is stored first and published after, then marked published; a retried
call finds the stored request and publishes it again only if the first attempt stopped before,
with the same event id, so the HR suite can deduplicate.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime

from wendu.core.bus import Publisher
from wendu.core.clock import Clock, utc_now
from wendu.core.codec import new_meta, to_timestamp
from wendu.core.errors import FailedPrecondition, InvalidArgument
from wendu.core.topics import CANDIDATE_REQUESTS
from wendu.core.wire import interview_kind_to_proto, language_to_proto
from wendu.question_gen.domain.interviews import Interview
from wendu.question_gen.domain.requests import (
    CandidateRequest,
    RequestKind,
    RequestReason,
    may_request_hr_chat,
    new_request,
    validated_note,
)
from wendu.question_gen.handlers.audit import audit_routed_to_human
from wendu.question_gen.handlers.interview_store import change_interview, load_interview
from wendu.question_gen.handlers.ports import CandidateRequestRepository, InterviewRepository
from wendu.v1 import common_pb2, events_pb2
from wendu.v1.common_pb2 import CandidateRequestKind

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200

_KIND_TO_PROTO = {
    RequestKind.HUMAN_SCREEN: common_pb2.CANDIDATE_REQUEST_KIND_HUMAN_SCREEN,
    RequestKind.HR_CHAT: common_pb2.CANDIDATE_REQUEST_KIND_HR_CHAT,
}
_KIND_FROM_PROTO = {v: k for k, v in _KIND_TO_PROTO.items()}


def kind_to_proto(kind: RequestKind) -> CandidateRequestKind:
    return _KIND_TO_PROTO[kind]


def kinds_from_proto(value: int) -> tuple[RequestKind, ...]:
    """The kinds a list asks for: all for UNSPECIFIED; InvalidArgument naming ``kind`` for an unknown value."""
    if value == common_pb2.CANDIDATE_REQUEST_KIND_UNSPECIFIED:
        return tuple(RequestKind)
    kind = _KIND_FROM_PROTO.get(value)  # type: ignore[call-overload]
    if kind is None:
        raise InvalidArgument("kind", f"unknown candidate request kind {value}")
    return (kind,)


@dataclass(frozen=True)
class RequestPage:
    requests: list[CandidateRequest]
    next_page_token: str


class CandidateRequests:
    def __init__(
        self,
        *,
        interviews: InterviewRepository,
        requests: CandidateRequestRepository,
        publisher: Publisher,
        clock: Clock = utc_now,
    ) -> None:
        self._interviews = interviews
        self._requests = requests
        self._publisher = publisher
        self._clock = clock

    async def request_human_screen(self, tenant_id: str, interview_id: str, note: str) -> CandidateRequest:
        """The candidate takes a human first screen: the AI interview will not start, HR is told."""
        note = validated_note(note)
        now = self._clock()
        interview, _ = await change_interview(
            self._interviews, tenant_id, interview_id, lambda iv: iv.choose_human_screen(now)
        )
        return await self.open(interview, RequestKind.HUMAN_SCREEN, RequestReason.CANDIDATE_CHOICE, note)

    async def refuse_automated_decision(self, tenant_id: str, interview_id: str, note: str) -> CandidateRequest:
        """The candidate refuses a solely automated decision: a human screen, requested of HR and recorded
        with its reason. An interview that has a human screen request already keeps that one."""
        note = validated_note(note)
        now = self._clock()
        interview, _ = await change_interview(
            self._interviews, tenant_id, interview_id, lambda iv: iv.refuse_automated_decision(now)
        )
        return await self.open(interview, RequestKind.HUMAN_SCREEN, RequestReason.REFUSED_AUTOMATED_DECISION, note)

    async def request_hr_chat(self, tenant_id: str, interview_id: str, note: str) -> CandidateRequest:
        note = validated_note(note)
        interview = await load_interview(self._interviews, tenant_id, interview_id)
        refusal = may_request_hr_chat(interview)
        if refusal:
            raise FailedPrecondition(refusal)
        return await self.open(interview, RequestKind.HR_CHAT, RequestReason.CANDIDATE_CHOICE, note)

    async def open(
        self, interview: Interview, kind: RequestKind, reason: RequestReason, note: str = ""
    ) -> CandidateRequest:
        """Store the request (once per interview and kind) and publish it unless published before."""
        request, _ = await self._requests.add(new_request(interview, kind, reason, note, self._clock()))
        if not request.published:
            await self._publisher.publish(
                CANDIDATE_REQUESTS, _created_event(interview, request), key=interview.interview_id
            )
            if kind is RequestKind.HUMAN_SCREEN:
                await audit_routed_to_human(self._publisher, interview, request)
            await self._requests.mark_published(request.tenant_id, request.request_id)
            request.published = True
        return request

    async def list(
        self, tenant_id: str, kind: int, page_size: int, page_token: str, *, interview_id: str = ""
    ) -> RequestPage:
        """A page of the tenant's requests (only ``interview_id``'s when given), newest first."""
        kinds = kinds_from_proto(kind)
        if page_size > MAX_PAGE_SIZE:
            raise InvalidArgument("page_size", f"must be at most {MAX_PAGE_SIZE}, got {page_size}")
        limit = page_size or DEFAULT_PAGE_SIZE
        found = await self._requests.list(
            tenant_id, kinds, before=_decode_token(page_token), limit=limit + 1, interview_id=interview_id
        )
        page, more = found[:limit], len(found) > limit
        token = _encode_token(page[-1]) if more else ""
        return RequestPage(page, token)


def _created_event(interview: Interview, request: CandidateRequest) -> events_pb2.CandidateRequestCreated:
    return events_pb2.CandidateRequestCreated(
        meta=new_meta(
            events_pb2.CandidateRequestCreated,
            tenant_id=interview.tenant_id,
            interview_id=interview.interview_id,
            candidate_id=interview.candidate_id,
            interview_kind=interview_kind_to_proto(interview.kind),
            event_id=request.event_id,
        ),
        request_id=request.request_id,
        kind=kind_to_proto(request.kind),
        reason=request.reason.value,
        note=request.note,
        position_id=request.position_id,
        language=language_to_proto(request.language),
        requested_at=to_timestamp(request.created_at),
    )


def _encode_token(last: CandidateRequest) -> str:
    raw = f"{last.created_at.isoformat()}|{last.request_id}"
    return base64.urlsafe_b64encode(raw.encode()).decode("ascii")


def _decode_token(token: str) -> tuple[datetime, str] | None:
    if not token:
        return None
    try:
        stamp, request_id = base64.urlsafe_b64decode(token.encode("ascii")).decode().rsplit("|", 1)
        created_at = datetime.fromisoformat(stamp)
    except (ValueError, UnicodeError) as exc:
        raise InvalidArgument("page_token", "is not a token this service issued") from exc
    if created_at.tzinfo is None:
        raise InvalidArgument("page_token", "is not a token this service issued")
    return created_at, request_id
