import time

import pytest
from wendu.core.auth import Role, TokenSigner, authorize, bearer_metadata, token_from_metadata
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
