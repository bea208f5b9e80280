"""Stream handler: a generated report becomes an entry of the candidate's interview history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC

from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.bus import Publisher, RecordContext
from wendu.profile.domain.model import CompetencyResult, HistoryEntry, InterviewKind
from wendu.profile.handlers.notifications import REASON_HISTORY_RECORDED, announce_profile_updated, new_id
from wendu.profile.handlers.ports import ErasureRepository, HistoryRepository
from wendu.v1 import common_pb2, events_pb2


class UnusableReport(ValueError):
    """The report lacks what a history entry needs; retrying cannot help, so it goes to the DLQ."""


def entry_from_report(report: events_pb2.ReportGenerated, *, profile_event_id: str) -> HistoryEntry:
    meta = report.meta
    if not meta.candidate_id:
        raise UnusableReport("report-generated without meta.candidate_id")
    if not meta.interview_id:
        raise UnusableReport("report-generated without meta.interview_id")
    completed = report.completed_at if report.HasField("completed_at") else meta.occurred_at
    return HistoryEntry.record(
        tenant_id=meta.tenant_id,
        candidate_id=meta.candidate_id,
        interview_id=meta.interview_id,
        report_id=report.report_id,
        overall_score=report.overall_score,
        competency_scores=(
            CompetencyResult(competency_id=s.competency_id, score=s.score, level=s.level)
            for s in report.competency_scores
        ),
        completed_at=completed.ToDatetime(tzinfo=UTC),
        # Only practice is walled off; an event without a kind is treated as a selection interview.
        kind=InterviewKind.PRACTICE
        if meta.interview_kind == common_pb2.INTERVIEW_KIND_PRACTICE
        else InterviewKind.SELECTION,
        asked_question_texts=report.question_texts,
        profile_event_id=profile_event_id,
    )


class ReportHistoryRecorder:
    """Consumes report-generated: records the interview once, then publishes ProfileUpdated."""

    def __init__(
        self,
        history: HistoryRepository,
        publisher: Publisher,
        *,
        erasures: ErasureRepository,
        make_id: Callable[[], str] = new_id,
    ) -> None:
        self._history = history
        self._publisher = publisher
        self._erasures = erasures
        self._make_id = make_id

    async def __call__(self, event: Message, ctx: RecordContext) -> None:
        report = codec.expect(event, events_pb2.ReportGenerated)
        recorded = entry_from_report(report, profile_event_id=self._make_id())
        if await self._erasures.get(recorded.tenant_id, recorded.candidate_id) is not None:
            # A report that was in flight when the candidate was erased must not bring them back.
            return
        # On a redelivery the stored entry wins, and its event is re-emitted with the same id.
        entry = await self._history.add(recorded)
        await announce_profile_updated(
            self._publisher,
            self._history,
            tenant_id=entry.tenant_id,
            candidate_id=entry.candidate_id,
            reason=REASON_HISTORY_RECORDED,
            event_id=entry.profile_event_id,
            interview_id=entry.interview_id,
            interview_kind=entry.kind,
        )
