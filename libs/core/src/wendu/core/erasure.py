"""The candidate-erased consumer every service runs: delete what the service holds about a candidate.

profile publishes the tombstone (topic ``candidate-erased``, keyed by candidate id); each service
passes its own store. A redelivered tombstone finds nothing left to delete, so the handler is
idempotent by nature.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Sequence
from typing import Protocol

from google.protobuf.message import Message
from wendu.core import codec
from wendu.core.bus import RecordContext
from wendu.core.errors import require_event_field
from wendu.v1 import events_pb2

log = logging.getLogger(__name__)


class CandidateData(Protocol):
    """A service's store of candidate data; ``erase_candidate`` returns how many records it deleted.

    A synchronous store (pymongo blocks) is run in a worker thread, so the event loop keeps moving.
    """

    def erase_candidate(
        self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]
    ) -> int | Awaitable[int]: ...


class CandidateErasedHandler:
    def __init__(self, data: CandidateData) -> None:
        self._data = data

    async def __call__(self, event: Message, context: RecordContext) -> None:
        erased = codec.expect(event, events_pb2.CandidateErased)
        candidate_id = require_event_field(erased.meta.candidate_id, "meta.candidate_id")
        args = (erased.meta.tenant_id, candidate_id, list(erased.interview_ids))
        if inspect.iscoroutinefunction(self._data.erase_candidate):
            removed = await self._data.erase_candidate(*args)
        else:
            removed = await asyncio.to_thread(self._data.erase_candidate, *args)
        log.info("erased candidate data", extra={"candidate_id": candidate_id, "records_deleted": removed})
