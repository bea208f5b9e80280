import pytest
from wendu.core.config import ConfigError, core_settings_from_env


def test_missing_auth_secret_fails_fast_naming_the_variable():
    with pytest.raises(ConfigError, match="WENDU_AUTH_SECRET"):
        core_settings_from_env("scoring", default_grpc_port=1, default_metrics_port=2, env={})


def test_environment_overrides_defaults():
    settings = core_settings_from_env(
        "scoring",
        default_grpc_port=50053,
        default_metrics_port=9453,
        env={"WENDU_AUTH_SECRET": "x" * 20, "WENDU_GRPC_PORT": "6000", "WENDU_KAFKA_BOOTSTRAP": "k:1"},
    )
    assert settings.grpc_port == 6000
    assert settings.metrics_port == 9453
    assert settings.kafka_bootstrap == "k:1"
    assert settings.consumer_group == "wendu.scoring"


def test_non_numeric_port_is_a_clear_error():
    with pytest.raises(ConfigError, match="WENDU_GRPC_PORT"):
        core_settings_from_env(
            "scoring",
            default_grpc_port=1,
            default_metrics_port=2,
            env={"WENDU_AUTH_SECRET": "x" * 20, "WENDU_GRPC_PORT": "abc"},
        )


def test_openai_provider_requires_endpoint_and_model():
    with pytest.raises(ConfigError, match="WENDU_LLM_BASE_URL"):
        core_settings_from_env(
            "scoring",
            default_grpc_port=1,
            default_metrics_port=2,
            env={"WENDU_AUTH_SECRET": "x" * 20, "WENDU_LLM_PROVIDER": "openai"},
        )


def test_secrets_are_not_in_the_repr():
    settings = core_settings_from_env(
        "scoring",
        default_grpc_port=1,
        default_metrics_port=2,
        env={"WENDU_AUTH_SECRET": "very-secret-value-123", "WENDU_LLM_API_KEY": "sk-abc"},
    )
    assert "very-secret-value-123" not in repr(settings)
    assert "sk-abc" not in repr(settings)


def test_the_grpc_receive_limit_defaults_above_the_5_mib_resume_limit():
    env = {"WENDU_AUTH_SECRET": "x" * 20}
    default = core_settings_from_env("profile", default_grpc_port=1, default_metrics_port=2, env=env)
    assert default.grpc_max_receive_bytes == 6 * 1024 * 1024

    raised = core_settings_from_env(
        "profile", default_grpc_port=1, default_metrics_port=2, env={**env, "WENDU_GRPC_MAX_RECEIVE_BYTES": "8388608"}
    )
    assert raised.grpc_max_receive_bytes == 8 * 1024 * 1024
