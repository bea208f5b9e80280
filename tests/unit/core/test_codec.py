import pytest
from wendu.core import codec, topics
from wendu.v1 import common_pb2, events_pb2


def _answer() -> events_pb2.AnswerSubmitted:
    return events_pb2.AnswerSubmitted(
        meta=codec.new_meta(events_pb2.AnswerSubmitted, tenant_id="acme", interview_id="iv-1"),
        answer_id="a-1",
        answer_text="我带领团队完成了项目",
        language=common_pb2.LANGUAGE_ZH,
    )


def test_event_round_trips_with_headers_naming_the_message():
    value, headers = codec.encode(_answer())
    assert dict(headers)["content-type"] == b"application/x-protobuf; messageType=wendu.v1.AnswerSubmitted"
    decoded = codec.decode(topics.ANSWER_SUBMITTED, value, headers)
    assert decoded.answer_text == "我带领团队完成了项目"
    assert decoded.meta.schema_version == "wendu.v1.AnswerSubmitted/1"


def test_garbage_bytes_are_malformed():
    with pytest.raises(codec.MalformedEvent):
        codec.decode(topics.ANSWER_SUBMITTED, b"\xff\xff\xff not protobuf", [])


def test_event_without_tenant_is_malformed():
    event = _answer()
    event.meta.tenant_id = ""
    value, headers = codec.encode(event)
    with pytest.raises(codec.MalformedEvent, match="tenant_id"):
        codec.decode(topics.ANSWER_SUBMITTED, value, headers)


def test_message_of_another_topic_is_rejected_by_content_type():
    value, headers = codec.encode(_answer())
    with pytest.raises(codec.MalformedEvent, match="content-type"):
        codec.decode(topics.SCORE_READY, value, headers)


def test_unknown_schema_major_is_malformed():
    event = _answer()
    event.meta.schema_version = "wendu.v1.AnswerSubmitted/2"
    value, _ = codec.encode(event)
    with pytest.raises(codec.MalformedEvent, match="schema_version"):
        codec.decode(topics.ANSWER_SUBMITTED, value, None)


def test_every_topic_has_a_payload_with_an_envelope():
    for topic, message_type in topics.PAYLOADS.items():
        assert message_type.DESCRIPTOR.fields_by_name["meta"].number == 1, topic
