"""Which topics each service's Kafka principal may produce and read: the one table the broker's ACLs
come from (``infra/kafka/acls.txt`` locally, ``docs/deploy.md`` for a cluster ops run).

Each service authenticates as its own principal (``User:<service>``). It may write the topics it
produces and the dead-letter topics of its inputs, and read its inputs (in its consumer group) and
the broadcasts its API replicas follow. Nothing else: scoring cannot forge ``candidate-erased``.
"""

from __future__ import annotations

from dataclasses import dataclass

from wendu.core import topics
from wendu.core.config import DEFAULT_AUDIT_RETENTION_DAYS
from wendu.core.topics import dlq


@dataclass(frozen=True)
class TopicAccess:
    """One service's topics, by what it does with them."""

    produces: tuple[str, ...]
    # Read in the service's consumer group by its worker role.
    consumes: tuple[str, ...]
    # Read outside any group by every API replica.
    broadcasts: tuple[str, ...] = ()

    @property
    def writes(self) -> tuple[str, ...]:
        """Topics the principal may produce: its own events and the dead letters of its inputs."""
        return (*self.produces, *(dlq(topic) for topic in self.consumes))

    @property
    def reads(self) -> tuple[str, ...]:
        return (*self.consumes, *self.broadcasts)

    @property
    def touched(self) -> tuple[str, ...]:
        """Every topic the service uses (what it checks or creates at start)."""
        return tuple(dict.fromkeys((*self.writes, *self.reads)))


# Every API replica of every service reads the key registry (to refuse revoked keys); only an
# operator's principal (or the local admin) writes it, with `wendu tenant key`.
OPERATOR_TOPICS = (topics.API_KEYS,)

SERVICE_TOPICS: dict[str, TopicAccess] = {
    "profile": TopicAccess(
        # decision-audit: each ExportCandidateData is recorded there (who read whose data).
        produces=(topics.PROFILE_UPDATED, topics.CANDIDATE_ERASED, topics.SELF_IDENTIFICATION, topics.DECISION_AUDIT),
        consumes=(topics.REPORT_GENERATED,),
        broadcasts=(topics.API_KEYS,),
    ),
    "question-gen": TopicAccess(
        produces=(
            topics.ANSWER_SUBMITTED,
            topics.HINT_READY,
            topics.INTERVIEW_UPDATED,
            topics.INTERVIEW_COMPLETED,
            topics.INTERVIEW_COMMANDS,
            topics.CANDIDATE_REQUESTS,
            topics.DECISION_AUDIT,
        ),
        consumes=(topics.INTERVIEW_COMMANDS, topics.SCORE_READY, topics.CANDIDATE_ERASED),
        broadcasts=(topics.INTERVIEW_UPDATED, topics.API_KEYS),
    ),
    "scoring": TopicAccess(
        produces=(topics.SCORE_READY, topics.DECISION_AUDIT),
        consumes=(topics.ANSWER_SUBMITTED, topics.CANDIDATE_ERASED),
        broadcasts=(topics.API_KEYS,),
    ),
    "feedback": TopicAccess(
        produces=(topics.REPORT_GENERATED, topics.DECISION_AUDIT, topics.CANDIDATE_FEEDBACK),
        consumes=(topics.SCORE_READY, topics.HINT_READY, topics.INTERVIEW_COMPLETED, topics.CANDIDATE_ERASED),
        broadcasts=(topics.API_KEYS,),
    ),
    "training": TopicAccess(
        produces=(topics.LEARNING_PLAN_UPDATED,),
        consumes=(topics.REPORT_GENERATED, topics.CANDIDATE_ERASED),
        broadcasts=(topics.API_KEYS,),
    ),
    # The only reader of self-identification (the wall, docs/fairness.md). Its faust monitor reads
    # report-generated, hiring-decision, self-identification and candidate-erased in its own group,
    # and keeps its internal topics under INSIGHTS_INTERNAL_PREFIX.
    "insights": TopicAccess(
        produces=(topics.HIRING_DECISION, topics.FAIRNESS_SNAPSHOT, topics.DECISION_AUDIT),
        consumes=(
            topics.DECISION_AUDIT,
            topics.CANDIDATE_ERASED,
            topics.REPORT_GENERATED,
            topics.HIRING_DECISION,
            topics.SELF_IDENTIFICATION,
        ),
        broadcasts=(topics.API_KEYS,),
    ),
}

# faust names its repartition and changelog topics after its app id; insights' app id starts with
# this prefix, so one PREFIXED grant covers them (they are created by faust itself at start).
INSIGHTS_INTERNAL_PREFIX = "insights-monitor."

# Every topic and its dead-letter topic: what an operator (or infra/up.sh) creates up front.
ALL_TOPICS_WITH_DLQ: tuple[str, ...] = tuple(sorted({t for topic in topics.ALL_TOPICS for t in (topic, dlq(topic))}))


def topics_of(service_name: str) -> tuple[str, ...]:
    """The topics ``service_name`` uses; every topic for a process that is not one of the services."""
    access = SERVICE_TOPICS.get(service_name)
    return access.touched if access else topics.ALL_TOPICS


def _topic_line(topic: str) -> str:
    """``topic NAME [KEY=VALUE ...]``: compacted state topics, and the audit trail's default retention
    (a service started with another WENDU_AUDIT_RETENTION_DAYS finds the topic already created)."""
    if topic in topics.COMPACTED_TOPICS:
        return f"topic {topic} cleanup.policy=compact"
    configs = topics.topic_configs(DEFAULT_AUDIT_RETENTION_DAYS).get(topic, {})
    return " ".join([f"topic {topic}", *(f"{key}={value}" for key, value in configs.items())])


def acl_spec(partitions: int) -> str:
    """The local broker's topics and ACLs, in the line format infra/kafka/SecuritySetup.java reads.

    Consumer groups are granted by wildcard locally, because tests and benchmarks pick their own group
    prefixes; a cluster grants ``READ`` on the literal group ``<prefix>.<service>`` instead
    (docs/deploy.md). A group holds offsets only, never data.
    """
    lines = [
        "# Generated from wendu.core.kafka_access (make kafka-acls); tests/unit/core/test_kafka_access.py",
        "# checks it is current. Read by infra/kafka/SecuritySetup.java, run by infra/up.sh.",
        f"partitions {partitions}",
        *(_topic_line(topic) for topic in ALL_TOPICS_WITH_DLQ),
    ]
    for service, access in SERVICE_TOPICS.items():
        principal = f"User:{service}"
        lines += [f"allow {principal} WRITE TOPIC LITERAL {topic}" for topic in access.writes]
        lines += [f"allow {principal} READ TOPIC LITERAL {topic}" for topic in access.reads]
        lines.append(f"allow {principal} READ GROUP LITERAL *")
    lines.append(f"allow User:insights ALL TOPIC PREFIXED {INSIGHTS_INTERNAL_PREFIX}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from wendu.core.bus import DEFAULT_PARTITIONS

    print(acl_spec(DEFAULT_PARTITIONS), end="")
