""" "How did this interview feel?": one rating per interview, from its candidate, published once and counted."""

from __future__ import annotations

import pytest
from prometheus_client import REGISTRY
from support.auth import call_as
from wendu.core import topics
from wendu.core.errors import FailedPrecondition, InvalidArgument, PermissionDenied
from wendu.v1 import common_pb2, events_pb2, feedback_pb2

from .test_feedback_queries import CANDIDATE, OTHER_CANDIDATE, RECRUITER, WEIGHTS


@pytest.fixture
async def completed(feedback, interview_completed, ctx):
    await feedback.worker.on_interview_completed(interview_completed(["a-1"], WEIGHTS), ctx)


def rate(rating: int, comment: str = "", interview_id: str = "iv-1"):
    return feedback_pb2.SubmitCandidateFeedbackRequest(interview_id=interview_id, rating=rating, comment=comment)


def counted(rating: int) -> float:
    value = REGISTRY.get_sample_value(
        "wendu_candidate_feedback_total", {"rating": str(rating), "interview_kind": "selection"}
    )
    return value or 0.0


async def test_a_rating_is_published_as_a_versioned_candidate_feedback_event(servicer, feedback, completed):
    before = counted(4)
    receipt = await call_as(CANDIDATE, servicer.SubmitCandidateFeedback, rate(4, "  Kind questions.  "))
    assert receipt.rating == 4 and receipt.comment == "Kind questions." and receipt.recorded_now
    [event] = feedback.publisher.on(topics.CANDIDATE_FEEDBACK)
    assert isinstance(event, events_pb2.CandidateFeedbackGiven)
    assert event.meta.schema_version == "wendu.v1.CandidateFeedbackGiven/1"
    assert event.meta.interview_id == "iv-1" and event.meta.candidate_id == "cand-1"
    assert event.meta.interview_kind == common_pb2.INTERVIEW_KIND_SELECTION
    assert event.position_id and event.rating == 4 and event.comment == "Kind questions."
    assert counted(4) == before + 1


async def test_a_second_rating_returns_the_first_and_counts_nothing(servicer, feedback, completed):
    first = await call_as(CANDIDATE, servicer.SubmitCandidateFeedback, rate(2))
    before = counted(5)
    again = await call_as(CANDIDATE, servicer.SubmitCandidateFeedback, rate(5))
    assert again.rating == 2 and again.feedback_id == first.feedback_id and not again.recorded_now
    events = feedback.publisher.on(topics.CANDIDATE_FEEDBACK)
    # Re-published with the same event id: consumers deduplicate it.
    assert len({e.meta.event_id for e in events}) == 1
    assert counted(5) == before


@pytest.mark.parametrize("rating", [0, 6])
async def test_a_rating_outside_one_to_five_names_the_field(servicer, completed, rating):
    with pytest.raises(InvalidArgument, match="rating"):
        await call_as(CANDIDATE, servicer.SubmitCandidateFeedback, rate(rating))


async def test_a_long_comment_names_the_field(servicer, completed):
    with pytest.raises(InvalidArgument, match="comment"):
        await call_as(CANDIDATE, servicer.SubmitCandidateFeedback, rate(3, "x" * 1001))


async def test_an_interview_not_completed_cannot_be_rated_yet(servicer):
    with pytest.raises(FailedPrecondition):
        await call_as(CANDIDATE, servicer.SubmitCandidateFeedback, rate(3))


async def test_only_the_interviews_own_candidate_rates_it(servicer, completed):
    with pytest.raises(PermissionDenied):
        await call_as(OTHER_CANDIDATE, servicer.SubmitCandidateFeedback, rate(3))
    with pytest.raises(PermissionDenied):
        await call_as(RECRUITER, servicer.SubmitCandidateFeedback, rate(3))
