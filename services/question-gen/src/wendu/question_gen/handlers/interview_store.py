"""Loading and changing interviews under optimistic concurrency.

The API and the stream worker may change one interview at the same moment (a pause and a new
question). Each change is applied to a freshly loaded copy and saved only if nobody saved in
between; otherwise it is applied again to the newer copy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from wendu.core.errors import NotFound, Unavailable
from wendu.question_gen.domain.interviews import Interview
from wendu.question_gen.handlers.ports import ConcurrentUpdate, InterviewRepository

MAX_CHANGE_ATTEMPTS = 5

T = TypeVar("T")


async def load_interview(interviews: InterviewRepository, tenant_id: str, interview_id: str) -> Interview:
    interview = await interviews.get(tenant_id, interview_id)
    if interview is None:
        raise NotFound("interview", interview_id)
    return interview


async def change_interview(
    interviews: InterviewRepository,
    tenant_id: str,
    interview_id: str,
    change: Callable[[Interview], T],
    *,
    loaded: Interview | None = None,
) -> tuple[Interview, T]:
    """Apply ``change`` to the interview and save it; returns the saved interview and the change's result.

    ``change`` is pure domain logic and runs on the event loop; only the load and the save await the
    database. Each attempt works on its own freshly loaded copy, so concurrent callers (this process's
    other coroutines, or other processes) never share a copy; the save's compare-and-set picks one winner.
    A caller that has just loaded the interview (to decide what to change) passes it as ``loaded``:
    the first attempt works on it instead of loading again, and if it was stale the save says so.
    """
    for _ in range(MAX_CHANGE_ATTEMPTS):
        interview = loaded if loaded is not None else await load_interview(interviews, tenant_id, interview_id)
        loaded = None  # a retry starts from the database
        result = change(interview)
        try:
            await interviews.save(interview)
        except ConcurrentUpdate:
            continue
        return interview, result
    raise Unavailable("the interview is being changed concurrently; retry")
