"""The answer-submitted consumer: score each answer revision once, store it, publish ScoreReady."""

from __future__ import annotations

import asyncio
import logging

from google.protobuf.message import Message
from wendu.core import audit
from wendu.core.bus import Publisher, RecordContext
from wendu.core.codec import MalformedEvent
from wendu.core.topics import SCORE_READY
from wendu.scoring.adapters.repository import ScoreRepository
from wendu.scoring.domain.model import AnswerScorer
from wendu.scoring.handlers import mapping
from wendu.scoring.handlers.scoring import score_answer
from wendu.v1 import events_pb2

log = logging.getLogger(__name__)


class AnswerSubmittedHandler:
    """Idempotent on (tenant_id, answer_id, revision).

    Delivery is at least once. When the answer revision already has a stored score, the stored
    ScoreReady is published again, with its original ``meta.event_id``: this heals a crash between
    storing and publishing, and consumers downstream drop the duplicate by event id.
    """

    def __init__(self, scorer: AnswerScorer, scores: ScoreRepository, publisher: Publisher) -> None:
        self._scorer = scorer
        self._scores = scores
        self._publisher = publisher

    async def __call__(self, event: Message, context: RecordContext) -> None:
        if not isinstance(event, events_pb2.AnswerSubmitted):
            raise MalformedEvent(f"expected wendu.v1.AnswerSubmitted, got {event.DESCRIPTOR.full_name}")
        if not event.answer_id:
            # Without its business key the answer can be neither deduplicated nor reported: DLQ.
            raise MalformedEvent("answer_id is empty")
        tenant_id = event.meta.tenant_id
        # The lookup for a stored score runs on a database thread while the answer is scored: the
        # candidate waits for this hop, and a redelivery (the only time the lookup finds one) is
        # rare enough that scoring it again for nothing is the cheaper side of the trade.
        lookup = asyncio.ensure_future(self._scores.get(tenant_id, event.answer_id, event.revision))
        try:
            assessment = await score_answer(self._scorer, mapping.answer_from_event(event))
        except BaseException:
            lookup.cancel()
            raise
        stored = await lookup
        if stored is None:
            ready = mapping.score_ready_for(event, assessment)
            if await self._scores.add(ready):
                await self._publish(ready)
                return
            # Another delivery of the same answer stored its score first: publish that one.
            stored = await self._scores.get(tenant_id, event.answer_id, event.revision)
            if stored is None:
                raise RuntimeError(f"score of answer {event.answer_id!r} is neither new nor stored")
        log.info(
            "answer already scored; re-publishing the stored score",
            extra={"answer_id": event.answer_id, "revision": event.revision, "event_id": stored.meta.event_id},
        )
        await self._publish(stored)

    async def _publish(self, ready: events_pb2.ScoreReady) -> None:
        await self._publisher.publish(SCORE_READY, ready, key=ready.meta.interview_id or ready.answer_id)
        # After the score: the trail never records a decision nobody was told about.
        await audit.publish_audit(self._publisher, mapping.score_audit_record(ready))
