"""A callee's gRPC verdict becomes training's domain error; anything else means the callee is unreachable."""

from __future__ import annotations

import grpc
import pytest
from wendu.core.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied, Unavailable
from wendu.training.adapters.grpc_errors import domain_error


def rpc_error(code: grpc.StatusCode, details: str) -> grpc.aio.AioRpcError:
    return grpc.aio.AioRpcError(code, grpc.aio.Metadata(), grpc.aio.Metadata(), details)


@pytest.mark.parametrize(
    ("code", "details", "expected", "message"),
    [
        (grpc.StatusCode.NOT_FOUND, "position 'p-9' not found", NotFound, "position 'p-9' not found"),
        (grpc.StatusCode.FAILED_PRECONDITION, "no consent", FailedPrecondition, "no consent"),
        (grpc.StatusCode.INVALID_ARGUMENT, "language: must be set", InvalidArgument, "language: must be set"),
        (grpc.StatusCode.INVALID_ARGUMENT, "bad", InvalidArgument, "position: bad"),
        (grpc.StatusCode.PERMISSION_DENIED, "no", PermissionDenied, "no"),
        (grpc.StatusCode.UNAVAILABLE, "connection refused", Unavailable, "GetPosition failed: UNAVAILABLE"),
        (grpc.StatusCode.DEADLINE_EXCEEDED, "", Unavailable, "GetPosition failed: DEADLINE_EXCEEDED"),
    ],
)
def test_status_codes_map_to_domain_errors(code, details, expected, message):
    error = domain_error(rpc_error(code, details), "GetPosition", what="position", ident="p-9")
    assert type(error) is expected
    assert message in error.message
