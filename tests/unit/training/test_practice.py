"""Mock interviews: unlimited retakes through question-gen, results kept per interview, progress the candidate's alone."""

from __future__ import annotations

import pytest
from wendu.core.auth import Principal, Role
from wendu.core.errors import PermissionDenied
from wendu.training.domain.model import Language
from wendu.v1 import common_pb2

CANDIDATE = Principal(
    "acme", frozenset({Role.CANDIDATE}), "candidate:cand-1", interview_id="iv-r-1", candidate_id="cand-1"
)
RECRUITER = Principal("acme", frozenset({Role.RECRUITER}), "recruiter-1")
SERVICE = Principal("acme", frozenset({Role.SERVICE}), "hr-suite")

PRACTICE = common_pb2.INTERVIEW_KIND_PRACTICE


async def test_every_start_is_a_new_attempt_and_a_retried_key_is_the_same_one(training):
    first, token = await training.practice.start(CANDIDATE, "", "pos-1", Language.EN, "")
    second, _ = await training.practice.start(CANDIDATE, "cand-1", "pos-1", Language.EN, "")
    retried, _ = await training.practice.start(SERVICE, "cand-1", "pos-1", Language.EN, "k-1")
    again, _ = await training.practice.start(SERVICE, "cand-1", "pos-1", Language.EN, "k-1")
    assert (first.attempt, second.attempt, retried.attempt) == (1, 2, 3)
    assert again == retried
    assert token == "token-1" and first.candidate_id == "cand-1"
    assert [call[1:4] for call in training.question_gen.calls] == [("cand-1", "pos-1", Language.EN)] * 4


async def test_a_candidate_may_not_practise_for_someone_else(training):
    with pytest.raises(PermissionDenied):
        await training.practice.start(CANDIDATE, "cand-2", "pos-1", Language.EN, "")


async def test_progress_shows_the_change_per_competency_since_the_previous_practice(training, report_generated, ctx):
    first, _ = await training.practice.start(CANDIDATE, "", "pos-1", Language.EN, "")
    second, _ = await training.practice.start(CANDIDATE, "", "pos-1", Language.EN, "")
    before = report_generated("r-1", {"communication": 5.0, "teamwork": 6.5}, weak=["communication"], kind=PRACTICE)
    before.meta.interview_id = first.interview_id
    before.completed_at.FromSeconds(1_700_000_000)
    after = report_generated(
        "r-2", {"communication": 7.2, "teamwork": 6.0, "leadership": 5.0}, weak=["leadership"], kind=PRACTICE
    )
    after.meta.interview_id = second.interview_id
    after.completed_at.FromSeconds(1_700_086_400)
    await training.practice.on_report_generated(after, ctx)
    await training.practice.on_report_generated(before, ctx)
    await training.practice.on_report_generated(before, ctx)

    sessions = await training.practice.progress(CANDIDATE, "cand-1")
    assert [s.result.interview_id for s in sessions] == [first.interview_id, second.interview_id]
    assert sessions[0].changes == ()
    assert {c.competency_id: c.change for c in sessions[1].changes} == {"communication": 2.2, "teamwork": -0.5}
    assert sessions[1].result.position_id == "pos-1"


async def test_selection_reports_are_not_practice_results(training, report_generated, ctx):
    await training.practice.on_report_generated(report_generated("r-1", {"teamwork": 6.0}, weak=[]), ctx)
    assert training.results.rows == {}


async def test_practice_progress_is_never_shown_to_staff(training):
    for staff in (RECRUITER, SERVICE):
        with pytest.raises(PermissionDenied):
            await training.practice.progress(staff, "cand-1")
