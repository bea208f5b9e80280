"""Posting to an interview's timeline, and telling every API replica what it grew by."""

from __future__ import annotations

from wendu.core.bus import Publisher
from wendu.core.clock import Clock, utc_now
from wendu.core.codec import new_meta, to_timestamp
from wendu.core.topics import INTERVIEW_UPDATED
from wendu.core.wire import interview_kind_to_proto
from wendu.question_gen import wire
from wendu.question_gen.domain.interviews import Interview
from wendu.question_gen.domain.timeline import HintShown, TimelineItem
from wendu.question_gen.handlers.ports import TimelineRepository
from wendu.v1 import events_pb2


class TimelineWriter:
    """Appends timeline items and publishes InterviewUpdated(seq) for each."""

    def __init__(self, timeline: TimelineRepository, publisher: Publisher, clock: Clock = utc_now) -> None:
        self._timeline = timeline
        self._publisher = publisher
        self._clock = clock

    async def post(self, interview: Interview, item: TimelineItem, *, dedup_key: str) -> int:
        """Append ``item`` once (per ``dedup_key``) and announce it, with the item; returns its seq.

        The announcement is published even for an item stored before: the earlier attempt may
        have stopped between storing and publishing, and a stream sends each seq once.
        """
        occurred_at = self._clock()
        seq = await self._timeline.append(
            interview.tenant_id, interview.interview_id, item, dedup_key=dedup_key, occurred_at=occurred_at
        )
        event = events_pb2.InterviewUpdated(
            meta=new_meta(
                events_pb2.InterviewUpdated,
                tenant_id=interview.tenant_id,
                interview_id=interview.interview_id,
                candidate_id=interview.candidate_id,
                interview_kind=interview_kind_to_proto(interview.kind),
            ),
            seq=seq,
            update=wire.timeline_update(seq, interview.interview_id, occurred_at, item),
        )
        if isinstance(item, HintShown) and item.answer_submitted_at is not None:
            event.answer_submitted_at.CopyFrom(to_timestamp(item.answer_submitted_at))
        await self._publisher.publish(INTERVIEW_UPDATED, event, key=interview.interview_id)
        return seq
