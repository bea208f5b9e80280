"""Cross-cutting gRPC server interceptors: request context, RED metrics, error mapping, auth.

Each interceptor is a scope (an async context manager) wrapped around every call, unary or
streaming alike. Order, outermost first: request context -> metrics -> error mapping -> auth ->
candidate-token end bound -> request validation.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import inspect
import logging
import time
import uuid
from collections.abc import AsyncIterator
from contextvars import ContextVar, Token
from typing import Any

import grpc
from aiokafka.errors import KafkaError
from google.protobuf.message import DecodeError, Message
from pymongo.errors import ConnectionFailure
from wendu.core import errors, metrics, validation
from wendu.core.auth import Principal, TokenSigner, refuse_candidate_after_end, token_from_metadata
from wendu.core.clock import Clock, utc_now
from wendu.core.context import request_id_var, tenant_id_var
from wendu.core.interview_ends import InterviewEnds

log = logging.getLogger(__name__)

REQUEST_ID_METADATA_KEY = "x-request-id"
# Methods any caller may use without a credential: probes and service discovery.
PUBLIC_METHOD_PREFIXES = ("/grpc.health.v1.Health/", "/grpc.reflection.")

principal_var: ContextVar[Principal | None] = ContextVar("wendu_principal", default=None)

_STATUS_OF: dict[type[errors.DomainError], grpc.StatusCode] = {
    errors.InvalidArgument: grpc.StatusCode.INVALID_ARGUMENT,
    errors.NotFound: grpc.StatusCode.NOT_FOUND,
    errors.AlreadyExists: grpc.StatusCode.ALREADY_EXISTS,
    errors.FailedPrecondition: grpc.StatusCode.FAILED_PRECONDITION,
    errors.Unauthenticated: grpc.StatusCode.UNAUTHENTICATED,
    errors.PermissionDenied: grpc.StatusCode.PERMISSION_DENIED,
    errors.Unavailable: grpc.StatusCode.UNAVAILABLE,
}


def _reset(var: ContextVar[Any], token: Token[Any]) -> None:
    """Undo ``var.set``. A stream its client abandoned is closed by asyncio's async-generator
    finalizer in another Context, where the token is invalid and there is nothing to undo."""
    with contextlib.suppress(ValueError):
        var.reset(token)


def current_principal() -> Principal:
    """The authenticated caller of the current RPC (set by the auth interceptor)."""
    principal = principal_var.get()
    if principal is None:
        raise errors.Unauthenticated("no authenticated caller")
    return principal


class DatabaseOutage:
    """Remembers, for a moment, that the database just failed to answer.

    A call that hits a down database waits for the driver's server-selection timeout; every call
    queued behind it would wait as long, and run out of its deadline instead of hearing UNAVAILABLE,
    which tells the client to retry. While the outage is fresh, calls are answered UNAVAILABLE at
    once; after ``hold_seconds`` the next call tries the database again (and re-arms it if down).
    """

    def __init__(self, hold_seconds: float = 1.0, clock: Any = time.monotonic) -> None:
        self._hold = hold_seconds
        self._clock = clock
        self._until = 0.0

    def record_failure(self) -> None:
        self._until = self._clock() + self._hold

    def active(self) -> bool:
        return self._clock() < self._until


DATABASE_OUTAGE = DatabaseOutage()
DATABASE_UNAVAILABLE = "database unavailable, retry later"


def status_for(exc: BaseException) -> tuple[grpc.StatusCode, str] | None:
    """The status a failure maps to; None for a bug (reported as INTERNAL without details)."""
    for error_type, code in _STATUS_OF.items():
        if isinstance(exc, error_type):
            return code, str(exc)
    if isinstance(exc, ConnectionFailure):
        return grpc.StatusCode.UNAVAILABLE, DATABASE_UNAVAILABLE
    if isinstance(exc, KafkaError):
        # The client retries with the same idempotency key, and the stored event is published then.
        return grpc.StatusCode.UNAVAILABLE, f"event bus unavailable, retry later ({type(exc).__name__})"
    return None


async def _run_streaming(handler: Any, request: Any, context: grpc.aio.ServicerContext) -> None:
    """Run a server-streaming ``handler`` to its end, whichever style it is written in.

    grpc aio accepts two: an async generator (each yielded message is sent) and a coroutine that
    sends with ``context.write`` (grpc's own health servicer streams Watch that way). A wrapper that
    iterated over the coroutine failed every Watch with INTERNAL; this one awaits a coroutine and
    writes what a generator yields, so a wrapper is a coroutine either way.
    """
    result = handler(request, context)
    if hasattr(result, "__aiter__"):
        async for item in result:
            await context.write(item)
    elif inspect.isawaitable(result):
        await result
    else:  # A synchronous iterator (a sync handler mounted on the aio server).
        for item in result:
            await context.write(item)


class _ScopeInterceptor(grpc.aio.ServerInterceptor, abc.ABC):
    """Runs ``scope`` around every unary-unary, unary-stream and stream-unary call (each request of a
    client stream is looked at as it arrives)."""

    @abc.abstractmethod
    def scope(self, context: grpc.aio.ServicerContext, method: str) -> contextlib.AbstractAsyncContextManager[None]:
        """The work done around one call; exceptions of the call pass through it."""

    def wrap_request(self, request: Any, method: str) -> None:
        """Look at the request before the handler runs (inside ``scope``); raise to refuse it."""

    def wrap_deserializer(self, deserializer: Any) -> Any:
        return deserializer

    async def intercept_service(self, continuation: Any, handler_call_details: grpc.HandlerCallDetails) -> Any:
        handler = await continuation(handler_call_details)
        if handler is None:
            return None
        method = handler_call_details.method
        deserializer = handler.request_deserializer
        if not method.startswith(PUBLIC_METHOD_PREFIXES):
            deserializer = self.wrap_deserializer(deserializer)
        if handler.unary_unary:
            inner = handler.unary_unary

            async def unary(request: Any, context: grpc.aio.ServicerContext) -> Any:
                async with self.scope(context, method):
                    self.wrap_request(request, method)
                    return await inner(request, context)

            return grpc.unary_unary_rpc_method_handler(
                unary,
                request_deserializer=deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.unary_stream:
            inner_stream = handler.unary_stream

            async def stream(request: Any, context: grpc.aio.ServicerContext) -> None:
                async with self.scope(context, method):
                    self.wrap_request(request, method)
                    await _run_streaming(inner_stream, request, context)

            return grpc.unary_stream_rpc_method_handler(
                stream,
                request_deserializer=deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.stream_unary:
            inner_client_stream = handler.stream_unary

            async def client_stream(requests: AsyncIterator[Any], context: grpc.aio.ServicerContext) -> Any:
                async with self.scope(context, method):

                    async def looked_at() -> AsyncIterator[Any]:
                        async for request in requests:
                            self.wrap_request(request, method)
                            yield request

                    return await inner_client_stream(looked_at(), context)

            return grpc.stream_unary_rpc_method_handler(
                client_stream,
                request_deserializer=deserializer,
                response_serializer=handler.response_serializer,
            )
        return handler


class RequestContextInterceptor(_ScopeInterceptor):
    """Takes the caller's ``x-request-id`` (or makes one) and exposes it to logs and events."""

    @contextlib.asynccontextmanager
    async def scope(self, context: grpc.aio.ServicerContext, method: str) -> AsyncIterator[None]:
        request_id = ""
        for key, value in context.invocation_metadata() or ():
            if key == REQUEST_ID_METADATA_KEY:
                request_id = value if isinstance(value, str) else value.decode()
        token = request_id_var.set(request_id or uuid.uuid4().hex)
        try:
            yield
        finally:
            _reset(request_id_var, token)


class MetricsInterceptor(_ScopeInterceptor):
    """RED metrics per RPC: rate and errors by status code, duration histogram."""

    def __init__(self, service_name: str) -> None:
        self._service = service_name

    @contextlib.asynccontextmanager
    async def scope(self, context: grpc.aio.ServicerContext, method: str) -> AsyncIterator[None]:
        started = time.perf_counter()
        code = grpc.StatusCode.OK
        try:
            yield
        except grpc.aio.AbortError:
            code = context.code() or grpc.StatusCode.UNKNOWN  # type: ignore[assignment]
            raise
        except asyncio.CancelledError:
            # The client went away (e.g. a candidate closed the stream): not a server error.
            code = grpc.StatusCode.CANCELLED
            raise
        except BaseException:
            code = grpc.StatusCode.UNKNOWN
            raise
        finally:
            name = code.name if isinstance(code, grpc.StatusCode) else str(code)
            metrics.RPC_REQUESTS.labels(self._service, method, name).inc()
            metrics.RPC_DURATION.labels(self._service, method).observe(time.perf_counter() - started)


class ErrorMappingInterceptor(_ScopeInterceptor):
    """Maps typed domain errors to status codes, in this one place. Bugs become INTERNAL."""

    @contextlib.asynccontextmanager
    async def scope(self, context: grpc.aio.ServicerContext, method: str) -> AsyncIterator[None]:
        remaining = context.time_remaining()
        if remaining is not None and remaining <= 0:
            # The caller gave up while the call waited for a busy event loop, and will retry it (with
            # its idempotency key): doing the work now would only delay the calls still waited for.
            await context.abort(grpc.StatusCode.DEADLINE_EXCEEDED, "deadline expired before the call started")
        if DATABASE_OUTAGE.active() and not method.startswith(PUBLIC_METHOD_PREFIXES):
            await context.abort(grpc.StatusCode.UNAVAILABLE, DATABASE_UNAVAILABLE)
        try:
            yield
        except grpc.aio.AbortError:
            raise
        except Exception as exc:
            if isinstance(exc, ConnectionFailure):
                DATABASE_OUTAGE.record_failure()
            mapped = status_for(exc)
            if mapped is None:
                log.exception("unhandled error in RPC", extra={"method": method})
                await context.abort(grpc.StatusCode.INTERNAL, "internal error")
            else:
                await context.abort(mapped[0], mapped[1])


class AuthInterceptor(_ScopeInterceptor):
    """Verifies the bearer credential of every call except probes and reflection."""

    def __init__(self, signer: TokenSigner) -> None:
        self._signer = signer

    @contextlib.asynccontextmanager
    async def scope(self, context: grpc.aio.ServicerContext, method: str) -> AsyncIterator[None]:
        if method.startswith(PUBLIC_METHOD_PREFIXES):
            yield
            return
        principal = self._signer.verify(token_from_metadata(context.invocation_metadata()))
        principal_token = principal_var.set(principal)
        tenant_token = tenant_id_var.set(principal.tenant_id)
        try:
            yield
        finally:
            _reset(principal_var, principal_token)
            _reset(tenant_id_var, tenant_token)


class CandidateEndBoundInterceptor(_ScopeInterceptor):
    """Binds every call a candidate token makes to its interview's end: from ``CANDIDATE_ACCESS_AFTER_END``
    after the end the token gets UNAUTHENTICATED ("credential expired: the interview ended"), whatever
    the method, so no servicer has to remember to check.

    ``interview_ends`` tells when the token's interview ended. A service that serves candidate tokens
    nothing passes None: they are refused here with PERMISSION_DENIED, as ``authorize`` would.
    Installed inside the auth interceptor (it reads the principal), outside request validation.
    """

    def __init__(self, interview_ends: InterviewEnds | None, clock: Clock = utc_now) -> None:
        self._interview_ends = interview_ends
        self._clock = clock

    @contextlib.asynccontextmanager
    async def scope(self, context: grpc.aio.ServicerContext, method: str) -> AsyncIterator[None]:
        principal = principal_var.get()
        if principal is not None and principal.is_candidate and not method.startswith(PUBLIC_METHOD_PREFIXES):
            if self._interview_ends is None:
                raise errors.PermissionDenied("candidate tokens may not call this service")
            if not principal.interview_id:
                raise errors.Unauthenticated("malformed credential: the candidate token names no interview")
            ended_at = await self._interview_ends.ended_at(principal.tenant_id, principal.interview_id)
            refuse_candidate_after_end(principal, ended_at, now=self._clock())
        yield


class UndecodableRequest:
    """Stands for a request whose bytes did not parse, so the handler chain can refuse it cleanly.

    grpc aio reports a deserializer's exception as UNKNOWN with the exception's class in the
    message; the validating deserializer returns this instead, and the interceptor turns it into
    INVALID_ARGUMENT (inside the error-mapping and metrics scopes).
    """

    def __init__(self, field: str | None) -> None:
        self.field = field

    def error(self) -> errors.InvalidArgument:
        if self.field is not None:
            return errors.InvalidArgument(self.field, "is not valid UTF-8 (the request is not valid protobuf)")
        return errors.InvalidArgument("request", "is not a valid protobuf message")


class RequestValidationInterceptor(_ScopeInterceptor):
    """Refuses undecodable requests and requests breaking :mod:`wendu.core.validation`'s rules.

    Probes and reflection are not checked. Innermost, so a refusal is mapped by the error-mapping
    interceptor and counted by the metrics interceptor like any other INVALID_ARGUMENT.
    """

    @contextlib.asynccontextmanager
    async def scope(self, context: grpc.aio.ServicerContext, method: str) -> AsyncIterator[None]:
        yield

    def wrap_request(self, request: Any, method: str) -> None:
        if method.startswith(PUBLIC_METHOD_PREFIXES):
            return
        if isinstance(request, UndecodableRequest):
            raise request.error()
        if isinstance(request, Message):
            validation.validate_message(request)

    def wrap_deserializer(self, deserializer: Any) -> Any:
        if deserializer is None:
            return None
        descriptor = getattr(getattr(deserializer, "__self__", None), "DESCRIPTOR", None)

        def deserialize(data: bytes) -> Any:
            try:
                return deserializer(data)
            except DecodeError:
                field = validation.invalid_utf8_field(descriptor, data) if descriptor is not None else None
                return UndecodableRequest(field)

        return deserialize
