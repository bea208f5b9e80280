"""The competency library and positions' competency models, through the public gRPC API."""

from __future__ import annotations

import re

import grpc
import pytest
from wendu.v1 import common_pb2, question_gen_pb2

pytestmark = pytest.mark.integration

_CJK = re.compile(r"[\u4e00-\u9fff]")


def weights(*pairs: tuple[str, int]) -> list[common_pb2.CompetencyWeight]:
    return [common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in pairs]


async def test_the_library_defines_at_least_eight_competencies_with_five_distinct_anchored_levels(qg):
    library = await qg.positions.ListCompetencies(question_gen_pb2.ListCompetenciesRequest(), metadata=qg.staff())

    ids = [c.competency_id for c in library.competencies]
    assert len(ids) >= 8 and len(set(ids)) == len(ids)
    assert {"communication", "problem_solving", "teamwork", "leadership", "learning_agility"} <= set(ids)
    assert {"customer_focus", "resilience", "data_driven"} <= set(ids)
    for competency in library.competencies:
        texts = [competency.name, competency.definition, *competency.levels]
        assert len(competency.levels) == 5, competency.competency_id
        # Each text exists in both languages, and each language is really that language.
        assert all(_CJK.search(t.zh) and t.en.strip() and not _CJK.search(t.en) for t in texts), competency
        # Five different behaviours, not one text repeated.
        assert len({level.en for level in competency.levels}) == 5
        assert len({level.zh for level in competency.levels}) == 5


async def test_a_position_with_weights_summing_to_100_keeps_them_in_order(qg):
    position = await qg.positions.CreatePosition(
        question_gen_pb2.CreatePositionRequest(
            title="Customer success manager",
            competencies=weights(
                ("customer_focus", 40), ("communication", 25), ("resilience", 20), ("data_driven", 15)
            ),
            time_policy=question_gen_pb2.TimePolicy(suggested_minutes_per_answer=4),
        ),
        metadata=qg.staff(),
    )

    assert sum(c.weight_percent for c in position.competencies) == 100
    assert [c.competency_id for c in position.competencies] == [
        "customer_focus",
        "communication",
        "resilience",
        "data_driven",
    ]
    assert position.time_policy.suggested_minutes_per_answer == 4


@pytest.mark.parametrize(
    ("competencies", "expected"),
    [
        (weights(("teamwork", 60), ("empathy", 40)), "competencies[1].competency_id: unknown competency 'empathy'"),
        (weights(("teamwork", 60), ("communication", 41)), "competencies: weights must sum to 100, got 101"),
        (weights(("teamwork", 100), ("communication", 0)), "competencies[1].weight_percent: must be greater than 0"),
        (
            weights(("teamwork", 50), ("teamwork", 50)),
            "competencies[1].competency_id: duplicate competency 'teamwork'",
        ),
        (weights(("", 100)), "competencies[0].competency_id: must not be empty"),
    ],
    ids=["unknown", "sum-101", "zero", "duplicate", "empty-id"],
)
async def test_a_wrong_competency_model_is_invalid_argument_naming_the_field(qg, competencies, expected):
    with pytest.raises(grpc.aio.AioRpcError) as error:
        await qg.positions.CreatePosition(
            question_gen_pb2.CreatePositionRequest(title="Analyst", competencies=competencies), metadata=qg.staff()
        )

    assert (error.value.code(), error.value.details()) == (grpc.StatusCode.INVALID_ARGUMENT, expected)


async def test_a_bank_question_for_a_competency_the_position_does_not_weigh_is_refused(qg):
    with pytest.raises(grpc.aio.AioRpcError) as error:
        await qg.positions.CreatePosition(
            question_gen_pb2.CreatePositionRequest(
                title="Analyst",
                competencies=weights(("teamwork", 100)),
                question_bank=[
                    question_gen_pb2.BankQuestion(
                        competency_id="leadership",
                        text=common_pb2.LocalizedText(zh="请讲一次你带队的经历。", en="Tell me about leading a team."),
                    )
                ],
            ),
            metadata=qg.staff(),
        )

    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert (
        error.value.details()
        == "question_bank[0].competency_id: 'leadership' is not one of the position's competencies"
    )
