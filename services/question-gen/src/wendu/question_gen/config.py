"""question-gen settings, read once from the environment.

Besides the shared settings: ``WENDU_PROFILE_ADDR`` (default 127.0.0.1:50051) names the profile
service it asks for candidate profiles, and the interview lifecycle reads

- ``WENDU_QUESTION_GEN_IDLE_ABANDON_MINUTES`` (default 1440): an interview in progress or paused with no
  activity for this long is abandoned by the sweep;
- ``WENDU_QUESTION_GEN_DEFAULT_WINDOW_DAYS`` (default 14): the scheduling window when the employer names none;
- ``WENDU_QUESTION_GEN_SWEEP_SECONDS`` (default 60): how often the worker sweeps;

and ``WENDU_QUESTION_GEN_OWNER_FENCING`` (``auto``, ``on`` or ``off``; default ``auto``: on with
MongoDB, off with FerretDB) whether a worker that lost an interview's partition is kept from
writing it (see docs/interviews.md, "Zombies").
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeAlias

from wendu.core.config import CoreSettings, core_settings_from_env

SERVICE_NAME = "question-gen"
DEFAULT_GRPC_PORT = 50052
DEFAULT_METRICS_PORT = 9452

Settings: TypeAlias = CoreSettings


@dataclass(frozen=True)
class LifecycleSettings:
    idle_abandon_after: timedelta = timedelta(minutes=1440)
    default_window: timedelta = timedelta(days=14)
    sweep_seconds: float = 60.0


def load_settings() -> Settings:
    """Read the settings from ``os.environ``; fails fast when a required one is missing."""
    return core_settings_from_env(
        SERVICE_NAME, default_grpc_port=DEFAULT_GRPC_PORT, default_metrics_port=DEFAULT_METRICS_PORT
    )


def _positive(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {raw!r}")
    return value


def load_lifecycle_settings(env: Mapping[str, str] | None = None) -> LifecycleSettings:
    """The lifecycle settings from ``env`` (default ``os.environ``); a bad value fails fast."""
    env = os.environ if env is None else env
    defaults = LifecycleSettings()
    return LifecycleSettings(
        idle_abandon_after=timedelta(
            minutes=_positive(
                env, "WENDU_QUESTION_GEN_IDLE_ABANDON_MINUTES", defaults.idle_abandon_after.total_seconds() / 60
            )
        ),
        default_window=timedelta(
            days=_positive(
                env, "WENDU_QUESTION_GEN_DEFAULT_WINDOW_DAYS", defaults.default_window.total_seconds() / 86400
            )
        ),
        sweep_seconds=_positive(env, "WENDU_QUESTION_GEN_SWEEP_SECONDS", defaults.sweep_seconds),
    )


def load_owner_fencing(env: Mapping[str, str] | None = None) -> bool | None:
    """``WENDU_QUESTION_GEN_OWNER_FENCING``: True (on), False (off) or None (auto); a bad value fails fast."""
    env = os.environ if env is None else env
    raw = env.get("WENDU_QUESTION_GEN_OWNER_FENCING", "auto").strip().lower() or "auto"
    choices: dict[str, bool | None] = {"auto": None, "on": True, "off": False}
    if raw not in choices:
        raise ValueError(f"WENDU_QUESTION_GEN_OWNER_FENCING must be auto, on or off, got {raw!r}")
    return choices[raw]
