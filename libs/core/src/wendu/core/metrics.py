"""Prometheus metrics shared by every process. Names carry the ``wendu_`` prefix.

Service-specific domain measures are declared in the service that observes them; the cross-cutting
ones (RPC RED, consumer lag, DLQ, LLM) live here so each is defined once.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram, start_http_server

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

RPC_REQUESTS = Counter(
    "wendu_rpc_requests", "gRPC requests handled, by method and status code", ["service", "method", "code"]
)
RPC_DURATION = Histogram(
    "wendu_rpc_duration_seconds", "gRPC handling time", ["service", "method"], buckets=LATENCY_BUCKETS
)
EVENTS_CONSUMED = Counter(
    "wendu_events_consumed", "Kafka records consumed, by outcome (ok, dlq, retried)", ["topic", "outcome"]
)
EVENTS_PUBLISHED = Counter("wendu_events_published", "Kafka records published", ["topic"])
EVENT_PROCESSING = Histogram(
    "wendu_event_processing_seconds", "Time to handle one record", ["topic"], buckets=LATENCY_BUCKETS
)
CONSUMER_LAG = Gauge(
    "wendu_consumer_lag_records", "Records behind the partition's high watermark", ["group", "topic", "partition"]
)
DLQ_MESSAGES = Counter("wendu_dlq_messages", "Records sent to a dead-letter topic", ["source_topic"])
# Every MongoDB command a process sends, by command and collection: which queries a use case costs
# (e.g. per answer) and how long the database takes to answer them.
MONGO_COMMAND = Histogram(
    "wendu_mongo_command_seconds",
    "MongoDB command round trip, by command and collection (failed commands included)",
    ["command", "collection"],
    buckets=LATENCY_BUCKETS,
)
LLM_REQUESTS = Counter("wendu_llm_requests", "LLM calls by adapter and outcome", ["adapter", "purpose", "outcome"])
LLM_LATENCY = Histogram(
    "wendu_llm_latency_seconds", "LLM call latency", ["adapter", "purpose"], buckets=LATENCY_BUCKETS
)
LLM_TOKENS = Counter("wendu_llm_tokens", "LLM tokens used", ["adapter", "kind"])
LLM_FALLBACKS = Counter("wendu_llm_fallbacks", "LLM calls answered by the local fallback", ["purpose", "reason"])


def start_metrics_endpoint(port: int, host: str = "127.0.0.1") -> None:
    """Serve ``/metrics`` on ``port`` in a background thread; 0 disables it."""
    if port:
        start_http_server(port, addr=host)
