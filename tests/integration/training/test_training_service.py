"""Training against the real Kafka and FerretDB: plans from reports, and the gRPC API."""

from __future__ import annotations

import asyncio
import threading
import uuid
from datetime import UTC, datetime

import grpc
import pytest
from support.auth import api_key_metadata, candidate_metadata
from wendu.core import codec, topics
from wendu.core.auth import Role
from wendu.training.adapters.documents import LearningPlanDocument
from wendu.training.adapters.repositories import MongoLearningPlanRepository
from wendu.training.domain.model import CourseSuggestion, InterviewKind, LearningPlan, LocalizedText
from wendu.v1 import common_pb2, events_pb2, training_pb2, training_pb2_grpc

pytestmark = pytest.mark.integration


def report(tenant: str, report_id: str, weak: dict[str, float], *, kind: int = common_pb2.INTERVIEW_KIND_SELECTION):
    return events_pb2.ReportGenerated(
        meta=codec.new_meta(
            events_pb2.ReportGenerated,
            tenant_id=tenant,
            interview_id=f"iv-{report_id}",
            candidate_id="cand-1",
            interview_kind=kind,
        ),
        report_id=report_id,
        overall_score=6.0,
        competency_scores=[
            common_pb2.CompetencyScore(competency_id="communication", score=9.0),
            *(common_pb2.CompetencyScore(competency_id=c, score=s) for c, s in weak.items()),
        ],
        weak_competency_ids=list(weak),
        language=common_pb2.LANGUAGE_ZH,
    )


def ours(tenant: str):
    """Matches the learning-plan-updated events of this run's training service.

    Training services of other test runs read the same report-generated topic and announce plans of
    their own (stored in their own databases) for this tenant; only plans stored here are ours.
    """
    return lambda e: (
        e.meta.tenant_id == tenant and LearningPlanDocument.objects(tenant_id=tenant, plan_id=e.plan_id).count() > 0
    )


async def test_report_generated_becomes_one_learning_plan_even_when_replayed(training, tenant):
    event = report(tenant, "r-1", {"data_driven": 3.0, "resilience": 5.0})
    await training.publisher.publish(topics.REPORT_GENERATED, event, key="iv-r-1")
    await training.publisher.publish(topics.REPORT_GENERATED, event, key="iv-r-1")

    plans = await training.plans.wait_for(ours(tenant), count=2)
    assert len(plans) == 2
    first, again = plans
    assert again.meta.event_id == first.meta.event_id and again.plan_id == first.plan_id
    assert first.source_report_id == "r-1" and first.meta.candidate_id == "cand-1"
    assert [c.competency_id for c in first.courses] == ["data_driven", "data_driven", "resilience", "resilience"]
    assert LearningPlanDocument.objects(tenant_id=tenant).count() == 1


async def test_learning_plan_is_read_by_its_candidate_and_staff_but_practice_only_by_the_candidate(training, tenant):
    await training.publisher.publish(topics.REPORT_GENERATED, report(tenant, "r-sel", {"teamwork": 4.0}), key="iv-1")
    await training.plans.wait_for(ours(tenant))
    practice = report(tenant, "r-prac", {"leadership": 3.0}, kind=common_pb2.INTERVIEW_KIND_PRACTICE)
    await training.publisher.publish(topics.REPORT_GENERATED, practice, key="iv-2")
    await training.plans.wait_for(ours(tenant), count=2)

    candidate = candidate_metadata(training.signer, tenant, "iv-2", "cand-1")
    stranger = candidate_metadata(training.signer, tenant, "iv-9", "cand-9")
    recruiter = api_key_metadata(training.signer, tenant, subject="recruiter-1")
    request = training_pb2.GetLearningPlanRequest(candidate_id="cand-1")
    async with grpc.aio.insecure_channel(training.address) as channel:
        stub = training_pb2_grpc.TrainingServiceStub(channel)
        mine = await stub.GetLearningPlan(request, metadata=candidate)
        staff_view = await stub.GetLearningPlan(request, metadata=recruiter)
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await stub.GetLearningPlan(request, metadata=stranger)
        with pytest.raises(grpc.aio.AioRpcError) as missing:
            await stub.GetLearningPlan(training_pb2.GetLearningPlanRequest(candidate_id="cand-404"), metadata=recruiter)
    assert mine.source_report_id == "r-prac"
    assert staff_view.source_report_id == "r-sel"
    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND


async def test_courses_are_recommended_and_listed_over_grpc_with_a_service_token(training, tenant):
    service = api_key_metadata(training.signer, tenant, Role.SERVICE, subject="feedback", ttl_seconds=300)
    async with grpc.aio.insecure_channel(training.address) as channel:
        stub = training_pb2_grpc.TrainingServiceStub(channel)
        suggested = await stub.RecommendCourses(
            training_pb2.RecommendCoursesRequest(
                gaps=[
                    training_pb2.CompetencyGap(competency_id="teamwork", score=6.0),
                    training_pb2.CompetencyGap(competency_id="customer_focus", score=2.5),
                ],
                max_courses=2,
            ),
            metadata=service,
        )
        listed = await stub.ListCourses(
            training_pb2.ListCoursesRequest(competency_id="customer_focus"), metadata=service
        )
        with pytest.raises(grpc.aio.AioRpcError) as invalid:
            await stub.RecommendCourses(training_pb2.RecommendCoursesRequest(max_courses=999), metadata=service)
    assert [s.competency_id for s in suggested.suggestions] == ["customer_focus", "teamwork"]
    assert {c.course_id for c in listed.courses} >= {suggested.suggestions[0].course_id}
    assert invalid.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert invalid.value.details().startswith("max_courses:")


async def test_a_weak_competency_yields_a_plan_that_starts_with_a_course_for_it(training, tenant):
    await training.publisher.publish(
        topics.REPORT_GENERATED, report(tenant, "r-weak", {"customer_focus": 2.0, "teamwork": 6.0}), key="iv-1"
    )
    [plan] = await training.plans.wait_for(ours(tenant))
    service = api_key_metadata(training.signer, tenant, Role.SERVICE, subject="hr-suite")
    async with grpc.aio.insecure_channel(training.address) as channel:
        stub = training_pb2_grpc.TrainingServiceStub(channel)
        stored = await stub.GetLearningPlan(
            training_pb2.GetLearningPlanRequest(candidate_id="cand-1"), metadata=service
        )
        first = await stub.ListCourses(
            training_pb2.ListCoursesRequest(competency_id=stored.courses[0].competency_id), metadata=service
        )
    assert plan.courses[0].competency_id == "customer_focus"
    assert stored.courses[0].course_id == plan.courses[0].course_id
    assert first.courses[0].competency_ids[0] == "customer_focus"


async def test_progress_is_recorded_and_the_plan_republished_with_it(training, tenant):
    await training.publisher.publish(topics.REPORT_GENERATED, report(tenant, "r-p", {"teamwork": 4.0}), key="iv-p")
    [plan] = await training.plans.wait_for(ours(tenant))
    course_id = plan.courses[0].course_id
    candidate = candidate_metadata(training.signer, tenant, "iv-p", "cand-1")
    async with grpc.aio.insecure_channel(training.address) as channel:
        stub = training_pb2_grpc.TrainingServiceStub(channel)
        await stub.RecordCourseProgress(
            training_pb2.RecordCourseProgressRequest(candidate_id="cand-1", course_id=course_id, percent_complete=40),
            metadata=candidate,
        )
        updated = await stub.RecordCourseProgress(
            training_pb2.RecordCourseProgressRequest(candidate_id="cand-1", course_id=course_id, percent_complete=100),
            metadata=candidate,
        )
        with pytest.raises(grpc.aio.AioRpcError) as unknown:
            await stub.RecordCourseProgress(
                training_pb2.RecordCourseProgressRequest(candidate_id="cand-1", course_id="nope", percent_complete=5),
                metadata=candidate,
            )
    events = await training.plans.wait_for(ours(tenant), count=3)
    assert [(p.course_id, p.percent_complete) for p in updated.progress] == [(course_id, 100)]
    assert [[p.percent_complete for p in e.progress] for e in events] == [[], [40], [100]]
    assert len({e.meta.event_id for e in events}) == 3 and {e.plan_id for e in events} == {plan.plan_id}
    assert unknown.value.code() == grpc.StatusCode.NOT_FOUND


async def test_an_admin_adds_a_tenant_course_that_plans_then_prefer(training, tenant):
    admin = api_key_metadata(training.signer, tenant, Role.ADMIN, subject="hr-admin")
    recruiter = api_key_metadata(training.signer, tenant, subject="recruiter-1")
    course = training_pb2.CreateCourseRequest(
        course_id="acme-resilience-circle",
        title=common_pb2.LocalizedText(zh="抗压互助小组", en="Resilience circle"),
        summary=common_pb2.LocalizedText(zh="每周一次的同伴分享。", en="A weekly peer session."),
        competency_ids=["resilience"],
        url="https://learn.example.com/resilience",
    )
    async with grpc.aio.insecure_channel(training.address) as channel:
        stub = training_pb2_grpc.TrainingServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as not_admin:
            await stub.CreateCourse(course, metadata=recruiter)
        created = await stub.CreateCourse(course, metadata=admin)
        with pytest.raises(grpc.aio.AioRpcError) as twice:
            await stub.CreateCourse(course, metadata=admin)
        other_tenant = await stub.ListCourses(
            training_pb2.ListCoursesRequest(competency_id="resilience"),
            metadata=api_key_metadata(training.signer, f"{tenant}-other"),
        )
        await training.publisher.publish(
            topics.REPORT_GENERATED, report(tenant, "r-res", {"resilience": 3.0}), key="iv-res"
        )
        [plan] = await training.plans.wait_for(ours(tenant))
    assert created.course_id == "acme-resilience-circle" and created.title.en == "Resilience circle"
    assert not_admin.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert twice.value.code() == grpc.StatusCode.ALREADY_EXISTS
    assert "acme-resilience-circle" not in {c.course_id for c in other_tenant.courses}
    assert plan.courses[0].course_id == "acme-resilience-circle"


async def test_a_database_call_runs_off_the_event_loop(training, tenant, monkeypatch):
    """While a repository call waits on the database the loop goes on: here the call's mapping of the
    stored plan only proceeds once the loop has run again and released it (on the loop itself it
    would wait in vain, and the task would be done before the loop got to release it)."""
    repository = MongoLearningPlanRepository()
    plan = LearningPlan(
        tenant_id=tenant,
        plan_id=str(uuid.uuid4()),
        event_id=str(uuid.uuid4()),
        candidate_id="cand-1",
        interview_id="iv-off-loop",
        kind=InterviewKind.SELECTION,
        source_report_id="r-off-loop",
        courses=(CourseSuggestion("star-storytelling", "communication", LocalizedText(zh="讲故事", en="Stories")),),
        updated_at=datetime.now(UTC),
    )
    stored, new = await repository.add_if_absent(plan)
    assert new and stored == plan
    released = threading.Event()
    waited: list[tuple[bool, bool]] = []
    real_to_domain = MongoLearningPlanRepository._to_domain

    def gated_to_domain(document: LearningPlanDocument) -> LearningPlan:
        if document.tenant_id == tenant:  # the in-process service's own reads of other tenants pass
            # (released by the loop in time, ran on a thread other than the loop's)
            waited.append((released.wait(timeout=10), threading.current_thread() is not loop_thread))
        return real_to_domain(document)

    loop_thread = threading.current_thread()
    monkeypatch.setattr(MongoLearningPlanRepository, "_to_domain", staticmethod(gated_to_domain))
    loading = asyncio.create_task(repository.latest_for(tenant, "cand-1", include_practice=False))
    await asyncio.sleep(0.05)
    assert not loading.done()
    released.set()
    loaded = await asyncio.wait_for(loading, 10)

    assert loaded is not None and loaded.plan_id == plan.plan_id and loaded.courses == plan.courses
    assert waited == [(True, True)]
