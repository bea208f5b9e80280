"""The owner of live interviews (no broker, no database): commands applied once, state kept in memory."""

from __future__ import annotations

import pytest
from wendu.core.codec import new_meta
from wendu.core.errors import FailedPrecondition
from wendu.question_gen.domain.interviews import InterviewStatus
from wendu.question_gen.handlers.interviews import InterviewHandlers
from wendu.question_gen.handlers.owner import InterviewOwner, OwnedInterviews
from wendu.question_gen.handlers.ports import OwnerFenced
from wendu.question_gen.handlers.sweep import LifecycleSweep
from wendu.question_gen.handlers.timeline import TimelineWriter
from wendu.v1 import events_pb2

from .conftest import TENANT, App


class CountingStore:
    """The fake store, counting reads and saves (what the owner costs the database)."""

    def __init__(self, app: App) -> None:
        self._inner = app.interviews
        self.reads = 0
        self.saves = 0

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._inner, name)

    async def get(self, tenant_id: str, interview_id: str):  # type: ignore[no-untyped-def]
        self.reads += 1
        return await self._inner.get(tenant_id, interview_id)

    async def claim(self, tenant_id: str, interview_id: str, owner_epoch: int):  # type: ignore[no-untyped-def]
        self.reads += 1
        return await self._inner.claim(tenant_id, interview_id, owner_epoch)

    async def save(self, interview, *, owner_epoch: int = 0) -> None:  # type: ignore[no-untyped-def]
        self.saves += 1
        await self._inner.save(interview, owner_epoch=owner_epoch)


def owner_of(app: App, store: CountingStore) -> tuple[InterviewOwner, OwnedInterviews]:
    owned = OwnedInterviews(store)  # type: ignore[arg-type]
    writer = TimelineWriter(app.timeline, app.publisher, clock=app.clock)
    handlers = InterviewHandlers(
        interviews=owned,
        positions=app.positions,
        profiles=app.profiles,
        timeline=writer,
        publisher=app.publisher,
        signer=app.signer,
        clock=app.clock,
    )
    sweep = LifecycleSweep(owned, writer, idle_after=app.clock() - app.clock(), interval_seconds=60, clock=app.clock)
    return InterviewOwner(owned, handlers, app.request_handlers, sweep, app.flow, app.publisher, clock=app.clock), owned


def command(interview_id: str, kind: int, command_id: str, **fields: object) -> events_pb2.InterviewCommand:
    return events_pb2.InterviewCommand(
        meta=new_meta(events_pb2.InterviewCommand, tenant_id=TENANT, interview_id=interview_id, event_id=command_id),
        kind=kind,  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )


def replies(app: App) -> list[events_pb2.CommandResult]:
    return [e.result for e in app.publisher.events("interview-updated") if e.HasField("result")]  # type: ignore[attr-defined]


async def test_a_command_delivered_twice_is_applied_once_and_both_deliveries_answer_ok(app):
    created = await app.interview(start=False)
    store = CountingStore(app)
    owner, _ = owner_of(app, store)
    start = command(created.interview_id, events_pb2.INTERVIEW_COMMAND_KIND_START, "c-start")

    await owner.on_command(start, None)  # type: ignore[arg-type]
    await owner.on_command(start, None)  # type: ignore[arg-type]  # the bus delivers it again

    first, second = replies(app)
    assert (first.command_id, first.code) == ("c-start", 0)
    assert (second.command_id, second.code) == ("c-start", 0)  # not "cannot start an interview in progress"
    assert app.timeline.items(created.interview_id) == ["status", "question"]  # posted once
    assert store.saves == 1 and store.reads == 1  # one recovery read, one write


async def test_an_answer_without_a_key_delivered_twice_is_stored_once(app):
    created = await app.interview()
    store = CountingStore(app)
    owner, _ = owner_of(app, store)
    question_id = app.current_question(created.interview_id).question_id
    submit = command(
        created.interview_id,
        events_pb2.INTERVIEW_COMMAND_KIND_SUBMIT_ANSWER,
        "c-answer",
        question_id=question_id,
        text="I led the migration and cut p95 latency by 40%.",
        idempotency_key="command:c-answer",
    )

    await owner.on_command(submit, None)  # type: ignore[arg-type]
    await owner.on_command(submit, None)  # type: ignore[arg-type]

    first, second = replies(app)
    assert first.code == second.code == 0
    assert first.answer_id == second.answer_id and not second.duplicate
    assert len(app.stored(created.interview_id).answers) == 1
    assert len(app.publisher.events("answer-submitted")) == 1


async def test_the_live_state_is_read_once_and_a_refusal_is_answered_with_its_status(app):
    created = await app.interview()
    store = CountingStore(app)
    owner, owned = owner_of(app, store)
    iid = created.interview_id

    for index, kind in enumerate([events_pb2.INTERVIEW_COMMAND_KIND_PAUSE, events_pb2.INTERVIEW_COMMAND_KIND_RESUME]):
        await owner.on_command(command(iid, kind, f"c{index}"), None)  # type: ignore[arg-type]
    await owner.on_command(command(iid, events_pb2.INTERVIEW_COMMAND_KIND_RESUME, "c-again"), None)  # type: ignore[arg-type]

    pause, resume, again = replies(app)
    assert pause.code == resume.code == 0 and resume.version == pause.version + 1
    assert again.code == 9 and "resume" in again.message  # FAILED_PRECONDITION, phrased by the domain
    assert store.reads == 1  # later commands are served from memory
    owned.forget_all()  # a rebalance: the next command recovers from the store
    await owner.on_command(command(iid, events_pb2.INTERVIEW_COMMAND_KIND_PAUSE, "c3"), None)  # type: ignore[arg-type]
    assert store.reads == 2 and replies(app)[-1].code == 0


async def test_a_failed_change_drops_the_half_changed_state_from_memory(app):
    created = await app.interview()
    store = CountingStore(app)
    _, owned = owner_of(app, store)
    iid = created.interview_id
    live = await owned.get(TENANT, iid)
    assert live is not None

    with pytest.raises(FailedPrecondition):
        async with owned.guard(TENANT, iid):
            live.status = live.status  # a change that fails after touching the state
            raise FailedPrecondition("refused")

    again = await owned.get(TENANT, iid)
    assert again is not live and store.reads == 2  # read back from the store


async def test_an_expired_command_is_refused_without_being_applied(app):
    created = await app.interview()
    store = CountingStore(app)
    owner, _ = owner_of(app, store)
    from wendu.core.codec import to_timestamp

    late = command(created.interview_id, events_pb2.INTERVIEW_COMMAND_KIND_PAUSE, "c-late")
    late.deadline.CopyFrom(to_timestamp(app.clock().replace(year=2000)))

    await owner.on_command(late, None)  # type: ignore[arg-type]

    assert replies(app) == []  # the caller gave up at the deadline: nobody waits for a reply
    assert store.saves == 0 and app.stored(created.interview_id).status.value == "in_progress"


async def test_a_retried_answer_with_a_known_key_is_answered_without_a_write(app):
    created = await app.interview()
    store = CountingStore(app)
    owner, _ = owner_of(app, store)
    question_id = app.current_question(created.interview_id).question_id
    fields = {"question_id": question_id, "text": "I cut the build time by half.", "idempotency_key": "k1"}

    for attempt in ("c1", "c2", "c3"):  # the client's retries: new commands, one key
        await owner.on_command(
            command(created.interview_id, events_pb2.INTERVIEW_COMMAND_KIND_SUBMIT_ANSWER, attempt, **fields), None
        )  # type: ignore[arg-type]

    first, *retries = replies(app)
    assert not first.duplicate and all(r.duplicate and r.answer_id == first.answer_id for r in retries)
    assert store.saves == 1


async def test_an_owner_that_lost_the_partition_unnoticed_cannot_write_once_the_next_owner_claimed_it(app):
    created = await app.interview(start=False)
    store = CountingStore(app)
    zombie, _ = owner_of(app, store)  # paused past its session timeout: it still thinks it owns
    next_owner, _ = owner_of(app, store)
    interview_id = created.interview_id
    await zombie.on_command(command(interview_id, events_pb2.INTERVIEW_COMMAND_KIND_START, "c-start"), None)  # type: ignore[arg-type]

    # The partition moved: the next owner's first record claims the interview under a newer epoch.
    await next_owner.on_command(command(interview_id, events_pb2.INTERVIEW_COMMAND_KIND_PAUSE, "c-pause"), None)  # type: ignore[arg-type]
    with pytest.raises(OwnerFenced):  # Unavailable: the bus retries it until the zombie hears of the rebalance
        await zombie.on_command(command(interview_id, events_pb2.INTERVIEW_COMMAND_KIND_WITHDRAW, "c-withdraw"), None)  # type: ignore[arg-type]

    stored = await app.interviews.get(TENANT, interview_id)
    assert stored is not None and stored.status is InterviewStatus.PAUSED  # the zombie's withdrawal wrote nothing
    assert [r.command_id for r in replies(app)] == ["c-start", "c-pause"]  # and answered nothing
    # Its next owner applies the command when it arrives there.
    await next_owner.on_command(command(interview_id, events_pb2.INTERVIEW_COMMAND_KIND_RESUME, "c-resume"), None)  # type: ignore[arg-type]
    resumed = await app.interviews.get(TENANT, interview_id)
    assert resumed is not None and resumed.status is InterviewStatus.IN_PROGRESS


async def test_a_rebalance_takes_a_new_owner_epoch_at_the_next_recovery(app):
    created = await app.interview(start=False)
    store = CountingStore(app)
    owner, owned = owner_of(app, store)
    interview_id = created.interview_id
    await owner.on_command(command(interview_id, events_pb2.INTERVIEW_COMMAND_KIND_START, "c-start"), None)  # type: ignore[arg-type]
    first_epoch = app.interviews.owner_epochs[(TENANT, interview_id)]

    owned.forget_all()  # partitions revoked, then assigned again
    await owner.on_command(command(interview_id, events_pb2.INTERVIEW_COMMAND_KIND_PAUSE, "c-pause"), None)  # type: ignore[arg-type]

    assert app.interviews.owner_epochs[(TENANT, interview_id)] == first_epoch + 1
    assert store.reads == 2  # one recovery (claim) per claim of partitions
