"""The owner's storage on the real FerretDB: group commits, erasure, reads by id, and no lost answer.

Only an interview's owner writes it, so a save is a plain update by id; saves awaited at the same
moment share one ``bulk_write``. The timeline still takes writers racing (a replayed score posts
again), claimed by inserts under unique indexes. Repository calls run on database threads
(``off_loop``), so their round trips really overlap.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import grpc
import pytest
from support.kafka import TopicReader
from support.mongo_commands import recorded_commands
from wendu.core.codec import new_meta
from wendu.core.errors import NotFound
from wendu.core.mongo import key_id
from wendu.core.topics import ANSWER_SUBMITTED, INTERVIEW_COMMANDS, SCORE_READY
from wendu.core.vocabulary import Language
from wendu.question_gen.adapters import repositories
from wendu.question_gen.adapters.documents import InterviewDocument
from wendu.question_gen.adapters.repositories import MongoInterviewRepository, MongoTimelineRepository
from wendu.question_gen.domain.interviews import Interview, InterviewKind, InterviewStatus, Question
from wendu.question_gen.domain.positions import CompetencyWeight, TimePolicy
from wendu.question_gen.domain.timeline import StatusChanged
from wendu.question_gen.handlers.ports import OwnerFenced
from wendu.v1 import common_pb2, events_pb2, question_gen_pb2

pytestmark = pytest.mark.integration

WRITERS = 3
CHANGES_PER_WRITER = 20
FULL_STAR = [
    common_pb2.STAR_PART_SITUATION,
    common_pb2.STAR_PART_TASK,
    common_pb2.STAR_PART_ACTION,
    common_pb2.STAR_PART_RESULT,
]


async def stored_interview(tenant_id: str) -> Interview:
    now = datetime.now(UTC)
    interview = Interview(
        interview_id=uuid.uuid4().hex,
        tenant_id=tenant_id,
        candidate_id="cand-race",
        position_id="p-race",
        position_title="Race",
        weights=(CompetencyWeight("communication", 100),),
        rubric_version="r1",
        time_policy=TimePolicy(hard_limit_minutes=30),
        language=Language.EN,
        kind=InterviewKind.SELECTION,
        plan=[Question("q1", "First?", ("communication",), "test")],
        created_at=now,
        window_start=now,
        window_end=now.replace(year=now.year + 1),
    )
    await MongoInterviewRepository().add(interview, "")
    return interview


async def test_concurrent_timeline_appends_get_distinct_gap_free_seqs(qg):
    timeline = MongoTimelineRepository()
    interview_id = uuid.uuid4().hex
    start = asyncio.Barrier(WRITERS)
    now = datetime.now(UTC)

    async def writer(tag: int) -> list[int]:
        await start.wait()
        seqs = []
        for index in range(CHANGES_PER_WRITER):
            # Every writer also posts the shared items, as a redelivery would: each is stored once.
            key = f"shared-{index}" if index % 3 == 0 else f"w{tag}-{index}"
            item = StatusChanged(status=InterviewStatus.IN_PROGRESS)
            seqs.append(await timeline.append(qg.tenant_id, interview_id, item, dedup_key=key, occurred_at=now))
        return seqs

    results = await asyncio.gather(*(writer(tag) for tag in range(WRITERS)))

    stored = await timeline.read_after(qg.tenant_id, interview_id, 0, 1000)
    shared = len(range(0, CHANGES_PER_WRITER, 3))
    distinct = shared + WRITERS * (CHANGES_PER_WRITER - shared)
    assert [r.seq for r in stored] == list(range(1, distinct + 1))
    # Each writer got back the seq its item is stored at (the shared ones: the same seq for all).
    returned = {seq for seqs in results for seq in seqs}
    assert returned == set(range(1, distinct + 1))
    for index in range(0, CHANGES_PER_WRITER, 3):
        assert len({seqs[index] for seqs in results}) == 1


async def test_a_database_call_runs_off_the_event_loop(qg, monkeypatch):
    """While a repository call waits on the database the loop goes on: here the call's lookup only
    proceeds once the loop has run again and released it (on the loop itself it would wait in vain)."""
    interview = await stored_interview(qg.tenant_id)
    released = threading.Event()
    waited: list[tuple[bool, bool]] = []
    real_by_id: Callable[[str, str], object] = repositories._by_id

    def gated_by_id(tenant_id: str, interview_id: str):  # type: ignore[no-untyped-def]
        if interview_id == interview.interview_id:  # the in-process service's own lookups pass
            # (released by the loop in time, ran on a thread other than the loop's)
            waited.append((released.wait(timeout=10), threading.current_thread() is not loop_thread))
        return real_by_id(tenant_id, interview_id)

    loop_thread = threading.current_thread()
    monkeypatch.setattr(repositories, "_by_id", gated_by_id)
    loading = asyncio.create_task(MongoInterviewRepository().get(qg.tenant_id, interview.interview_id))
    await asyncio.sleep(0.05)
    assert not loading.done()
    released.set()
    loaded = await asyncio.wait_for(loading, 10)

    assert loaded is not None and loaded.interview_id == interview.interview_id
    assert waited == [(True, True)]


async def test_answers_racing_their_scores_lose_nothing_through_the_api(qg):
    """The load-test symptom (SubmitAnswer NOT_FOUND "question not found") came from the worker's
    next question and the API's "answer published" mark racing on one interview. Here a stand-in
    scorer publishes each ScoreReady the moment the answer reaches Kafka, for many interviews at once."""
    interviews_at_once = 8
    created = []
    for index in range(interviews_at_once):
        created.append(await _created(qg, f"cand-race-{index}"))
    ids = {interview_id for interview_id, _ in created}
    failures: list[str] = []

    async with TopicReader(qg.settings.kafka_bootstrap, ANSWER_SUBMITTED) as answers:

        async def scorer(stop: asyncio.Event) -> None:
            while not stop.is_set():
                for received in await answers.collect(lambda e: e.meta.interview_id in ids, count=1, timeout=0.2):
                    event = received.event
                    await qg.publisher.publish(
                        SCORE_READY,
                        events_pb2.ScoreReady(
                            meta=new_meta(
                                events_pb2.ScoreReady, tenant_id=qg.tenant_id, interview_id=event.meta.interview_id
                            ),
                            answer_id=event.answer_id,
                            question_id=event.question_id,
                            revision=event.revision,
                            star_parts=FULL_STAR,
                            language=common_pb2.LANGUAGE_EN,
                            submitted_at=event.submitted_at,
                            answer_text=event.answer_text,
                        ),
                        key=event.meta.interview_id,
                    )

        async def candidate(interview_id: str, metadata) -> int:
            answered = 0
            interview = await qg.interviews.StartInterview(
                question_gen_pb2.InterviewRef(interview_id=interview_id), metadata=metadata
            )
            while not interview.all_questions_answered:
                if interview.current_question_id:
                    try:
                        await qg.interviews.SubmitAnswer(
                            question_gen_pb2.SubmitAnswerRequest(
                                interview_id=interview_id,
                                question_id=interview.current_question_id,
                                text=f"In my last role I cut the build time by {30 + answered}% within a month.",
                                idempotency_key=f"{interview_id}-{answered}",
                            ),
                            metadata=metadata,
                        )
                    except grpc.aio.AioRpcError as exc:  # counted: the test asserts there is none
                        failures.append(f"{interview_id}: {exc}")
                        return answered
                    answered += 1
                async with asyncio.timeout(60):
                    while True:
                        interview = await qg.interviews.GetInterview(
                            question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=metadata
                        )
                        if interview.current_question_id or interview.all_questions_answered:
                            break
                        await asyncio.sleep(0.25)
            return answered

        stop = asyncio.Event()
        scoring = asyncio.create_task(scorer(stop))
        try:
            answered = await asyncio.gather(*(candidate(i, m) for i, m in created))
        finally:
            stop.set()
            await scoring

    assert failures == []
    for (interview_id, metadata), count in zip(created, answered, strict=True):
        final = await qg.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=interview_id), metadata=metadata
        )
        # Every answer kept, every planned question asked, once each.
        assert count == len(final.questions) == len(final.answers) >= 2
        assert len({q.question_id for q in final.questions}) == len(final.questions)


async def _created(qg, candidate_id: str):
    created = await qg.create_interview(candidate_id)
    return created.interview.interview_id, qg.as_candidate(created.candidate_token)


def _about_interview(query: dict | None, tenant_id: str, interview_id: str) -> bool:
    if query is None:
        return False
    key = str(query.get("_id", ""))
    return (
        key == interview_id
        or key.startswith(key_id(tenant_id, interview_id) + "/")
        or query.get("interview_id") == interview_id
    )


def extend(tag: str) -> Callable[[Interview], None]:
    return lambda iv: iv.grant_extension(extension_id=tag, minutes=1, reason="r", granted_by="t", now=datetime.now(UTC))


async def test_saves_awaited_together_are_one_write_and_all_land(qg):
    store = MongoInterviewRepository()
    interviews = [await stored_interview(qg.tenant_id) for _ in range(6)]
    for interview in interviews:
        extend(f"x-{interview.interview_id}")(interview)

    with recorded_commands(database=qg.settings.mongo_db) as log:
        await asyncio.gather(*(store.save(interview) for interview in interviews))

    ids = {interview.interview_id for interview in interviews}
    writes = [c for c in log.on("question_gen_interviews") if c.name == "update"]
    ours = [c for c in writes if (c.filter or {}).get("_id") in ids]
    assert len(ours) == len(ids)  # a statement each
    assert len({c.request_id for c in ours}) == 1, [(c.request_id, c.filter) for c in writes]  # one round trip
    for interview in interviews:
        stored = await store.get(qg.tenant_id, interview.interview_id)
        assert stored is not None and stored.version == 1
        assert [e.extension_id for e in stored.extensions] == [f"x-{interview.interview_id}"]


async def test_successive_saves_keep_the_latest_state_and_version(qg):
    store = MongoInterviewRepository()
    interview = await stored_interview(qg.tenant_id)
    for turn in range(5):
        extend(f"turn-{turn}")(interview)
        await store.save(interview)

    stored = await MongoInterviewRepository().get(qg.tenant_id, interview.interview_id)
    assert stored is not None and stored.version == interview.version == 5
    assert [e.extension_id for e in stored.extensions] == [f"turn-{t}" for t in range(5)]
    # Another tenant cannot read it, even by id.
    assert await store.get("another-tenant", interview.interview_id) is None


async def test_an_erased_interview_is_not_written_back_by_an_owner_that_held_it(qg):
    store = MongoInterviewRepository()
    interview = await stored_interview(qg.tenant_id)
    InterviewDocument._get_collection().delete_one({"_id": interview.interview_id})
    extend("late")(interview)

    with pytest.raises(NotFound):
        await store.save(interview)

    assert interview.version == 0  # the change was not stored
    assert InterviewDocument._get_collection().find_one({"_id": interview.interview_id}) is None


async def test_the_owner_store_reads_and_writes_interviews_and_timelines_by_id_only(qg):
    """FerretDB v1 decodes the whole collection for any filter but ``{_id: ...}``: an owner's
    recovery read, its saves, its timeline posts and a stream's reads never send another filter."""
    store, timeline = MongoInterviewRepository(), MongoTimelineRepository()
    interview = await stored_interview(qg.tenant_id)
    iid, now = interview.interview_id, datetime.now(UTC)

    with recorded_commands(database=qg.settings.mongo_db) as log:
        owned = await store.get(qg.tenant_id, iid)
        assert owned is not None
        for turn in range(3):
            extend(f"answer-{turn}")(owned)
            await store.save(owned)
            await timeline.append(
                qg.tenant_id, iid, StatusChanged(InterviewStatus.IN_PROGRESS), dedup_key=f"w{turn}", occurred_at=now
            )
        records = await timeline.read_after(qg.tenant_id, iid, 0, 100)

    assert [r.seq for r in records] == [1, 2, 3]
    # (The in-process service works for this tenant too, on other interviews: only this one's commands.)
    ours = [c for c in log.commands if _about_interview(c.filter, qg.tenant_id, iid)]
    assert {"question_gen_interviews", "question_gen_timeline"} <= {c.collection for c in ours}
    assert [c for c in ours if c.scans] == []
    # One read to recover, one write per change: nothing else touches the interview.
    on_interview = [c.name for c in ours if c.collection == "question_gen_interviews"]
    assert on_interview == ["find", "update", "update", "update"], [(c.name, c.collection, c.filter) for c in ours]


async def test_two_hundred_concurrent_duplicates_are_one_command_one_answer_and_no_write(qg):
    """Duplicates cost nothing: calls with one idempotency key share one command to the owner, and a
    retry after it is answered from memory; a retry the owner sees again is answered without a write."""
    interview_id, metadata = await _created(qg, "cand-duplicates")
    interview = await qg.interviews.StartInterview(
        question_gen_pb2.InterviewRef(interview_id=interview_id), metadata=metadata
    )
    request = question_gen_pb2.SubmitAnswerRequest(
        interview_id=interview_id,
        question_id=interview.current_question_id,
        text="I rebuilt our release pipeline and cut deploys from 2 hours to 15 minutes.",
        idempotency_key="same-key",
    )

    async with (
        TopicReader(qg.settings.kafka_bootstrap, INTERVIEW_COMMANDS) as commands,
        TopicReader(qg.settings.kafka_bootstrap, ANSWER_SUBMITTED) as answers,
    ):
        with recorded_commands(database=qg.settings.mongo_db) as log:
            responses = await asyncio.gather(
                *(qg.interviews.SubmitAnswer(request, metadata=metadata) for _ in range(200))
            )
            later = await qg.interviews.SubmitAnswer(request, metadata=metadata)
        sent = await commands.collect(lambda e: e.meta.interview_id == interview_id, count=2, timeout=2)
        published = await answers.collect(lambda e: e.meta.interview_id == interview_id, count=2, timeout=2)

    assert len({r.answer.answer_id for r in [*responses, later]}) == 1
    assert sum(not r.duplicate for r in responses) == 1 and later.duplicate
    assert len(sent) == 1  # one command for 201 calls
    assert len(published) == 1
    writes = [
        c
        for c in log.on("question_gen_interviews")
        if c.name == "update" and (c.filter or {}).get("_id") == interview_id
    ]
    assert len(writes) == 1  # the answer, stored once


async def test_with_fencing_a_save_by_an_owner_whose_interview_a_newer_owner_claimed_writes_nothing(qg):
    """MongoDB's guarantee, run here on FerretDB one step at a time (its find-and-modify is not
    atomic under races, which this sequence does not need)."""
    store = MongoInterviewRepository(fencing=True)
    interview = await stored_interview(qg.tenant_id)
    old_epoch = await store.next_owner_epoch()
    held_by_old_owner = await store.claim(qg.tenant_id, interview.interview_id, old_epoch)
    assert held_by_old_owner is not None
    new_epoch = await store.next_owner_epoch()
    assert new_epoch > old_epoch
    held_by_new_owner = await store.claim(qg.tenant_id, interview.interview_id, new_epoch)
    assert held_by_new_owner is not None

    extend("from-the-old-owner")(held_by_old_owner)
    with pytest.raises(OwnerFenced):
        await store.save(held_by_old_owner, owner_epoch=old_epoch)
    with pytest.raises(OwnerFenced):  # nor can it claim the interview back
        await store.claim(qg.tenant_id, interview.interview_id, old_epoch)

    extend("from-the-new-owner")(held_by_new_owner)
    await store.save(held_by_new_owner, owner_epoch=new_epoch)
    stored = await store.get(qg.tenant_id, interview.interview_id)
    assert stored is not None and stored.version == 1
    assert [e.extension_id for e in stored.extensions] == ["from-the-new-owner"]
    assert held_by_old_owner.version == 0  # its change was not stored
    # Erased and unknown interviews are still told apart from fenced ones.
    assert await store.claim(qg.tenant_id, "no-such-interview", new_epoch) is None
    assert await store.claim("another-tenant", interview.interview_id, new_epoch) is None


async def test_fencing_is_off_by_default_on_ferretdb_and_costs_no_command_then(qg):
    store = MongoInterviewRepository(fencing=None)  # auto, as WENDU_QUESTION_GEN_OWNER_FENCING=auto
    with recorded_commands(database=qg.settings.mongo_db) as log:
        assert await store.next_owner_epoch() == 0
    assert store.fencing is False  # the server is FerretDB: a filter beyond _id scans the collection
    assert not log.on("question_gen_owner_epochs")
