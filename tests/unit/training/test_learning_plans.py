"""Learning plans from reports: one per report, weakest competencies first, readable by their candidate."""

from __future__ import annotations

import pytest
from wendu.core import topics
from wendu.core.auth import Principal, Role
from wendu.core.errors import InvalidArgument, NotFound, PermissionDenied
from wendu.training.domain.model import LocalizedText
from wendu.v1 import common_pb2

CANDIDATE = Principal(
    "acme", frozenset({Role.CANDIDATE}), "candidate:cand-1", interview_id="iv-r-1", candidate_id="cand-1"
)
RECRUITER = Principal("acme", frozenset({Role.RECRUITER}), "recruiter-1")


async def test_report_makes_a_plan_for_the_weak_competencies_weakest_first(training, report_generated, ctx):
    event = report_generated(
        "r-1", {"communication": 9.0, "teamwork": 5.0, "data_driven": 3.0}, weak=["teamwork", "data_driven"]
    )
    await training.plans.on_report_generated(event, ctx)

    [(topic, published, key)] = training.publisher.sent
    assert topic == topics.LEARNING_PLAN_UPDATED
    assert key == "cand-1"
    assert published.source_report_id == "r-1"
    assert published.meta.candidate_id == "cand-1"
    assert published.meta.interview_id == "iv-r-1"
    competencies = [c.competency_id for c in published.courses]
    assert competencies == ["data_driven", "data_driven", "teamwork", "teamwork"]
    assert len({c.course_id for c in published.courses}) == 4
    assert all(c.title.zh and c.title.en for c in published.courses)


async def test_replayed_report_republishes_the_same_plan_with_the_same_event_id(training, report_generated, ctx):
    event = report_generated("r-1", {"teamwork": 5.0}, weak=["teamwork"])
    await training.plans.on_report_generated(event, ctx)
    await training.plans.on_report_generated(event, ctx)
    first, second = (e for _, e, _ in training.publisher.sent)
    assert len(training.store.rows) == 1
    assert second.meta.event_id == first.meta.event_id
    assert second.plan_id == first.plan_id


async def test_report_without_candidate_is_rejected_naming_the_field(training, report_generated, ctx):
    with pytest.raises(InvalidArgument, match=r"meta\.candidate_id"):
        await training.plans.on_report_generated(report_generated("r-1", {}, weak=[], candidate_id=""), ctx)
    assert training.publisher.sent == []


async def test_candidate_reads_their_latest_plan(training, report_generated, ctx):
    await training.plans.on_report_generated(report_generated("r-1", {"teamwork": 5.0}, weak=["teamwork"]), ctx)
    await training.plans.on_report_generated(report_generated("r-2", {"leadership": 4.0}, weak=["leadership"]), ctx)
    plan = (await training.plans.latest_plan(CANDIDATE, "cand-1")).plan
    assert plan.source_report_id == "r-2"
    assert [c.competency_id for c in plan.courses] == ["leadership", "leadership"]


async def test_candidate_cannot_read_another_candidates_plan(training, report_generated, ctx):
    await training.plans.on_report_generated(
        report_generated("r-1", {"teamwork": 5.0}, weak=["teamwork"], candidate_id="cand-2"), ctx
    )
    with pytest.raises(PermissionDenied):
        await training.plans.latest_plan(CANDIDATE, "cand-2")


async def test_no_plan_yet_is_not_found(training):
    with pytest.raises(NotFound):
        await training.plans.latest_plan(RECRUITER, "cand-1")


async def test_practice_plans_are_the_candidates_alone(training, report_generated, ctx):
    await training.plans.on_report_generated(report_generated("r-1", {"teamwork": 5.0}, weak=["teamwork"]), ctx)
    await training.plans.on_report_generated(
        report_generated("r-2", {"leadership": 4.0}, weak=["leadership"], kind=common_pb2.INTERVIEW_KIND_PRACTICE), ctx
    )
    assert (await training.plans.latest_plan(CANDIDATE, "cand-1")).plan.source_report_id == "r-2"
    assert (await training.plans.latest_plan(RECRUITER, "cand-1")).plan.source_report_id == "r-1"


async def test_plans_of_another_tenant_are_invisible(training, report_generated, ctx):
    await training.plans.on_report_generated(
        report_generated("r-1", {"teamwork": 5.0}, weak=["teamwork"], tenant_id="globex"), ctx
    )
    with pytest.raises(NotFound):
        await training.plans.latest_plan(RECRUITER, "cand-1")


async def test_a_weak_competency_yields_a_plan_that_starts_with_a_course_for_it(training, report_generated, ctx):
    event = report_generated(
        "r-1", {"communication": 8.8, "customer_focus": 2.4, "teamwork": 5.9}, weak=["teamwork", "customer_focus"]
    )
    await training.plans.on_report_generated(event, ctx)
    plan = (await training.plans.latest_plan(RECRUITER, "cand-1")).plan
    first = plan.courses[0]
    assert first.competency_id == "customer_focus"
    course = next(c for c in (await training.catalogues.for_tenant("acme")).all() if c.course_id == first.course_id)
    assert course.competency_ids[0] == "customer_focus"


async def test_recorded_progress_is_on_the_plan_and_republished(training, report_generated, ctx):
    await training.plans.on_report_generated(report_generated("r-1", {"teamwork": 4.0}, weak=["teamwork"]), ctx)
    plan = (await training.plans.latest_plan(CANDIDATE, "cand-1")).plan
    course_id = plan.courses[0].course_id
    current = await training.plans.record_progress(CANDIDATE, "cand-1", course_id, 60)
    assert [(p.course_id, p.percent_complete) for p in current.progress] == [(course_id, 60)]
    (_, first, _), (topic, update, key) = training.publisher.sent
    assert topic == "learning-plan-updated" and key == "cand-1"
    assert update.plan_id == plan.plan_id and update.meta.event_id != first.meta.event_id
    assert [(p.course_id, p.percent_complete) for p in update.progress] == [(course_id, 60)]


async def test_progress_on_an_unknown_course_is_not_found(training, report_generated, ctx):
    await training.plans.on_report_generated(report_generated("r-1", {"teamwork": 4.0}, weak=["teamwork"]), ctx)
    with pytest.raises(NotFound):
        await training.plans.record_progress(CANDIDATE, "cand-1", "no-such-course", 10)
    with pytest.raises(PermissionDenied):
        await training.plans.record_progress(CANDIDATE, "cand-2", "star-storytelling", 10)


async def test_a_tenant_course_is_preferred_for_its_main_competency(training, report_generated, ctx):
    await training.catalogues.create(
        "acme",
        course_id="acme-teamwork-lab",
        title=LocalizedText(zh="协作工作坊", en="Teamwork lab"),
        summary=LocalizedText(zh="", en=""),
        competency_ids=["teamwork"],
        url="",
    )
    await training.plans.on_report_generated(report_generated("r-1", {"teamwork": 4.0}, weak=["teamwork"]), ctx)
    plan = (await training.plans.latest_plan(RECRUITER, "cand-1")).plan
    assert plan.courses[0].course_id == "acme-teamwork-lab"
    other = (await training.catalogues.for_tenant("globex")).for_competency("teamwork")
    assert "acme-teamwork-lab" not in {c.course_id for c in other}
