"""The gRPC call metadata a test presents: staff API keys and candidate tokens."""

from __future__ import annotations

from wendu.core.auth import Role, TokenSigner, bearer_metadata

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
