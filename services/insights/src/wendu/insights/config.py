"""Insights settings, read once from the environment (shared ones: see wendu.core.config)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from wendu.core.config import ConfigError, CoreSettings, core_settings_from_env
from wendu.core.kafka_access import INSIGHTS_INTERNAL_PREFIX

SERVICE_NAME = "insights"
DEFAULT_GRPC_PORT = 50056
DEFAULT_METRICS_PORT = 9456


def default_data_dir() -> str:
    """Under the system's temporary directory: never the working directory, where faust would put it."""
    return str(Path(tempfile.gettempdir()) / "wendu-insights")


@dataclass(frozen=True)
class MonitorSettings:
    """The adverse-impact monitor's knobs (docs/fairness.md)."""

    # WENDU_FAIRNESS_WINDOW_DAYS: the tumbling window outcomes are counted in
    window_days: int = 30
    # WENDU_FAIRNESS_RETAIN_DAYS: how long a window's state is kept (LL144 audits a year)
    retain_days: int = 400
    # WENDU_FAIRNESS_MIN_CANDIDATES: a category needs this many candidates before it can alert
    min_candidates: int = 30
    # WENDU_FAIRNESS_SNAPSHOT_SECONDS: how often changed windows are recomputed and published
    snapshot_interval_seconds: float = 1.0
    # WENDU_INSIGHTS_DATA_DIR: where the faust app keeps its data directory (one per app id). Its
    # tables live in memory and in their changelog topics, so this holds only faust's own files;
    # any writable path will do (the chart: the pod's /tmp emptyDir).
    data_dir: str = field(default_factory=default_data_dir)


@dataclass(frozen=True)
class Settings:
    core: CoreSettings
    monitor: MonitorSettings

    @property
    def monitor_app_id(self) -> str:
        """The faust app id: its consumer group, and the prefix of its internal and changelog topics.

        It starts with ``INSIGHTS_INTERNAL_PREFIX`` (not the group prefix, as other groups do) so that
        one prefixed ACL grants the monitor its own topics and nothing else."""
        return f"{INSIGHTS_INTERNAL_PREFIX}{self.core.consumer_group_prefix}"


def _positive(env: Mapping[str, str], name: str, default: float, kind: type = int) -> float:
    raw = env.get(name, "")
    try:
        value = kind(raw) if raw else default
    except ValueError as exc:
        raise ConfigError(f"{name} must be a {kind.__name__}, got {raw!r}") from exc
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {raw!r}")
    return value


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """The insights settings; ``env`` defaults to ``os.environ``."""
    env = os.environ if env is None else env
    core = core_settings_from_env(
        SERVICE_NAME, default_grpc_port=DEFAULT_GRPC_PORT, default_metrics_port=DEFAULT_METRICS_PORT, env=env
    )
    monitor = MonitorSettings(
        window_days=int(_positive(env, "WENDU_FAIRNESS_WINDOW_DAYS", 30)),
        retain_days=int(_positive(env, "WENDU_FAIRNESS_RETAIN_DAYS", 400)),
        min_candidates=int(_positive(env, "WENDU_FAIRNESS_MIN_CANDIDATES", 30)),
        snapshot_interval_seconds=_positive(env, "WENDU_FAIRNESS_SNAPSHOT_SECONDS", 1.0, float),
        data_dir=env.get("WENDU_INSIGHTS_DATA_DIR", "").strip() or default_data_dir(),
    )
    return Settings(core=core, monitor=monitor)
