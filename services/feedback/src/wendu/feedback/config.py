"""Feedback settings, read once from the environment (see wendu.core.config for every variable).

Feedback needs nothing beyond the shared settings; it calls training at ``WENDU_TRAINING_ADDR``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeAlias

from wendu.core.config import CoreSettings, core_settings_from_env

SERVICE_NAME = "feedback"
DEFAULT_GRPC_PORT = 50054
DEFAULT_METRICS_PORT = 9454

Settings: TypeAlias = CoreSettings


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """The feedback settings; ``env`` defaults to ``os.environ``."""
    return core_settings_from_env(
        SERVICE_NAME, default_grpc_port=DEFAULT_GRPC_PORT, default_metrics_port=DEFAULT_METRICS_PORT, env=env
    )
