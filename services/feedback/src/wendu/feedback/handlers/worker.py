"""Feedback's stream use cases: a report per completed interview, and the hints shown, for ListHints.

Hints are decided by question-gen, together with the next question (so they never ask for the
same thing); feedback keeps a projection of ``hint-ready`` to answer ``ListHints``.

Delivery is at least once and the two input topics are consumed concurrently, so:

* every write is guarded by a unique business key; a duplicate input re-publishes the STORED
  output with the SAME event id, which heals a crash between storing and publishing;
* the last score may arrive before or after the interview's completion. Each side stores first
  and checks the other second, so whichever arrives last finishes the report, and an atomic
  pending -> ready transition makes sure only one attempt writes it.
"""

from __future__ import annotations

import logging
import uuid

from google.protobuf.message import Message
from wendu.core import codec, topics
from wendu.core.bus import Publisher, RecordContext
from wendu.core.clock import Clock, utc_now
from wendu.core.errors import Unavailable
from wendu.feedback import metrics
from wendu.feedback.domain.model import CourseSuggestion, Report, ReportContent
from wendu.feedback.domain.report import build_report, latest_revisions
from wendu.feedback.handlers import mapping
from wendu.feedback.handlers.ports import (
    CourseRecommender,
    HintRepository,
    ReportRepository,
    ScoreRepository,
)
from wendu.v1 import events_pb2

log = logging.getLogger(__name__)

MAX_REPORT_COURSES = 3


class FeedbackWorker:
    """Handles score-ready, hint-ready and interview-completed. Each ``on_*`` method is a bus EventHandler."""

    def __init__(
        self,
        *,
        scores: ScoreRepository,
        hints: HintRepository,
        reports: ReportRepository,
        publisher: Publisher,
        recommender: CourseRecommender,
        clock: Clock = utc_now,
    ) -> None:
        self._scores = scores
        self._hints = hints
        self._reports = reports
        self._publisher = publisher
        self._recommender = recommender
        self._clock = clock

    async def on_score_ready(self, event: Message, ctx: RecordContext) -> None:
        """Project the score, and finish a report that waited for it."""
        score_ready = codec.expect(event, events_pb2.ScoreReady)
        answer = mapping.answer_score_from_event(score_ready)
        await self._scores.add(answer)
        await self._finish_report_if_waiting(answer.tenant_id, answer.interview_id)

    async def on_hint_ready(self, event: Message, ctx: RecordContext) -> None:
        """Keep the hint question-gen showed (once per answer), for ``ListHints``."""
        hint = mapping.hint_from_event(codec.expect(event, events_pb2.HintReady), received_at=self._clock())
        await self._hints.add_if_absent(hint)

    async def on_interview_completed(self, event: Message, ctx: RecordContext) -> None:
        """Keep the interview's report pending until its scores are in, or build it now."""
        completed = codec.expect(event, events_pb2.InterviewCompleted)
        summary = mapping.summary_from_event(completed)
        pending = Report(summary=summary, report_id=str(uuid.uuid4()), event_id=str(uuid.uuid4()))
        report, created = await self._reports.add_pending(pending)
        if report.content is not None:
            # A replayed completion: make sure its report went out (same event id, so no double).
            await self._publish_report(report)
            return
        if not created:
            log.info("interview completion replayed; report still pending", extra={"report_id": report.report_id})
        await self._try_finish(report)

    # ------------------------------------------------------------ reports

    async def _finish_report_if_waiting(self, tenant_id: str, interview_id: str) -> None:
        # Runs after every answer, usually before the interview completed: a miss must stay cheap.
        report = await self._reports.get(tenant_id, interview_id)
        if report is None:
            return
        if report.content is not None:
            if not report.published:
                # A crash after storing the report and before publishing it: publish now.
                await self._publish_report(report)
            return
        await self._try_finish(report)

    async def _try_finish(self, report: Report) -> None:
        stored = await self._scores.for_interview(report.tenant_id, report.interview_id)
        asked = set(report.summary.answer_ids)
        latest = latest_revisions(s for s in stored if s.answer_id in asked)
        missing = report.missing_answers({a.answer_id for a in latest})
        if missing:
            log.info(
                "report waits for scores",
                extra={"report_id": report.report_id, "missing_answers": len(missing)},
            )
            return
        content = build_report(report.summary.language, report.summary.weights, latest)
        courses = await self._courses_for(report.tenant_id, content)
        finished = report.finished(content, courses, generated_at=self._clock())
        first = await self._reports.complete(finished)
        # Whoever won the pending -> ready race, publish what is stored.
        winner = await self._reports.get(report.tenant_id, report.interview_id) or finished
        await self._publish_report(winner)
        if first and winner.summary.completed_at is not None:
            elapsed = (self._clock() - winner.summary.completed_at).total_seconds()
            metrics.COMPLETION_TO_REPORT_SECONDS.observe(max(0.0, elapsed))

    async def _courses_for(self, tenant_id: str, content: ReportContent) -> tuple[CourseSuggestion, ...]:
        """Course suggestions for the weak competencies; a report never waits on a sick training service."""
        gaps = content.gaps()
        if not gaps:
            return ()
        try:
            return tuple(await self._recommender.recommend(tenant_id, gaps, MAX_REPORT_COURSES))
        except Unavailable as exc:
            log.warning("course suggestions unavailable; report goes out without them", extra={"error": str(exc)})
            return ()

    async def _publish_report(self, report: Report) -> None:
        await self._publisher.publish(topics.REPORT_GENERATED, mapping.report_to_event(report), key=report.interview_id)
        if not report.published:
            await self._reports.mark_published(report.tenant_id, report.interview_id)
