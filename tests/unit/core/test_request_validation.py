"""The request validator (issue 14, point 5): NUL, bidi controls, invisible-only text, id lengths,
field paths through nested and repeated messages, and naming the field of an undecodable request."""

from __future__ import annotations

import pytest
from wendu.core.errors import InvalidArgument, NotFound
from wendu.core.validation import MAX_ID_LENGTH, check_text, invalid_utf8_field, validate_message
from wendu.v1 import profile_pb2, question_gen_pb2, scoring_pb2


def refusal(message) -> str:
    with pytest.raises(InvalidArgument) as caught:
        validate_message(message)
    return str(caught.value)


def test_a_clean_request_passes():
    validate_message(
        profile_pb2.CreateCandidateRequest(
            display_name="李雷 Li Lei", email="li@example.com", resume_text="Led a team.\n\t带领团队"
        )
    )


@pytest.mark.parametrize("char", ["\x00", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"])
def test_nul_and_bidi_controls_are_refused_naming_the_field(char):
    message = refusal(profile_pb2.CreateCandidateRequest(display_name=f"Li{char}Lei"))

    assert message.startswith("display_name: ")
    assert char not in message


@pytest.mark.parametrize("text", ["\u200b", "\u200b\u200c\u200d", " \u2060 ", "\ufeff", "\u200b\n"])
def test_text_of_only_invisible_characters_is_refused(text):
    assert refusal(profile_pb2.CreateCandidateRequest(display_name=text)) == (
        "display_name: contains only invisible characters"
    )


def test_zero_width_characters_inside_visible_text_are_kept():
    # A zero-width joiner belongs in emoji sequences and some scripts.
    check_text("a\u200db", "name")
    check_text("", "name")


def test_ids_longer_than_the_limit_are_refused_without_being_echoed():
    long_id = "c" * (MAX_ID_LENGTH + 1)

    message = refusal(profile_pb2.GetCandidateRequest(candidate_id=long_id))

    assert message == f"candidate_id: is {MAX_ID_LENGTH + 1} characters long, the limit is {MAX_ID_LENGTH}"
    validate_message(profile_pb2.GetCandidateRequest(candidate_id="c" * MAX_ID_LENGTH))


def test_an_element_of_an_ids_list_is_limited_too():
    message = scoring_pb2.ScoreAnswerRequest(competency_ids=["teamwork", "x" * 500])

    assert refusal(message).startswith("competency_ids[1]: is 500 characters long")


def test_the_path_goes_through_repeated_and_nested_messages():
    request = question_gen_pb2.CreatePositionRequest()
    for text in ("one", "two", "three"):
        request.question_bank.add().text.en = text
    request.question_bank[2].text.zh = "第三\u202e题"

    assert refusal(request).startswith("question_bank[2].text.zh: must not contain bidirectional")


def test_not_found_quotes_only_a_prefix_of_the_id():
    error = NotFound("candidate", "x" * 10_000)

    assert len(str(error)) < 60
    assert str(error) == f"candidate {'x' * 24!r}… not found"


def test_invalid_utf8_is_found_by_field_path():
    request = question_gen_pb2.CreatePositionRequest()
    for text in ("one", "two", "three"):
        request.question_bank.add().text.zh = text
    data = bytearray(request.SerializeToString())
    data[data.index(b"three")] = 0xFF

    assert invalid_utf8_field(question_gen_pb2.CreatePositionRequest.DESCRIPTOR, bytes(data)) == (
        "question_bank[2].text.zh"
    )


def test_invalid_utf8_in_a_top_level_field_and_malformed_bytes():
    data = bytearray(profile_pb2.CreateCandidateRequest(display_name="abc", email="e").SerializeToString())
    data[data.index(b"abc")] = 0xC3
    descriptor = profile_pb2.CreateCandidateRequest.DESCRIPTOR

    assert invalid_utf8_field(descriptor, bytes(data)) == "display_name"
    assert invalid_utf8_field(descriptor, b"\x0a\x7f") is None  # truncated
