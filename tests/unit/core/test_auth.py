import base64
import json
import time
from datetime import UTC, datetime, timedelta

import pytest
from wendu.core.auth import (
    CANDIDATE_ACCESS_AFTER_END,
    CANDIDATE_TOKEN_TTL_SECONDS,
    DEFAULT_API_KEY_TTL_SECONDS,
    Role,
    TokenSigner,
    authorize,
    bearer_metadata,
    refuse_candidate_after_end,
    token_from_metadata,
)
from wendu.core.errors import PermissionDenied, Unauthenticated

SECRET = "unit-test-secret-0123456789abcdef"


def test_api_key_round_trips_tenant_and_roles():
    signer = TokenSigner(SECRET)
    principal = signer.verify(signer.mint_api_key("acme", [Role.RECRUITER], subject="key-1"))
    assert principal.tenant_id == "acme"
    assert principal.roles == frozenset({Role.RECRUITER})
    assert not principal.is_candidate


def test_token_signed_with_another_secret_is_rejected():
    token = TokenSigner("another-secret-0123456789abcdef").mint_api_key("acme", [Role.ADMIN], subject="k")
    with pytest.raises(Unauthenticated):
        TokenSigner(SECRET).verify(token)


def test_tampered_payload_is_rejected():
    signer = TokenSigner(SECRET)
    prefix, _payload, signature = signer.mint_api_key("acme", [Role.RECRUITER], subject="k").split(".")
    forged_payload = signer.mint_api_key("acme", [Role.ADMIN], subject="k").split(".")[1]
    with pytest.raises(Unauthenticated):
        signer.verify(f"{prefix}.{forged_payload}.{signature}")


def test_expired_key_is_rejected():
    signer = TokenSigner(SECRET)
    token = signer.mint_api_key("acme", [Role.SERVICE], subject="k", ttl_seconds=-1)
    with pytest.raises(Unauthenticated, match="expired"):
        signer.verify(token)


def test_candidate_token_is_scoped_to_its_interview():
    signer = TokenSigner(SECRET)
    principal = signer.verify(signer.mint_candidate_token("acme", "iv-1", "cand-1"))
    authorize(principal, allow_candidate=True, interview_id="iv-1")
    with pytest.raises(PermissionDenied):
        authorize(principal, allow_candidate=True, interview_id="iv-2")
    with pytest.raises(PermissionDenied):
        authorize(principal)


def test_role_outside_the_allowed_set_is_denied():
    signer = TokenSigner(SECRET)
    principal = signer.verify(signer.mint_api_key("acme", [Role.RECRUITER], subject="k"))
    with pytest.raises(PermissionDenied, match="admin"):
        authorize(principal, roles=[Role.ADMIN])


def test_metadata_must_carry_a_bearer_token():
    assert token_from_metadata(bearer_metadata("abc")) == "abc"
    with pytest.raises(Unauthenticated):
        token_from_metadata([("authorization", "Basic abc")])
    with pytest.raises(Unauthenticated, match="missing"):
        token_from_metadata([])


def test_short_secret_is_refused():
    with pytest.raises(ValueError):
        TokenSigner("short")


def test_key_without_ttl_does_not_expire():
    signer = TokenSigner(SECRET)
    token = signer.mint_api_key("acme", [Role.ADMIN], subject="k")
    assert signer.verify(token).tenant_id == "acme"
    assert time.time() > 0


def test_each_tenants_keys_are_signed_with_its_own_derived_key() -> None:
    signer = TokenSigner("unit-secret-0123456789abcdef")
    a = signer.mint_api_key("tenant-a", [Role.ADMIN], subject="a")
    b = signer.mint_api_key("tenant-b", [Role.ADMIN], subject="a")
    assert a.split(".")[2] != b.split(".")[2]
    assert signer.verify(a).tenant_id == "tenant-a"


def test_api_keys_carry_a_key_id_and_always_expire() -> None:
    signer = TokenSigner("unit-secret-0123456789abcdef")
    minted = signer.mint_key("tenant-a", [Role.ADMIN], subject="ops")
    principal = signer.verify(minted.token)
    assert principal.key_id == minted.key_id
    assert minted.expires_at <= time.time() + DEFAULT_API_KEY_TTL_SECONDS + 1
    signer.revoked.revoke("tenant-a", minted.key_id)
    with pytest.raises(Unauthenticated, match="revoked"):
        signer.verify(minted.token)


def test_a_candidate_token_lives_at_most_fourteen_days_and_seven_after_the_end() -> None:
    signer = TokenSigner("unit-secret-0123456789abcdef")
    token = signer.mint_candidate_token("t", "iv", "c", ttl_seconds=365 * 24 * 3600)
    claims = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
    assert claims["exp"] <= time.time() + CANDIDATE_TOKEN_TTL_SECONDS + 1
    candidate = signer.verify(token)
    ended = datetime(2026, 1, 1, tzinfo=UTC)
    refuse_candidate_after_end(candidate, ended, now=ended + CANDIDATE_ACCESS_AFTER_END - timedelta(seconds=1))
    with pytest.raises(Unauthenticated, match="ended"):
        refuse_candidate_after_end(candidate, ended, now=ended + CANDIDATE_ACCESS_AFTER_END + timedelta(seconds=1))
