"""Stream handler of the worker: a score moves the interview on, with at most one live hint.

The hint and the next question are decided together (:mod:`wendu.question_gen.domain.decision`),
so a hint never asks for what the follow-up asks, and both are stored in one change of the
interview. Delivery is at least once and the handler is idempotent: the interview remembers what
each score caused (the question asked and the hint, with their ids), and every timeline item has a
dedup key, so a replayed score re-posts the same items (healing a crash between storing and
announcing) and never adds a second.
"""

from __future__ import annotations

import logging
import uuid
from typing import cast

from google.protobuf.message import Message
from wendu.core.bus import Publisher, RecordContext
from wendu.core.errors import NotFound
from wendu.core.star_parts import star_parts_from_proto
from wendu.core.topics import HINT_READY
from wendu.question_gen import metrics, wire
from wendu.question_gen.domain.decision import decide_after_score
from wendu.question_gen.domain.follow_up import (
    DEFAULT_FOLLOW_UPS_PER_QUESTION,
    FollowUp,
    FollowUpDecision,
    phrase_locally,
)
from wendu.question_gen.domain.interviews import Interview
from wendu.question_gen.domain.timeline import QuestionAsked, StatusChanged
from wendu.question_gen.handlers.audit import audit_after_score
from wendu.question_gen.handlers.interview_store import change_interview, load_interview
from wendu.question_gen.handlers.ports import FollowUpContext, InterviewRepository, QuestionGenerator
from wendu.question_gen.handlers.timeline import TimelineWriter
from wendu.v1 import events_pb2

log = logging.getLogger(__name__)


class InterviewFlow:
    def __init__(
        self,
        interviews: InterviewRepository,
        timeline: TimelineWriter,
        publisher: Publisher,
        *,
        wording: QuestionGenerator | None = None,
        max_follow_ups: int = DEFAULT_FOLLOW_UPS_PER_QUESTION,
    ) -> None:
        self._interviews = interviews
        self._timeline = timeline
        self._publisher = publisher
        self._wording = wording
        self._max_follow_ups = max_follow_ups

    async def on_score_ready(self, event: Message, context: RecordContext) -> None:
        """After the first revision of an answer is scored: decide the hint and the next question together.

        One decision (:func:`decide_after_score`), one change of the interview: the hint is kept on
        the answer, then shown (timeline, ``hint-ready``) before the question it was decided with.
        """
        score = cast(events_pb2.ScoreReady, event)
        if score.revision != 0:
            return  # a supplement's score does not change what is asked next
        star_parts = star_parts_from_proto(score.star_parts)
        try:
            # --- question wording (owner: question generation): the interview decides, a generator words ---
            loaded = await load_interview(self._interviews, score.meta.tenant_id, score.meta.interview_id)
            decided = decide_after_score(
                loaded, score.answer_id, wire.scored_answer(score, loaded.language), max_follow_ups=self._max_follow_ups
            )
            follow_up = await self._word_follow_up(loaded, score.answer_id, decided.follow_up)
            # The id is made once, outside the change, so a retried change keeps the same hint.
            hint = (str(uuid.uuid4()), decided.hint) if decided.hint is not None else None
            interview, step = await change_interview(
                self._interviews,
                score.meta.tenant_id,
                score.meta.interview_id,
                lambda iv: iv.record_score(score.answer_id, score.revision, star_parts, follow_up, hint),
                loaded=loaded,
            )
        except NotFound as exc:
            # Not an interview of this service (or one erased since): nothing to move on.
            log.warning("score ignored", extra={"reason": exc.message, "answer_id": score.answer_id})
            return
        if step is None:
            return
        await self._show_hint(interview, score)
        await audit_after_score(self._publisher, interview, score, step.asked)
        if step.asked is not None:
            asked = QuestionAsked(step.asked)
            await self._timeline.post(interview, asked, dedup_key=asked.dedup_key)
        if step.all_questions_answered:
            await self._timeline.post(
                interview,
                StatusChanged(interview.status, all_questions_answered=True),
                dedup_key="status:all-questions-answered",
            )

    async def _word_follow_up(
        self, interview: Interview, answer_id: str, decision: FollowUpDecision | None
    ) -> FollowUp | None:
        """``decision`` worded by the generator (local on failure).

        Decided on this copy, which the change then starts from (no second load); should the
        interview have changed meanwhile, the save refuses and the change runs on a fresh copy with
        this wording.
        """
        if decision is None:
            return None
        if self._wording is None:
            return FollowUp(phrase_locally(decision, interview.language), decision.reason)
        answer = interview.require_answer(answer_id)
        context = FollowUpContext(
            main_question=interview.question(answer.question_id).text,
            answer_text=answer.text,
            language=interview.language,
        )
        return await self._wording.phrase_follow_up(decision, context)

    async def _show_hint(self, interview: Interview, score: events_pb2.ScoreReady) -> None:
        """Show the hint kept on the answer (if any): once per hint id, however often the score comes.

        It is recorded for the supplement it allows, appended to the timeline (what a reconnecting
        client replays) and published on ``hint-ready`` (API replicas push it to the live stream at
        once; data teams count it). The event id is the hint id, so a replay deduplicates.
        """
        answer = interview.answer(score.answer_id)
        if answer is None or not answer.hint_id or interview.supplemented(answer.answer_id):
            return
        interview_id = interview.interview_id
        event = wire.hint_ready(interview, answer, submitted_at=score.submitted_at)
        if not interview.status.is_terminal:
            item = wire.hint_shown(event)
            await self._timeline.post(interview, item, dedup_key=item.dedup_key)
        await self._publisher.publish(HINT_READY, event, key=interview_id)
        metrics.HINTS_ISSUED.labels(answer.hint_kind).inc()
