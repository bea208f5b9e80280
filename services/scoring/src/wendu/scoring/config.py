"""Scoring settings, read once from the environment.

Scoring needs nothing beyond the shared settings (see ``wendu.core.config``); its defaults are
gRPC port 50053 and metrics port 9453.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeAlias

from wendu.core.config import CoreSettings, core_settings_from_env

SERVICE_NAME = "scoring"
DEFAULT_GRPC_PORT = 50053
DEFAULT_METRICS_PORT = 9453

Settings: TypeAlias = CoreSettings


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """The scoring settings from ``env`` (default: the process environment)."""
    return core_settings_from_env(
        SERVICE_NAME, default_grpc_port=DEFAULT_GRPC_PORT, default_metrics_port=DEFAULT_METRICS_PORT, env=env
    )
