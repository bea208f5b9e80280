"""The candidate-erased consumer: question-gen deletes what it holds about an erased candidate."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.bus import RecordContext
from wendu.core.errors import require_event_field
from wendu.v1 import events_pb2

log = logging.getLogger(__name__)


class CandidateData(Protocol):
    async def erase_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> int: ...


class CandidateErasedHandler:
    """Idempotent by nature: a redelivered tombstone finds nothing left to delete."""

    def __init__(self, data: CandidateData) -> None:
        self._data = data

    async def __call__(self, event: Message, context: RecordContext) -> None:
        erased = codec.expect(event, events_pb2.CandidateErased)
        candidate_id = require_event_field(erased.meta.candidate_id, "meta.candidate_id")
        removed = await self._data.erase_candidate(erased.meta.tenant_id, candidate_id, list(erased.interview_ids))
        log.info("erased candidate data", extra={"candidate_id": candidate_id, "records_deleted": removed})
