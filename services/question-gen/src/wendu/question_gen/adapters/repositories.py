"""Mongo repositories (mongoengine). Every query filters on ``tenant_id`` (but the sweep's, which spans tenants).

Handlers await these repositories: each public method runs on a worker thread (``off_loop``), so a
database round trip never blocks the event loop. Methods may therefore run at the same time on
several threads; the in-process caches are guarded by a lock.

Nothing here relies on a conditional update being atomic (FerretDB v1 applies it as
read-modify-write): interview changes and timeline seqs are claimed by inserts under unique
indexes, which SQLite enforces. See docs/interviews.md, "Storage".
"""

from __future__ import annotations

import asyncio
import enum
import logging
import threading
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

import mongoengine
from bson import BSON, Binary
from pymongo import ReturnDocument, UpdateOne
from wendu.core.data_export import BinaryDecoder, CandidateRecords, proto_decoder, raw_records
from wendu.core.errors import NotFound, Unavailable
from wendu.core.mongo import first_as, insert_if_new, insert_or_find, key_id, off_loop, server_is_ferretdb
from wendu.core.vocabulary import Language, LocalizedText
from wendu.question_gen import wire
from wendu.question_gen.adapters.documents import (
    AnswerDoc,
    BankQuestionDoc,
    CandidateRequestDocument,
    ExtensionDoc,
    InterviewDocument,
    InterviewState,
    OwnerEpochDocument,
    PositionDocument,
    QuestionDoc,
    TimelineItemDocument,
    WeightDoc,
)
from wendu.question_gen.domain.interviews import (
    Answer,
    EndReason,
    Extension,
    FirstScreen,
    Interview,
    InterviewKind,
    InterviewMode,
    InterviewStatus,
    Question,
)
from wendu.question_gen.domain.positions import BankQuestion, CompetencyWeight, Position, TimePolicy
from wendu.question_gen.domain.requests import CandidateRequest, RequestKind, RequestReason
from wendu.question_gen.domain.timeline import HintShown, TimelineItem
from wendu.question_gen.handlers.ports import DueInterview, OwnerFenced, TimelineRecord
from wendu.v1 import question_gen_pb2

log = logging.getLogger(__name__)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _optional_utc(moment: datetime | None) -> datetime | None:
    return _utc(moment) if moment is not None else None


def _weights(docs: list[WeightDoc]) -> tuple[CompetencyWeight, ...]:
    return tuple(CompetencyWeight(d.competency_id, d.weight_percent) for d in docs)


def _weight_docs(weights: tuple[CompetencyWeight, ...]) -> list[WeightDoc]:
    return [WeightDoc(competency_id=w.competency_id, weight_percent=w.weight_percent) for w in weights]


class MongoPositionRepository:
    @off_loop
    def add(self, position: Position, idempotency_key: str) -> tuple[Position, bool]:
        document = PositionDocument(
            tenant_id=position.tenant_id,
            position_id=position.position_id,
            title=position.title,
            employer_name=position.employer_name,
            competencies=_weight_docs(position.competencies),
            question_bank=[
                BankQuestionDoc(competency_id=q.competency_id, zh=q.text.zh, en=q.text.en)
                for q in position.question_bank
            ],
            suggested_minutes_per_answer=position.time_policy.suggested_minutes_per_answer,
            hard_limit_minutes=position.time_policy.hard_limit_minutes,
            rubric_version=position.rubric_version,
            created_at=position.created_at,
            idempotency_key=idempotency_key or position.position_id,
        )
        # Two calls with one key raced; the first one stored wins.
        return insert_or_find(
            document, position, lambda: _position_by_idempotency_key(position.tenant_id, idempotency_key)
        )

    @off_loop
    def get(self, tenant_id: str, position_id: str) -> Position | None:
        return first_as(PositionDocument.objects(tenant_id=tenant_id, position_id=position_id), _to_position)

    @off_loop
    def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Position | None:
        return _position_by_idempotency_key(tenant_id, idempotency_key)

    @off_loop
    def ids_by_idempotency_keys(self, tenant_id: str, idempotency_keys: Sequence[str]) -> dict[str, str]:
        query = PositionDocument.objects(tenant_id=tenant_id, idempotency_key__in=[k for k in idempotency_keys if k])
        return {d.idempotency_key: d.position_id for d in query.only("idempotency_key", "position_id")}


def _position_by_idempotency_key(tenant_id: str, idempotency_key: str) -> Position | None:
    if not idempotency_key:
        return None
    return first_as(PositionDocument.objects(tenant_id=tenant_id, idempotency_key=idempotency_key), _to_position)


def _to_position(document: PositionDocument) -> Position:
    return Position(
        position_id=document.position_id,
        tenant_id=document.tenant_id,
        title=document.title,
        competencies=_weights(document.competencies),
        question_bank=tuple(
            BankQuestion(d.competency_id, LocalizedText(zh=d.zh, en=d.en)) for d in document.question_bank
        ),
        time_policy=TimePolicy(document.suggested_minutes_per_answer, document.hard_limit_minutes),
        rubric_version=document.rubric_version,
        created_at=_utc(document.created_at),
        employer_name=document.employer_name or "",
    )


class MongoInterviewRepository:
    """Interviews, one document each, read by id and written by their owner in group commits.

    Only the interview's owner saves it (see ``wendu.question_gen.handlers.owner``), so a save is a
    plain replace by id, no compare-and-set. Saves awaited at the same moment (the owner's lanes
    and interviews) go to the database together in one ``bulk_write``: while one batch is on its
    way, the next one gathers. A save returns once its batch is stored, so an acknowledged change
    is durable.

    **Fencing** (``fencing=True``, the default on MongoDB): a worker that lost an interview's
    partition without noticing yet (a pause past its session timeout) must not write it again.
    Each claim of partitions takes a new owner epoch (:meth:`next_owner_epoch`); the first read of
    an interview after it (:meth:`claim`) stamps the document with that epoch, and the owner's
    saves match ``{_id, owner_epoch}``. Once the new owner has claimed it, the old one's save
    matches nothing and raises :class:`OwnerFenced`. On FerretDB v1 the extra filter field turns
    every save into a collection scan (130 ms against 1.6 ms at 5,000 interviews, measured) and its
    find-and-modify is not atomic anyway, so the local default is off: docs/interviews.md.
    """

    # The epoch counter's document: one per deployment (its database).
    EPOCH_COUNTER_ID = "interview-owners"

    def __init__(self, *, fencing: bool | None = False) -> None:
        # None: on unless the server is FerretDB, found out at the first owner epoch (never at
        # start-up, which must not wait for the database).
        self.fencing = fencing
        self._batcher = _ReplaceBatcher(lambda: InterviewDocument._get_collection())

    @off_loop
    def add(self, interview: Interview, idempotency_key: str) -> tuple[Interview, bool]:
        stored_form = _stored_form(interview)
        stored_form["idempotency_key"] = idempotency_key or interview.interview_id
        stored_form["owner_epoch"] = 0  # unclaimed: any owner's first read claims it
        document = InterviewDocument._from_son(stored_form, created=True)
        return insert_or_find(document, interview, lambda: _by_idempotency_key(interview.tenant_id, idempotency_key))

    @off_loop
    def get(self, tenant_id: str, interview_id: str) -> Interview | None:
        return _by_id(tenant_id, interview_id)

    @off_loop
    def find_by_idempotency_key(self, tenant_id: str, idempotency_key: str) -> Interview | None:
        return _by_idempotency_key(tenant_id, idempotency_key)

    async def save(self, interview: Interview, *, owner_epoch: int = 0) -> None:
        """Store the interview as it is now, with the next version. NotFound when it was erased;
        with fencing, OwnerFenced when a worker with a newer epoch than ``owner_epoch`` claimed it."""
        interview.version += 1
        fence = owner_epoch if self.fencing is True else None
        try:
            outcome = await self._batcher.replace(interview.interview_id, _stored_form(interview), fence)
        except BaseException:
            interview.version -= 1
            raise
        if outcome is not _Stored.STORED:
            interview.version -= 1
            if outcome is _Stored.FENCED:
                raise OwnerFenced(interview.interview_id, owner_epoch)
            raise NotFound("interview", interview.interview_id)

    @off_loop
    def next_owner_epoch(self) -> int:
        """A new owner epoch, higher than every one handed out before; 0 (one command fewer) without fencing."""
        if self.fencing is None:
            self.fencing = not server_is_ferretdb()
            log.info("interview owner fencing %s", "on" if self.fencing else "off (FerretDB)")
        if not self.fencing:
            return 0
        counter = OwnerEpochDocument._get_collection().find_one_and_update(
            {"_id": self.EPOCH_COUNTER_ID}, {"$inc": {"epoch": 1}}, upsert=True, return_document=ReturnDocument.AFTER
        )
        return int(counter["epoch"])

    @off_loop
    def claim(self, tenant_id: str, interview_id: str, owner_epoch: int) -> Interview | None:
        """Read the interview to own it from now on: None when there is none (or another tenant's);
        with fencing, stamp it with ``owner_epoch``, and OwnerFenced when a newer epoch holds it."""
        if self.fencing is not True:
            return _by_id(tenant_id, interview_id)
        collection = InterviewDocument._get_collection()
        claimed = collection.find_one_and_update(
            {"_id": interview_id, "owner_epoch": {"$lte": owner_epoch}},
            {"$set": {"owner_epoch": owner_epoch}},
            return_document=ReturnDocument.AFTER,
        )
        if claimed is None:
            if collection.find_one({"_id": interview_id}, projection={"_id": 1}) is None:
                return None
            raise OwnerFenced(interview_id, owner_epoch)
        if claimed.get("tenant_id") != tenant_id:
            return None
        return _from_stored(claimed)

    @off_loop
    def find_due(self, now: datetime, idle_since: datetime, limit: int) -> list[DueInterview]:
        """Interviews that may be idle (in progress or paused, no activity since ``idle_since``) or
        past their window (scheduled, window ended), across tenants. Candidates only: the owner
        re-checks each on its live state."""
        idle = InterviewDocument.objects(
            status__in=[InterviewStatus.IN_PROGRESS.value, InterviewStatus.PAUSED.value],
            last_activity_at__lte=idle_since,
        ).only("tenant_id", "interview_id")
        unstarted = InterviewDocument.objects(status=InterviewStatus.SCHEDULED.value, window_end__lte=now).only(
            "tenant_id", "interview_id"
        )
        due = [DueInterview(d.tenant_id, d.interview_id) for d in idle.limit(limit)]
        due.extend(DueInterview(d.tenant_id, d.interview_id) for d in unstarted.limit(limit))
        return due[:limit]


class _ReplaceBatcher:
    """Group commit: updates by id awaited together are written in one ``bulk_write``.

    Runs on the event loop; the write itself runs on a database thread. The latest state of a
    document in a batch wins (its owner awaits each save before the next, so that is the newest).
    """

    def __init__(self, collection: Callable[[], Any]) -> None:
        self._collection = collection
        self._pending: dict[str, _PendingReplace] = {}
        self._writer: asyncio.Task[None] | None = None

    async def replace(self, document_id: str, document: dict[str, Any], owner_epoch: int | None = None) -> _Stored:
        """Set the fields of the stored document (only if it still holds ``owner_epoch``, when given)."""
        stored: asyncio.Future[_Stored] = asyncio.get_running_loop().create_future()
        waiting = self._pending.get(document_id)
        self._pending[document_id] = _PendingReplace(
            document, owner_epoch, [*(waiting.waiting if waiting else []), stored]
        )
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all())
        return await stored

    async def _write_all(self) -> None:
        await asyncio.sleep(0)  # let the saves of this moment join the first batch
        while self._pending:
            batch, self._pending = self._pending, {}
            try:
                outcomes = await _run_off_loop(self._write, batch)
            except BaseException as exc:
                for pending in batch.values():
                    for future in pending.waiting:
                        if not future.done():
                            future.set_exception(exc)
                continue
            for document_id, pending in batch.items():
                for future in pending.waiting:
                    if not future.done():
                        future.set_result(outcomes[document_id])

    def _write(self, batch: dict[str, _PendingReplace]) -> dict[str, _Stored]:
        """Write the batch; what became of each document."""
        collection = self._collection()
        result = collection.bulk_write(
            [UpdateOne(_owner_filter(i, p.owner_epoch), {"$set": p.document}) for i, p in batch.items()],
            ordered=False,
        )
        if result.matched_count == len(batch):
            return dict.fromkeys(batch, _Stored.STORED)
        # Rare: some were erased, or (fenced) claimed by a newer owner. Which ones, by id.
        outcomes = {}
        for document_id, pending in batch.items():
            found = collection.find_one({"_id": document_id}, projection={"owner_epoch": 1})
            if found is None:
                outcomes[document_id] = _Stored.ERASED
            elif pending.owner_epoch is not None and found.get("owner_epoch", 0) != pending.owner_epoch:
                outcomes[document_id] = _Stored.FENCED
            else:
                outcomes[document_id] = _Stored.STORED
        return outcomes


class _Stored(enum.Enum):
    """What became of one save in a batch."""

    STORED = "stored"
    ERASED = "erased"  # no such document any more: nothing written back
    FENCED = "fenced"  # a newer owner claimed it: nothing written


@dataclass
class _PendingReplace:
    document: dict[str, Any]
    owner_epoch: int | None
    waiting: list[asyncio.Future[_Stored]]


def _owner_filter(document_id: str, owner_epoch: int | None) -> dict[str, Any]:
    return {"_id": document_id} if owner_epoch is None else {"_id": document_id, "owner_epoch": owner_epoch}


async def _run_off_loop(call: Callable[..., _T], *args: Any) -> _T:
    return await off_loop(call)(*args)


_T = TypeVar("_T")


def _by_id(tenant_id: str, interview_id: str) -> Interview | None:
    stored = InterviewDocument._get_collection().find_one({"_id": interview_id})
    if stored is None or stored.get("tenant_id") != tenant_id:
        return None  # never stored, another tenant's, or erased
    if SNAPSHOT_FIELD not in stored:
        # Written by a 0.x release before snapshots; there is no deployed data to migrate, and a
        # local database from then is best wiped (infra/down.sh --purge).
        log.warning("interview in an old layout ignored", extra={"interview_id": interview_id})
        return None
    return _from_stored(stored)


def _by_idempotency_key(tenant_id: str, idempotency_key: str) -> Interview | None:
    if not idempotency_key:
        return None
    found = InterviewDocument.objects(tenant_id=tenant_id, idempotency_key=idempotency_key).only("interview_id")
    document = found.first()
    return _by_id(tenant_id, document.interview_id) if document is not None else None


def _stored_form(interview: Interview) -> dict[str, Any]:
    """The document of ``interview``: the snapshot, and the fields queries filter on (all but the
    idempotency key, set once at creation)."""
    state = InterviewState(
        tenant_id=interview.tenant_id, interview_id=interview.interview_id, **_interview_fields(interview)
    ).to_mongo()
    document: dict[str, Any] = {
        "_id": interview.interview_id,
        "tenant_id": interview.tenant_id,
        "candidate_id": interview.candidate_id,
        "status": interview.status.value,
        "last_activity_at": interview.last_activity_at,
        "window_end": interview.window_end,
        "version": interview.version,
        SNAPSHOT_FIELD: Binary(zlib.compress(BSON.encode(state), 1)),
    }
    return document


# The state's BSON, compressed, in one binary field (see InterviewDocument).
SNAPSHOT_FIELD = "snapshot"


def _from_stored(stored: dict[str, Any]) -> Interview:
    state = InterviewState._from_son(BSON(zlib.decompress(stored[SNAPSHOT_FIELD])).decode())
    return _to_interview(state, stored["_id"])


def _question_doc(question: Question) -> QuestionDoc:
    return QuestionDoc(
        question_id=question.question_id,
        text=question.text,
        competency_ids=list(question.competency_ids),
        reason=question.reason,
        follows_up_question_id=question.follows_up_question_id,
        ordinal=question.ordinal,
    )


def _to_question(document: QuestionDoc) -> Question:
    return Question(
        question_id=document.question_id,
        text=document.text,
        competency_ids=tuple(document.competency_ids),
        reason=document.reason,
        follows_up_question_id=document.follows_up_question_id,
        ordinal=document.ordinal,
    )


def _interview_fields(interview: Interview) -> dict[str, Any]:
    """The document fields a save writes: everything but identity, version and the seq counter."""
    return {
        "candidate_id": interview.candidate_id,
        "position_id": interview.position_id,
        "position_title": interview.position_title,
        "employer_name": interview.employer_name,
        "weights": _weight_docs(interview.weights),
        "rubric_version": interview.rubric_version,
        "suggested_minutes_per_answer": interview.time_policy.suggested_minutes_per_answer,
        "hard_limit_minutes": interview.time_policy.hard_limit_minutes,
        "language": interview.language.value,
        "kind": interview.kind.value,
        "status": interview.status.value,
        "plan": [_question_doc(q) for q in interview.plan],
        "questions": [_question_doc(q) for q in interview.questions],
        "answers": [
            AnswerDoc(
                answer_id=a.answer_id,
                question_id=a.question_id,
                text=a.text,
                revision=a.revision,
                submitted_at=a.submitted_at,
                idempotency_key=a.idempotency_key,
                event_id=a.event_id,
                published=a.published,
                flow_advanced=a.flow_advanced,
                next_question_id=a.next_question_id,
                hint_id=a.hint_id,
                hint_kind=a.hint_kind,
                hint_text=a.hint_text,
            )
            for a in interview.answers
        ],
        "current_question_id": interview.current_question_id,
        "all_questions_answered": interview.all_questions_answered,
        "created_at": interview.created_at,
        "started_at": interview.started_at,
        "completed_at": interview.completed_at,
        "completion_event_id": interview.completion_event_id,
        "completion_published": interview.completion_published,
        "window_start": interview.window_start,
        "window_end": interview.window_end,
        "slot_start": interview.slot_start,
        "mode": interview.mode.value,
        "offered_modes": [m.value for m in interview.offered_modes],
        "first_screen": interview.first_screen.value,
        "end_reason": interview.end_reason.value,
        "last_activity_at": interview.last_activity_at,
        "active_seconds": interview.active_seconds,
        "running_since": interview.running_since,
        "extensions": [
            ExtensionDoc(
                extension_id=e.extension_id,
                minutes=e.minutes,
                reason=e.reason,
                granted_by=e.granted_by,
                granted_at=e.granted_at,
            )
            for e in interview.extensions
        ],
        "version": interview.version,
        "applied_commands": list(interview.applied_commands),
    }


def _to_interview(document: InterviewState, interview_id: str) -> Interview:
    return Interview(
        interview_id=interview_id,
        tenant_id=document.tenant_id,
        candidate_id=document.candidate_id,
        position_id=document.position_id,
        position_title=document.position_title,
        employer_name=document.employer_name or "",
        weights=_weights(document.weights),
        rubric_version=document.rubric_version,
        time_policy=TimePolicy(document.suggested_minutes_per_answer, document.hard_limit_minutes),
        language=Language(document.language),
        kind=InterviewKind(document.kind),
        plan=[_to_question(q) for q in document.plan],
        created_at=_utc(document.created_at),
        status=InterviewStatus(document.status),
        questions=[_to_question(q) for q in document.questions],
        answers=[
            Answer(
                answer_id=a.answer_id,
                question_id=a.question_id,
                text=a.text,
                revision=a.revision,
                submitted_at=_utc(a.submitted_at),
                idempotency_key=a.idempotency_key,
                event_id=a.event_id,
                published=a.published,
                flow_advanced=a.flow_advanced,
                next_question_id=a.next_question_id,
                hint_id=a.hint_id,
                hint_kind=a.hint_kind,
                hint_text=a.hint_text,
            )
            for a in document.answers
        ],
        current_question_id=document.current_question_id,
        all_questions_answered=document.all_questions_answered,
        started_at=_optional_utc(document.started_at),
        completed_at=_optional_utc(document.completed_at),
        completion_event_id=document.completion_event_id,
        completion_published=document.completion_published,
        window_start=_optional_utc(document.window_start),
        window_end=_optional_utc(document.window_end),
        slot_start=_optional_utc(document.slot_start),
        mode=InterviewMode(document.mode or InterviewMode.TEXT.value),
        offered_modes=tuple(InterviewMode(m) for m in document.offered_modes),
        first_screen=FirstScreen(document.first_screen or FirstScreen.AI.value),
        end_reason=EndReason(document.end_reason or ""),
        last_activity_at=_optional_utc(document.last_activity_at),
        active_seconds=float(document.active_seconds or 0.0),
        running_since=_optional_utc(document.running_since),
        extensions=[
            Extension(e.extension_id, e.minutes, e.reason, e.granted_by, _utc(e.granted_at))
            for e in document.extensions
        ],
        version=document.version,
        applied_commands=list(document.applied_commands or ()),
    )


# Claiming a seq can lose to another writer; each loss means that writer stored an item, so a
# handful of attempts is plenty (two writers per interview at most: the API and the worker).
MAX_SEQ_CLAIMS = 20
# Interviews whose last seq this process remembers (a bound, not a tuning knob).
MAX_CACHED_TIMELINES = 10_000


def _item_id(tenant_id: str, interview_id: str, seq: int) -> str:
    return key_id(tenant_id, interview_id, seq)


class MongoTimelineRepository:
    """Timeline items keyed by ``<tenant>/<interview>/<seq>``, written and read by id.

    FerretDB v1 scans (and decodes) the whole collection for any filter but ``{_id: ...}``, and the
    stream reads the timeline on every wake-up, so every read of the hot path is a lookup by id:
    the next seq, then the one after, until one is missing.
    """

    def __init__(self) -> None:
        # The highest seq this process stored or saw per interview: where the next claim starts.
        # Only a starting guess; a stale one costs a lost claim, never a wrong seq. Used by concurrent
        # database threads, hence the lock (held for no I/O).
        self._last_seq: dict[tuple[str, str], int] = {}
        self._last_seq_lock = threading.Lock()

    @off_loop
    def append(
        self, tenant_id: str, interview_id: str, item: TimelineItem, *, dedup_key: str, occurred_at: datetime
    ) -> int:
        """Store ``item`` at the next free seq, claimed by inserting it under its id.

        The interview's owner is the only writer, so the insert wins but for a redelivery, which
        the item at that seq explains: the same dedup key is this very item (done); another key
        means this process's idea of the last seq was behind (try the next one); no item there
        means the dedup index refused it, the item being stored already at another seq (looked up,
        the one field query, on a redelivery only).
        """
        key = (tenant_id, interview_id)
        for _ in range(MAX_SEQ_CLAIMS):
            seq = self._next_seq(tenant_id, interview_id)
            update = wire.timeline_update(seq, interview_id, occurred_at, item)
            document = TimelineItemDocument(
                item_id=_item_id(tenant_id, interview_id, seq),
                tenant_id=tenant_id,
                interview_id=interview_id,
                seq=seq,
                dedup_key=dedup_key,
                item=update.SerializeToString(),
                occurred_at=occurred_at,
                answer_submitted_at=item.answer_submitted_at if isinstance(item, HintShown) else None,
            )
            if insert_if_new(document):
                self._remember(key, seq)
                return seq
            taken = _item_at(tenant_id, interview_id, seq)
            if taken is None:
                existing = self._find(tenant_id, interview_id, dedup_key)
                if existing is not None:
                    return existing
                raise Unavailable(f"the timeline of interview {interview_id!r} refused an item; retry")
            if taken.dedup_key == dedup_key:
                return seq  # another writer stored this very item
            self._remember(key, seq)  # another item took this seq
        raise Unavailable(f"the timeline of interview {interview_id!r} is being written concurrently; retry")

    def _next_seq(self, tenant_id: str, interview_id: str) -> int:
        with self._last_seq_lock:
            last = self._last_seq.get((tenant_id, interview_id))
        if last is None:
            last = _last_stored_seq(tenant_id, interview_id)
        return last + 1

    def _remember(self, key: tuple[str, str], seq: int) -> None:
        with self._last_seq_lock:
            if key not in self._last_seq and len(self._last_seq) >= MAX_CACHED_TIMELINES:
                self._last_seq.pop(next(iter(self._last_seq)))
            self._last_seq[key] = max(seq, self._last_seq.get(key, 0))

    @staticmethod
    def _find(tenant_id: str, interview_id: str, dedup_key: str) -> int | None:
        document = (
            TimelineItemDocument.objects(tenant_id=tenant_id, interview_id=interview_id, dedup_key=dedup_key)
            .only("seq")
            .first()
        )
        return int(document.seq) if document is not None else None

    @off_loop
    def read_after(
        self,
        tenant_id: str,
        interview_id: str,
        after_seq: int,
        limit: int,
        *,
        known_last: int = 0,
        look_past_known: bool = True,
    ) -> list[TimelineRecord]:
        records: list[TimelineRecord] = []
        seq = after_seq + 1
        while len(records) < limit:
            if seq > known_last and not look_past_known:
                break  # woken by an announcement: what follows comes with its own
            document = _item_at(tenant_id, interview_id, seq)
            if document is None and seq >= known_last:
                break  # the end (or a gap no announcement has passed yet)
            if document is not None:
                records.append(_to_record(document))
            seq += 1
        if records:
            self._remember((tenant_id, interview_id), records[-1].seq)
        return records


def _item_at(tenant_id: str, interview_id: str, seq: int) -> TimelineItemDocument | None:
    return TimelineItemDocument.objects(item_id=_item_id(tenant_id, interview_id, seq)).first()


def _last_stored_seq(tenant_id: str, interview_id: str) -> int:
    """The highest seq stored, found by lookups by id: doubling, then halving (about 2 log2 n reads).

    Seqs run without gaps but for a moment (a claim is the insert itself), so the search is exact
    in practice; were it to stop short of a gap, the claim would lose and move on.
    """
    if _item_at(tenant_id, interview_id, 1) is None:
        return 0
    low, high = 1, 2  # low exists; is high there?
    while _item_at(tenant_id, interview_id, high) is not None:
        low, high = high, high * 2
    while high - low > 1:  # low exists, high does not
        middle = (low + high) // 2
        if _item_at(tenant_id, interview_id, middle) is not None:
            low = middle
        else:
            high = middle
    return low


def _to_record(document: TimelineItemDocument) -> TimelineRecord:
    return TimelineRecord(
        seq=int(document.seq),
        occurred_at=_utc(document.occurred_at),
        update=question_gen_pb2.InterviewUpdate.FromString(document.item),
        answer_submitted_at=_optional_utc(document.answer_submitted_at),
    )


class MongoCandidateRequestRepository:
    @off_loop
    def add(self, request: CandidateRequest) -> tuple[CandidateRequest, bool]:
        """Store ``request``; when the interview has a request of its kind, return that one instead."""
        document = CandidateRequestDocument(
            tenant_id=request.tenant_id,
            request_id=request.request_id,
            interview_id=request.interview_id,
            candidate_id=request.candidate_id,
            position_id=request.position_id,
            kind=request.kind.value,
            reason=request.reason.value,
            note=request.note,
            language=request.language.value,
            created_at=request.created_at,
            event_id=request.event_id,
            published=request.published,
        )
        return insert_or_find(
            document, request, lambda: _request_of_kind(request.tenant_id, request.interview_id, request.kind)
        )

    @off_loop
    def find(self, tenant_id: str, interview_id: str, kind: RequestKind) -> CandidateRequest | None:
        return _request_of_kind(tenant_id, interview_id, kind)

    @off_loop
    def mark_published(self, tenant_id: str, request_id: str) -> None:
        # A lost race here only re-publishes with the same event id on a retry: harmless.
        CandidateRequestDocument.objects(tenant_id=tenant_id, request_id=request_id).update_one(set__published=True)

    @off_loop
    def list(
        self,
        tenant_id: str,
        kinds: Iterable[RequestKind],
        *,
        before: tuple[datetime, str] | None,
        limit: int,
        interview_id: str = "",
    ) -> list[CandidateRequest]:
        """Newest first; ``before`` is the (created_at, request_id) of the last one of the previous page."""
        query = CandidateRequestDocument.objects(tenant_id=tenant_id, kind__in=[k.value for k in kinds])
        if interview_id:
            query = query.filter(interview_id=interview_id)
        if before is not None:
            created_at, request_id = before
            query = query.filter(
                mongoengine.Q(created_at__lt=created_at)
                | mongoengine.Q(created_at=created_at, request_id__lt=request_id)
            )
        return [_to_request(d) for d in query.order_by("-created_at", "-request_id").limit(limit)]


def _request_of_kind(tenant_id: str, interview_id: str, kind: RequestKind) -> CandidateRequest | None:
    return first_as(
        CandidateRequestDocument.objects(tenant_id=tenant_id, interview_id=interview_id, kind=kind.value),
        _to_request,
    )


def _to_request(document: CandidateRequestDocument) -> CandidateRequest:
    return CandidateRequest(
        request_id=document.request_id,
        tenant_id=document.tenant_id,
        interview_id=document.interview_id,
        candidate_id=document.candidate_id,
        position_id=document.position_id,
        kind=RequestKind(document.kind),
        reason=RequestReason(document.reason),
        note=document.note,
        language=Language(document.language),
        created_at=_utc(document.created_at),
        event_id=document.event_id,
        published=document.published,
    )


class MongoCandidateErasure:
    """Deletes an erased candidate's interviews (with their questions and answers), interview
    revisions, timelines, hints and requests."""

    @off_loop
    def erase_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Iterable[str]) -> int:
        """Returns how many records were deleted; repeating it deletes nothing more.

        Interviews carry the candidate id; their timelines and hints are found through them, and
        through ``interview_ids`` (profile's history), minus any interview of another candidate.
        """
        interviews = InterviewDocument.objects(tenant_id=tenant_id)
        ids = _candidate_interview_ids(tenant_id, candidate_id, interview_ids)
        removed = 0
        removed += int(TimelineItemDocument.objects(tenant_id=tenant_id, interview_id__in=ids).delete())
        removed += int(CandidateRequestDocument.objects(tenant_id=tenant_id, candidate_id=candidate_id).delete())
        # Last: until the interviews are gone, a retry after a crash still finds their ids here.
        removed += int(interviews.filter(candidate_id=candidate_id).delete())
        return removed


def _candidate_interview_ids(tenant_id: str, candidate_id: str, interview_ids: Iterable[str]) -> list[str]:
    """The candidate's interviews: those stored with their id, and those of ``interview_ids`` (profile's
    history) that no stored interview gives to someone else."""
    interviews = InterviewDocument.objects(tenant_id=tenant_id)
    own = {str(i) for i in interviews.filter(candidate_id=candidate_id).scalar("interview_id")}
    named = set(interview_ids) - own
    if named:
        named -= {str(i) for i in interviews.filter(interview_id__in=list(named)).scalar("interview_id")}
    return sorted(own | named)


def _snapshot_as_document(raw: bytes) -> dict[str, Any]:
    return dict(BSON(zlib.decompress(raw)).decode())


class MongoCandidateExport:
    """Reads what erasure would delete: the candidate's interviews (the snapshot decoded, with every
    question and answer), their timelines and the candidate's requests."""

    _DECODERS: ClassVar[dict[str, BinaryDecoder]] = {
        SNAPSHOT_FIELD: _snapshot_as_document,
        "item": proto_decoder(question_gen_pb2.InterviewUpdate),
    }

    @off_loop
    def export_candidate(self, tenant_id: str, candidate_id: str, interview_ids: Iterable[str]) -> CandidateRecords:
        ids = _candidate_interview_ids(tenant_id, candidate_id, interview_ids)
        sources = {
            InterviewDocument: {"tenant_id": tenant_id, "candidate_id": candidate_id},
            TimelineItemDocument: {"tenant_id": tenant_id, "interview_id": {"$in": ids}},
            CandidateRequestDocument: {"tenant_id": tenant_id, "candidate_id": candidate_id},
        }
        return {
            document._get_collection_name(): raw_records(
                document._get_collection().find(query).sort("_id", 1), self._DECODERS
            )
            for document, query in sources.items()
        }
