"""Encryption of personal fields at rest (résumé text, e-mail) with Fernet.

Fernet is AES-128-CBC with an HMAC-SHA256 tag and a random IV: the same address encrypts to a
different token each time, so stored tokens reveal neither the value nor which candidates share it.
"""

from __future__ import annotations

import binascii
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from wendu.core.config import ConfigError


class UndecryptableField(RuntimeError):
    """A stored token does not open with the configured key."""


def _fernet(key: str) -> Fernet:
    try:
        return Fernet(key.encode("ascii"))
    except (ValueError, UnicodeEncodeError, binascii.Error) as exc:
        raise ConfigError("WENDU_ENCRYPTION_KEY is not a valid Fernet key (32 url-safe base64-encoded bytes)") from exc


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")


class FieldCipher:
    """Encrypts text fields with ``key`` and decrypts with it or any of ``fallback_keys`` (tokens
    written before a key change still open). Empty text stays empty."""

    def __init__(self, key: str, *, fallback_keys: Sequence[str] = ()) -> None:
        self._fernet = MultiFernet([_fernet(key), *(_fernet(k) for k in fallback_keys)])

    def encrypt(self, plaintext: str) -> str:
        if not plaintext:
            return ""
        return self._fernet.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        if not token:
            return ""
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise UndecryptableField(
                "stored personal data cannot be decrypted: WENDU_ENCRYPTION_KEY is not the key it was written with"
            ) from exc
