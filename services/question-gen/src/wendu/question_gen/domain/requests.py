"""Requests a candidate makes of a human at the employer: a human first screen, or a short HR chat.

Each reaches the HR suite as a ``candidate-requests`` event and through ``ListCandidateRequests``.
An interview holds at most one request of each kind, so a retried call never asks twice.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from wendu.core.errors import InvalidArgument
from wendu.core.vocabulary import Language
from wendu.question_gen.domain.interviews import FirstScreen, Interview, InterviewStatus

MAX_NOTE_CHARS = 1000


class RequestKind(enum.StrEnum):
    # A human first screen instead of the AI interview.
    HUMAN_SCREEN = "human_screen"
    # A short conversation with HR after an AI interview.
    HR_CHAT = "hr_chat"


class RequestReason(enum.StrEnum):
    CANDIDATE_CHOICE = "candidate_choice"
    # The profile holds no consent to AI scoring (DESIGN: such candidates get a human screen).
    NO_AI_SCORING_CONSENT = "no_ai_scoring_consent"
    # The candidate refused a decision made solely by automation (PIPL art. 24, GDPR art. 22).
    REFUSED_AUTOMATED_DECISION = "refused_automated_decision"


@dataclass
class CandidateRequest:
    request_id: str
    tenant_id: str
    interview_id: str
    candidate_id: str
    position_id: str
    kind: RequestKind
    reason: RequestReason
    note: str
    language: Language
    created_at: datetime
    # The CandidateRequestCreated event: stored first, published after, re-published with this id.
    event_id: str
    published: bool = False


def validated_note(note: str) -> str:
    note = note.strip()
    if len(note) > MAX_NOTE_CHARS:
        raise InvalidArgument("note", f"must be at most {MAX_NOTE_CHARS} characters, got {len(note)}")
    return note


def new_request(
    interview: Interview, kind: RequestKind, reason: RequestReason, note: str, now: datetime
) -> CandidateRequest:
    return CandidateRequest(
        request_id=uuid.uuid4().hex,
        tenant_id=interview.tenant_id,
        interview_id=interview.interview_id,
        candidate_id=interview.candidate_id,
        position_id=interview.position_id,
        kind=kind,
        reason=reason,
        note=validated_note(note),
        language=interview.language,
        created_at=now,
        event_id=uuid.uuid4().hex,
    )


def may_request_hr_chat(interview: Interview) -> str:
    """Why an HR chat cannot be requested now; "" when it can (after a completed AI interview)."""
    if interview.first_screen is FirstScreen.HUMAN:
        return "the candidate has a human first screen already"
    if interview.status is not InterviewStatus.COMPLETED:
        return f"an HR chat can be requested after the AI interview is completed; it is {interview.status}"
    return ""
