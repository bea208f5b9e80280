"""The ScoringService servicer without a network: validation names the field, roles are enforced."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from wendu.core.auth import Principal, Role
from wendu.core.errors import InvalidArgument, PermissionDenied
from wendu.core.interceptors import principal_var
from wendu.scoring.domain.local_scorer import SCORER_NAME, LocalScorer
from wendu.scoring.entrypoints.grpc_api import MAX_ANSWER_CHARS, ScoringServicer
from wendu.v1 import common_pb2, events_pb2, scoring_pb2

RECRUITER = Principal(tenant_id="tenant-a", roles=frozenset({Role.RECRUITER}), subject="hr")
SERVICE = Principal(tenant_id="tenant-a", roles=frozenset({Role.SERVICE}), subject="feedback")
CANDIDATE = Principal(
    tenant_id="tenant-a", roles=frozenset({Role.CANDIDATE}), subject="c", interview_id="iv-1", candidate_id="c"
)
ANSWER = "Last year I was responsible for our billing migration. I led two engineers and we cut costs by 30%."


class InMemoryScores:
    def __init__(self, scores: list[events_pb2.ScoreReady]) -> None:
        self.scores = scores
        self.queries: list[tuple[str, str, bool]] = []

    async def get(self, tenant_id: str, answer_id: str, revision: int) -> events_pb2.ScoreReady | None:
        return None

    async def add(self, score: events_pb2.ScoreReady) -> bool:
        return True

    async def list_for_interview(
        self, tenant_id: str, interview_id: str, *, include_practice: bool
    ) -> list[events_pb2.ScoreReady]:
        self.queries.append((tenant_id, interview_id, include_practice))
        return [s for s in self.scores if s.meta.tenant_id == tenant_id and s.meta.interview_id == interview_id]


def as_caller(principal: Principal) -> Iterator[None]:
    token = principal_var.set(principal)
    try:
        yield
    finally:
        principal_var.reset(token)


@pytest.fixture
def recruiter() -> Iterator[None]:
    yield from as_caller(RECRUITER)


@pytest.fixture
def candidate() -> Iterator[None]:
    yield from as_caller(CANDIDATE)


def request(**overrides: Any) -> scoring_pb2.ScoreAnswerRequest:
    fields: dict[str, Any] = {
        "question_text": "Tell me about a project you led.",
        "competency_ids": ["leadership"],
        "answer_text": ANSWER,
        "language": common_pb2.LANGUAGE_EN,
    }
    fields.update(overrides)
    return scoring_pb2.ScoreAnswerRequest(**fields)


def stored_score(interview_id: str, tenant_id: str = "tenant-a") -> events_pb2.ScoreReady:
    score = events_pb2.ScoreReady(answer_id="ans-1", question_id="q-1", revision=1, rationale="ok")
    score.meta.tenant_id = tenant_id
    score.meta.interview_id = interview_id
    score.scores.add(competency_id="leadership", score=7.5, level=4)
    return score


@pytest.fixture
def servicer() -> ScoringServicer:
    return ScoringServicer(LocalScorer(), InMemoryScores([stored_score("iv-1"), stored_score("iv-1", "tenant-b")]))


@pytest.mark.usefixtures("recruiter")
async def test_score_answer_returns_a_score_without_ids(servicer: ScoringServicer) -> None:
    response = await servicer.ScoreAnswer(request(), None)  # type: ignore[arg-type]
    assert [s.competency_id for s in response.scores] == ["leadership"]
    assert response.scorer.name == SCORER_NAME
    assert response.answer_id == ""
    assert response.scored_at.seconds > 0
    for evidence in response.evidence:
        assert ANSWER[evidence.start : evidence.end] == evidence.quote


@pytest.mark.usefixtures("recruiter")
@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"answer_text": ""}, "answer_text"),
        ({"answer_text": "   \n "}, "answer_text"),
        ({"answer_text": "x" * (MAX_ANSWER_CHARS + 1)}, "answer_text"),
        ({"competency_ids": []}, "competency_ids"),
        ({"competency_ids": ["leadership", "telepathy"]}, "competency_ids"),
        ({"competency_ids": ["leadership", "leadership"]}, "competency_ids"),
        ({"language": common_pb2.LANGUAGE_UNSPECIFIED}, "language"),
        ({"question_text": "q" * 5000}, "question_text"),
    ],
)
async def test_bad_score_requests_name_the_field(
    servicer: ScoringServicer, overrides: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidArgument) as raised:
        await servicer.ScoreAnswer(request(**overrides), None)  # type: ignore[arg-type]
    assert raised.value.field == field
    assert str(raised.value).startswith(f"{field}: ")


@pytest.mark.usefixtures("recruiter")
async def test_an_answer_of_exactly_the_limit_is_accepted(servicer: ScoringServicer) -> None:
    response = await servicer.ScoreAnswer(request(answer_text="a" * MAX_ANSWER_CHARS), None)  # type: ignore[arg-type]
    assert len(response.scores) == 1


@pytest.mark.usefixtures("candidate")
async def test_candidates_may_not_score_or_list(servicer: ScoringServicer) -> None:
    with pytest.raises(PermissionDenied):
        await servicer.ScoreAnswer(request(), None)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        await servicer.ListScores(scoring_pb2.ListScoresRequest(interview_id="iv-1"), None)  # type: ignore[arg-type]


@pytest.mark.usefixtures("recruiter")
async def test_list_scores_returns_the_callers_tenant_only(servicer: ScoringServicer) -> None:
    response = await servicer.ListScores(scoring_pb2.ListScoresRequest(interview_id="iv-1"), None)  # type: ignore[arg-type]
    [score] = response.scores
    assert (score.answer_id, score.interview_id, score.revision) == ("ans-1", "iv-1", 1)
    assert score.scores[0].score == 7.5


@pytest.mark.usefixtures("recruiter")
async def test_list_scores_requires_an_interview_id(servicer: ScoringServicer) -> None:
    with pytest.raises(InvalidArgument) as raised:
        await servicer.ListScores(scoring_pb2.ListScoresRequest(interview_id=" "), None)  # type: ignore[arg-type]
    assert raised.value.field == "interview_id"


async def test_practice_scores_are_hidden_from_employers_but_not_from_services() -> None:
    scores = InMemoryScores([])
    servicer = ScoringServicer(LocalScorer(), scores)
    for principal in (RECRUITER, SERVICE):
        token = principal_var.set(principal)
        try:
            await servicer.ListScores(scoring_pb2.ListScoresRequest(interview_id="iv-1"), None)  # type: ignore[arg-type]
        finally:
            principal_var.reset(token)
    assert scores.queries == [("tenant-a", "iv-1", False), ("tenant-a", "iv-1", True)]
