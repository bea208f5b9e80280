"""What an HR-suite integrator sees at the gRPC edge: clear statuses naming the field, and no data
for a wrong or missing credential."""

from __future__ import annotations

import grpc
import pytest
from wendu.core.auth import Role, TokenSigner, bearer_metadata
from wendu.v1 import common_pb2, question_gen_pb2

pytestmark = pytest.mark.integration

Code = grpc.StatusCode


async def status_of(call) -> tuple[grpc.StatusCode, str]:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value.code(), caught.value.details() or ""


async def first_of_stream(stream):
    async for update in stream:
        return update
    return None


def weights(*pairs: tuple[str, int]) -> list[common_pb2.CompetencyWeight]:
    return [common_pb2.CompetencyWeight(competency_id=c, weight_percent=w) for c, w in pairs]


@pytest.mark.parametrize(
    ("request_fields", "expected"),
    [
        ({"competencies": weights(("teamwork", 100))}, "title: must not be empty"),
        ({"title": "Analyst"}, "competencies: must name at least one competency"),
        (
            {"title": "Analyst", "competencies": weights(("teamwork", 50), ("x", 50))},
            "competencies[1].competency_id: unknown competency 'x'",
        ),
        (
            {"title": "Analyst", "competencies": weights(("teamwork", 40), ("communication", 50))},
            "competencies: weights must sum to 100, got 90",
        ),
        (
            {
                "title": "Analyst",
                "competencies": weights(("teamwork", 100)),
                "question_bank": [
                    question_gen_pb2.BankQuestion(
                        competency_id="teamwork", text=common_pb2.LocalizedText(en="Tell me about a team.")
                    )
                ],
            },
            "question_bank[0].text.zh: must not be empty",
        ),
    ],
)
async def test_create_position_names_the_invalid_field(qg, request_fields, expected):
    code, details = await status_of(
        qg.positions.CreatePosition(question_gen_pb2.CreatePositionRequest(**request_fields), metadata=qg.staff())
    )

    assert (code, details) == (Code.INVALID_ARGUMENT, expected)


async def test_positions_are_created_once_per_idempotency_key_and_read_back(qg):
    first = await qg.create_position(idempotency_key="position-key-1")
    again = await qg.create_position(idempotency_key="position-key-1")
    read = await qg.positions.GetPosition(
        question_gen_pb2.GetPositionRequest(position_id=first.position_id), metadata=qg.staff()
    )

    assert again.position_id == first.position_id
    assert read.title == "Product analyst" and read.tenant_id == qg.tenant_id
    assert [(c.competency_id, c.weight_percent) for c in read.competencies] == [
        ("problem_solving", 60),
        ("communication", 40),
    ]
    assert read.rubric_version == "wendu-bars-1"


async def test_get_position_needs_a_known_id(qg):
    assert await status_of(qg.positions.GetPosition(question_gen_pb2.GetPositionRequest(), metadata=qg.staff())) == (
        Code.INVALID_ARGUMENT,
        "position_id: must not be empty",
    )
    code, details = await status_of(
        qg.positions.GetPosition(question_gen_pb2.GetPositionRequest(position_id="nope"), metadata=qg.staff())
    )
    assert code == Code.NOT_FOUND and "position 'nope'" in details


async def test_a_candidate_may_read_the_competency_library(qg):
    created = await qg.create_interview("cand-library")

    library = await qg.positions.ListCompetencies(
        question_gen_pb2.ListCompetenciesRequest(), metadata=qg.as_candidate(created.candidate_token)
    )

    assert len(library.competencies) == 8
    assert all(len(c.levels) == 5 and c.name.zh and c.name.en for c in library.competencies)


async def test_create_interview_validates_its_fields_and_references(qg):
    position = await qg.create_position()
    qg.add_profile("cand-ok")

    def create(**fields):
        values = {"candidate_id": "cand-ok", "position_id": position.position_id, "language": common_pb2.LANGUAGE_ZH}
        values.update(fields)
        return qg.interviews.CreateInterview(question_gen_pb2.CreateInterviewRequest(**values), metadata=qg.staff())

    assert await status_of(create(language=99)) == (
        Code.INVALID_ARGUMENT,
        "language: must be LANGUAGE_ZH or LANGUAGE_EN",
    )
    # Unset, the language is the candidate's preferred one; this profile names none.
    assert await status_of(create(language=common_pb2.LANGUAGE_UNSPECIFIED)) == (
        Code.INVALID_ARGUMENT,
        "language: not set, and the candidate's profile names no preferred language: set LANGUAGE_ZH or LANGUAGE_EN",
    )
    assert await status_of(create(candidate_id="")) == (Code.INVALID_ARGUMENT, "candidate_id: must not be empty")
    assert await status_of(create(position_id=" ")) == (Code.INVALID_ARGUMENT, "position_id: must not be empty")
    code, details = await status_of(create(position_id="nope"))
    assert code == Code.NOT_FOUND and "position 'nope'" in details
    code, details = await status_of(create(candidate_id="ghost"))
    assert code == Code.NOT_FOUND and "candidate 'ghost'" in details
    # Without consent to AI scoring the candidate is routed to a human screen (test_candidate_control.py).
    code, _ = await status_of(create(candidate_id="cand-profile-down"))
    assert code == Code.UNAVAILABLE


async def test_create_interview_defaults_to_selection_and_honours_its_idempotency_key(qg):
    position = await qg.create_position()
    qg.add_profile("cand-idem")
    request = question_gen_pb2.CreateInterviewRequest(
        candidate_id="cand-idem",
        position_id=position.position_id,
        language=common_pb2.LANGUAGE_ZH,
        idempotency_key="interview-key-1",
    )

    first = await qg.interviews.CreateInterview(request, metadata=qg.staff())
    again = await qg.interviews.CreateInterview(request, metadata=qg.staff())

    assert again.interview.interview_id == first.interview.interview_id
    assert first.interview.kind == common_pb2.INTERVIEW_KIND_SELECTION
    assert first.interview.status == common_pb2.INTERVIEW_STATUS_SCHEDULED
    assert qg.signer.verify(first.candidate_token).interview_id == first.interview.interview_id


async def test_profile_is_asked_with_a_service_token_of_the_callers_tenant(qg):
    qg.profile_service.callers.clear()

    await qg.create_interview("cand-token")

    [caller] = qg.profile_service.callers
    assert caller.tenant_id == qg.tenant_id
    assert caller.roles == frozenset({Role.SERVICE})
    assert caller.subject == "question-gen"


async def test_every_interview_rpc_needs_an_interview_id_that_exists(qg):
    staff = qg.staff()
    ref_calls = [
        qg.interviews.StartInterview,
        qg.interviews.PauseInterview,
        qg.interviews.ResumeInterview,
        qg.interviews.CompleteInterview,
    ]
    for rpc in ref_calls:
        assert await status_of(rpc(question_gen_pb2.InterviewRef(), metadata=staff)) == (
            Code.INVALID_ARGUMENT,
            "interview_id: must not be empty",
        )
        code, details = await status_of(rpc(question_gen_pb2.InterviewRef(interview_id="nope"), metadata=staff))
        assert code == Code.NOT_FOUND and "interview 'nope'" in details
    code, _ = await status_of(
        qg.interviews.GetInterview(question_gen_pb2.GetInterviewRequest(interview_id="nope"), metadata=staff)
    )
    assert code == Code.NOT_FOUND
    assert await status_of(
        first_of_stream(qg.interviews.StreamInterview(question_gen_pb2.StreamInterviewRequest(), metadata=staff))
    ) == (Code.INVALID_ARGUMENT, "interview_id: must not be empty")
    code, _ = await status_of(
        first_of_stream(
            qg.interviews.StreamInterview(question_gen_pb2.StreamInterviewRequest(interview_id="nope"), metadata=staff)
        )
    )
    assert code == Code.NOT_FOUND


async def test_submit_answer_names_the_invalid_field_and_refuses_the_wrong_state(qg):
    created = await qg.create_interview("cand-answers")
    interview_id = created.interview.interview_id
    candidate = qg.as_candidate(created.candidate_token)

    def submit(**fields):
        values = {"interview_id": interview_id, "question_id": "q", "text": "An answer."}
        values.update(fields)
        return qg.interviews.SubmitAnswer(question_gen_pb2.SubmitAnswerRequest(**values), metadata=candidate)

    code, details = await status_of(submit())
    assert code == Code.FAILED_PRECONDITION and "scheduled" in details
    started = await qg.interviews.StartInterview(
        question_gen_pb2.InterviewRef(interview_id=interview_id), metadata=candidate
    )
    current = started.current_question_id

    assert await status_of(submit(interview_id="")) == (Code.INVALID_ARGUMENT, "interview_id: must not be empty")
    assert await status_of(submit(question_id="")) == (Code.INVALID_ARGUMENT, "question_id: must not be empty")
    assert await status_of(submit(question_id=current, text="  ")) == (
        Code.INVALID_ARGUMENT,
        "text: must not be empty",
    )
    code, details = await status_of(submit(question_id=current, text="x" * 10_001))
    assert code == Code.INVALID_ARGUMENT and details.startswith("text: must be at most 10000 characters")
    code, details = await status_of(submit(question_id="unknown"))
    assert code == Code.NOT_FOUND and "question 'unknown'" in details
    assert await status_of(submit(question_id=current, idempotency_key="k" * 129)) == (
        Code.INVALID_ARGUMENT,
        "idempotency_key: must be at most 128 characters",
    )
    code, details = await status_of(submit(question_id=current, supplement=True))
    assert code == Code.FAILED_PRECONDITION and "last answered" in details

    await qg.interviews.PauseInterview(question_gen_pb2.InterviewRef(interview_id=interview_id), metadata=candidate)
    code, details = await status_of(submit(question_id=current))
    assert code == Code.FAILED_PRECONDITION and "paused" in details
    code, _ = await status_of(
        qg.interviews.PauseInterview(question_gen_pb2.InterviewRef(interview_id=interview_id), metadata=candidate)
    )
    assert code == Code.FAILED_PRECONDITION


async def test_a_missing_or_forged_credential_is_unauthenticated(qg):
    forged = bearer_metadata(
        TokenSigner("another-secret-of-enough-length").mint_api_key(qg.tenant_id, [Role.ADMIN], subject="x")
    )
    calls = [
        lambda md: qg.positions.ListCompetencies(question_gen_pb2.ListCompetenciesRequest(), metadata=md),
        lambda md: qg.positions.CreatePosition(question_gen_pb2.CreatePositionRequest(title="T"), metadata=md),
        lambda md: qg.interviews.GetInterview(question_gen_pb2.GetInterviewRequest(interview_id="i"), metadata=md),
        lambda md: first_of_stream(
            qg.interviews.StreamInterview(question_gen_pb2.StreamInterviewRequest(interview_id="i"), metadata=md)
        ),
    ]
    for call in calls:
        for metadata in ((), forged, (("authorization", "Basic abc"),)):
            code, _ = await status_of(call(metadata))
            assert code == Code.UNAUTHENTICATED


async def test_a_candidate_token_opens_only_its_own_interview_and_no_staff_methods(qg):
    mine = await qg.create_interview("cand-mine")
    theirs = await qg.create_interview("cand-theirs")
    candidate = qg.as_candidate(mine.candidate_token)
    their_id = theirs.interview.interview_id

    denied = [
        qg.interviews.GetInterview(question_gen_pb2.GetInterviewRequest(interview_id=their_id), metadata=candidate),
        qg.interviews.StartInterview(question_gen_pb2.InterviewRef(interview_id=their_id), metadata=candidate),
        qg.interviews.SubmitAnswer(
            question_gen_pb2.SubmitAnswerRequest(interview_id=their_id, question_id="q", text="t"), metadata=candidate
        ),
        first_of_stream(
            qg.interviews.StreamInterview(
                question_gen_pb2.StreamInterviewRequest(interview_id=their_id), metadata=candidate
            )
        ),
        qg.positions.CreatePosition(question_gen_pb2.CreatePositionRequest(title="T"), metadata=candidate),
        qg.positions.GetPosition(
            question_gen_pb2.GetPositionRequest(position_id=mine.interview.position_id), metadata=candidate
        ),
        qg.interviews.CreateInterview(
            question_gen_pb2.CreateInterviewRequest(
                candidate_id="cand-mine", position_id=mine.interview.position_id, language=common_pb2.LANGUAGE_EN
            ),
            metadata=candidate,
        ),
    ]
    for call in denied:
        code, _ = await status_of(call)
        assert code == Code.PERMISSION_DENIED

    own = await qg.interviews.GetInterview(
        question_gen_pb2.GetInterviewRequest(interview_id=mine.interview.interview_id), metadata=candidate
    )
    assert own.candidate_id == "cand-mine"


async def test_staff_of_another_tenant_cannot_see_the_interview(qg):
    created = await qg.create_interview("cand-tenant")

    code, _ = await status_of(
        qg.interviews.GetInterview(
            question_gen_pb2.GetInterviewRequest(interview_id=created.interview.interview_id),
            metadata=qg.staff("some-other-tenant"),
        )
    )

    assert code == Code.NOT_FOUND
