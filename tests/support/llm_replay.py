"""An OpenAI-compatible HTTP server that replays recorded responses ("cassettes").

Tests of the openai adapters (the LLM port, the LLM scorer, the LLM question generator) run against
it, so no test needs the internet. Requests are matched by a hash of the normalised model, messages
and response_format; a cassette is a JSON file ``{"request": {...}, "response": {"status", "body"}}``.
With ``upstream`` set, unmatched requests are forwarded to a real endpoint and recorded.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def cassette_key(body: Mapping[str, Any]) -> str:
    """Hash of model, messages and response_format, with sorted keys and whitespace collapsed."""
    messages = [
        {**message, "content": " ".join(str(message.get("content", "")).split())}
        for message in body.get("messages", [])
    ]
    subset = {"model": body.get("model"), "messages": messages, "response_format": body.get("response_format")}
    canonical = json.dumps(subset, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def load_cassettes(directory: Path) -> dict[str, dict[str, Any]]:
    cassettes: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob("*.json")):
        cassette = json.loads(path.read_text(encoding="utf-8"))
        cassettes[cassette_key(cassette["request"])] = cassette["response"]
    return cassettes


class CassetteServer:
    """OpenAI-compatible server replaying cassettes; can also be told to be slow or to fail."""

    def __init__(
        self, cassette_dir: Path, *, upstream: str = "", upstream_key: str = "", record_dir: Path | None = None
    ) -> None:
        self.cassettes = load_cassettes(cassette_dir)
        self.upstream = upstream
        self.upstream_key = upstream_key
        self.record_dir = record_dir or cassette_dir
        self.requests: list[dict[str, Any]] = []
        self.misses: list[str] = []
        self.recorded: list[Path] = []
        self.delay_seconds = 0.0
        self.fail_status: int | None = None
        self.fail_remaining: int | None = None  # None: every request fails while fail_status is set
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        # A short poll interval keeps shutdown, and so each test's teardown, quick.
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers that are pretending to be slow
        self._httpd.shutdown()
        self._httpd.server_close()

    def respond(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        self.requests.append(body)
        if self.delay_seconds:
            self._stopping.wait(self.delay_seconds)
        if self.fail_status is not None and self.fail_remaining != 0:
            if self.fail_remaining is not None:
                self.fail_remaining -= 1
            return self.fail_status, {"error": {"message": "injected failure", "type": "server_error"}}
        key = cassette_key(body)
        if key in self.cassettes:
            response = self.cassettes[key]
            return response["status"], response["body"]
        if self.upstream:
            return self._record(key, body)
        self.misses.append(key)
        return 404, {"error": {"message": f"no cassette for request {key}", "type": "cassette_miss"}}

    def _record(self, key: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        forwarded = urllib.request.Request(
            f"{self.upstream.rstrip('/')}/chat/completions",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.upstream_key}"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(forwarded, timeout=60) as reply:
                status, payload = reply.status, json.loads(reply.read())
        except urllib.error.HTTPError as error:
            status, payload = error.code, json.loads(error.read() or b"{}")
        request = {key_: body.get(key_) for key_ in ("model", "messages", "response_format")}
        cassette = {"request": request, "response": {"status": status, "body": payload}}
        path = self.record_dir / f"recorded-{key[:12]}.json"
        path.write_text(json.dumps(cassette, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        self.cassettes[key] = cassette["response"]
        self.recorded.append(path)
        return status, payload

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as the openai client expects

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                status, payload = server.respond(body)
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout), which is what some tests want

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


@contextlib.contextmanager
def replaying(cassette_dir: Path) -> Iterator[CassetteServer]:
    """A started :class:`CassetteServer` for the block.

    With ``WENDU_LLM_RECORD_UPSTREAM`` (and ``WENDU_LLM_RECORD_API_KEY``) set, requests without a
    cassette are forwarded there and recorded into ``cassette_dir``.
    """
    replay = CassetteServer(
        cassette_dir,
        upstream=os.environ.get("WENDU_LLM_RECORD_UPSTREAM", ""),
        upstream_key=os.environ.get("WENDU_LLM_RECORD_API_KEY", ""),
    )
    replay.start()
    try:
        yield replay
    finally:
        replay.stop()
