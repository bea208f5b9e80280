"""The isolated Kafka + FerretDB instance of the fault tests, and the platform running on it.

Fault tests stop and restart the broker and the database, so they never use the shared instance
(9092/9093/27017) that other test layers and people rely on: ``infra/up.sh`` starts a second,
isolated one (``INFRA_INSTANCE=faults``, ports 29092/29093/28017, its own data, logs and pids,
the same jars and FerretDB binary). The services run split (an API and a worker process per
service), ports shifted by 3000, as in Kubernetes.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wendu.cli import stack
from wendu.core.auth import Role, TokenSigner

ROOT = Path(__file__).resolve().parents[2]
# KEY=value lines, shared with scripts/test.sh (which tears the instance down after a killed run).
INSTANCE_ENV = dict(
    line.split("=", 1)
    for line in (Path(__file__).with_name("instance.env")).read_text().splitlines()
    if line and not line.startswith("#")
)
STACK_NAME = "faults"
PORT_OFFSET = 3000
AUTH_SECRET = "faults-secret-for-wendu-tests-only-0123456789"
SERVING_TIMEOUT_SECONDS = 120.0


@contextlib.contextmanager
def instance_lock(timeout_seconds: float = 900.0) -> Iterator[None]:
    """Hold the instance for one fault-test session: a second one would purge and restart it.

    scripts/test.sh takes the same lock (non-blocking) before it cleans the instance up.
    """
    path = stack.work_dir() / "instances" / f"{INSTANCE_ENV['INFRA_INSTANCE']}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        deadline = time.monotonic() + timeout_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"another fault-test session still holds {path}") from None
                time.sleep(1.0)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class FaultInfra:
    """Drives the isolated instance through infra/up.sh and infra/down.sh, by the pids they record."""

    kafka_bootstrap = f"127.0.0.1:{INSTANCE_ENV['KAFKA_PORT']}"
    mongo_uri = f"mongodb://127.0.0.1:{INSTANCE_ENV['MONGO_PORT']}/"

    def _run(self, script: str, *args: str, timeout: float = 150.0) -> None:
        env = {**os.environ, **INSTANCE_ENV}
        subprocess.run(["bash", str(ROOT / "infra" / script), *args], check=True, cwd=ROOT, env=env, timeout=timeout)

    def up(self) -> None:
        """Start whatever of the two is not running, and wait until both answer."""
        self._run("up.sh")

    def stop(self, service: str) -> None:
        """Stop ``kafka`` or ``ferretdb`` (SIGTERM, then SIGKILL after the grace period)."""
        self._run("down.sh", service)

    def down(self, *, purge: bool) -> None:
        self._run("down.sh", *(["--purge"] if purge else []))


@dataclass
class Platform:
    """The running split stack; ``respawn`` restarts one process the way a pod is restarted."""

    infra: FaultInfra
    env: dict[str, str]
    processes: list[stack.RunningProcess]
    addresses: dict[str, str]
    signer: TokenSigner
    mongo_db: str
    consumer_group_prefix: str
    restarts: list[str] = field(default_factory=list)

    def process(self, service: str, role: str) -> stack.RunningProcess:
        return next(p for p in self.processes if p.service.name == service and p.role == role)

    def kill(self, service: str, role: str) -> int:
        """SIGKILL the process: no shutdown hook runs, no offset is committed, nothing is flushed."""
        victim = self.process(service, role)
        os.kill(victim.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while stack.is_alive(victim.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not stack.is_alive(victim.pid), f"{service}-{role} (pid {victim.pid}) survived SIGKILL"
        return victim.pid

    def respawn(self, service: str, role: str) -> stack.RunningProcess:
        """Start ``service`` in ``role`` again on the same ports, with the same environment."""
        old = self.process(service, role)
        new = stack.respawn(old, self.env, STACK_NAME)
        self.processes[self.processes.index(old)] = new
        self.restarts.append(f"{service}-{role}")
        return new

    def tenant_key(self) -> tuple[str, str]:
        """A fresh tenant and its admin+recruiter key, so tests never see each other's data."""
        tenant = f"tenant-{uuid.uuid4().hex[:8]}"
        return tenant, self.signer.mint_api_key(tenant, [Role.ADMIN, Role.RECRUITER], subject="faults")

    async def wait_serving(self, timeout_seconds: float = SERVING_TIMEOUT_SECONDS) -> None:
        await stack.wait_until_serving(self.processes, timeout_seconds=timeout_seconds)
