"""TLS for gRPC: the server's certificate, optional mutual TLS between services, and the channels
that dial other services. Certificates are files (a Secret mounted in a pod; ``infra/tls.sh``
locally). Plaintext is for loopback development only: a server bound elsewhere without a certificate
refuses to start unless ``WENDU_GRPC_ALLOW_PLAINTEXT`` says a mesh encrypts the traffic instead.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import grpc
from wendu.core.config import ConfigError


@dataclass(frozen=True)
class GrpcTls:
    cert_file: str = ""  # WENDU_GRPC_TLS_CERT_FILE: this process's certificate (PEM, with its chain)
    key_file: str = ""  # WENDU_GRPC_TLS_KEY_FILE: its private key (PEM)
    # WENDU_GRPC_TLS_CA_FILE: the CA this process trusts for the services it dials and, with
    # client_auth, for the clients that dial it.
    ca_file: str = ""
    client_auth: bool = False  # WENDU_GRPC_TLS_CLIENT_AUTH: require a client certificate (mutual TLS)
    allow_plaintext: bool = False  # WENDU_GRPC_ALLOW_PLAINTEXT: serve plaintext beyond loopback
    # WENDU_GRPC_HEALTH_PORT: with TLS, also serve gRPC health (only) in plaintext on this port, for
    # probes that cannot speak TLS (the kubelet's); 0: none.
    health_port: int = 0

    @property
    def serves_tls(self) -> bool:
        return bool(self.cert_file)


def grpc_tls_from_env(env: Mapping[str, str] | None = None) -> GrpcTls:
    env = os.environ if env is None else env
    tls = GrpcTls(
        cert_file=env.get("WENDU_GRPC_TLS_CERT_FILE", ""),
        key_file=env.get("WENDU_GRPC_TLS_KEY_FILE", ""),
        ca_file=env.get("WENDU_GRPC_TLS_CA_FILE", ""),
        client_auth=env.get("WENDU_GRPC_TLS_CLIENT_AUTH", "").lower() in ("1", "true", "yes"),
        allow_plaintext=env.get("WENDU_GRPC_ALLOW_PLAINTEXT", "").lower() in ("1", "true", "yes"),
        health_port=int(env.get("WENDU_GRPC_HEALTH_PORT", "") or 0),
    )
    if bool(tls.cert_file) != bool(tls.key_file):
        raise ConfigError("WENDU_GRPC_TLS_CERT_FILE and WENDU_GRPC_TLS_KEY_FILE go together")
    if tls.client_auth and not (tls.ca_file and tls.cert_file):
        raise ConfigError("WENDU_GRPC_TLS_CLIENT_AUTH needs WENDU_GRPC_TLS_CA_FILE and a certificate")
    return tls


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _read(path: str) -> bytes:
    return Path(path).read_bytes()


def server_credentials(tls: GrpcTls) -> grpc.ServerCredentials:
    return grpc.ssl_server_credentials(
        [(_read(tls.key_file), _read(tls.cert_file))],
        root_certificates=_read(tls.ca_file) if tls.client_auth else None,
        require_client_auth=tls.client_auth,
    )


def bind(server: grpc.aio.Server, host: str, port: int, tls: GrpcTls) -> int:
    """Add the listening port, over TLS when a certificate is configured; returns the bound port."""
    address = f"{host}:{port}"
    if tls.serves_tls:
        return server.add_secure_port(address, server_credentials(tls))
    if not is_loopback(host) and not tls.allow_plaintext:
        raise ConfigError(
            f"gRPC on {address} without TLS: set WENDU_GRPC_TLS_CERT_FILE and WENDU_GRPC_TLS_KEY_FILE "
            "(or WENDU_GRPC_ALLOW_PLAINTEXT=true when a service mesh encrypts the traffic)"
        )
    return server.add_insecure_port(address)


def open_channel(address: str, tls: GrpcTls) -> grpc.aio.Channel:
    """A channel to another service: TLS when a CA is configured (with this process's certificate as
    the client's, for mutual TLS), plaintext otherwise."""
    if not tls.ca_file:
        return grpc.aio.insecure_channel(address)
    credentials = grpc.ssl_channel_credentials(
        root_certificates=_read(tls.ca_file),
        private_key=_read(tls.key_file) if tls.cert_file else None,
        certificate_chain=_read(tls.cert_file) if tls.cert_file else None,
    )
    return grpc.aio.secure_channel(address, credentials)
