"""No lost update on FerretDB v1: concurrent changes of one interview, and of its timeline, all land.

FerretDB v1 applies a version-checked update as read-modify-write, so two writers could both
"win" (benchmarks/ferretdb_cas_probe.py). question-gen commits by inserting under unique indexes
instead; these tests race real writers on the shared FerretDB and count every change. The writers
are coroutines of one event loop, as in the service: each repository call runs on its own database
thread (``off_loop``), so their round trips, and the repositories' caches, really overlap.
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
from wendu.core.errors import Unavailable
from wendu.core.topics import ANSWER_SUBMITTED, SCORE_READY
from wendu.question_gen import wire
from wendu.question_gen.adapters import repositories
from wendu.question_gen.adapters.documents import InterviewRevisionDocument, TimelineItemDocument
from wendu.question_gen.adapters.repositories import MongoInterviewRepository, MongoTimelineRepository
from wendu.question_gen.domain.interviews import Interview, InterviewKind, InterviewStatus, Question
from wendu.question_gen.domain.language import Language
from wendu.question_gen.domain.positions import CompetencyWeight, TimePolicy
from wendu.question_gen.domain.timeline import StatusChanged
from wendu.question_gen.handlers.interview_store import change_interview
from wendu.question_gen.handlers.ports import ConcurrentUpdate
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


class CountingRepository(MongoInterviewRepository):
    """The real repository, counting the commits it refused because another writer won."""

    def __init__(self) -> None:
        super().__init__()
        self.conflicts = 0

    async def save(self, interview: Interview) -> None:
        try:
            await super().save(interview)
        except ConcurrentUpdate:
            self.conflicts += 1
            raise


async def test_concurrent_changes_of_one_interview_are_all_kept(qg):
    interviews = CountingRepository()
    interview = await stored_interview(qg.tenant_id)
    start = asyncio.Barrier(WRITERS)
    retries = [0]

    async def writer(tag: int) -> int:
        await start.wait()
        applied = 0
        for index in range(CHANGES_PER_WRITER):
            while True:
                try:
                    await change_interview(
                        interviews,
                        qg.tenant_id,
                        interview.interview_id,
                        lambda iv, index=index: iv.grant_extension(
                            extension_id=f"w{tag}-{index}",
                            minutes=1,
                            reason="race",
                            granted_by="t",
                            now=datetime.now(UTC),
                        ),
                    )
                except Unavailable:
                    retries[0] += 1  # contended five times in a row: the caller retries, nothing is lost
                    continue
                applied += 1
                break
        return applied

    reported = sum(await asyncio.gather(*(writer(tag) for tag in range(WRITERS))))

    final = await interviews.get(qg.tenant_id, interview.interview_id)
    assert final is not None
    ids = [e.extension_id for e in final.extensions]
    assert reported == WRITERS * CHANGES_PER_WRITER
    # Every reported change is in the stored state, once; the version counts every commit.
    assert sorted(ids) == sorted(f"w{t}-{i}" for t in range(WRITERS) for i in range(CHANGES_PER_WRITER))
    assert final.version == reported
    # The writers did collide (else this proves nothing): each collision was refused, not lost.
    assert interviews.conflicts > 0
    # The queryable copy catches up with the latest revision.
    await interviews.save(final)
    copy = await interviews.find_by_idempotency_key(qg.tenant_id, interview.interview_id)
    assert copy is not None and len(copy.extensions) == reported


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
    real_copy: Callable[[str, str], object] = repositories._copy

    def gated_copy(tenant_id: str, interview_id: str):  # type: ignore[no-untyped-def]
        if interview_id == interview.interview_id:  # the in-process service's own lookups pass
            # (released by the loop in time, ran on a thread other than the loop's)
            waited.append((released.wait(timeout=10), threading.current_thread() is not loop_thread))
        return real_copy(tenant_id, interview_id)

    loop_thread = threading.current_thread()
    monkeypatch.setattr(repositories, "_copy", gated_copy)
    # A fresh repository knows no version yet, so it looks the interview up through the copy.
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


async def test_changes_from_two_processes_with_their_own_memory_are_all_kept(qg):
    """The API and the stream worker each remember the interview; neither memory may hide a change."""
    api, worker = CountingRepository(), CountingRepository()
    interview = await stored_interview(qg.tenant_id)
    start = asyncio.Barrier(2)

    async def writer(interviews: CountingRepository, tag: str) -> None:
        await start.wait()
        for index in range(CHANGES_PER_WRITER):
            while True:
                try:
                    await change_interview(
                        interviews,
                        qg.tenant_id,
                        interview.interview_id,
                        lambda iv, index=index: iv.grant_extension(
                            extension_id=f"{tag}-{index}",
                            minutes=1,
                            reason="race",
                            granted_by="t",
                            now=datetime.now(UTC),
                        ),
                    )
                except Unavailable:
                    continue
                break

    await asyncio.gather(writer(api, "api"), writer(worker, "worker"))

    expected = sorted(f"{tag}-{i}" for tag in ("api", "worker") for i in range(CHANGES_PER_WRITER))
    for interviews in (api, worker, MongoInterviewRepository()):  # each memory, and a fresh process
        final = await interviews.get(qg.tenant_id, interview.interview_id)
        assert final is not None
        assert sorted(e.extension_id for e in final.extensions) == expected
        assert final.version == len(expected)
    assert api.conflicts + worker.conflicts > 0

    # Old revisions are pruned (in batches, by a background thread), never the latest few.
    def kept() -> list[int]:
        return list(InterviewRevisionDocument.objects(interview_id=interview.interview_id).scalar("version"))

    for _ in range(50):
        if len(kept()) < repositories.KEPT_REVISIONS + repositories.PRUNE_EVERY:
            break
        await asyncio.sleep(0.1)
    assert len(expected) in kept()
    assert repositories.KEPT_REVISIONS <= len(kept()) < repositories.KEPT_REVISIONS + repositories.PRUNE_EVERY


async def test_the_hot_path_reads_interviews_and_timelines_by_id_only(qg):
    """FerretDB v1 decodes the whole collection for any filter but ``{_id: ...}``: an answer's reads
    and writes of the interview and its timeline, from two processes, never send another filter."""
    api, worker = MongoInterviewRepository(), MongoInterviewRepository()
    api_timeline, worker_timeline = MongoTimelineRepository(), MongoTimelineRepository()
    interview = await stored_interview(qg.tenant_id)
    iid, now = interview.interview_id, datetime.now(UTC)
    await api_timeline.append(
        qg.tenant_id, iid, StatusChanged(InterviewStatus.IN_PROGRESS), dedup_key="s", occurred_at=now
    )

    def extend(tag: str) -> Callable[[Interview], None]:
        return lambda iv: iv.grant_extension(
            extension_id=tag, minutes=1, reason="r", granted_by="t", now=datetime.now(UTC)
        )

    with recorded_commands(database=qg.settings.mongo_db) as log:
        for turn in range(3):
            # The API records an answer, the worker moves on after its score, both post to the timeline;
            # the stream reads what is new (the worker's timeline starts cold, as after a restart).
            await change_interview(api, qg.tenant_id, iid, extend(f"answer-{turn}"))
            await change_interview(worker, qg.tenant_id, iid, extend(f"score-{turn}"))
            await worker_timeline.append(
                qg.tenant_id, iid, StatusChanged(InterviewStatus.IN_PROGRESS), dedup_key=f"w{turn}", occurred_at=now
            )
            await api_timeline.append(
                qg.tenant_id, iid, StatusChanged(InterviewStatus.PAUSED), dedup_key=f"a{turn}", occurred_at=now
            )
            assert await api.get(qg.tenant_id, iid) is not None
        records = await api_timeline.read_after(qg.tenant_id, iid, 0, 100)

    assert [r.seq for r in records] == list(range(1, 8))
    # (The service under test runs in this process too: its own work, other tenants', is left out.)
    # (The queryable copy's id is the interview id alone.)
    ours = [c for c in log.commands if c.about(qg.tenant_id) or (c.filter or {}).get("_id") == iid]
    assert {"question_gen_interviews", "question_gen_interview_revisions", "question_gen_timeline"} <= {
        c.collection for c in ours
    }
    assert log.scans(tenant_id=qg.tenant_id) == []
    assert [c for c in ours if c.scans] == []
    # Remembering the interview pays: far fewer reads than the walk from the copy each time would take.
    reads = [c for c in ours if c.name == "find"]
    assert len(reads) <= 3 * 9 + 8, [(c.collection, c.filter) for c in reads]


async def test_revisions_are_compact_snapshots_and_older_full_revisions_still_read(qg):
    interview = await stored_interview(qg.tenant_id)
    interviews = MongoInterviewRepository()
    await change_interview(
        interviews,
        qg.tenant_id,
        interview.interview_id,
        lambda iv: iv.grant_extension(
            extension_id="snap", minutes=1, reason="r", granted_by="t", now=datetime.now(UTC)
        ),
    )
    collection = InterviewRevisionDocument._get_collection()
    stored = collection.find_one({"_id": f"{qg.tenant_id}/{interview.interview_id}/1"})
    assert stored is not None and set(stored) == {
        "_id",
        "tenant_id",
        "interview_id",
        "candidate_id",
        "version",
        repositories.SNAPSHOT_FIELD,
    }
    # A revision written before snapshots (the state's fields themselves) is read all the same.
    latest = await interviews.get(qg.tenant_id, interview.interview_id)
    assert latest is not None
    latest.grant_extension(extension_id="full", minutes=2, reason="r", granted_by="t", now=datetime.now(UTC))
    repositories._revision(latest, latest.version + 1).save(force_insert=True)

    read = await MongoInterviewRepository().get(qg.tenant_id, interview.interview_id)
    assert read is not None and read.version == 2
    assert [e.extension_id for e in read.extensions] == ["snap", "full"]


async def test_an_item_stored_before_timeline_ids_holds_its_seq_and_the_next_append_steps_past_it(qg):
    interview_id, now = uuid.uuid4().hex, datetime.now(UTC)
    older = wire.timeline_update(1, interview_id, now, StatusChanged(InterviewStatus.IN_PROGRESS))
    TimelineItemDocument._get_collection().insert_one(
        {
            "tenant_id": qg.tenant_id,
            "interview_id": interview_id,
            "seq": 1,
            "dedup_key": "status:started",
            "item": older.SerializeToString(),
            "occurred_at": now,
        }
    )

    seq = await MongoTimelineRepository().append(
        qg.tenant_id, interview_id, StatusChanged(InterviewStatus.PAUSED), dedup_key="status:1", occurred_at=now
    )

    assert seq == 2
