"""Credentials: tenant API keys with roles, and candidate tokens scoped to one interview.

Both are HMAC-SHA256 signed tokens (``wdu1.<payload>.<signature>``, base64url) verified with the
shared ``WENDU_AUTH_SECRET``, so every service can check every call without a shared collection.
They travel in gRPC metadata as ``authorization: Bearer <token>``.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass

from wendu.core.errors import PermissionDenied, Unauthenticated

TOKEN_PREFIX = "wdu1"
AUTH_METADATA_KEY = "authorization"


class Role(enum.StrEnum):
    ADMIN = "admin"
    RECRUITER = "recruiter"
    # Another Wendu service calling on behalf of a tenant.
    SERVICE = "service"
    # A candidate, scoped to one interview.
    CANDIDATE = "candidate"


STAFF_ROLES = (Role.ADMIN, Role.RECRUITER, Role.SERVICE)


@dataclass(frozen=True)
class Principal:
    """Who is calling: always one tenant; a candidate also has exactly one interview."""

    tenant_id: str
    roles: frozenset[Role]
    subject: str
    interview_id: str = ""
    candidate_id: str = ""

    @property
    def is_candidate(self) -> bool:
        return Role.CANDIDATE in self.roles


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenSigner:
    """Mints and verifies tokens with one secret."""

    def __init__(self, secret: str) -> None:
        if len(secret) < 16:
            raise ValueError("WENDU_AUTH_SECRET must be at least 16 characters")
        self._key = secret.encode("utf-8")

    def _sign(self, payload_b64: str) -> str:
        mac = hmac.new(self._key, f"{TOKEN_PREFIX}.{payload_b64}".encode("ascii"), hashlib.sha256)
        return _b64(mac.digest())

    def _mint(self, claims: dict[str, object]) -> str:
        payload = _b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode("utf-8"))
        return f"{TOKEN_PREFIX}.{payload}.{self._sign(payload)}"

    def mint_api_key(
        self, tenant_id: str, roles: Iterable[Role], *, subject: str, ttl_seconds: int | None = None
    ) -> str:
        """A tenant API key. Without ``ttl_seconds`` it does not expire (rotate the secret to revoke)."""
        claims: dict[str, object] = {"t": tenant_id, "r": sorted(str(r) for r in roles), "s": subject}
        if ttl_seconds is not None:
            claims["exp"] = int(time.time()) + ttl_seconds
        return self._mint(claims)

    def mint_candidate_token(
        self, tenant_id: str, interview_id: str, candidate_id: str, *, ttl_seconds: int = 14 * 24 * 3600
    ) -> str:
        """A token that lets one candidate take one interview, and nothing else."""
        return self._mint(
            {
                "t": tenant_id,
                "r": [str(Role.CANDIDATE)],
                "s": f"candidate:{candidate_id}",
                "i": interview_id,
                "c": candidate_id,
                "exp": int(time.time()) + ttl_seconds,
            }
        )

    def verify(self, token: str) -> Principal:
        """Return the principal of a valid token, or raise Unauthenticated."""
        parts = token.split(".")
        if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
            raise Unauthenticated("malformed credential")
        payload_b64, signature = parts[1], parts[2]
        if not hmac.compare_digest(self._sign(payload_b64), signature):
            raise Unauthenticated("invalid credential")
        try:
            claims = json.loads(_unb64(payload_b64))
            roles = frozenset(Role(r) for r in claims["r"])
            tenant_id = str(claims["t"])
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise Unauthenticated("malformed credential") from exc
        expires = claims.get("exp")
        if expires is not None and time.time() > float(expires):
            raise Unauthenticated("credential expired")
        return Principal(
            tenant_id=tenant_id,
            roles=roles,
            subject=str(claims.get("s", "")),
            interview_id=str(claims.get("i", "")),
            candidate_id=str(claims.get("c", "")),
        )


def bearer_metadata(token: str) -> tuple[tuple[str, str], ...]:
    """gRPC call metadata carrying ``token``."""
    return ((AUTH_METADATA_KEY, f"Bearer {token}"),)


def token_from_metadata(metadata: Iterable[tuple[str, str | bytes]] | None) -> str:
    for key, value in metadata or ():
        if key.lower() == AUTH_METADATA_KEY:
            text = value.decode() if isinstance(value, bytes) else value
            scheme, _, token = text.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                raise Unauthenticated("authorization metadata must be 'Bearer <token>'")
            return token.strip()
    raise Unauthenticated("missing credential: send 'authorization: Bearer <token>' metadata")


def authorize(
    principal: Principal,
    *,
    roles: Iterable[Role] = STAFF_ROLES,
    allow_candidate: bool = False,
    interview_id: str | None = None,
) -> None:
    """Raise PermissionDenied unless ``principal`` may act.

    Staff roles act across their tenant. A candidate may act only when ``allow_candidate`` is set
    and only on their own interview (``interview_id``).
    """
    if principal.is_candidate:
        if not allow_candidate:
            raise PermissionDenied("candidate tokens may not call this method")
        if interview_id is not None and interview_id != principal.interview_id:
            raise PermissionDenied("this candidate token is scoped to another interview")
        return
    if not principal.roles.intersection(roles):
        wanted = ", ".join(sorted(str(r) for r in roles))
        raise PermissionDenied(f"requires one of the roles: {wanted}")
