"""The candidate-token end bound, in one interceptor every service's server installs (issue 14).

A real in-process gRPC server built by ``wendu.core.grpc_server``, with a fake source of interview
ends: a candidate token past ``CANDIDATE_ACCESS_AFTER_END`` after its interview ended is refused on
unary and streaming methods alike; staff keys are never bound; a server with no source refuses
candidate tokens outright. Then the sources: the cache, the stored-record reader, and question-gen.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import grpc
import pytest
from support.auth import api_key_metadata, candidate_metadata
from support.interview_ends import question_gen_for_tests
from wendu.core import metrics
from wendu.core.auth import CANDIDATE_ACCESS_AFTER_END, Role, TokenSigner
from wendu.core.errors import Unavailable
from wendu.core.grpc_server import GrpcRunner, GrpcService
from wendu.core.interview_ends import CachedInterviewEnds, QuestionGenInterviewEnds, StoredInterviewEnds
from wendu.core.service_calls import ServiceChannel
from wendu.v1 import common_pb2, profile_pb2

SECRET = "unit-test-secret-for-the-end-bound-0123456789"
SERVICE = "test.Bound"
SIGNER = TokenSigner(SECRET)
TENANT = "t-unit"
NOW = datetime.now(UTC)
LONG_AGO = NOW - CANDIDATE_ACCESS_AFTER_END - timedelta(hours=1)
RECENTLY = NOW - CANDIDATE_ACCESS_AFTER_END + timedelta(hours=1)


async def echo(request: profile_pb2.CreateCandidateRequest, context: Any) -> profile_pb2.Candidate:
    return profile_pb2.Candidate(display_name=request.display_name)


async def count(request: profile_pb2.GetCandidateRequest, context: Any) -> AsyncIterator[common_pb2.LocalizedText]:
    yield common_pb2.LocalizedText(en="one")
    yield common_pb2.LocalizedText(en="two")


def add_test_service(servicer: Any, server: grpc.aio.Server) -> None:
    handlers = {
        "Echo": grpc.unary_unary_rpc_method_handler(
            echo,
            request_deserializer=profile_pb2.CreateCandidateRequest.FromString,
            response_serializer=profile_pb2.Candidate.SerializeToString,
        ),
        "Count": grpc.unary_stream_rpc_method_handler(
            count,
            request_deserializer=profile_pb2.GetCandidateRequest.FromString,
            response_serializer=common_pb2.LocalizedText.SerializeToString,
        ),
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))


class FakeInterviewEnds:
    def __init__(self, ends: dict[tuple[str, str], datetime] | None = None, *, fails: bool = False) -> None:
        self.ends = ends or {}
        self.fails = fails
        self.asked: list[tuple[str, str]] = []

    async def ended_at(self, tenant_id: str, interview_id: str) -> datetime | None:
        self.asked.append((tenant_id, interview_id))
        if self.fails:
            raise Unavailable("question-gen unreachable")
        return self.ends.get((tenant_id, interview_id))


async def _serving(interview_ends: FakeInterviewEnds | None) -> tuple[GrpcRunner, grpc.aio.Channel]:
    runner = GrpcRunner(
        service_name="unit-bound",
        signer=SIGNER,
        services=[GrpcService(SERVICE, None, add_test_service)],
        host="127.0.0.1",
        port=0,
        readiness_checks=[],
        interview_ends=interview_ends,
    )
    await runner.start()
    return runner, grpc.aio.insecure_channel(f"127.0.0.1:{runner.port}")


@pytest.fixture
async def bound() -> AsyncIterator[tuple[grpc.aio.Channel, FakeInterviewEnds]]:
    ends = FakeInterviewEnds({(TENANT, "iv-long-ago"): LONG_AGO, (TENANT, "iv-recently"): RECENTLY})
    runner, channel = await _serving(ends)
    try:
        yield channel, ends
    finally:
        await channel.close()
        await runner.stop(0.5)


def _echo(channel: grpc.aio.Channel) -> Any:
    return channel.unary_unary(
        f"/{SERVICE}/Echo",
        request_serializer=profile_pb2.CreateCandidateRequest.SerializeToString,
        response_deserializer=profile_pb2.Candidate.FromString,
    )


def _count(channel: grpc.aio.Channel) -> Any:
    return channel.unary_stream(
        f"/{SERVICE}/Count",
        request_serializer=profile_pb2.GetCandidateRequest.SerializeToString,
        response_deserializer=common_pb2.LocalizedText.FromString,
    )


def _candidate(interview_id: str) -> Any:
    return candidate_metadata(SIGNER, TENANT, interview_id, "cand-1")


async def test_a_candidate_token_past_the_bound_is_unauthenticated_on_unary_and_stream_calls(bound):
    channel, ends = bound
    before = metrics.RPC_REQUESTS.labels("unit-bound", f"/{SERVICE}/Echo", "UNAUTHENTICATED")._value.get()
    with pytest.raises(grpc.aio.AioRpcError) as unary:
        await _echo(channel)(profile_pb2.CreateCandidateRequest(display_name="x"), metadata=_candidate("iv-long-ago"))
    assert unary.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert unary.value.details() == "credential expired: the interview ended"
    # Counted like any other refusal (the interceptor runs inside the metrics and error-mapping ones).
    after = metrics.RPC_REQUESTS.labels("unit-bound", f"/{SERVICE}/Echo", "UNAUTHENTICATED")._value.get()
    assert after == before + 1

    received: list[str] = []
    with pytest.raises(grpc.aio.AioRpcError) as stream:
        async for message in _count(channel)(profile_pb2.GetCandidateRequest(), metadata=_candidate("iv-long-ago")):
            received.append(message.en)
    assert stream.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert received == []
    # Asked about the token's own interview, in the token's tenant.
    assert ends.asked == [(TENANT, "iv-long-ago"), (TENANT, "iv-long-ago")]


async def test_a_candidate_token_within_the_bound_or_of_a_running_interview_works(bound):
    channel, _ = bound
    for interview_id in ("iv-recently", "iv-still-running"):
        answer = await _echo(channel)(
            profile_pb2.CreateCandidateRequest(display_name="王芳"), metadata=_candidate(interview_id)
        )
        assert answer.display_name == "王芳"
        streamed = [
            m.en async for m in _count(channel)(profile_pb2.GetCandidateRequest(), metadata=_candidate(interview_id))
        ]
        assert streamed == ["one", "two"]


async def test_a_candidate_token_naming_no_interview_is_unauthenticated(bound):
    channel, ends = bound
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await _echo(channel)(profile_pb2.CreateCandidateRequest(), metadata=_candidate(""))
    assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert "names no interview" in (refused.value.details() or "")
    assert ends.asked == []


async def test_staff_keys_are_not_bound_and_not_looked_up(bound):
    channel, ends = bound
    for role in (Role.ADMIN, Role.RECRUITER, Role.SERVICE):
        answer = await _echo(channel)(
            profile_pb2.CreateCandidateRequest(display_name="hr"), metadata=api_key_metadata(SIGNER, TENANT, role)
        )
        assert answer.display_name == "hr"
    assert ends.asked == []


async def test_a_source_that_cannot_answer_refuses_with_unavailable_not_lets_the_token_through():
    runner, channel = await _serving(FakeInterviewEnds(fails=True))
    try:
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await _echo(channel)(profile_pb2.CreateCandidateRequest(), metadata=_candidate("iv-recently"))
        assert refused.value.code() == grpc.StatusCode.UNAVAILABLE
    finally:
        await channel.close()
        await runner.stop(0.5)


async def test_a_server_without_a_source_refuses_candidate_tokens_and_serves_staff():
    runner, channel = await _serving(None)
    try:
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await _echo(channel)(profile_pb2.CreateCandidateRequest(), metadata=_candidate("iv-recently"))
        assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED
        assert refused.value.details() == "candidate tokens may not call this service"
        staff = await _echo(channel)(
            profile_pb2.CreateCandidateRequest(display_name="hr"), metadata=api_key_metadata(SIGNER, TENANT)
        )
        assert staff.display_name == "hr"
    finally:
        await channel.close()
        await runner.stop(0.5)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_the_cache_keeps_an_end_for_good_and_asks_again_about_a_running_interview():
    source = FakeInterviewEnds({("t", "ended"): LONG_AGO})
    clock = FakeMonotonic()
    cached = CachedInterviewEnds(source, recheck_seconds=30.0, clock=clock)

    assert await cached.ended_at("t", "ended") == LONG_AGO
    assert await cached.ended_at("t", "running") is None
    clock.now += 3600
    assert await cached.ended_at("t", "ended") == LONG_AGO
    assert source.asked == [("t", "ended"), ("t", "running")]

    assert await cached.ended_at("t", "running") is None  # re-asked: more than 30 s since
    source.ends[("t", "running")] = RECENTLY
    clock.now += 29
    assert await cached.ended_at("t", "running") is None  # within 30 s: the cached answer
    clock.now += 2
    assert await cached.ended_at("t", "running") == RECENTLY
    assert source.asked.count(("t", "running")) == 3


async def test_the_cache_forgets_the_least_recently_asked_interview_first():
    source = FakeInterviewEnds({("t", name): LONG_AGO for name in "abc"})
    cached = CachedInterviewEnds(source, max_entries=2, clock=FakeMonotonic())
    for name in ("a", "b", "a", "c"):  # "b" is the least recently asked when "c" comes
        await cached.ended_at("t", name)
    source.asked.clear()
    await cached.ended_at("t", "a")
    await cached.ended_at("t", "b")
    assert source.asked == [("t", "b")]


async def test_a_stored_record_gives_its_end_and_a_missing_one_none():
    records = {("t", "iv-1"): {"completed": LONG_AGO}}

    async def find(tenant_id: str, interview_id: str) -> dict[str, datetime] | None:
        return records.get((tenant_id, interview_id))

    stored = StoredInterviewEnds(find, lambda record: record["completed"])
    assert await stored.ended_at("t", "iv-1") == LONG_AGO
    assert await stored.ended_at("t", "iv-2") is None
    assert await stored.ended_at("other", "iv-1") is None


async def _closed(channel: ServiceChannel) -> None:
    stopped = asyncio.Event()
    stopped.set()
    await channel.close_when_stopped(stopped)


async def test_question_gen_is_asked_with_a_service_token_of_the_tenant_and_not_found_means_no_end():
    async with question_gen_for_tests(SIGNER) as (address, question_gen):
        question_gen.end(TENANT, "iv-1", LONG_AGO)
        channel = ServiceChannel(address, SIGNER, caller="training")
        try:
            ends = QuestionGenInterviewEnds(channel)
            assert await ends.ended_at(TENANT, "iv-1") == LONG_AGO
            assert await ends.ended_at(TENANT, "iv-unknown") is None
            # The stand-in reads the tenant off the service token, as question-gen does.
            assert await ends.ended_at("t-other", "iv-1") is None
        finally:
            await _closed(channel)
    # Gone: the bound must not be skipped, the caller hears UNAVAILABLE.
    gone = ServiceChannel(address, SIGNER, caller="training")
    try:
        with pytest.raises(Unavailable):
            await QuestionGenInterviewEnds(gone, timeout_seconds=1.0).ended_at(TENANT, "iv-1")
    finally:
        await _closed(gone)
