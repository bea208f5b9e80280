"""Configuration shared by every service, read once from the environment.

Each service's own ``config.py`` builds a :class:`CoreSettings` through :func:`core_settings_from_env`
and adds its own fields. Required values fail fast with a message naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field


class ConfigError(RuntimeError):
    """A required setting is missing or malformed."""


def _get(env: Mapping[str, str], name: str, default: str | None = None) -> str:
    value = env.get(name, default)
    if value is None or value == "":
        raise ConfigError(f"{name} is required but not set")
    return value


def _get_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from exc


def _get_float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from exc


@dataclass(frozen=True)
class LLMSettings:
    """Which LLM adapter to use. ``local`` needs no network and is the default."""

    provider: str = "local"  # WENDU_LLM_PROVIDER: local | openai
    base_url: str = ""  # WENDU_LLM_BASE_URL: any OpenAI-compatible endpoint
    model: str = ""  # WENDU_LLM_MODEL
    api_key: str = field(default="", repr=False)  # WENDU_LLM_API_KEY (from a Secret)
    timeout_seconds: float = 8.0  # WENDU_LLM_TIMEOUT_SECONDS
    max_retries: int = 1  # WENDU_LLM_MAX_RETRIES
    breaker_failures: int = 5  # WENDU_LLM_BREAKER_FAILURES: consecutive failures that open it
    breaker_reset_seconds: float = 30.0  # WENDU_LLM_BREAKER_RESET_SECONDS


KAFKA_SECURITY_PROTOCOLS = ("PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL", "SSL")


@dataclass(frozen=True)
class KafkaSecurity:
    """How a process authenticates to Kafka: its own SASL principal, over TLS where the network is not
    trusted. Read from the environment by :func:`kafka_security_from_env`; every Kafka client gets it
    through ``wendu.core.bus.kafka_client_kwargs``."""

    # WENDU_KAFKA_SECURITY_PROTOCOL: PLAINTEXT | SASL_PLAINTEXT | SASL_SSL | SSL
    # (default SASL_PLAINTEXT when a username is set, else PLAINTEXT)
    protocol: str = "PLAINTEXT"
    sasl_mechanism: str = "SCRAM-SHA-512"  # WENDU_KAFKA_SASL_MECHANISM
    username: str = ""  # WENDU_KAFKA_USERNAME: the service's principal (User:<username>)
    password: str = field(default="", repr=False)  # WENDU_KAFKA_PASSWORD (from a Secret)
    ca_file: str = ""  # WENDU_KAFKA_CA_FILE: PEM of the CA that signed the brokers' certificates (TLS)

    @property
    def uses_sasl(self) -> bool:
        return self.protocol.startswith("SASL_")

    @property
    def uses_tls(self) -> bool:
        return self.protocol in ("SASL_SSL", "SSL")


def kafka_security_from_env(env: Mapping[str, str] | None = None) -> KafkaSecurity:
    """The Kafka credentials of this process; a half-given credential fails fast, naming the variable."""
    env = os.environ if env is None else env
    username = env.get("WENDU_KAFKA_USERNAME", "")
    protocol = env.get("WENDU_KAFKA_SECURITY_PROTOCOL", "") or ("SASL_PLAINTEXT" if username else "PLAINTEXT")
    if protocol not in KAFKA_SECURITY_PROTOCOLS:
        raise ConfigError(
            f"WENDU_KAFKA_SECURITY_PROTOCOL must be one of {', '.join(KAFKA_SECURITY_PROTOCOLS)}, got {protocol!r}"
        )
    security = KafkaSecurity(
        protocol=protocol,
        sasl_mechanism=env.get("WENDU_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"),
        username=username,
        password=env.get("WENDU_KAFKA_PASSWORD", ""),
        ca_file=env.get("WENDU_KAFKA_CA_FILE", ""),
    )
    if security.uses_sasl:
        _get(env, "WENDU_KAFKA_USERNAME")
        _get(env, "WENDU_KAFKA_PASSWORD")
    return security


@dataclass(frozen=True)
class TopicSettings:
    """How a service creates the topics it uses at start, when they are missing."""

    create: bool = True  # WENDU_KAFKA_CREATE_TOPICS: false when ops pre-create them (then only checked)
    partitions: int = 8  # WENDU_KAFKA_TOPIC_PARTITIONS
    replication_factor: int = 1  # WENDU_KAFKA_TOPIC_REPLICATION_FACTOR (3 on a production cluster)
    retention_ms: int | None = None  # WENDU_KAFKA_TOPIC_RETENTION_MS (unset: the broker's default)


def _get_bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw == "":
        return default
    if raw in ("1", "true", "yes"):
        return True
    if raw in ("0", "false", "no"):
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


@dataclass(frozen=True)
class CoreSettings:
    """Settings every Wendu process reads. Defaults suit the local stack started by ``make infra-up``."""

    service_name: str
    kafka_bootstrap: str = "127.0.0.1:9092"  # WENDU_KAFKA_BOOTSTRAP
    mongo_uri: str = field(default="mongodb://127.0.0.1:27017/", repr=False)  # WENDU_MONGO_URI
    mongo_db: str = "wendu"  # WENDU_MONGO_DB
    grpc_host: str = "127.0.0.1"  # WENDU_GRPC_HOST (0.0.0.0 in a pod)
    grpc_port: int = 0  # WENDU_GRPC_PORT; each service has its own default
    # WENDU_GRPC_MAX_RECEIVE_BYTES: the largest request accepted (6 MiB: ImportResume takes 5 MiB files)
    grpc_max_receive_bytes: int = 6 * 1024 * 1024
    metrics_port: int = 0  # WENDU_METRICS_PORT; 0 disables the endpoint
    log_level: str = "INFO"  # WENDU_LOG_LEVEL
    auth_secret: str = field(default="", repr=False)  # WENDU_AUTH_SECRET (required, from a Secret)
    encryption_key: str = field(default="", repr=False)  # WENDU_ENCRYPTION_KEY (Fernet, from a Secret)
    consumer_group_prefix: str = "wendu"  # WENDU_CONSUMER_GROUP_PREFIX
    shutdown_grace_seconds: float = 5.0  # WENDU_SHUTDOWN_GRACE_SECONDS
    profile_addr: str = "127.0.0.1:50051"  # WENDU_PROFILE_ADDR
    question_gen_addr: str = "127.0.0.1:50052"  # WENDU_QUESTION_GEN_ADDR
    scoring_addr: str = "127.0.0.1:50053"  # WENDU_SCORING_ADDR
    feedback_addr: str = "127.0.0.1:50054"  # WENDU_FEEDBACK_ADDR
    training_addr: str = "127.0.0.1:50055"  # WENDU_TRAINING_ADDR
    llm: LLMSettings = field(default_factory=LLMSettings)
    kafka_topics: TopicSettings = field(default_factory=TopicSettings)
    # WENDU_AUDIT_RETENTION_DAYS: how long the decision-audit topic keeps records (EU AI Act: >= 6 months)
    audit_retention_days: int = 190

    @property
    def consumer_group(self) -> str:
        return f"{self.consumer_group_prefix}.{self.service_name}"


def core_settings_from_env(
    service_name: str,
    *,
    default_grpc_port: int,
    default_metrics_port: int,
    env: Mapping[str, str] | None = None,
) -> CoreSettings:
    """Read the shared settings once. ``env`` defaults to ``os.environ`` (tests pass a dict)."""
    env = os.environ if env is None else env
    llm = LLMSettings(
        provider=env.get("WENDU_LLM_PROVIDER", "local"),
        base_url=env.get("WENDU_LLM_BASE_URL", ""),
        model=env.get("WENDU_LLM_MODEL", ""),
        api_key=env.get("WENDU_LLM_API_KEY", ""),
        timeout_seconds=_get_float(env, "WENDU_LLM_TIMEOUT_SECONDS", 8.0),
        max_retries=_get_int(env, "WENDU_LLM_MAX_RETRIES", 1),
        breaker_failures=_get_int(env, "WENDU_LLM_BREAKER_FAILURES", 5),
        breaker_reset_seconds=_get_float(env, "WENDU_LLM_BREAKER_RESET_SECONDS", 30.0),
    )
    if llm.provider not in ("local", "openai"):
        raise ConfigError(f"WENDU_LLM_PROVIDER must be 'local' or 'openai', got {llm.provider!r}")
    if llm.provider == "openai":
        _get(env, "WENDU_LLM_BASE_URL")
        _get(env, "WENDU_LLM_MODEL")
    return CoreSettings(
        service_name=service_name,
        kafka_bootstrap=env.get("WENDU_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
        mongo_uri=env.get("WENDU_MONGO_URI", "mongodb://127.0.0.1:27017/"),
        mongo_db=env.get("WENDU_MONGO_DB", "wendu"),
        grpc_host=env.get("WENDU_GRPC_HOST", "127.0.0.1"),
        grpc_port=_get_int(env, "WENDU_GRPC_PORT", default_grpc_port),
        grpc_max_receive_bytes=_get_int(env, "WENDU_GRPC_MAX_RECEIVE_BYTES", 6 * 1024 * 1024),
        metrics_port=_get_int(env, "WENDU_METRICS_PORT", default_metrics_port),
        log_level=env.get("WENDU_LOG_LEVEL", "INFO"),
        auth_secret=_get(env, "WENDU_AUTH_SECRET"),
        encryption_key=env.get("WENDU_ENCRYPTION_KEY", ""),
        consumer_group_prefix=env.get("WENDU_CONSUMER_GROUP_PREFIX", "wendu"),
        shutdown_grace_seconds=_get_float(env, "WENDU_SHUTDOWN_GRACE_SECONDS", 5.0),
        profile_addr=env.get("WENDU_PROFILE_ADDR", "127.0.0.1:50051"),
        question_gen_addr=env.get("WENDU_QUESTION_GEN_ADDR", "127.0.0.1:50052"),
        scoring_addr=env.get("WENDU_SCORING_ADDR", "127.0.0.1:50053"),
        feedback_addr=env.get("WENDU_FEEDBACK_ADDR", "127.0.0.1:50054"),
        training_addr=env.get("WENDU_TRAINING_ADDR", "127.0.0.1:50055"),
        llm=llm,
        kafka_topics=TopicSettings(
            create=_get_bool(env, "WENDU_KAFKA_CREATE_TOPICS", True),
            partitions=_get_int(env, "WENDU_KAFKA_TOPIC_PARTITIONS", 8),
            replication_factor=_get_int(env, "WENDU_KAFKA_TOPIC_REPLICATION_FACTOR", 1),
            retention_ms=_get_int(env, "WENDU_KAFKA_TOPIC_RETENTION_MS", 0) or None,
        ),
        audit_retention_days=_audit_retention_days(env),
    )


MIN_AUDIT_RETENTION_DAYS = 183
DEFAULT_AUDIT_RETENTION_DAYS = 190


def _audit_retention_days(env: Mapping[str, str]) -> int:
    days = _get_int(env, "WENDU_AUDIT_RETENTION_DAYS", DEFAULT_AUDIT_RETENTION_DAYS)
    if days < MIN_AUDIT_RETENTION_DAYS:
        # The EU AI Act asks for at least six months of automatic logs of a high-risk system.
        raise ConfigError(
            f"WENDU_AUDIT_RETENTION_DAYS must be at least {MIN_AUDIT_RETENTION_DAYS} (six months), got {days}"
        )
    return days
