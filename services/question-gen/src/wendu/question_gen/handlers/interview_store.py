"""Loading and changing an interview: load it, apply a change (pure domain logic), store it.

Only the interview's owner changes it (see ``handlers/owner.py``), one change at a time, so a
change needs no compare-and-set and no retry: what was loaded is the latest state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from wendu.core.errors import NotFound
from wendu.question_gen.domain.interviews import Interview
from wendu.question_gen.handlers.ports import InterviewRepository

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
    """Apply ``change`` to the interview and store it; returns the stored interview and the change's result.

    A caller that has just loaded the interview (to decide what to change) passes it as ``loaded``.
    """
    interview = loaded if loaded is not None else await load_interview(interviews, tenant_id, interview_id)
    result = change(interview)
    await interviews.save(interview)
    return interview, result
