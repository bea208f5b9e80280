"""The time as use cases read it: through a clock, so that tests can fix it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real clock: now, in UTC."""
    return datetime.now(UTC)
