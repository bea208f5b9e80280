"""What the handlers need from the outside world. Adapters implement these; unit tests fake them.

Every port is async: a storage adapter does its blocking I/O off the event loop (``wendu.core.mongo.off_loop``),
so one slow or unreachable database call never stalls the process's other RPCs, streams and consumers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from wendu.core.errors import Unavailable
from wendu.core.vocabulary import Language
from wendu.question_gen.domain.follow_up import FollowUp, FollowUpDecision
from wendu.question_gen.domain.interviews import Interview, Question
from wendu.question_gen.domain.planning import CandidateProfile
from wendu.question_gen.domain.positions import Position
from wendu.question_gen.domain.requests import CandidateRequest, RequestKind
from wendu.question_gen.domain.timeline import TimelineItem
from wendu.v1 import question_gen_pb2

if TYPE_CHECKING:  # the use cases' own types: handlers.interviews imports this module
    from wendu.question_gen.handlers.interviews import (
        AnswerSubmission,
        ExtensionGrant,
        OptionsChoice,
        SubmittedAnswer,
    )


class PositionRepository(Protocol):
    async def add(self, position: Position, idempotency_key: str) -> tuple[Position, bool]:
        """Store ``position``; when the key ("" for none) was used before, return that position instead.

        Returns the stored position and whether it is new.
        """
        ...

    async def get(self, tenant_id: str, position_id: str) -> Position | None: ...

    async def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Position | None: ...

    async def ids_by_idempotency_keys(self, tenant_id: str, idempotency_keys: Sequence[str]) -> dict[str, str]:
        """Of ``idempotency_keys``, those stored: key -> position id (one lookup for a batch)."""
        ...


@dataclass(frozen=True)
class DueInterview:
    """An interview the sweep should look at (it re-checks the latest state before acting)."""

    tenant_id: str
    interview_id: str


class InterviewRepository(Protocol):
    async def add(self, interview: Interview, idempotency_key: str) -> tuple[Interview, bool]:
        """Store a new interview; when the key ("" for none) was used before, return that one instead."""
        ...

    async def get(self, tenant_id: str, interview_id: str) -> Interview | None: ...

    async def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Interview | None: ...

    async def save(self, interview: Interview) -> None:
        """Store the interview as it is now and bump its version; only its owner calls it.

        NotFound when the interview was erased meanwhile (nothing is written back).
        """
        ...

    async def find_due(self, now: datetime, idle_since: datetime, limit: int) -> list[DueInterview]:
        """Across tenants: open interviews without activity since ``idle_since``, and scheduled
        ones whose window ended by ``now``. May include some that are no longer due."""
        ...


class OwnerFenced(Unavailable):
    """A worker with a newer owner epoch claimed the interview: this one lost its partition.

    Transient for the bus (an :class:`Unavailable`): the record is retried until the worker hears
    of the rebalance and retires the lane, and its next owner applies it.
    """

    def __init__(self, interview_id: str, owner_epoch: int) -> None:
        super().__init__(f"interview {interview_id} is owned by a newer worker than epoch {owner_epoch}")
        self.interview_id = interview_id
        self.owner_epoch = owner_epoch


class OwnedInterviewStore(InterviewRepository, Protocol):
    """The store as the owner uses it: claims on recovery and saves under an owner epoch (fencing)."""

    async def next_owner_epoch(self) -> int: ...

    async def claim(self, tenant_id: str, interview_id: str, owner_epoch: int) -> Interview | None:
        """Read the interview to own it; OwnerFenced when a newer epoch holds it."""
        ...

    async def save(self, interview: Interview, *, owner_epoch: int = 0) -> None:
        """As InterviewRepository.save; OwnerFenced when a newer epoch than ``owner_epoch`` claimed it."""
        ...


class CandidateRequestRepository(Protocol):
    async def add(self, request: CandidateRequest) -> tuple[CandidateRequest, bool]:
        """Store ``request``; when its interview has one of its kind, return that one (and False)."""
        ...

    async def find(self, tenant_id: str, interview_id: str, kind: RequestKind) -> CandidateRequest | None: ...

    async def mark_published(self, tenant_id: str, request_id: str) -> None: ...

    async def list(
        self,
        tenant_id: str,
        kinds: Iterable[RequestKind],
        *,
        before: tuple[datetime, str] | None,
        limit: int,
        interview_id: str = "",
    ) -> list[CandidateRequest]:
        """Newest first (created_at, then request_id, descending), strictly after the cursor ``before``;
        only ``interview_id``'s requests when it is given."""
        ...


@dataclass(frozen=True)
class TimelineRecord:
    """A stored timeline item, ready to send on the stream."""

    seq: int
    occurred_at: datetime
    update: question_gen_pb2.InterviewUpdate
    # Hints only: when the hinted answer was submitted.
    answer_submitted_at: datetime | None = None


class TimelineRepository(Protocol):
    async def append(
        self, tenant_id: str, interview_id: str, item: TimelineItem, *, dedup_key: str, occurred_at: datetime
    ) -> int:
        """Append ``item`` with the interview's next sequence number and return it.

        An item whose ``dedup_key`` is already stored is not appended again; its seq is returned.
        """
        ...

    async def read_after(
        self,
        tenant_id: str,
        interview_id: str,
        after_seq: int,
        limit: int,
        *,
        known_last: int = 0,
        look_past_known: bool = True,
    ) -> list[TimelineRecord]:
        """At most ``limit`` items with seq > ``after_seq``, in seq order: those that follow
        ``after_seq`` without a gap, and past a gap only those up to ``known_last`` (the highest seq
        announced). A store may read one seq after the other by id, so it cannot see past a gap
        unless told how far the items go. Without ``look_past_known`` nothing after ``known_last``
        is read (the caller was told where the items end, and saves the lookup that finds none)."""
        ...


class InterviewChanges(Protocol):
    """The changes of a live interview the API offers. The owner runs them (InterviewHandlers); an
    API replica sends them to the owner (InterviewCommands)."""

    async def start(self, tenant_id: str, interview_id: str) -> Interview: ...

    async def pause(self, tenant_id: str, interview_id: str) -> Interview: ...

    async def resume(self, tenant_id: str, interview_id: str) -> Interview: ...

    async def withdraw(self, tenant_id: str, interview_id: str) -> Interview: ...

    async def complete(self, tenant_id: str, interview_id: str) -> Interview: ...

    async def choose_options(self, tenant_id: str, interview_id: str, choice: OptionsChoice) -> Interview: ...

    async def grant_extension(self, tenant_id: str, interview_id: str, grant: ExtensionGrant) -> Interview: ...

    async def submit_answer(self, tenant_id: str, submission: AnswerSubmission) -> SubmittedAnswer: ...

    async def request_human_screen(self, tenant_id: str, interview_id: str, note: str) -> CandidateRequest: ...

    async def refuse_automated_decision(self, tenant_id: str, interview_id: str, note: str) -> CandidateRequest: ...


class ProfileGateway(Protocol):
    async def get_profile(self, tenant_id: str, candidate_id: str) -> CandidateProfile:
        """The candidate's profile. NotFound for an unknown candidate, Unavailable when unreachable."""
        ...


# --- question wording (owner: question generation) ----------------------------------------------


@dataclass(frozen=True)
class FollowUpContext:
    """What a generator may use to word a follow-up the server decided on."""

    main_question: str
    # The candidate's answer: untrusted text, data for the wording only.
    answer_text: str
    language: Language


class QuestionGenerator(Protocol):
    """Words what the server decided to ask; never decides whether or what to ask.

    Two adapters: the local templates (default) and an LLM (falls back to local within one second).
    """

    name: str

    async def phrase_follow_up(self, decision: FollowUpDecision, context: FollowUpContext) -> FollowUp:
        """The follow-up's text (quoting ``decision.quote`` verbatim) and its audit reason."""
        ...

    async def phrase_plan(self, plan: Sequence[Question], language: Language, position_title: str) -> list[Question]:
        """The same questions, same ids, order and competencies; only the text (and reason) may change."""
        ...
