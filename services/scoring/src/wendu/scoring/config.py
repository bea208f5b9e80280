"""Scoring settings, read once from the environment.

Beyond the shared settings (see ``wendu.core.config``; defaults gRPC port 50053, metrics port 9453),
scoring reads which scorer to run and how the LLM scorer behaves:

==================================== ========= ====================================================
variable                             default   meaning
==================================== ========= ====================================================
``WENDU_SCORING_SCORER``             ``local`` ``local`` (deterministic, offline) or ``llm`` (needs
                                               ``WENDU_LLM_PROVIDER=openai``, see ``wendu.core.llm``)
``WENDU_SCORING_LLM_PANEL``          ``1``     calls per answer (1-9); each competency takes the median
``WENDU_SCORING_LLM_TIMEOUT_SECONDS`` ``15``   the whole panel's deadline, then the local score stands
``WENDU_SCORING_LLM_DISAGREEMENT``   ``2.0``   LLM-local gap (0-10 points) above which a person reviews
``WENDU_SCORING_TOPIC_JUDGE``        ``embedding`` ``embedding``: relevance read by meaning (multilingual
                                               e5, ~150-300 ms of CPU per answer); ``none``: rules
                                               only (word overlap, no off-topic cap). ``none`` is for
                                               load tests that measure the platform apart from the
                                               model; candidates should get ``embedding``
==================================== ========= ====================================================
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeAlias, TypeVar

from wendu.core.config import CoreSettings, core_settings_from_env

SERVICE_NAME = "scoring"
DEFAULT_GRPC_PORT = 50053
DEFAULT_METRICS_PORT = 9453

LOCAL_SCORER = "local"
LLM_SCORER = "llm"
EMBEDDING_TOPIC_JUDGE = "embedding"
NO_TOPIC_JUDGE = "none"
MAX_PANEL = 9

Settings: TypeAlias = CoreSettings
_N = TypeVar("_N", int, float)


@dataclass(frozen=True)
class ScorerSettings:
    """Which scorer answers, and how the LLM scorer behaves."""

    scorer: str = LOCAL_SCORER
    llm_panel: int = 1
    llm_timeout_seconds: float = 15.0
    llm_disagreement: float = 2.0
    topic_judge: str = EMBEDDING_TOPIC_JUDGE


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """The scoring settings from ``env`` (default: the process environment)."""
    return core_settings_from_env(
        SERVICE_NAME, default_grpc_port=DEFAULT_GRPC_PORT, default_metrics_port=DEFAULT_METRICS_PORT, env=env
    )


def load_scorer_settings(env: Mapping[str, str] | None = None) -> ScorerSettings:
    """The scorer settings from ``env``; a bad value fails at start-up with the variable's name."""
    env = os.environ if env is None else env
    scorer = env.get("WENDU_SCORING_SCORER", LOCAL_SCORER).strip().lower() or LOCAL_SCORER
    if scorer not in (LOCAL_SCORER, LLM_SCORER):
        raise ValueError(f"WENDU_SCORING_SCORER must be {LOCAL_SCORER!r} or {LLM_SCORER!r}, not {scorer!r}")
    panel = _number(env, "WENDU_SCORING_LLM_PANEL", int, "1")
    if not 1 <= panel <= MAX_PANEL:
        raise ValueError(f"WENDU_SCORING_LLM_PANEL must be between 1 and {MAX_PANEL}, not {panel}")
    timeout = _number(env, "WENDU_SCORING_LLM_TIMEOUT_SECONDS", float, "15")
    if timeout <= 0:
        raise ValueError(f"WENDU_SCORING_LLM_TIMEOUT_SECONDS must be positive, not {timeout}")
    margin = _number(env, "WENDU_SCORING_LLM_DISAGREEMENT", float, "2.0")
    if not 0 <= margin <= 10:
        raise ValueError(f"WENDU_SCORING_LLM_DISAGREEMENT must be between 0 and 10 points, not {margin}")
    judge = env.get("WENDU_SCORING_TOPIC_JUDGE", EMBEDDING_TOPIC_JUDGE).strip().lower() or EMBEDDING_TOPIC_JUDGE
    if judge not in (EMBEDDING_TOPIC_JUDGE, NO_TOPIC_JUDGE):
        raise ValueError(
            f"WENDU_SCORING_TOPIC_JUDGE must be {EMBEDDING_TOPIC_JUDGE!r} or {NO_TOPIC_JUDGE!r}, not {judge!r}"
        )
    return ScorerSettings(scorer, panel, timeout, margin, judge)


def _number(env: Mapping[str, str], name: str, kind: Callable[[str], _N], default: str) -> _N:
    raw = env.get(name, default).strip() or default
    try:
        return kind(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {raw!r}") from None
