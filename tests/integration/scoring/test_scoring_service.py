"""The scoring service in-process (role ``all``) against the real Kafka broker and FerretDB.

Topics are shared with every other test run, so the service's consumer group starts at the
current end of answer-submitted, each test uses its own tenant, and the readers of
score-ready and the DLQ look only for that tenant's records.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import grpc
import mongoengine
import pytest
from aiokafka import AIOKafkaProducer, ConsumerRecord
from support.auth import Metadata, api_key_metadata
from support.kafka import TopicReader
from support.mongo_commands import recorded_commands
from support.services import running_service
from wendu.core import codec, topics
from wendu.core.auth import TokenSigner, bearer_metadata
from wendu.core.bus import ensure_topics, kafka_client_kwargs
from wendu.core.config import CoreSettings
from wendu.scoring.adapters import repository
from wendu.scoring.adapters.repository import AnswerScoreDocument, MongoScoreRepository, score_key
from wendu.scoring.bootstrap import bootstrap
from wendu.scoring.domain.local_scorer import SCORER_NAME, SCORER_VERSION
from wendu.v1 import common_pb2, events_pb2, scoring_pb2, scoring_pb2_grpc

pytestmark = pytest.mark.integration

STRONG_ANSWER = (
    "Last year at my previous company our checkout service was failing during peak sales. "
    "I was responsible for fixing it within two weeks. I analyzed the logs, I built a retry queue and "
    "I led three engineers through the rollout. As a result errors dropped by 40% and revenue grew $2M."
)


@dataclass(frozen=True)
class Running:
    settings: CoreSettings
    stub: scoring_pb2_grpc.ScoringServiceStub
    signer: TokenSigner
    score_ready: TopicReader
    dead_letters: TopicReader

    def staff(self, tenant_id: str) -> Metadata:
        return api_key_metadata(self.signer, tenant_id)


@pytest.fixture(scope="module")
async def scoring(make_settings: Callable[..., CoreSettings]) -> AsyncIterator[Running]:
    settings = make_settings("scoring")
    # serve() creates the topics too, but the group offsets and readers need them before it starts.
    await ensure_topics(settings.kafka_bootstrap, topics.ALL_TOPICS)
    async with (
        TopicReader(settings.kafka_bootstrap, topics.SCORE_READY) as score_ready,
        TopicReader(settings.kafka_bootstrap, topics.dlq(topics.ANSWER_SUBMITTED)) as dead_letters,
        running_service(settings, bootstrap, consumed=[topics.ANSWER_SUBMITTED]) as address,
        grpc.aio.insecure_channel(address) as channel,
    ):
        yield Running(
            settings=settings,
            stub=scoring_pb2_grpc.ScoringServiceStub(channel),
            signer=TokenSigner(settings.auth_secret),
            score_ready=score_ready,
            dead_letters=dead_letters,
        )


@pytest.fixture
async def producer(scoring: Running) -> AsyncIterator[AIOKafkaProducer]:
    producer = AIOKafkaProducer(**kafka_client_kwargs(scoring.settings.kafka_bootstrap))
    await producer.start()
    yield producer
    await producer.stop()


@pytest.fixture
def tenant_id() -> str:
    return f"tenant-{uuid.uuid4().hex[:10]}"


def answer_submitted(tenant_id: str, interview_id: str, *, revision: int = 0) -> events_pb2.AnswerSubmitted:
    return events_pb2.AnswerSubmitted(
        meta=codec.new_meta(
            events_pb2.AnswerSubmitted,
            tenant_id=tenant_id,
            interview_id=interview_id,
            candidate_id="cand-1",
            interview_kind=common_pb2.INTERVIEW_KIND_SELECTION,
        ),
        answer_id=f"{interview_id}-a1",
        question_id="q-1",
        question_text="Tell me about a time you fixed a failing system under pressure.",
        competency_ids=["problem_solving", "leadership"],
        rubric_version="bars-2025.1",
        answer_text=STRONG_ANSWER,
        language=common_pb2.LANGUAGE_EN,
        revision=revision,
        position_id="pos-1",
        submitted_at=codec.to_timestamp(datetime.now(UTC)),
    )


async def produce(producer: AIOKafkaProducer, event: events_pb2.AnswerSubmitted) -> None:
    value, headers = codec.encode(event)
    await producer.send_and_wait(topics.ANSWER_SUBMITTED, value, key=event.meta.interview_id.encode(), headers=headers)


def score_of(tenant_id: str, answer_id: str) -> Callable[[ConsumerRecord], bool]:
    def match(record: ConsumerRecord) -> bool:
        event = codec.decode(topics.SCORE_READY, record.value, list(record.headers or ()))
        return event.meta.tenant_id == tenant_id and event.answer_id == answer_id  # type: ignore[attr-defined]

    return match


def decoded(record: ConsumerRecord) -> events_pb2.ScoreReady:
    event = codec.decode(topics.SCORE_READY, record.value, list(record.headers or ()))
    assert isinstance(event, events_pb2.ScoreReady)
    return event


async def test_a_submitted_answer_is_scored_and_a_redelivery_is_not_scored_twice(
    scoring: Running, producer: AIOKafkaProducer, tenant_id: str
) -> None:
    event = answer_submitted(tenant_id, "iv-dup")
    await produce(producer, event)
    [first_record] = await scoring.score_ready.wait_for_records(score_of(tenant_id, event.answer_id))
    first = decoded(first_record)

    assert first_record.key == b"iv-dup"
    assert [s.competency_id for s in first.scores] == ["problem_solving", "leadership"]
    # A complete, specific story (level 4) on solving the problem; one leadership action (level 3 or more).
    problem_solving, leadership = first.scores
    assert problem_solving.score >= 6.0 and problem_solving.level == 4
    assert leadership.score >= 4.0
    assert first.scorer.name == SCORER_NAME
    assert first.scorer.version == SCORER_VERSION
    assert first.scorer.rubric_version == "bars-2025.1"
    # What a data engineer reads off the topic with kcat and the protos: STAR, specificity, relevance,
    # a rationale in the interview language, and why (if at all) a person should look.
    assert common_pb2.STAR_PART_ACTION in first.star_parts and common_pb2.STAR_PART_RESULT in first.star_parts
    assert 0.0 < first.specificity <= 1.0 and 0.0 <= first.relevance <= 1.0
    assert first.rationale and (first.scorer_model, first.scorer_panel_size) == ("", 0)
    assert not first.needs_human_review and list(first.review_reasons) == []
    assert first.answer_text == STRONG_ANSWER
    assert first.submitted_at == event.submitted_at
    for evidence in first.evidence:
        assert STRONG_ANSWER[evidence.start : evidence.end] == evidence.quote

    await produce(producer, event)
    records = await scoring.score_ready.wait_for_records(score_of(tenant_id, event.answer_id), count=2)
    assert decoded(records[1]).meta.event_id == first.meta.event_id

    listed = await scoring.stub.ListScores(
        scoring_pb2.ListScoresRequest(interview_id="iv-dup"), metadata=scoring.staff(tenant_id)
    )
    assert len(listed.scores) == 1
    [score] = listed.scores
    assert (score.answer_id, score.interview_id, score.question_id) == (event.answer_id, "iv-dup", "q-1")
    assert list(score.scores) == list(first.scores)


async def test_a_new_answer_is_looked_up_and_stored_by_id_only(
    scoring: Running, producer: AIOKafkaProducer, tenant_id: str
) -> None:
    """FerretDB v1 serves only ``{_id: ...}`` from an index: a new answer, and its redelivery, cost
    finds by the score's key, never a scan of the collection."""
    event = answer_submitted(tenant_id, "iv-by-id")
    key = score_key(tenant_id, event.answer_id, 0)
    with recorded_commands(database=scoring.settings.mongo_db) as log:
        await produce(producer, event)
        [first] = await scoring.score_ready.wait_for_records(score_of(tenant_id, event.answer_id))
    by_key = [c.name for c in log.on("scoring_answer_scores") if c.filter == {"_id": key}]

    assert by_key == ["find"]
    assert "insert" in [c.name for c in log.on("scoring_answer_scores")]
    assert log.scans(tenant_id=tenant_id) == []
    stored = AnswerScoreDocument._get_collection().find_one({"_id": key})
    assert (
        stored is not None and stored["tenant_id"] == tenant_id and stored["event_id"] == decoded(first).meta.event_id
    )

    with recorded_commands(database=scoring.settings.mongo_db) as redelivery:
        await produce(producer, event)
        records = await scoring.score_ready.wait_for_records(score_of(tenant_id, event.answer_id), count=2)

    assert decoded(records[1]).meta.event_id == decoded(first).meta.event_id
    assert [(c.name, c.filter) for c in redelivery.on("scoring_answer_scores") if c.about(tenant_id)] == [
        ("find", {"_id": key})
    ]
    assert redelivery.scans(tenant_id=tenant_id) == []


async def test_a_supplemented_answer_is_stored_as_a_second_revision(
    scoring: Running, producer: AIOKafkaProducer, tenant_id: str
) -> None:
    for revision in (0, 1):
        await produce(producer, answer_submitted(tenant_id, "iv-rev", revision=revision))
    await scoring.score_ready.wait_for_records(score_of(tenant_id, "iv-rev-a1"), count=2)

    listed = await scoring.stub.ListScores(
        scoring_pb2.ListScoresRequest(interview_id="iv-rev"), metadata=scoring.staff(tenant_id)
    )
    assert sorted(s.revision for s in listed.scores) == [0, 1]


async def test_scores_are_invisible_to_other_tenants(
    scoring: Running, producer: AIOKafkaProducer, tenant_id: str
) -> None:
    await produce(producer, answer_submitted(tenant_id, "iv-private"))
    await scoring.score_ready.wait_for_records(score_of(tenant_id, "iv-private-a1"))

    listed = await scoring.stub.ListScores(
        scoring_pb2.ListScoresRequest(interview_id="iv-private"), metadata=scoring.staff("someone-else")
    )
    assert list(listed.scores) == []


async def test_a_malformed_record_is_dead_lettered_and_the_next_answer_is_still_scored(
    scoring: Running, producer: AIOKafkaProducer, tenant_id: str
) -> None:
    garbage_key = f"garbage-{uuid.uuid4().hex}".encode()
    await producer.send_and_wait(topics.ANSWER_SUBMITTED, b"\x08\x96\x01\xff\xfe not protobuf", key=garbage_key)
    good = answer_submitted(tenant_id, "iv-after-garbage")
    await produce(producer, good)

    [dead] = await scoring.dead_letters.wait_for_records(lambda record: record.key == garbage_key)
    headers = dict(dead.headers)
    assert dead.value == b"\x08\x96\x01\xff\xfe not protobuf"
    assert headers["dlq-reason"]
    assert headers["dlq-source-topic"] == topics.ANSWER_SUBMITTED.encode()
    await scoring.score_ready.wait_for_records(score_of(tenant_id, good.answer_id))


async def test_scores_are_stored_with_a_unique_business_key(scoring: Running) -> None:
    indexes = mongoengine.get_db()["scoring_answer_scores"].index_information()
    [unique] = [spec for spec in indexes.values() if spec.get("unique")]
    assert [field for field, _ in unique["key"]] == ["tenant_id", "answer_id", "revision"]


async def test_a_database_call_runs_off_the_event_loop(
    scoring: Running, tenant_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a repository call waits on the database the loop goes on: here the call's insert only
    proceeds once the loop has run again and released it (on the loop itself it would wait in vain)."""
    ready = events_pb2.ScoreReady(
        meta=codec.new_meta(events_pb2.ScoreReady, tenant_id=tenant_id, interview_id="iv-off-loop"),
        answer_id="iv-off-loop-a1",
        submitted_at=codec.to_timestamp(datetime.now(UTC)),
    )
    released = threading.Event()
    waited: list[tuple[bool, bool]] = []
    real_insert: Callable[[AnswerScoreDocument], bool] = repository.insert_if_new

    def gated_insert(document: AnswerScoreDocument) -> bool:
        if document.tenant_id == tenant_id:  # the in-process service's own writes pass
            # (released by the loop in time, ran on a thread other than the loop's)
            waited.append((released.wait(timeout=10), threading.current_thread() is not loop_thread))
        return real_insert(document)

    loop_thread = threading.current_thread()
    monkeypatch.setattr(repository, "insert_if_new", gated_insert)
    scores = MongoScoreRepository()
    adding = asyncio.create_task(scores.add(ready))
    await asyncio.sleep(0.05)
    assert not adding.done()
    released.set()
    added = await asyncio.wait_for(adding, 10)

    assert added is True
    assert waited == [(True, True)]
    assert await scores.get(tenant_id, ready.answer_id, 0) == ready


async def test_score_answer_scores_without_storing(scoring: Running, tenant_id: str) -> None:
    response = await scoring.stub.ScoreAnswer(
        scoring_pb2.ScoreAnswerRequest(
            question_text="请讲一次你带领团队解决问题的经历",
            competency_ids=["leadership", "teamwork"],
            answer_text="去年我负责支付系统重构。我带领3人团队排查瓶颈，最终把延迟降低了百分之二十。",
            language=common_pb2.LANGUAGE_ZH,
        ),
        metadata=scoring.staff(tenant_id),
    )
    assert [s.competency_id for s in response.scores] == ["leadership", "teamwork"]
    assert response.rationale.startswith("包含")
    assert response.evidence


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"competency_ids": ["leadership"], "language": common_pb2.LANGUAGE_EN}, "answer_text"),
        ({"answer_text": "x" * 10_001, "competency_ids": ["leadership"], "language": 2}, "answer_text"),
        ({"answer_text": "I led it.", "language": common_pb2.LANGUAGE_EN}, "competency_ids"),
        ({"answer_text": "I led it.", "competency_ids": ["mind_reading"], "language": 2}, "competency_ids"),
        ({"answer_text": "I led it.", "competency_ids": ["leadership"]}, "language"),
    ],
)
async def test_bad_score_requests_are_invalid_argument_naming_the_field(
    scoring: Running, tenant_id: str, request_fields: dict[str, object], field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await scoring.stub.ScoreAnswer(
            scoring_pb2.ScoreAnswerRequest(**request_fields),  # type: ignore[arg-type]
            metadata=scoring.staff(tenant_id),
        )
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert (raised.value.details() or "").startswith(f"{field}: ")


async def test_list_scores_without_an_interview_id_is_invalid_argument(scoring: Running, tenant_id: str) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await scoring.stub.ListScores(scoring_pb2.ListScoresRequest(), metadata=scoring.staff(tenant_id))
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert (raised.value.details() or "").startswith("interview_id: ")


async def test_candidate_tokens_are_permission_denied(scoring: Running, tenant_id: str) -> None:
    token = scoring.signer.mint_candidate_token(tenant_id, "iv-1", "cand-1")
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await scoring.stub.ListScores(
            scoring_pb2.ListScoresRequest(interview_id="iv-1"), metadata=bearer_metadata(token)
        )
    assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_calls_without_a_credential_are_unauthenticated(scoring: Running) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await scoring.stub.ListScores(scoring_pb2.ListScoresRequest(interview_id="iv-1"))
    assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED
