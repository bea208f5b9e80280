"""Calls from one Wendu service to another over gRPC, on behalf of a tenant.

The callee authenticates every call like any other, so each carries a short-lived service token of
the tenant it acts for (and the caller's request id, when it has one, so logs correlate).
"""

from __future__ import annotations

import asyncio

import grpc
from wendu.core.auth import Role, TokenSigner, bearer_metadata
from wendu.core.context import request_id_var
from wendu.core.grpc_tls import grpc_tls_from_env, open_channel
from wendu.core.interceptors import REQUEST_ID_METADATA_KEY

SERVICE_TOKEN_TTL_SECONDS = 300


class ServiceChannel:
    """The channel to another service, and the metadata of a call made for a tenant.

    The channel opens on first use, inside the running event loop, never at import or wiring time.
    """

    def __init__(self, address: str, signer: TokenSigner, *, caller: str) -> None:
        self._address = address
        self._signer = signer
        self._caller = caller
        self._channel: grpc.aio.Channel | None = None

    @property
    def channel(self) -> grpc.aio.Channel:
        if self._channel is None:
            # TLS (mutual with a certificate of our own) when the environment names a CA.
            self._channel = open_channel(self._address, grpc_tls_from_env())
        return self._channel

    def metadata(self, tenant_id: str) -> tuple[tuple[str, str], ...]:
        """Call metadata: a service token of ``tenant_id``, naming the calling service as its subject."""
        token = self._signer.mint_api_key(
            tenant_id, [Role.SERVICE], subject=self._caller, ttl_seconds=SERVICE_TOKEN_TTL_SECONDS
        )
        request_id = request_id_var.get()
        if not request_id:
            return bearer_metadata(token)
        return (*bearer_metadata(token), (REQUEST_ID_METADATA_KEY, request_id))

    async def close_when_stopped(self, stop: asyncio.Event) -> None:
        """A background job: close the channel when the process stops."""
        await stop.wait()
        if self._channel is not None:
            await self._channel.close()
            self._channel = None
