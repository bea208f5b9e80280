"""The candidate's answer to "How did this interview feel?": validated, stored once, published, counted.

It lives in feedback because feedback already knows each completed interview (its report carries the
position, language and kind the event needs, and whether it is practice), and the candidate reaches
this question from the report, which feedback serves.
"""

from __future__ import annotations

import uuid
from typing import Protocol

from wendu.core import codec, topics
from wendu.core.auth import Principal
from wendu.core.bus import Publisher
from wendu.core.clock import Clock, utc_now
from wendu.core.errors import FailedPrecondition, InvalidArgument, PermissionDenied
from wendu.core.vocabulary import interview_kind_to_text
from wendu.core.wire import interview_kind_to_proto, language_to_proto
from wendu.feedback.domain.model import CandidateFeedback
from wendu.feedback.handlers.ports import ReportRepository
from wendu.feedback.metrics import CANDIDATE_FEEDBACK
from wendu.v1 import events_pb2

MIN_RATING = 1
MAX_RATING = 5
MAX_COMMENT_CHARS = 1000


class CandidateFeedbackRepository(Protocol):
    async def add_if_absent(self, feedback: CandidateFeedback) -> tuple[CandidateFeedback, bool]:
        """Store the interview's rating unless it has one; return the stored rating and whether it is new."""
        ...


def feedback_to_event(feedback: CandidateFeedback) -> events_pb2.CandidateFeedbackGiven:
    return events_pb2.CandidateFeedbackGiven(
        meta=codec.new_meta(
            events_pb2.CandidateFeedbackGiven,
            tenant_id=feedback.tenant_id,
            interview_id=feedback.interview_id,
            candidate_id=feedback.candidate_id,
            interview_kind=interview_kind_to_proto(feedback.kind),
            event_id=feedback.event_id,
        ),
        feedback_id=feedback.feedback_id,
        position_id=feedback.position_id,
        rating=feedback.rating,
        comment=feedback.comment,
        language=language_to_proto(feedback.language),
    )


class CandidateFeedbackRecorder:
    def __init__(
        self,
        *,
        reports: ReportRepository,
        ratings: CandidateFeedbackRepository,
        publisher: Publisher,
        clock: Clock = utc_now,
    ) -> None:
        self._reports = reports
        self._ratings = ratings
        self._publisher = publisher
        self._clock = clock

    async def submit(
        self, principal: Principal, interview_id: str, rating: int, comment: str
    ) -> tuple[CandidateFeedback, bool]:
        """Record the candidate's rating once per interview; a repeat returns the stored one unchanged.

        A repeat re-publishes the stored event (same event id): that heals a crash between storing
        and publishing, and consumers drop the duplicate. The metric counts new ratings only.
        """
        if not principal.is_candidate:
            raise PermissionDenied("only the candidate rates their own interview")
        if not MIN_RATING <= rating <= MAX_RATING:
            raise InvalidArgument("rating", f"must be {MIN_RATING} - {MAX_RATING}, got {rating}")
        comment = comment.strip()
        if len(comment) > MAX_COMMENT_CHARS:
            raise InvalidArgument("comment", f"must be at most {MAX_COMMENT_CHARS} characters")
        report = await self._reports.get(principal.tenant_id, interview_id)
        if report is None:
            raise FailedPrecondition("an interview can be rated once it is completed")
        summary = report.summary
        stored, new = await self._ratings.add_if_absent(
            CandidateFeedback(
                tenant_id=principal.tenant_id,
                feedback_id=str(uuid.uuid4()),
                event_id=str(uuid.uuid4()),
                interview_id=interview_id,
                candidate_id=summary.candidate_id or principal.candidate_id,
                position_id=summary.position_id,
                kind=summary.kind,
                language=summary.language,
                rating=rating,
                comment=comment,
                submitted_at=self._clock(),
            )
        )
        await self._publisher.publish(topics.CANDIDATE_FEEDBACK, feedback_to_event(stored), key=interview_id)
        if new:
            CANDIDATE_FEEDBACK.labels(str(stored.rating), interview_kind_to_text(stored.kind)).inc()
        return stored, new
