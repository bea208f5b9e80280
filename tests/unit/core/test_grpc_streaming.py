"""The shared gRPC server in-process (issue 14, point 4): Health/Watch streams and follows readiness,
server-streaming RPCs keep their status codes and metrics through the interceptors, reflection is
served as v1 as well as v1alpha, and an undecodable request gets INVALID_ARGUMENT naming its field."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2
from support.auth import api_key_metadata
from wendu.core import metrics
from wendu.core.auth import TokenSigner
from wendu.core.errors import InvalidArgument
from wendu.core.grpc_server import GrpcRunner, GrpcService
from wendu.v1 import common_pb2, profile_pb2

SECRET = "unit-test-secret-for-the-grpc-server-0123456789"
SERVICE = "test.Streams"


async def count_to(request: profile_pb2.GetCandidateRequest, context: Any) -> AsyncIterator[common_pb2.LocalizedText]:
    yield common_pb2.LocalizedText(en="one")
    yield common_pb2.LocalizedText(en="two")
    if request.candidate_id == "fail":
        raise InvalidArgument("candidate_id", "fails after two messages")


async def echo(request: profile_pb2.CreateCandidateRequest, context: Any) -> profile_pb2.Candidate:
    return profile_pb2.Candidate(display_name=request.display_name)


def add_test_service(servicer: Any, server: grpc.aio.Server) -> None:
    handlers = {
        "Count": grpc.unary_stream_rpc_method_handler(
            count_to,
            request_deserializer=profile_pb2.GetCandidateRequest.FromString,
            response_serializer=common_pb2.LocalizedText.SerializeToString,
        ),
        "Echo": grpc.unary_unary_rpc_method_handler(
            echo,
            request_deserializer=profile_pb2.CreateCandidateRequest.FromString,
            response_serializer=profile_pb2.Candidate.SerializeToString,
        ),
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))


class Readiness:
    def __init__(self) -> None:
        self.ready = False

    async def __call__(self) -> bool:
        return self.ready


@pytest.fixture
async def server() -> AsyncIterator[tuple[grpc.aio.Channel, Readiness]]:
    readiness = Readiness()
    runner = GrpcRunner(
        service_name="unit",
        signer=TokenSigner(SECRET),
        services=[GrpcService(SERVICE, None, add_test_service)],
        host="127.0.0.1",
        port=0,
        readiness_checks=[readiness],
    )
    await runner.start()
    stop = asyncio.Event()
    watcher = asyncio.create_task(runner.watch_readiness(stop))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.port}") as channel:
            yield channel, readiness
    finally:
        stop.set()
        await watcher
        await runner.stop(0.5)


def auth() -> Any:
    return api_key_metadata(TokenSigner(SECRET), "t-unit")


async def test_watch_streams_the_status_keeps_the_stream_open_and_follows_readiness(server, monkeypatch):
    channel, readiness = server
    monkeypatch.setattr("wendu.core.grpc_server.READINESS_POLL_SECONDS", 0.05)
    call = health_pb2_grpc.HealthStub(channel).Watch(health_pb2.HealthCheckRequest(service=""), timeout=10)
    stream = aiter(call)

    first = await asyncio.wait_for(anext(stream), 5)
    assert first.status == health_pb2.HealthCheckResponse.NOT_SERVING
    readiness.ready = True
    second = await asyncio.wait_for(anext(stream), 5)
    assert second.status == health_pb2.HealthCheckResponse.SERVING
    assert not call.done()  # still open, waiting for the next change
    call.cancel()


async def test_a_server_stream_keeps_its_messages_and_a_domain_error_maps_to_its_status(server):
    channel, _ = server
    count = channel.unary_stream(
        f"/{SERVICE}/Count",
        request_serializer=profile_pb2.GetCandidateRequest.SerializeToString,
        response_deserializer=common_pb2.LocalizedText.FromString,
    )
    ok = [m.en async for m in count(profile_pb2.GetCandidateRequest(candidate_id="ok"), metadata=auth())]
    assert ok == ["one", "two"]

    before = metrics.RPC_REQUESTS.labels("unit", f"/{SERVICE}/Count", "INVALID_ARGUMENT")._value.get()
    received: list[str] = []
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        async for message in count(profile_pb2.GetCandidateRequest(candidate_id="fail"), metadata=auth()):
            received.append(message.en)
    assert received == ["one", "two"]
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert caught.value.details() == "candidate_id: fails after two messages"
    after = metrics.RPC_REQUESTS.labels("unit", f"/{SERVICE}/Count", "INVALID_ARGUMENT")._value.get()
    assert after == before + 1


async def test_a_string_field_with_invalid_utf8_gets_invalid_argument_naming_it(server):
    channel, _ = server
    raw = channel.unary_unary(f"/{SERVICE}/Echo", request_serializer=None, response_deserializer=None)
    data = bytearray(profile_pb2.CreateCandidateRequest(display_name="abc").SerializeToString())
    data[data.index(b"abc")] = 0xFF

    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await raw(bytes(data), metadata=auth())

    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert caught.value.details() == "display_name: is not valid UTF-8 (the request is not valid protobuf)"
    assert "DecodeError" not in caught.value.details()


async def test_a_bidi_override_is_refused_before_the_handler(server):
    channel, _ = server
    call = channel.unary_unary(
        f"/{SERVICE}/Echo",
        request_serializer=profile_pb2.CreateCandidateRequest.SerializeToString,
        response_deserializer=profile_pb2.Candidate.FromString,
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(profile_pb2.CreateCandidateRequest(display_name="evil\u202etxt.exe"), metadata=auth())

    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert caught.value.details().startswith("display_name: must not contain bidirectional control characters")


@pytest.mark.parametrize("version", ["v1", "v1alpha"])
async def test_reflection_lists_the_services_as_v1_and_v1alpha(server, version):
    channel, _ = server
    info = channel.stream_stream(
        f"/grpc.reflection.{version}.ServerReflection/ServerReflectionInfo",
        request_serializer=reflection_pb2.ServerReflectionRequest.SerializeToString,
        response_deserializer=reflection_pb2.ServerReflectionResponse.FromString,
    )
    requests = [
        reflection_pb2.ServerReflectionRequest(list_services=""),
        reflection_pb2.ServerReflectionRequest(file_containing_symbol="grpc.reflection.v1.ServerReflection"),
    ]
    replies = [reply async for reply in info(iter(requests))]

    names = {service.name for service in replies[0].list_services_response.service}
    assert {SERVICE, "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection"} <= names
    assert "grpc.reflection.v1alpha.ServerReflection" in names
    assert replies[1].file_descriptor_response.file_descriptor_proto  # v1 can be described too
