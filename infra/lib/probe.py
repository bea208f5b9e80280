#!/usr/bin/env python3
"""Readiness probes for the local services, standard library only.

  probe.py kafka HOST PORT [--sasl] [--cafile CA]
                             ApiVersions v0 (request processing is on), then Metadata v0 (the
                             broker lists itself); with --sasl, SaslHandshake v1 for SCRAM-SHA-512
                             instead of Metadata (an unauthenticated client may ask nothing else);
                             --cafile: over TLS, trusting CA.
  probe.py mongo HOST PORT   OP_MSG {ping: 1} on admin, expects ok: 1.

Exit 0 when ready, 1 otherwise (reason on stderr). One attempt, short timeouts:
the caller loops.
"""

import socket
import ssl
import struct
import sys

TIMEOUT = 3.0


def _recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed by peer")
        buf += chunk
    return buf


def _kafka_call(sock, api_key, api_version, corr_id, body):
    client_id = b"wendu-probe"
    header = struct.pack(">hhih", api_key, api_version, corr_id, len(client_id)) + client_id
    payload = header + body
    sock.sendall(struct.pack(">i", len(payload)) + payload)
    (size,) = struct.unpack(">i", _recv_exact(sock, 4))
    resp = _recv_exact(sock, size)
    (got_corr,) = struct.unpack(">i", resp[:4])
    if got_corr != corr_id:
        raise ValueError("correlation id mismatch")
    return resp[4:]


def probe_kafka(host, port, sasl=False, cafile=None):
    with socket.create_connection((host, port), timeout=TIMEOUT) as raw:
        sock = ssl.create_default_context(cafile=cafile).wrap_socket(raw, server_hostname=host) if cafile else raw
        sock.settimeout(TIMEOUT)
        # ApiVersions (key 18) v0: no body; response: error_code int16, [api_key, min, max].
        resp = _kafka_call(sock, 18, 0, 1, b"")
        (err,) = struct.unpack(">h", resp[:2])
        if err != 0:
            raise ValueError(f"ApiVersions error_code={err}")
        if sasl:
            # SaslHandshake (key 17) v1: mechanism string; response starts with error_code int16.
            mechanism = b"SCRAM-SHA-512"
            resp = _kafka_call(sock, 17, 1, 2, struct.pack(">h", len(mechanism)) + mechanism)
            (err,) = struct.unpack(">h", resp[:2])
            if err != 0:
                raise ValueError(f"SaslHandshake error_code={err}")
            return f"kafka {host}:{port} ready (SASL SCRAM-SHA-512{' over TLS' if cafile else ''})"
        # Metadata (key 3) v0 with an empty topic list; response starts with [brokers].
        resp = _kafka_call(sock, 3, 0, 2, struct.pack(">i", 0))
        (n_brokers,) = struct.unpack(">i", resp[:4])
        if n_brokers < 1:
            raise ValueError("Metadata lists no broker yet")
    return f"kafka {host}:{port} ready ({n_brokers} broker)"


def _bson_doc(pairs):
    body = b""
    for key, value in pairs:
        if isinstance(value, int):
            body += b"\x10" + key.encode() + b"\x00" + struct.pack("<i", value)
        else:
            raw = value.encode() + b"\x00"
            body += b"\x02" + key.encode() + b"\x00" + struct.pack("<i", len(raw)) + raw
    return struct.pack("<i", len(body) + 5) + body + b"\x00"


def probe_mongo(host, port):
    doc = _bson_doc([("ping", 1), ("$db", "admin")])
    msg = struct.pack("<I", 0) + b"\x00" + doc  # flagBits, section kind 0, body
    header = struct.pack("<iiii", 16 + len(msg), 1, 0, 2013)  # OP_MSG
    with socket.create_connection((host, port), timeout=TIMEOUT) as sock:
        sock.settimeout(TIMEOUT)
        sock.sendall(header + msg)
        (size,) = struct.unpack("<i", _recv_exact(sock, 4))
        resp = _recv_exact(sock, size - 4)
    # ok is a double (0x01) or int32 (0x10) in the reply body.
    i = resp.find(b"\x01ok\x00")
    if i >= 0 and struct.unpack("<d", resp[i + 4 : i + 12])[0] == 1.0:
        return f"mongo {host}:{port} ready"
    i = resp.find(b"\x10ok\x00")
    if i >= 0 and struct.unpack("<i", resp[i + 4 : i + 8])[0] == 1:
        return f"mongo {host}:{port} ready"
    raise ValueError("ping did not answer ok: 1")


def main(argv):
    if len(argv) < 4 or argv[1] not in ("kafka", "mongo"):
        print(__doc__, file=sys.stderr)
        return 2
    kind, host, port = argv[1], argv[2], int(argv[3])
    options = argv[4:]
    sasl = "--sasl" in options
    cafile = options[options.index("--cafile") + 1] if "--cafile" in options else None
    try:
        print(probe_kafka(host, port, sasl, cafile) if kind == "kafka" else probe_mongo(host, port))
        return 0
    except (OSError, ValueError, struct.error) as exc:
        print(f"{kind} {host}:{port} not ready: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
