"""A candidate token is bound by its interview's end on training's RPCs too (issue 14).

Training knows nothing of interviews' ends: the shared interceptor asks question-gen (the real one
of the platform). The interview is taken and completed through question-gen's API; its end is then
moved back past the bound in question-gen's store, as if the candidate came back weeks later.
"""

from __future__ import annotations

from datetime import timedelta

import grpc
import pytest
from wendu.core.auth import CANDIDATE_ACCESS_AFTER_END
from wendu.question_gen.adapters.repositories import MongoInterviewRepository
from wendu.v1 import common_pb2, question_gen_pb2, training_pb2

pytestmark = pytest.mark.integration


async def _interview(platform, tenant: str, position_id: str, candidate_id: str) -> tuple[str, tuple]:
    created = await platform.interviews.CreateInterview(
        question_gen_pb2.CreateInterviewRequest(
            candidate_id=candidate_id, position_id=position_id, language=common_pb2.LANGUAGE_EN
        ),
        metadata=platform.recruiter(tenant),
    )
    return created.interview.interview_id, (("authorization", f"Bearer {created.candidate_token}"),)


async def test_a_training_rpc_with_the_token_of_an_interview_ended_long_ago_is_unauthenticated(platform, tenant):
    position = await platform.positions.CreatePosition(
        question_gen_pb2.CreatePositionRequest(
            title="Support engineer",
            competencies=[common_pb2.CompetencyWeight(competency_id="communication", weight_percent=100)],
        ),
        metadata=platform.admin(tenant),
    )
    ended_id, ended_token = await _interview(platform, tenant, position.position_id, "cand-ended")
    _, running_token = await _interview(platform, tenant, position.position_id, "cand-running")
    ref = question_gen_pb2.InterviewRef(interview_id=ended_id)
    await platform.interviews.StartInterview(ref, metadata=ended_token)
    completed = await platform.interviews.CompleteInterview(ref, metadata=ended_token)
    assert completed.status == common_pb2.INTERVIEW_STATUS_COMPLETED

    store = MongoInterviewRepository()
    interview = await store.get(tenant, ended_id)
    assert interview is not None and interview.completed_at is not None
    interview.completed_at -= CANDIDATE_ACCESS_AFTER_END + timedelta(hours=1)
    await store.save(interview)

    question = training_pb2.GetReadinessQuestionRequest(language=common_pb2.LANGUAGE_EN)
    plan = training_pb2.GetLearningPlanRequest(candidate_id="cand-ended")
    for call in (
        platform.training.GetReadinessQuestion(question, metadata=ended_token),
        platform.training.ListCourses(training_pb2.ListCoursesRequest(), metadata=ended_token),
        # Refused before the servicer looks for a plan (there is none: it would be NOT_FOUND).
        platform.training.GetLearningPlan(plan, metadata=ended_token),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await call
        assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
        assert "interview ended" in (refused.value.details() or "")

    # The token of an interview that has not ended works; staff are not bound by any interview.
    assert (await platform.training.GetReadinessQuestion(question, metadata=running_token)).question_id
    assert (await platform.training.GetReadinessQuestion(question, metadata=platform.recruiter(tenant))).question_id
