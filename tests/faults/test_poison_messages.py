"""Poison messages on each input topic: they land in ``<topic>.dlq``, and processing continues.

Three poisons per input topic, keyed with the id of an interview that is about to run, so they sit
in the same partitions as, and ahead of, every valid event of that interview: a JSON body under a
JSON content type, bytes that are not a valid protobuf, and the right message whose envelope has no event id.
Every consumer group of the topic must dead-letter each of them once, with the original bytes and
the reason, and the interview behind them must still run to its report, history entry and plan.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import grpc
import pytest
from support.kafka import started_publisher
from wendu.cli.client import WenduClient
from wendu.core import codec, topics
from wendu.core.kafka_access import INSIGHTS_INTERNAL_PREFIX, SERVICE_TOPICS
from wendu.insights.entrypoints.monitor import INPUT_TOPICS as MONITOR_TOPICS
from wendu.v1 import common_pb2, profile_pb2, question_gen_pb2, training_pb2

from faults.harness import Platform
from faults.load import Load, read_topic, verify

pytestmark = pytest.mark.timeout(300)

# insights' faust monitor consumes in a group of its own, named after its app id.
MONITOR = "insights-monitor"
# question-gen's command channel, from its own API replicas to the interview's owner (its worker),
# is not an event topic of the pipeline and is not poisoned here.
NOT_POISONED = frozenset({topics.INTERVIEW_COMMANDS})


def input_topic_consumers() -> dict[str, tuple[str, ...]]:
    """Each input topic -> the services whose consumer groups read it, from the one table of who
    reads what (``wendu.core.kafka_access.SERVICE_TOPICS``, the broker's ACLs come from it).

    insights' row holds its worker's inputs and its faust monitor's together: the monitor reads its
    ``INPUT_TOPICS`` in its own group, the worker the others, and candidate-erased as every group does.
    """
    readers: dict[str, list[str]] = {}
    for service, access in SERVICE_TOPICS.items():
        for topic in access.consumes:
            if topic in NOT_POISONED:
                continue
            groups = readers.setdefault(topic, [])
            if service == "insights" and topic in MONITOR_TOPICS:
                groups.append(MONITOR)
                if topic != topics.CANDIDATE_ERASED:
                    continue
            groups.append(service)
    return {topic: tuple(readers[topic]) for topic in topics.ALL_TOPICS if topic in readers}


CONSUMERS = input_topic_consumers()


def consumer_group(prefix: str, service: str) -> str:
    """The consumer group whose DLQ records name it: ``<prefix>.<service>``, or the monitor's app id."""
    return f"{INSIGHTS_INTERNAL_PREFIX}{prefix}" if service == MONITOR else f"{prefix}.{service}"


def poisons(topic: str) -> dict[str, tuple[bytes, list[tuple[str, bytes]]]]:
    """The poison records for ``topic``: name -> (value, headers)."""
    payload = topics.PAYLOADS[topic]
    right_type = [(codec.CONTENT_TYPE_HEADER, codec.content_type(payload).encode())]
    return {
        "json": (b'{"answer_id": "a-1", "text": "not protobuf"}', [(codec.CONTENT_TYPE_HEADER, b"application/json")]),
        # Field 1 (meta) as length-delimited with a length far past the end of the record.
        "corrupt": (b"\x0a\xff\xff\xff\xff\x0f", right_type),
        # A payload of the right type whose envelope has no event id (so it cannot be deduplicated).
        "no-event-id": (payload(meta=common_pb2.EventMeta(tenant_id="t-poison")).SerializeToString(), right_type),
    }


async def test_poison_on_every_input_topic_is_dead_lettered_and_processing_continues(serving: Platform) -> None:
    started = time.monotonic()
    tenant_id, key = serving.tenant_key()
    load = Load(serving.addresses, tenant_id, key)
    poisoned: list[str] = []

    async def poison(interview_id: str) -> None:
        poisoned.append(interview_id)
        async with started_publisher(serving.infra.kafka_bootstrap, "faults-poison") as publisher:
            for topic in CONSUMERS:
                for name, (value, headers) in poisons(topic).items():
                    await publisher.publish_raw(
                        topic, value, key=interview_id.encode(), headers=[*headers, ("poison", name.encode())]
                    )

    await load.run(1, on_created=poison, timeout_seconds=180)
    counts = await verify(load, serving.infra.kafka_bootstrap)
    assert len(poisoned) == 1, f"no interview was created: {load.tally.failures}"
    interview_id = poisoned[0]

    # What came after the poison was processed: the interview reached its report, and the report
    # reached both consumers of report-generated (profile history and the training plan).
    async with WenduClient(key, serving.addresses) as staff:
        interview = await staff.interviews.GetInterview(question_gen_pb2.GetInterviewRequest(interview_id=interview_id))
        history = await _history(staff, interview.candidate_id)
        plan = await _learning_plan(staff, interview.candidate_id)

    dead: dict[str, Counter[tuple[str, str]]] = {}
    wrong: list[str] = []
    for topic, services in CONSUMERS.items():
        sent = poisons(topic)
        dead[topic] = Counter()
        for record in await read_topic(serving.infra.kafka_bootstrap, topics.dlq(topic)):
            if record.key != interview_id.encode():
                continue
            headers = {k: v.decode(errors="replace") for k, v in record.headers or ()}
            name, group = headers.get("poison", "?"), headers.get("dlq-consumer-group", "?")
            dead[topic][(name, group)] += 1
            if name not in sent or record.value != sent[name][0]:
                wrong.append(f"{topic}.dlq: {name} does not carry the original bytes")
            if not headers.get("dlq-reason") or headers.get("dlq-source-topic") != topic:
                wrong.append(f"{topic}.dlq: {name} lacks its reason or source topic: {headers}")
        expected = Counter(
            {(name, consumer_group(serving.consumer_group_prefix, service)): 1 for name in sent for service in services}
        )
        if dead[topic] != expected:
            wrong.append(f"{topic}.dlq: got {dict(dead[topic])}, want {dict(expected)}")

    dead_lettered = sum(sum(c.values()) for c in dead.values())
    expected_total = sum(len(poisons(t)) * len(s) for t, s in CONSUMERS.items())
    print(
        f"\n[poison] {sum(len(poisons(t)) for t in CONSUMERS)} poison records on {len(CONSUMERS)} topics -> "
        f"{dead_lettered} DLQ records (want {expected_total}: one per consumer group); after them {counts.line()}; "
        f"history entries {len(history.entries)}, plan courses {len(plan.courses) if plan else 0}; "
        f"{time.monotonic() - started:.1f} s"
    )

    assert not wrong, "\n".join(wrong)
    assert dead_lettered == expected_total
    assert counts.reported == counts.interviews == 1, counts.line()
    assert counts.submitted >= 3 and counts.losses() == dict.fromkeys(counts.losses(), 0), counts.line()
    assert [entry.interview_id for entry in history.entries] == [interview_id]
    assert plan is not None and plan.courses


async def _history(staff: WenduClient, candidate_id: str) -> profile_pb2.ListInterviewHistoryResponse:
    """The candidate's interview history, once profile has recorded the report (or after 30 s)."""
    request = profile_pb2.ListInterviewHistoryRequest(candidate_id=candidate_id)
    history = await staff.profile.ListInterviewHistory(request)
    deadline = time.monotonic() + 30
    while not history.entries and time.monotonic() < deadline:
        await asyncio.sleep(0.5)
        history = await staff.profile.ListInterviewHistory(request)
    return history


async def _learning_plan(staff: WenduClient, candidate_id: str) -> training_pb2.LearningPlan | None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            return await staff.training.GetLearningPlan(training_pb2.GetLearningPlanRequest(candidate_id=candidate_id))
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.NOT_FOUND:
                raise
            await asyncio.sleep(0.5)
    return None
