"""In-memory fakes of question-gen's ports, and an ``app`` fixture wiring them into the handlers.

Test modules cannot import from here (importlib mode), so everything is reached through fixtures.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from google.protobuf.message import Message
from wendu.core.auth import TokenSigner
from wendu.core.codec import to_timestamp
from wendu.core.errors import NotFound
from wendu.core.vocabulary import Language
from wendu.question_gen import wire
from wendu.question_gen.domain.interviews import Interview, InterviewKind, Question
from wendu.question_gen.domain.planning import CandidateProfile
from wendu.question_gen.domain.positions import CompetencyWeight, Position
from wendu.question_gen.domain.requests import CandidateRequest, RequestKind
from wendu.question_gen.domain.timeline import HintShown, TimelineItem
from wendu.question_gen.handlers.flow import InterviewFlow
from wendu.question_gen.handlers.interviews import AnswerSubmission, InterviewHandlers, NewInterview
from wendu.question_gen.handlers.ports import DueInterview, OwnerFenced, TimelineRecord
from wendu.question_gen.handlers.positions import NewPosition, PositionHandlers
from wendu.question_gen.handlers.requests import CandidateRequests
from wendu.question_gen.handlers.streams import InterviewStreams, UpdateNotifier
from wendu.question_gen.handlers.timeline import TimelineWriter
from wendu.v1 import common_pb2, events_pb2

TENANT = "tenant-a"
SECRET = "unit-test-secret-0123456789abcdef"


class Clock:
    """A settable clock, so tests control time."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class FakePositionRepository:
    def __init__(self) -> None:
        self.by_id: dict[tuple[str, str], Position] = {}
        self.keys: dict[tuple[str, str], str] = {}

    async def add(self, position: Position, idempotency_key: str) -> tuple[Position, bool]:
        existing = await self.find_by_idempotency_key(position.tenant_id, idempotency_key)
        if existing is not None:
            return existing, False
        self.by_id[(position.tenant_id, position.position_id)] = position
        if idempotency_key:
            self.keys[(position.tenant_id, idempotency_key)] = position.position_id
        return position, True

    async def get(self, tenant_id: str, position_id: str) -> Position | None:
        return self.by_id.get((tenant_id, position_id))

    async def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Position | None:
        position_id = self.keys.get((tenant_id, idempotency_key)) if idempotency_key else None
        return await self.get(tenant_id, position_id) if position_id else None


class FakeInterviewRepository:
    """Stores deep copies, like a database, and checks versions on save."""

    def __init__(self) -> None:
        self.stored: dict[tuple[str, str], Interview] = {}
        self.keys: dict[tuple[str, str], str] = {}
        self.saves = 0
        # Owner fencing, as MongoInterviewRepository(fencing=True) does it.
        self.owner_epochs: dict[tuple[str, str], int] = {}
        self.epoch_counter = 0

    async def add(self, interview: Interview, idempotency_key: str) -> tuple[Interview, bool]:
        existing = await self.find_by_idempotency_key(interview.tenant_id, idempotency_key)
        if existing is not None:
            return existing, False
        self.stored[(interview.tenant_id, interview.interview_id)] = copy.deepcopy(interview)
        if idempotency_key:
            self.keys[(interview.tenant_id, idempotency_key)] = interview.interview_id
        return interview, True

    async def get(self, tenant_id: str, interview_id: str) -> Interview | None:
        found = self.stored.get((tenant_id, interview_id))
        return copy.deepcopy(found) if found is not None else None

    async def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Interview | None:
        interview_id = self.keys.get((tenant_id, idempotency_key)) if idempotency_key else None
        return await self.get(tenant_id, interview_id) if interview_id else None

    async def next_owner_epoch(self) -> int:
        self.epoch_counter += 1
        return self.epoch_counter

    async def claim(self, tenant_id: str, interview_id: str, owner_epoch: int) -> Interview | None:
        key = (tenant_id, interview_id)
        if key not in self.stored:
            return None
        if self.owner_epochs.get(key, 0) > owner_epoch:
            raise OwnerFenced(interview_id, owner_epoch)
        self.owner_epochs[key] = owner_epoch
        return await self.get(tenant_id, interview_id)

    async def save(self, interview: Interview, *, owner_epoch: int = 0) -> None:
        key = (interview.tenant_id, interview.interview_id)
        if key in self.owner_epochs and self.owner_epochs[key] != owner_epoch:
            raise OwnerFenced(interview.interview_id, owner_epoch)
        # One writer per interview (its owner): a save from a stale copy would be a bug.
        assert self.stored[key].version == interview.version, "saved from a stale copy"
        interview.version += 1
        self.stored[key] = copy.deepcopy(interview)
        self.saves += 1

    async def find_due(self, now: datetime, idle_since: datetime, limit: int) -> list[DueInterview]:
        # Every interview is a candidate: the sweep must re-check each on its own.
        return [DueInterview(t, i) for t, i in self.stored][:limit]


class FakeCandidateRequestRepository:
    def __init__(self) -> None:
        self.stored: dict[tuple[str, str, RequestKind], CandidateRequest] = {}

    async def add(self, request: CandidateRequest) -> tuple[CandidateRequest, bool]:
        key = (request.tenant_id, request.interview_id, request.kind)
        if key in self.stored:
            return copy.deepcopy(self.stored[key]), False
        self.stored[key] = copy.deepcopy(request)
        return request, True

    async def find(self, tenant_id: str, interview_id: str, kind: RequestKind) -> CandidateRequest | None:
        return copy.deepcopy(self.stored.get((tenant_id, interview_id, kind)))

    async def mark_published(self, tenant_id: str, request_id: str) -> None:
        for request in self.stored.values():
            if (request.tenant_id, request.request_id) == (tenant_id, request_id):
                request.published = True

    async def list(self, tenant_id, kinds, *, before, limit, interview_id=""):  # type: ignore[no-untyped-def]
        found = sorted(
            (
                r
                for r in self.stored.values()
                if r.tenant_id == tenant_id and r.kind in tuple(kinds) and interview_id in ("", r.interview_id)
            ),
            key=lambda r: (r.created_at, r.request_id),
            reverse=True,
        )
        if before is not None:
            found = [r for r in found if (r.created_at, r.request_id) < before]
        return [copy.deepcopy(r) for r in found[:limit]]


class FakeTimelineRepository:
    def __init__(self) -> None:
        self.records: dict[tuple[str, str], list[TimelineRecord]] = {}
        self.dedup: dict[tuple[str, str, str], int] = {}
        self.counters: dict[tuple[str, str], int] = {}

    async def append(
        self, tenant_id: str, interview_id: str, item: TimelineItem, *, dedup_key: str, occurred_at: datetime
    ) -> int:
        if (tenant_id, interview_id, dedup_key) in self.dedup:
            return self.dedup[(tenant_id, interview_id, dedup_key)]
        seq = self.counters.get((tenant_id, interview_id), 0) + 1
        self.counters[(tenant_id, interview_id)] = seq
        self.insert(tenant_id, interview_id, seq, item, occurred_at)
        self.dedup[(tenant_id, interview_id, dedup_key)] = seq
        return seq

    def insert(self, tenant_id: str, interview_id: str, seq: int, item: TimelineItem, occurred_at: datetime) -> None:
        """Store a record with a given seq (tests use it to create gaps)."""
        record = TimelineRecord(
            seq=seq,
            occurred_at=occurred_at,
            update=wire.timeline_update(seq, interview_id, occurred_at, item),
            answer_submitted_at=item.answer_submitted_at if isinstance(item, HintShown) else None,
        )
        records = self.records.setdefault((tenant_id, interview_id), [])
        records.append(record)
        records.sort(key=lambda r: r.seq)

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
        # The port's contract: past a gap, only up to known_last (as a store reading by id sees it).
        found: list[TimelineRecord] = []
        expected = after_seq + 1
        for record in self.records.get((tenant_id, interview_id), []):
            if record.seq <= after_seq:
                continue
            if record.seq > known_last and (record.seq != expected or not look_past_known):
                break
            found.append(record)
            expected = record.seq + 1
        return found[:limit]

    def items(self, interview_id: str, tenant_id: str = TENANT) -> list[str]:
        """The kinds of the stored items, in order: "question", "hint" or "status"."""
        return [r.update.WhichOneof("item") for r in self.records.get((tenant_id, interview_id), [])]


class FakeProfileGateway:
    def __init__(self) -> None:
        self.profiles: dict[str, CandidateProfile] = {}

    async def get_profile(self, tenant_id: str, candidate_id: str) -> CandidateProfile:
        if candidate_id not in self.profiles:
            raise NotFound("candidate", candidate_id)
        return self.profiles[candidate_id]


class RecordingPublisher:
    def __init__(self) -> None:
        self.published: list[tuple[str, Message, str]] = []
        self.failures_left = 0

    async def publish(self, topic: str, event: Message, *, key: str) -> None:
        if self.failures_left:
            self.failures_left -= 1
            raise ConnectionError("broker down")
        self.published.append((topic, event, key))

    def events(self, topic: str) -> list[Message]:
        return [event for t, event, _ in self.published if t == topic]


@dataclass
class App:
    """The handlers wired to fakes, plus shortcuts to reach a given interview state."""

    clock: Clock = field(default_factory=Clock)
    positions: FakePositionRepository = field(default_factory=FakePositionRepository)
    interviews: FakeInterviewRepository = field(default_factory=FakeInterviewRepository)
    timeline: FakeTimelineRepository = field(default_factory=FakeTimelineRepository)
    profiles: FakeProfileGateway = field(default_factory=FakeProfileGateway)
    publisher: RecordingPublisher = field(default_factory=RecordingPublisher)
    requests: FakeCandidateRequestRepository = field(default_factory=FakeCandidateRequestRepository)
    notifier: UpdateNotifier = field(default_factory=UpdateNotifier)
    signer: TokenSigner = field(default_factory=lambda: TokenSigner(SECRET))

    def __post_init__(self) -> None:
        writer = TimelineWriter(self.timeline, self.publisher, clock=self.clock)
        self.position_handlers = PositionHandlers(self.positions, clock=self.clock)
        self.request_handlers = CandidateRequests(
            interviews=self.interviews, requests=self.requests, publisher=self.publisher, clock=self.clock
        )
        self.handlers = self.replica()
        self.writer = writer
        self.flow = InterviewFlow(self.interviews, writer, self.publisher)
        self.streams = InterviewStreams(
            self.interviews, self.timeline, self.notifier, recheck_seconds=0.05, clock=self.clock
        )

    async def announce(self) -> None:
        """Deliver the last InterviewUpdated published to this process's streams, as the broadcast does."""
        await self.notifier.on_interview_updated(self.publisher.events("interview-updated")[-1], None)  # type: ignore[arg-type]

    def replica(self) -> InterviewHandlers:
        """The interview API of one more process on the same stores (another replica)."""
        return InterviewHandlers(
            interviews=self.interviews,
            positions=self.positions,
            profiles=self.profiles,
            timeline=TimelineWriter(self.timeline, self.publisher, clock=self.clock),
            publisher=self.publisher,
            signer=self.signer,
            clock=self.clock,
            requests=self.request_handlers,
        )

    async def position(self, *weights: tuple[str, int], **kwargs: object) -> Position:
        command = NewPosition(
            title="Backend engineer",
            competencies=tuple(
                CompetencyWeight(c, w) for c, w in weights or (("problem_solving", 60), ("communication", 40))
            ),
            **kwargs,  # type: ignore[arg-type]
        )
        return await self.position_handlers.create(TENANT, command)

    async def interview(
        self,
        *,
        position: Position | None = None,
        profile: CandidateProfile | None = None,
        language: Language = Language.EN,
        kind: InterviewKind = InterviewKind.SELECTION,
        start: bool = True,
    ) -> Interview:
        position = position or await self.position()
        profile = profile or CandidateProfile("cand-1", ai_scoring_consent=True)
        self.profiles.profiles[profile.candidate_id] = profile
        created = await self.handlers.create(
            TENANT, NewInterview(profile.candidate_id, position.position_id, language, kind)
        )
        if not start:
            return created.interview
        return await self.handlers.start(TENANT, created.interview.interview_id)

    def stored(self, interview_id: str, tenant_id: str = TENANT) -> Interview:
        """The stored interview, read without awaiting (for assertions and event building)."""
        return copy.deepcopy(self.interviews.stored[(tenant_id, interview_id)])

    def current_question(self, interview_id: str) -> Question:
        interview = self.stored(interview_id)
        return interview.question(interview.current_question_id)

    async def answer(
        self, interview_id: str, text: str, *, key: str = "", supplement: bool = False, question_id: str = ""
    ):
        if not question_id:
            question_id = self.current_question(interview_id).question_id
        return await self.handlers.submit_answer(
            TENANT, AnswerSubmission(interview_id, question_id, text, idempotency_key=key, supplement=supplement)
        )

    async def score(
        self,
        interview_id: str,
        answer_id: str,
        *star_parts: int,
        revision: int = 0,
        off_topic: bool = False,
        scores: dict[str, float] | None = None,
    ) -> None:
        event = events_pb2.ScoreReady(
            meta=common_pb2.EventMeta(event_id="e", tenant_id=TENANT, interview_id=interview_id),
            answer_id=answer_id,
            revision=revision,
            star_parts=list(star_parts),
            off_topic=off_topic,
            scores=[common_pb2.CompetencyScore(competency_id=c, score=v) for c, v in (scores or {}).items()],
        )
        stored = self.interviews.stored.get((TENANT, interview_id))
        answer = stored.answer(answer_id) if stored is not None else None
        if answer is not None:  # as scoring does: when the answer was submitted, for answer -> hint
            event.submitted_at.CopyFrom(to_timestamp(answer.submitted_at))
        await self.flow.on_score_ready(event, None)  # type: ignore[arg-type]

    async def hint(self, interview_id: str, answer_id: str) -> str:
        """Score the answer as off topic, which always gets a hint (to relate it); returns the hint id."""
        await self.score(interview_id, answer_id, off_topic=True)
        answer = self.stored(interview_id).answer(answer_id)
        assert answer is not None and answer.hint_id, "an off-topic answer gets a hint"
        return answer.hint_id


@pytest.fixture
def app() -> App:
    return App()


@pytest.fixture
def tenant() -> str:
    return TENANT


@pytest.fixture
def complete_star() -> tuple[int, ...]:
    """A scorer's verdict that the answer has every STAR part."""
    return (
        common_pb2.STAR_PART_SITUATION,
        common_pb2.STAR_PART_TASK,
        common_pb2.STAR_PART_ACTION,
        common_pb2.STAR_PART_RESULT,
    )
