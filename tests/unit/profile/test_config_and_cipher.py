"""The encryption key is required at startup, and personal fields never reach storage in plaintext."""

from __future__ import annotations

import dataclasses

import pytest
from cryptography.fernet import Fernet
from wendu.core.config import ConfigError
from wendu.core.runtime import Infrastructure, ProcessRole
from wendu.profile.adapters.cipher import FieldCipher, UndecryptableField
from wendu.profile.bootstrap import bootstrap
from wendu.profile.config import load_settings

BASE_ENV = {"WENDU_AUTH_SECRET": "s" * 32}


def test_missing_encryption_key_fails_fast_naming_the_variable():
    with pytest.raises(ConfigError, match="WENDU_ENCRYPTION_KEY"):
        load_settings(BASE_ENV)


def test_settings_use_the_profile_ports_and_the_given_key():
    key = Fernet.generate_key().decode()
    settings = load_settings({**BASE_ENV, "WENDU_ENCRYPTION_KEY": key})

    assert (settings.service_name, settings.grpc_port, settings.metrics_port) == ("profile", 50051, 9451)
    assert settings.encryption_key == key
    assert key not in repr(settings)


def test_bootstrap_refuses_settings_without_an_encryption_key():
    settings = dataclasses.replace(load_settings({**BASE_ENV, "WENDU_ENCRYPTION_KEY": "k"}), encryption_key="")
    infra = Infrastructure(settings=settings, publisher=None, signer=None)  # type: ignore[arg-type]

    with pytest.raises(ConfigError, match="WENDU_ENCRYPTION_KEY"):
        bootstrap(infra)


def test_the_worker_role_runs_without_the_encryption_key():
    settings = load_settings(BASE_ENV, needs_encryption_key=False)
    infra = Infrastructure(settings=settings, publisher=None, signer=None, role=ProcessRole.WORKER)  # type: ignore[arg-type]

    parts = bootstrap(infra)

    assert not parts.grpc_services
    assert list(parts.consumers) == ["report-generated"]


def test_a_malformed_key_is_a_config_error():
    with pytest.raises(ConfigError, match="not a valid Fernet key"):
        FieldCipher("not-a-key")


def test_encrypted_text_hides_the_plaintext_and_round_trips():
    cipher = FieldCipher(Fernet.generate_key().decode())
    secret = "王芳 wang.fang@example.cn"

    token = cipher.encrypt(secret)
    assert secret not in token and "wang.fang" not in token
    assert cipher.encrypt(secret) != token  # random IV: equal values are not recognisable
    assert cipher.decrypt(token) == secret


def test_text_written_with_another_key_is_reported_not_returned_garbled():
    token = FieldCipher(Fernet.generate_key().decode()).encrypt("lina@example.com")

    with pytest.raises(UndecryptableField, match="WENDU_ENCRYPTION_KEY"):
        FieldCipher(Fernet.generate_key().decode()).decrypt(token)
