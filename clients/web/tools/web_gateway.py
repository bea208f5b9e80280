"""Start and stop the web gateway (gateway/, Go) beside a local stack, by pid file.

    python clients/web/tools/web_gateway.py start [--port 8080] [--port-offset 0] [--name local]
    python clients/web/tools/web_gateway.py stop [--name local]

The gateway binary and the built web app come from `make web` (.work/bin/wendu-gateway,
clients/web/dist). The services' addresses follow `wendu stack`'s ports shifted by --port-offset.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from wendu.cli import stack

REPO = Path(__file__).resolve().parents[3]
WEB_DIST = REPO / "clients" / "web" / "dist"


def gateway_binary() -> Path:
    return stack.work_dir() / "bin" / "wendu-gateway"


def _pid_file(name: str) -> Path:
    return stack.work_dir() / "pids" / f"gateway-{name}.pid"


def start(name: str, port: int, port_offset: int) -> str:
    """Start the gateway on 127.0.0.1:``port``; return its base URL once /healthz answers."""
    stop(name)
    binary = gateway_binary()
    if not binary.exists():
        raise SystemExit(f"{binary} is missing: run `make web` first")
    env = {
        **os.environ,
        "WENDU_GATEWAY_ADDR": f"127.0.0.1:{port}",
        "WENDU_WEB_DIR": str(WEB_DIST),
    }
    for spec in stack.SERVICES:
        env[spec.env_addr] = f"127.0.0.1:{spec.grpc_port + port_offset}"
    log_path = stack.work_dir() / "logs" / f"gateway-{name}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    _pid_file(name).parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        process = subprocess.Popen([str(binary)], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    _pid_file(name).write_text(str(process.pid))
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the gateway exited; see {log_path}")
        try:
            with urllib.request.urlopen(url + "healthz", timeout=1) as response:
                if response.status == 200:
                    return url
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the gateway did not answer on {url}; see {log_path}")


def stop(name: str) -> bool:
    """Stop the gateway started under ``name``, by its pid; True when one was running."""
    pid_file = _pid_file(name)
    if not pid_file.exists():
        return False
    pid = int(pid_file.read_text().strip() or 0)
    pid_file.unlink()
    if not pid or not stack.is_alive(pid):
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 5
    while stack.is_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if stack.is_alive(pid):
        os.kill(pid, signal.SIGKILL)
    return True


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("--name", default="local")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--port-offset", type=int, default=0)
    args = parser.parse_args(argv)
    if args.action == "start":
        print(start(args.name, args.port, args.port_offset))
    else:
        stop(args.name)


if __name__ == "__main__":
    main(sys.argv[1:])
