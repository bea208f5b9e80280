"""A domain error crosses a process boundary as its gRPC code and comes back as the same error."""

from __future__ import annotations

import pytest
from wendu.core.errors import (
    AlreadyExists,
    DomainError,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unavailable,
    from_wire,
    wire_code,
)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InvalidArgument("question_id", "must not be empty"), 3),
        (NotFound("interview", "i-1"), 5),
        (AlreadyExists("taken"), 6),
        (PermissionDenied("no"), 7),
        (FailedPrecondition("cannot resume an interview that is completed"), 9),
        (Unavailable("down"), 14),
    ],
)
def test_an_error_comes_back_as_the_same_kind_with_its_message(error: DomainError, code: int) -> None:
    assert wire_code(error) == code
    back = from_wire(code, error.message, getattr(error, "field", ""))
    assert type(back) is type(error) and back.message == error.message and str(back) == error.message
    if isinstance(error, InvalidArgument):
        assert back.field == "question_id"  # type: ignore[attr-defined]


def test_an_unknown_code_reads_as_unavailable() -> None:
    assert isinstance(from_wire(42, "?"), Unavailable)
