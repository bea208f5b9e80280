"""Calls through the grpcurl binary (`make tools`), as an integrator outside the project would make them.

grpcurl finds the methods by server reflection and prints JSON with the proto's field names, so a
test reading its output checks the wire as any client sees it.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

from support.auth import Metadata

ROOT = Path(__file__).resolve().parents[2]
GRPCURL_TIMEOUT_SECONDS = 30.0


def grpcurl_binary() -> str:
    path = shutil.which("grpcurl") or str(ROOT / ".work" / "bin" / "grpcurl")
    assert Path(path).exists(), "grpcurl is not installed: run `make tools`"
    return path


async def grpcurl(address: str, method: str, body: dict[str, Any], metadata: Metadata) -> tuple[int, dict[str, Any]]:
    """grpcurl's exit code and JSON output (for a failed call, its status: ``code``, ``message``)."""
    headers = [arg for name, value in metadata for arg in ("-H", f"{name}: {value}")]
    # The services under test run on this event loop: the subprocess must not block it.
    process = await asyncio.create_subprocess_exec(
        grpcurl_binary(),
        "-plaintext",
        "-format-error",
        *headers,
        "-d",
        json.dumps(body, ensure_ascii=False),
        address,
        method,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), GRPCURL_TIMEOUT_SECONDS)
    assert stdout, stderr.decode()
    return process.returncode or 0, json.loads(stdout)


async def grpcurl_run(address: str, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    """Run grpcurl with ``args`` before ``address`` (flags) and after it (method), as given.

    ``args`` are split at the literal ``"--"``: flags first, then what follows the address. Returns the
    exit code, stdout and stderr. A large request body goes through ``stdin`` with ``-d @``.
    """
    split = args.index("--") if "--" in args else len(args)
    process = await asyncio.create_subprocess_exec(
        grpcurl_binary(),
        "-plaintext",
        *args[:split],
        address,
        *args[split + 1 :],
        stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(stdin), GRPCURL_TIMEOUT_SECONDS)
    return process.returncode or 0, stdout.decode(), stderr.decode()
