"""gRPC failures of the services training calls, as training's domain errors.

The callee's own verdict passes through (a missing position stays NOT_FOUND for the caller, a
candidate without consent stays FAILED_PRECONDITION); anything else means the callee is unreachable.
"""

from __future__ import annotations

import grpc
from wendu.core.errors import DomainError, FailedPrecondition, InvalidArgument, NotFound, PermissionDenied, Unavailable


def domain_error(exc: grpc.aio.AioRpcError, call: str, *, what: str, ident: str) -> DomainError:
    """The domain error for ``exc``, raised by ``call`` on ``what`` ``ident``."""
    code, details = exc.code(), exc.details() or ""
    if code == grpc.StatusCode.NOT_FOUND:
        return NotFound(what, ident)
    if code == grpc.StatusCode.FAILED_PRECONDITION:
        return FailedPrecondition(details)
    if code == grpc.StatusCode.INVALID_ARGUMENT:
        field, _, problem = details.partition(": ")
        return InvalidArgument(field, problem) if problem else InvalidArgument(what, details)
    if code == grpc.StatusCode.PERMISSION_DENIED:
        return PermissionDenied(details)
    return Unavailable(f"{call} failed: {code.name} {details}")
