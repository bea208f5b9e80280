"""Stream handlers of the worker: a score moves the interview on, a hint is shown to the candidate.

Delivery is at least once. Both handlers are idempotent: the interview remembers what each score
caused, hints are stored once per hint id, and every timeline item has a dedup key, so a replayed event
re-posts the same item (healing a crash between storing and announcing) and never adds a second.
"""

from __future__ import annotations

import logging
from typing import cast

from google.protobuf.message import Message
from wendu.core.bus import RecordContext
from wendu.core.errors import NotFound
from wendu.core.star_parts import star_parts_from_proto
from wendu.core.text import StarPart
from wendu.question_gen import wire
from wendu.question_gen.domain.follow_up import DEFAULT_FOLLOW_UPS_PER_QUESTION, FollowUp, phrase_locally
from wendu.question_gen.domain.interviews import HintRecord, Interview
from wendu.question_gen.domain.timeline import QuestionAsked, StatusChanged
from wendu.question_gen.handlers.interview_store import change_interview, load_interview
from wendu.question_gen.handlers.ports import (
    FollowUpContext,
    HintRepository,
    InterviewRepository,
    QuestionGenerator,
)
from wendu.question_gen.handlers.timeline import TimelineWriter
from wendu.v1 import events_pb2

log = logging.getLogger(__name__)


class InterviewFlow:
    def __init__(
        self,
        interviews: InterviewRepository,
        hints: HintRepository,
        timeline: TimelineWriter,
        *,
        wording: QuestionGenerator | None = None,
        max_follow_ups: int = DEFAULT_FOLLOW_UPS_PER_QUESTION,
    ) -> None:
        self._interviews = interviews
        self._hints = hints
        self._timeline = timeline
        self._wording = wording
        self._max_follow_ups = max_follow_ups

    async def on_score_ready(self, event: Message, context: RecordContext) -> None:
        """After the first revision of an answer is scored: ask a follow-up or the next question."""
        score = cast(events_pb2.ScoreReady, event)
        if score.revision != 0:
            return  # a supplement's score does not change what is asked next
        star_parts = star_parts_from_proto(score.star_parts)
        try:
            # --- question wording (owner: question generation): the interview decides, a generator words ---
            loaded = await load_interview(self._interviews, score.meta.tenant_id, score.meta.interview_id)
            follow_up = await self._word_follow_up(loaded, score, star_parts)
            interview, step = await change_interview(
                self._interviews,
                score.meta.tenant_id,
                score.meta.interview_id,
                lambda iv: iv.record_score(score.answer_id, score.revision, star_parts, follow_up),
                loaded=loaded,
            )
        except NotFound as exc:
            # Not an interview of this service (or one erased since): nothing to move on.
            log.warning("score ignored", extra={"reason": exc.message, "answer_id": score.answer_id})
            return
        if step is None:
            return
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
        self, interview: Interview, score: events_pb2.ScoreReady, star_parts: frozenset[StarPart]
    ) -> FollowUp | None:
        """The follow-up ``interview`` decides on for this score, worded by the generator (local on failure).

        Decided on this copy, which the change then starts from (no second load); should the
        interview have changed meanwhile, the save refuses and the change runs on a fresh copy with
        this wording.
        """
        decision = interview.follow_up_decision(score.answer_id, star_parts, max_follow_ups=self._max_follow_ups)
        if decision is None:
            return None
        if self._wording is None:
            return FollowUp(phrase_locally(decision, interview.language), decision.reason)
        answer = interview.require_answer(score.answer_id)
        context = FollowUpContext(
            main_question=interview.question(answer.question_id).text,
            answer_text=answer.text,
            language=interview.language,
        )
        return await self._wording.phrase_follow_up(decision, context)

    async def on_hint_ready(self, event: Message, context: RecordContext) -> None:
        """Store a hint in the timeline (once per hint id), for replay; it also allows one supplement.

        API replicas show the hint on their streams as soon as ``hint-ready`` arrives
        (:class:`~wendu.question_gen.handlers.streams.LiveHints`); the timeline copy is what a
        reconnecting client gets. Recording the hint does not change the interview document, so it
        never contends with the next question's change of the same interview.
        """
        hint = cast(events_pb2.HintReady, event)
        tenant_id, interview_id = hint.meta.tenant_id, hint.meta.interview_id
        try:
            interview = await load_interview(self._interviews, tenant_id, interview_id)
            interview.require_answer(hint.answer_id)
        except NotFound as exc:
            log.warning("hint ignored", extra={"reason": exc.message, "hint_id": hint.hint_id})
            return
        if interview.supplemented(hint.answer_id):
            # A supplement never yields a second hint (DESIGN, "Hints and answers").
            log.warning("hint ignored", extra={"reason": "answer already supplemented", "hint_id": hint.hint_id})
            return
        await self._hints.add(tenant_id, interview_id, HintRecord(hint.hint_id, hint.answer_id))
        if interview.status.is_terminal:
            return  # the candidate's stream has ended; the report carries the feedback now
        item = wire.hint_shown(hint)
        await self._timeline.post(interview, item, dedup_key=item.dedup_key)
