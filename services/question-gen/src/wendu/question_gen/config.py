"""question-gen settings, read once from the environment.

question-gen needs nothing beyond the shared settings; ``WENDU_PROFILE_ADDR`` (default
127.0.0.1:50051) names the profile service it asks for candidate profiles.
"""

from __future__ import annotations

from typing import TypeAlias

from wendu.core.config import CoreSettings, core_settings_from_env

SERVICE_NAME = "question-gen"
DEFAULT_GRPC_PORT = 50052
DEFAULT_METRICS_PORT = 9452

Settings: TypeAlias = CoreSettings


def load_settings() -> Settings:
    """Read the settings from ``os.environ``; fails fast when a required one is missing."""
    return core_settings_from_env(
        SERVICE_NAME, default_grpc_port=DEFAULT_GRPC_PORT, default_metrics_port=DEFAULT_METRICS_PORT
    )
