"""The interview repository's memory (no database involved): bounded in time and in size."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from wendu.question_gen.adapters import repositories
from wendu.question_gen.adapters.repositories import MongoInterviewRepository
from wendu.question_gen.domain.interviews import Interview, InterviewKind, Question
from wendu.question_gen.domain.language import Language
from wendu.question_gen.domain.positions import CompetencyWeight, TimePolicy


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def interview(version: int = 0) -> Interview:
    return Interview(
        interview_id=uuid.uuid4().hex,
        tenant_id="t",
        candidate_id="c",
        position_id="p",
        position_title="P",
        weights=(CompetencyWeight("communication", 100),),
        rubric_version="r1",
        time_policy=TimePolicy(),
        language=Language.EN,
        kind=InterviewKind.SELECTION,
        plan=[Question("q1", "First?", ("communication",), "test")],
        created_at=datetime.now(UTC),
        version=version,
    )


async def test_a_remembered_interview_is_served_as_a_copy_until_it_expires():
    clock = Clock()
    memory = MongoInterviewRepository(cache_seconds=10, clock=clock)
    remembered = interview(version=3)
    memory._remember(remembered)

    served = await memory.get_recent("t", remembered.interview_id)
    assert served is not None and served.version == 3 and served is not remembered
    served.version = 99  # the caller's copy; the memory is untouched
    assert memory._recall(("t", remembered.interview_id)).version == 3

    clock.now = 10.5
    assert memory._recall(("t", remembered.interview_id)) is None


def test_the_memory_never_steps_back_and_drops_what_expired():
    clock = Clock()
    memory = MongoInterviewRepository(cache_seconds=10, clock=clock)
    old = [interview() for _ in range(3)]
    for each in old:
        memory._remember(each)
    newer = interview(version=5)
    memory._remember(newer)
    stale = interview(version=4)
    stale.interview_id = newer.interview_id
    memory._remember(stale)  # a slower thread's older read
    assert memory._recall(("t", newer.interview_id)).version == 5

    clock.now = 11
    fresh = interview()
    memory._remember(fresh)

    assert list(memory._known) == [("t", fresh.interview_id)]


def test_the_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(repositories, "MAX_KNOWN_INTERVIEWS", 5)
    memory = MongoInterviewRepository(cache_seconds=10, clock=Clock())
    kept = [interview() for _ in range(8)]
    for each in kept:
        memory._remember(each)

    assert list(memory._known) == [("t", each.interview_id) for each in kept[-5:]]


async def test_a_change_starts_from_a_copy_just_loaded_and_redoes_itself_when_that_copy_was_stale(app, tenant):
    from wendu.question_gen.handlers.interview_store import change_interview, load_interview

    created = await app.interview()
    iid = created.interview_id
    fresh = await load_interview(app.interviews, tenant, iid)
    saves = app.interviews.saves
    _, first = await change_interview(app.interviews, tenant, iid, lambda iv: iv.version, loaded=fresh)
    assert first == fresh.version - 1 and app.interviews.saves == saves + 1  # no reload, one save

    stale = await load_interview(app.interviews, tenant, iid)
    await app.handlers.pause(tenant, iid)  # another change lands meanwhile
    seen: list[int] = []
    saved, _ = await change_interview(app.interviews, tenant, iid, lambda iv: seen.append(iv.version), loaded=stale)
    assert seen == [stale.version, stale.version + 1]  # refused on the stale copy, redone on a fresh one
    assert saved.status.value == "paused"
