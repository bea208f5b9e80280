"""Typed domain errors. One interceptor maps them to gRPC status codes; domains never import grpc."""

from __future__ import annotations


class DomainError(Exception):
    """Base of the errors a handler may raise on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidArgument(DomainError):
    """A request field is wrong. The message always starts with the field's name."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


# An error message quotes at most this much of an id the caller sent.
IDENT_EXCERPT_LENGTH = 24


def quote_ident(ident: str) -> str:
    """``ident`` quoted for an error message, cut to a short prefix: a caller's id is never echoed whole."""
    shown = ident[:IDENT_EXCERPT_LENGTH]
    quoted = repr(shown) if shown.isprintable() else ascii(shown)
    return quoted + ("…" if len(ident) > IDENT_EXCERPT_LENGTH else "")


class NotFound(DomainError):
    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"{what} {quote_ident(ident)} not found")
        self.what = what


class AlreadyExists(DomainError):
    pass


class FailedPrecondition(DomainError):
    """The request is valid but the resource is in the wrong state (e.g. answering a paused interview)."""


class Unauthenticated(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class Unavailable(DomainError):
    """A dependency (database, broker, another service) is not reachable; the client may retry."""


def require(value: str, field: str) -> str:
    """Return ``value`` stripped, or raise InvalidArgument naming ``field`` when it is empty."""
    stripped = value.strip()
    if not stripped:
        raise InvalidArgument(field, "must not be empty")
    return stripped


def require_event_field(value: str, field: str) -> str:
    """Return ``value`` as it is, or raise InvalidArgument naming ``field`` when it is blank.

    For the fields of a consumed event: an id is kept exactly as its producer wrote it, so that it
    still matches the producer's records, and a dead-lettered record says which field was wrong.
    """
    if not value.strip():
        raise InvalidArgument(field, "must not be empty")
    return value


# The gRPC status code of each domain error, as a number: for a refusal that crosses a process
# boundary inside a service (question-gen's owner replying to the API replica that sent a command)
# and must come out of the API as the same status. Domains never import grpc.
_WIRE_CODES: dict[type[DomainError], int] = {
    InvalidArgument: 3,
    NotFound: 5,
    AlreadyExists: 6,
    PermissionDenied: 7,
    FailedPrecondition: 9,
    Unauthenticated: 16,
    Unavailable: 14,
}
UNKNOWN_WIRE_CODE = 2


def wire_code(error: DomainError) -> int:
    """The gRPC status code (a number) ``error`` maps to."""
    return next((code for kind, code in _WIRE_CODES.items() if isinstance(error, kind)), UNKNOWN_WIRE_CODE)


def from_wire(code: int, message: str, field: str = "") -> DomainError:
    """The domain error of ``code``, with the message it was sent with (Unavailable when unknown)."""
    kind = next((kind for kind, known in _WIRE_CODES.items() if known == code), Unavailable)
    error = kind.__new__(kind)
    DomainError.__init__(error, message)
    if isinstance(error, InvalidArgument):
        error.field = field
    if isinstance(error, NotFound):
        error.what = ""
    return error
