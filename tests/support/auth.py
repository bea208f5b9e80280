"""The gRPC call metadata a test presents: staff API keys and candidate tokens."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from wendu.core.auth import Principal, Role, TokenSigner, bearer_metadata
from wendu.core.interceptors import principal_var

Metadata = tuple[tuple[str, str], ...]


def api_key_metadata(
    signer: TokenSigner,
    tenant_id: str,
    role: Role = Role.RECRUITER,
    *,
    subject: str = "hr-suite",
    ttl_seconds: int | None = None,
) -> Metadata:
    """Metadata carrying an API key of ``tenant_id`` with ``role``, issued to ``subject``."""
    return bearer_metadata(signer.mint_api_key(tenant_id, [role], subject=subject, ttl_seconds=ttl_seconds))


def candidate_metadata(signer: TokenSigner, tenant_id: str, interview_id: str, candidate_id: str) -> Metadata:
    """Metadata carrying the token that lets ``candidate_id`` take one interview."""
    return bearer_metadata(signer.mint_candidate_token(tenant_id, interview_id, candidate_id))


async def call_as(principal: Principal, method: Callable[[Any, Any], Awaitable[Any]], request: Any) -> Any:
    """Call a servicer method directly (no server, no context) as ``principal``, as the auth
    interceptor would have set it."""
    token = principal_var.set(principal)
    try:
        return await method(request, None)
    finally:
        principal_var.reset(token)
