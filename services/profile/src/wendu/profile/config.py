"""The profile service's configuration, read once from the environment.

Besides the shared settings (:class:`wendu.core.config.CoreSettings`) the service needs
``WENDU_ENCRYPTION_KEY``: a Fernet key that encrypts résumés and contact fields at rest. Without it
the service refuses to start rather than store personal data in plaintext.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeAlias

from wendu.core.config import ConfigError, CoreSettings, core_settings_from_env

SERVICE_NAME = "profile"
DEFAULT_GRPC_PORT = 50051
DEFAULT_METRICS_PORT = 9451

Settings: TypeAlias = CoreSettings


def load_settings(env: Mapping[str, str] | None = None, *, needs_encryption_key: bool = True) -> Settings:
    """Read the settings from ``env`` (default ``os.environ``); raise ConfigError when one is missing.

    The worker role reads and writes no encrypted field (it records interview history and honours
    erasures), so it runs without the key (``needs_encryption_key=False``) and never holds it.
    """
    settings = core_settings_from_env(
        SERVICE_NAME, default_grpc_port=DEFAULT_GRPC_PORT, default_metrics_port=DEFAULT_METRICS_PORT, env=env
    )
    if needs_encryption_key:
        require_encryption_key(settings)
    return settings


def require_encryption_key(settings: Settings) -> str:
    """The key personal data is encrypted with, or a ConfigError telling the operator how to make one."""
    if not settings.encryption_key:
        raise ConfigError(
            "WENDU_ENCRYPTION_KEY is required by the profile service: résumés and e-mail addresses are "
            'encrypted at rest with it. Generate one with: python -c "from cryptography.fernet import '
            'Fernet; print(Fernet.generate_key().decode())" and provide it from a Secret.'
        )
    return settings.encryption_key
