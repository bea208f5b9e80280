"""The shared candidate-erased consumer: it hands the tombstone to the service's store, sync or async."""

import threading
from collections.abc import Sequence

import pytest
from wendu.core import codec
from wendu.core.bus import RecordContext
from wendu.core.erasure import CandidateErasedHandler
from wendu.core.errors import InvalidArgument
from wendu.v1 import common_pb2, events_pb2

CONTEXT = RecordContext(topic="candidate-erased", partition=0, offset=0, key="c-1", timestamp_ms=0)


def tombstone(candidate_id: str = "c-1") -> events_pb2.CandidateErased:
    meta = codec.new_meta(events_pb2.CandidateErased, tenant_id="t-1", candidate_id=candidate_id)
    return events_pb2.CandidateErased(meta=meta, interview_ids=["i-1", "i-2"])


class SyncStore:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, list[str]]] = []
        self.threads: list[str] = []

    def erase_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> int:
        self.calls.append((tenant_id, candidate_id, list(interview_ids)))
        self.threads.append(threading.current_thread().name)
        return 3


class AsyncStore:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, list[str]]] = []

    async def erase_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Sequence[str]) -> int:
        self.calls.append((tenant_id, candidate_id, list(interview_ids)))
        return 1


async def test_a_synchronous_store_erases_in_a_worker_thread_not_on_the_event_loop() -> None:
    store = SyncStore()
    await CandidateErasedHandler(store)(tombstone(), CONTEXT)
    assert store.calls == [("t-1", "c-1", ["i-1", "i-2"])]
    assert store.threads != [threading.main_thread().name]


async def test_an_async_store_is_awaited() -> None:
    store = AsyncStore()
    await CandidateErasedHandler(store)(tombstone(), CONTEXT)
    assert store.calls == [("t-1", "c-1", ["i-1", "i-2"])]


async def test_a_tombstone_without_a_candidate_id_is_invalid_and_erases_nothing() -> None:
    store = SyncStore()
    with pytest.raises(InvalidArgument, match=r"meta\.candidate_id"):
        await CandidateErasedHandler(store)(tombstone(candidate_id=""), CONTEXT)
    assert store.calls == []


async def test_another_payload_type_is_rejected() -> None:
    other = events_pb2.ProfileUpdated(meta=common_pb2.EventMeta(tenant_id="t-1", candidate_id="c-1"))
    with pytest.raises(TypeError):
        await CandidateErasedHandler(SyncStore())(other, CONTEXT)
