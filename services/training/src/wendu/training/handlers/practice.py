"""Mock interviews: start practice interviews through question-gen, keep their results, show progress.

Practice is the candidate's alone: staff may start a practice interview for a candidate (the HR
suite does it on their behalf) but never read its results.
"""

from __future__ import annotations

import uuid

from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.auth import Principal
from wendu.core.bus import RecordContext
from wendu.core.clock import Clock, utc_now
from wendu.core.errors import InvalidArgument, PermissionDenied, require_event_field
from wendu.core.wire import interview_kind_from_proto
from wendu.training.domain.model import CompetencyScore, InterviewKind, Language, MockInterview, PracticeResult
from wendu.training.domain.practice import PracticeSession, practice_sessions
from wendu.training.handlers.ports import MockInterviewRepository, PracticeResultRepository, QuestionGen
from wendu.v1 import events_pb2


class Practice:
    def __init__(
        self,
        *,
        question_gen: QuestionGen,
        mocks: MockInterviewRepository,
        results: PracticeResultRepository,
        clock: Clock = utc_now,
    ) -> None:
        self._question_gen = question_gen
        self._mocks = mocks
        self._results = results
        self._clock = clock

    async def start(
        self, principal: Principal, candidate_id: str, position_id: str, language: Language, idempotency_key: str
    ) -> tuple[MockInterview, str]:
        """A new practice interview (unlimited retakes) and the candidate's token for it."""
        candidate_id = self._own_candidate(principal, candidate_id)
        # Without a client key every call is a retake; the key only protects one start from a retry.
        key = idempotency_key or f"practice-{uuid.uuid4().hex}"
        created = await self._question_gen.create_practice_interview(
            principal.tenant_id, candidate_id, position_id, language, key
        )
        attempt = await self._mocks.count_for(principal.tenant_id, candidate_id, position_id) + 1
        mock = await self._mocks.add_if_absent(
            MockInterview(
                tenant_id=principal.tenant_id,
                interview_id=created.interview_id,
                candidate_id=candidate_id,
                position_id=position_id,
                language=language,
                attempt=attempt,
                started_at=created.created_at or self._clock(),
            )
        )
        return mock, created.candidate_token

    async def on_report_generated(self, event: Message, ctx: RecordContext) -> None:
        """Keep the per-competency scores of a practice report (one result per interview, so replays are no-ops)."""
        report = codec.expect(event, events_pb2.ReportGenerated)
        meta = report.meta
        if interview_kind_from_proto(meta.interview_kind, default=None) is not InterviewKind.PRACTICE:
            return
        interview_id = require_event_field(meta.interview_id, "meta.interview_id")
        mock = await self._mocks.get(meta.tenant_id, interview_id)
        await self._results.add_if_absent(
            PracticeResult(
                tenant_id=meta.tenant_id,
                candidate_id=require_event_field(meta.candidate_id, "meta.candidate_id"),
                interview_id=interview_id,
                report_id=require_event_field(report.report_id, "report_id"),
                position_id=mock.position_id if mock else "",
                overall_score=report.overall_score,
                scores=tuple(CompetencyScore(s.competency_id, s.score) for s in report.competency_scores),
                completed_at=codec.from_timestamp(report.completed_at)
                or codec.from_timestamp(meta.occurred_at)
                or self._clock(),
            )
        )

    async def progress(self, principal: Principal, candidate_id: str) -> list[PracticeSession]:
        """The candidate's practice interviews, oldest first, each with its change since the previous one."""
        candidate_id = self._own_candidate(principal, candidate_id, reading=True)
        return practice_sessions(await self._results.for_candidate(principal.tenant_id, candidate_id))

    @staticmethod
    def _own_candidate(principal: Principal, candidate_id: str, *, reading: bool = False) -> str:
        if principal.is_candidate:
            if candidate_id and candidate_id != principal.candidate_id:
                raise PermissionDenied("a candidate may practise and read progress only for themselves")
            return principal.candidate_id
        if reading:
            raise PermissionDenied("practice results belong to the candidate alone")
        if not candidate_id:
            raise InvalidArgument("candidate_id", "must not be empty")
        return candidate_id
