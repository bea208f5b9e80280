"""Credentials: tenant API keys with roles, and candidate tokens scoped to one interview.

Both are HMAC-SHA256 signed tokens (``wdu1.<payload>.<signature>``, base64url), so every service
can check every call without a shared collection. Each tenant's tokens are signed with the tenant's
own key, derived from ``WENDU_AUTH_SECRET`` (HMAC of the tenant id and the token's purpose): a
tenant's key signs nothing of another tenant, and a candidate token's key is not an API key's.

API keys carry a key id and always expire (``DEFAULT_API_KEY_TTL_SECONDS`` unless told). A revoked
key id is refused as soon as this process hears of it (:class:`RevokedKeys`, fed by the compacted
``api-keys`` topic every API replica reads; see ``wendu.core.key_registry``).
They travel in gRPC metadata as ``authorization: Bearer <token>``.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

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
    key_id: str = ""

    @property
    def is_candidate(self) -> bool:
        return Role.CANDIDATE in self.roles


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# An API key lives 90 days unless minted otherwise; a candidate token at most 14 days.
DEFAULT_API_KEY_TTL_SECONDS = 90 * 24 * 3600
CANDIDATE_TOKEN_TTL_SECONDS = 14 * 24 * 3600

# How long a candidate token keeps working once its interview has ended: long enough to read the
# report and feedback, bounded so an old invite link stops opening anything.
CANDIDATE_ACCESS_AFTER_END = timedelta(days=7)

_API_KEY_PURPOSE = "api-key"
_CANDIDATE_PURPOSE = "candidate"


class RevokedKeys:
    """The API key ids revoked so far, per tenant; filled from the key registry, read on every call."""

    def __init__(self) -> None:
        self._revoked: set[tuple[str, str]] = set()

    def revoke(self, tenant_id: str, key_id: str) -> None:
        self._revoked.add((tenant_id, key_id))

    def is_revoked(self, tenant_id: str, key_id: str) -> bool:
        return (tenant_id, key_id) in self._revoked


def new_key_id() -> str:
    return f"k-{secrets.token_hex(8)}"


@dataclass(frozen=True)
class MintedKey:
    key_id: str
    token: str
    expires_at: int


class TokenSigner:
    """Mints and verifies tokens; each tenant's with its own key derived from the one secret."""

    def __init__(self, secret: str, revoked: RevokedKeys | None = None) -> None:
        if len(secret) < 16:
            raise ValueError("WENDU_AUTH_SECRET must be at least 16 characters")
        self._master = secret.encode("utf-8")
        self.revoked = revoked or RevokedKeys()

    def _tenant_key(self, tenant_id: str, purpose: str) -> bytes:
        return hmac.new(self._master, f"wendu-token-key\x00{purpose}\x00{tenant_id}".encode(), hashlib.sha256).digest()

    def _sign(self, payload_b64: str, tenant_id: str, purpose: str) -> str:
        mac = hmac.new(
            self._tenant_key(tenant_id, purpose), f"{TOKEN_PREFIX}.{payload_b64}".encode("ascii"), hashlib.sha256
        )
        return _b64(mac.digest())

    def _mint(self, claims: dict[str, object], purpose: str) -> str:
        payload = _b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode("utf-8"))
        return f"{TOKEN_PREFIX}.{payload}.{self._sign(payload, str(claims['t']), purpose)}"

    def mint_key(
        self,
        tenant_id: str,
        roles: Iterable[Role],
        *,
        subject: str,
        ttl_seconds: int = DEFAULT_API_KEY_TTL_SECONDS,
        key_id: str | None = None,
    ) -> MintedKey:
        """A tenant API key with its key id (what ``wendu tenant key revoke`` names) and expiry."""
        key_id = key_id or new_key_id()
        expires_at = int(time.time()) + ttl_seconds
        claims: dict[str, object] = {
            "t": tenant_id,
            "r": sorted(str(r) for r in roles),
            "s": subject,
            "k": key_id,
            "exp": expires_at,
        }
        return MintedKey(key_id, self._mint(claims, _API_KEY_PURPOSE), expires_at)

    def mint_api_key(
        self, tenant_id: str, roles: Iterable[Role], *, subject: str, ttl_seconds: int | None = None
    ) -> str:
        """A tenant API key (the token only); expires after ``ttl_seconds`` (default 90 days)."""
        ttl = DEFAULT_API_KEY_TTL_SECONDS if ttl_seconds is None else ttl_seconds
        return self.mint_key(tenant_id, roles, subject=subject, ttl_seconds=ttl).token

    def mint_candidate_token(
        self,
        tenant_id: str,
        interview_id: str,
        candidate_id: str,
        *,
        ttl_seconds: int = CANDIDATE_TOKEN_TTL_SECONDS,
    ) -> str:
        """A token that lets one candidate take one interview, and nothing else."""
        return self._mint(
            {
                "t": tenant_id,
                "r": [str(Role.CANDIDATE)],
                "s": f"candidate:{candidate_id}",
                "i": interview_id,
                "c": candidate_id,
                "exp": int(time.time()) + min(ttl_seconds, CANDIDATE_TOKEN_TTL_SECONDS),
            },
            _CANDIDATE_PURPOSE,
        )

    def verify(self, token: str) -> Principal:
        """Return the principal of a valid token, or raise Unauthenticated."""
        parts = token.split(".")
        if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
            raise Unauthenticated("malformed credential")
        payload_b64, signature = parts[1], parts[2]
        # The payload names the tenant, whose key checks the signature: read it, trust it only after.
        try:
            claims = json.loads(_unb64(payload_b64))
            roles = frozenset(Role(r) for r in claims["r"])
            tenant_id = str(claims["t"])
            expires = float(claims["exp"])
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise Unauthenticated("malformed credential") from exc
        purpose = _CANDIDATE_PURPOSE if Role.CANDIDATE in roles else _API_KEY_PURPOSE
        if not hmac.compare_digest(self._sign(payload_b64, tenant_id, purpose), signature):
            raise Unauthenticated("invalid credential")
        if time.time() > expires:
            raise Unauthenticated("credential expired")
        key_id = str(claims.get("k", ""))
        if key_id and self.revoked.is_revoked(tenant_id, key_id):
            raise Unauthenticated("credential revoked")
        return Principal(
            tenant_id=tenant_id,
            roles=roles,
            subject=str(claims.get("s", "")),
            interview_id=str(claims.get("i", "")),
            candidate_id=str(claims.get("c", "")),
            key_id=key_id,
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


def refuse_candidate_after_end(principal: Principal, ended_at: datetime | None, now: datetime | None = None) -> None:
    """Raise Unauthenticated for a candidate token used past ``CANDIDATE_ACCESS_AFTER_END`` after its
    interview ended. Called on every RPC by ``wendu.core.interceptors.CandidateEndBoundInterceptor``,
    not by servicers."""
    if not principal.is_candidate or ended_at is None:
        return
    if ended_at.tzinfo is None:
        ended_at = ended_at.replace(tzinfo=UTC)
    if (now or datetime.now(UTC)) > ended_at + CANDIDATE_ACCESS_AFTER_END:
        raise Unauthenticated("credential expired: the interview ended")
