"""When an interview ended: what the candidate-token bound (``CandidateEndBoundInterceptor``) asks.

A candidate token works until ``CANDIDATE_ACCESS_AFTER_END`` after its interview ended, on every RPC
of every service. question-gen owns interviews and knows; feedback knows from the completion it
consumed (both read their own records, :class:`StoredInterviewEnds`); the other services that serve candidates (profile, training) ask question-gen, through
:class:`QuestionGenInterviewEnds`, behind a :class:`CachedInterviewEnds` so a candidate's calls do not
each cost a call to question-gen.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import grpc
from wendu.core.codec import from_timestamp
from wendu.core.errors import Unavailable
from wendu.v1 import question_gen_pb2, question_gen_pb2_grpc

if TYPE_CHECKING:  # service_calls imports the interceptors, which import this module.
    from wendu.core.service_calls import ServiceChannel

QUESTION_GEN_TIMEOUT_SECONDS = 3.0
# An interview not ended when last asked is asked again after this long. A candidate token is bound
# days after the end, so a few seconds of staleness cannot extend it noticeably.
DEFAULT_RECHECK_SECONDS = 30.0
DEFAULT_MAX_ENTRIES = 10_000

Record = TypeVar("Record")


class InterviewEnds(Protocol):
    async def ended_at(self, tenant_id: str, interview_id: str) -> datetime | None:
        """When the interview ended; None while it runs, or when this source does not know it."""


class StoredInterviewEnds(Generic[Record]):
    """Reads the end off a record the service keeps itself (question-gen's interview, feedback's
    report): ``find`` returns the record of (tenant, interview) or None, ``ended_at_of`` its end."""

    def __init__(
        self,
        find: Callable[[str, str], Awaitable[Record | None]],
        ended_at_of: Callable[[Record], datetime | None],
    ) -> None:
        self._find = find
        self._ended_at_of = ended_at_of

    async def ended_at(self, tenant_id: str, interview_id: str) -> datetime | None:
        record = await self._find(tenant_id, interview_id)
        return None if record is None else self._ended_at_of(record)


class CachedInterviewEnds:
    """Remembers answers of another source: an end for good (it never changes), "not ended" for
    ``recheck_seconds``. At most ``max_entries`` interviews, the least recently asked forgotten first."""

    def __init__(
        self,
        source: InterviewEnds,
        *,
        recheck_seconds: float = DEFAULT_RECHECK_SECONDS,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._source = source
        self._recheck = recheck_seconds
        self._max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[tuple[str, str], tuple[datetime | None, float]] = OrderedDict()

    async def ended_at(self, tenant_id: str, interview_id: str) -> datetime | None:
        key = (tenant_id, interview_id)
        now = self._clock()
        known = self._entries.get(key)
        if known is not None:
            ended, asked_at = known
            if ended is not None or now - asked_at < self._recheck:
                self._entries.move_to_end(key)
                return ended
        ended = await self._source.ended_at(tenant_id, interview_id)
        self._entries[key] = (ended, now)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)
        return ended


class QuestionGenInterviewEnds:
    """Asks question-gen's ``InterviewService.GetInterview`` with a service token of the tenant.

    An interview question-gen does not know (erased, another tenant's) has no end: the RPC then
    answers for itself. Question-gen unreachable: UNAVAILABLE, the client retries; the bound is never
    skipped because its source is down.
    """

    def __init__(self, question_gen: ServiceChannel, timeout_seconds: float = QUESTION_GEN_TIMEOUT_SECONDS) -> None:
        self._question_gen = question_gen
        self._timeout = timeout_seconds

    async def ended_at(self, tenant_id: str, interview_id: str) -> datetime | None:
        stub = question_gen_pb2_grpc.InterviewServiceStub(self._question_gen.channel)
        try:
            interview = await stub.GetInterview(
                question_gen_pb2.GetInterviewRequest(interview_id=interview_id),
                timeout=self._timeout,
                metadata=self._question_gen.metadata(tenant_id),
            )
        except grpc.aio.AioRpcError as exc:
            if exc.code() == grpc.StatusCode.NOT_FOUND:
                return None
            raise Unavailable(
                f"cannot check when the interview ended: question-gen answered {exc.code().name}"
            ) from exc
        except (TimeoutError, OSError) as exc:
            raise Unavailable("cannot check when the interview ended: question-gen unreachable") from exc
        return from_timestamp(interview.completed_at)
