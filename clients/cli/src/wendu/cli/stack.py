"""Starts and stops the six services locally as processes, for ``make run`` and end-to-end tests.

Each service runs either as one process (``all``) or as separate ``api`` and ``worker`` processes,
the way they scale in Kubernetes. Logs and pid files go to the ignored work folder.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import subprocess
import sys
import time
from base64 import urlsafe_b64encode
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from wendu.core import topics
from wendu.core.bus import ensure_topics, group_has_offsets, start_group_at_end
from wendu.core.config import core_settings_from_env


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    module: str
    grpc_port: int
    metrics_port: int
    env_addr: str

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.grpc_port}"


SERVICES = (
    ServiceSpec("profile", "wendu.profile", 50051, 9451, "WENDU_PROFILE_ADDR"),
    ServiceSpec("question-gen", "wendu.question_gen", 50052, 9452, "WENDU_QUESTION_GEN_ADDR"),
    ServiceSpec("scoring", "wendu.scoring", 50053, 9453, "WENDU_SCORING_ADDR"),
    ServiceSpec("feedback", "wendu.feedback", 50054, 9454, "WENDU_FEEDBACK_ADDR"),
    ServiceSpec("training", "wendu.training", 50055, 9455, "WENDU_TRAINING_ADDR"),
    # Adverse-impact monitoring (its worker runs the faust monitor) and the audit trail.
    ServiceSpec("insights", "wendu.insights", 50056, 9456, "WENDU_INSIGHTS_ADDR"),
)
# A split worker listens next to its API: gRPC health on port+100, metrics on port+100.
WORKER_PORT_OFFSET = 100


def addresses(port_offset: int = 0) -> dict[str, str]:
    """The API address of each service, by name."""
    return {spec.name: f"127.0.0.1:{spec.grpc_port + port_offset}" for spec in SERVICES}


@dataclass(frozen=True)
class RunningProcess:
    service: ServiceSpec
    role: str
    grpc_port: int
    metrics_port: int
    pid: int
    log_path: Path


def work_dir() -> Path:
    return Path(os.environ.get("WENDU_WORK_DIR", Path.cwd() / ".work"))


def local_secrets(directory: Path) -> dict[str, str]:
    """Secrets for the local stack: generated once into the work folder, never committed."""
    path = directory / "secrets.env"
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        fernet_key = urlsafe_b64encode(secrets.token_bytes(32)).decode()
        path.write_text(f"WENDU_AUTH_SECRET={secrets.token_urlsafe(32)}\nWENDU_ENCRYPTION_KEY={fernet_key}\n")
        path.chmod(0o600)
    values = {}
    for line in path.read_text().splitlines():
        key, _, value = line.partition("=")
        if key:
            values[key] = value
    return values


def kafka_state_dir(env: Mapping[str, str] = os.environ) -> Path:
    """The local broker's state folder infra/up.sh writes (per ``INFRA_INSTANCE`` in ``env``)."""
    instance = env.get("INFRA_INSTANCE", "")
    return work_dir() / "instances" / instance / "kafka" if instance else work_dir() / "kafka"


def local_kafka_credentials(env: Mapping[str, str] = os.environ) -> dict[str, str]:
    """The local broker's SCRAM users and passwords (infra/up.sh generates them); empty without one.

    ``WENDU_KAFKA_CREDENTIALS_FILE`` in ``env`` names another ``user=password`` file.
    """
    path = Path(env.get("WENDU_KAFKA_CREDENTIALS_FILE") or kafka_state_dir(env) / "credentials.env")
    if not path.exists():
        return {}
    users = {}
    for line in path.read_text().splitlines():
        user, _, password = line.partition("=")
        if user and password:
            users[user] = password
    return users


def kafka_env(principal: str, env: Mapping[str, str] = os.environ) -> dict[str, str]:
    """The environment that makes a process authenticate to the local broker (the instance ``env``
    names) as ``principal``, read by ``wendu.core.config.kafka_security_from_env``; empty when that
    broker has no such user (e.g. an external broker: its credentials come from the caller)."""
    password = local_kafka_credentials(env).get(principal)
    if password is None:
        return {}
    ca_file = kafka_state_dir(env) / "tls-ca.pem"  # up.sh leaves it only when the listener is TLS
    return {
        "WENDU_KAFKA_USERNAME": principal,
        "WENDU_KAFKA_PASSWORD": password,
        "WENDU_KAFKA_SECURITY_PROTOCOL": "SASL_SSL" if ca_file.exists() else "SASL_PLAINTEXT",
        **({"WENDU_KAFKA_CA_FILE": str(ca_file)} if ca_file.exists() else {}),
    }


def use_local_kafka_admin(env: Mapping[str, str] = os.environ) -> None:
    """Let this process (a test session, a benchmark, ``wendu stack up``) act on the local broker of
    ``env``'s instance as its super user, unless it already has Kafka credentials. Services never run
    as admin: each one is started with its own principal (:func:`kafka_env`)."""
    if not os.environ.get("WENDU_KAFKA_USERNAME"):
        os.environ.update(kafka_env("admin", env))


def _spawn(
    spec: ServiceSpec,
    role: str,
    label: str,
    ports: tuple[int, int],
    env: dict[str, str],
    root: Path,
    stack_name: str,
) -> RunningProcess:
    grpc_port, metrics_port = ports
    log_path = root / "logs" / f"{stack_name}-{spec.name}-{label}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    process_env = {
        **env,
        # Each service as its own Kafka principal, whatever credentials the caller holds.
        **kafka_env(spec.name, env),
        "WENDU_GRPC_PORT": str(grpc_port),
        "WENDU_METRICS_PORT": str(metrics_port),
    }
    # The faust monitor's data directory, with the stack's other state (not the working directory).
    process_env.setdefault("WENDU_INSIGHTS_DATA_DIR", str(root / "insights-data" / stack_name))
    if role == "worker":
        # As in the chart: a worker never holds the key that encrypts personal data (profile's API does).
        process_env.pop("WENDU_ENCRYPTION_KEY", None)
    with log_path.open("ab") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", f"{spec.module}.entrypoints.main", role],
            env=process_env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    pid_dir = root / "pids"
    pid_dir.mkdir(parents=True, exist_ok=True)
    (pid_dir / f"svc-{stack_name}-{spec.name}-{label}.pid").write_text(str(process.pid))
    return RunningProcess(spec, label, grpc_port, metrics_port, process.pid, log_path)


def stack_env(port_offset: int = 0, extra_env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a stack's processes: this one's, the local secrets, ``extra_env``, and
    where each service's API listens (ports shifted by ``port_offset``)."""
    env = {**os.environ, **local_secrets(work_dir()), **(extra_env or {})}
    for spec in SERVICES:
        env[spec.env_addr] = f"127.0.0.1:{spec.grpc_port + port_offset}"
    return env


def respawn(process: RunningProcess, env: dict[str, str], stack_name: str) -> RunningProcess:
    """Start ``process``'s service and role again, on the same ports (e.g. after it was killed)."""
    kind = "worker" if process.role.startswith("worker") else process.role
    ports = (process.grpc_port, process.metrics_port)
    return _spawn(process.service, kind, process.role, ports, env, work_dir(), stack_name)


async def prepare_consumer_groups(env: Mapping[str, str], *, skip_backlog: bool = False) -> list[str]:
    """Start the local stack's consumer groups at the topics' end if they never ran (every group with
    ``skip_backlog``); returns the groups moved.

    The broker on a development machine is shared: the tests and benchmarks publish on the same
    topics. A group that never ran has nothing of its own there, and replaying that history (scoring
    every test answer again, building their reports) would keep the first interview waiting for
    minutes. A group that ran before resumes where it stopped, unless ``skip_backlog``.
    """
    use_local_kafka_admin()
    # The broker and group names as each service will read them from this environment.
    settings = [
        core_settings_from_env(
            spec.name, default_grpc_port=spec.grpc_port, default_metrics_port=spec.metrics_port, env=env
        )
        for spec in SERVICES
    ]
    bootstrap = settings[0].kafka_bootstrap
    await ensure_topics(bootstrap, topics.ALL_TOPICS)
    moved = []
    for group in (s.consumer_group for s in settings):
        if skip_backlog or not await group_has_offsets(bootstrap, group):
            await start_group_at_end(bootstrap, group, topics.ALL_TOPICS)
            moved.append(group)
    return moved


def start_stack(
    *,
    stack_name: str = "local",
    split_roles: bool = False,
    workers_per_service: int = 1,
    port_offset: int = 0,
    extra_env: dict[str, str] | None = None,
) -> list[RunningProcess]:
    """Spawn every service; returns at once (see :func:`wait_until_serving`).

    ``port_offset`` shifts every port, so a test stack can run beside the local one.
    """
    root = work_dir()
    env = stack_env(port_offset, extra_env)
    started: list[RunningProcess] = []
    for spec in SERVICES:
        grpc_port, metrics_port = spec.grpc_port + port_offset, spec.metrics_port + port_offset
        if not split_roles:
            started.append(_spawn(spec, "all", "all", (grpc_port, metrics_port), env, root, stack_name))
            continue
        started.append(_spawn(spec, "api", "api", (grpc_port, metrics_port), env, root, stack_name))
        for index in range(workers_per_service):
            offset = WORKER_PORT_OFFSET * (index + 1)
            ports = (grpc_port + offset, metrics_port + offset)
            started.append(_spawn(spec, "worker", f"worker{index + 1}", ports, env, root, stack_name))
    return started


async def _serving(port: int) -> bool:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        try:
            response = await health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=1.0)
        except grpc.aio.AioRpcError:
            return False
        return response.status == health_pb2.HealthCheckResponse.SERVING


async def wait_until_serving(processes: list[RunningProcess], timeout_seconds: float = 90.0) -> None:
    """Wait until every process's gRPC health answers SERVING; raise with its log tail if not."""
    deadline = time.monotonic() + timeout_seconds
    pending = list(processes)
    while pending and time.monotonic() < deadline:
        for process in list(pending):
            if not is_alive(process.pid):
                raise RuntimeError(f"{process.service.name}-{process.role} exited:\n{_tail(process.log_path)}")
            if await _serving(process.grpc_port):
                pending.remove(process)
        if pending:
            await asyncio.sleep(0.5)
    if pending:
        names = ", ".join(f"{p.service.name}-{p.role}" for p in pending)
        raise TimeoutError(f"not SERVING after {timeout_seconds:.0f}s: {names}\n{_tail(pending[0].log_path)}")


BIND_FAILED = "Failed to bind"


async def start_stack_until_serving(
    *, stack_name: str = "local", attempts: int = 5, timeout_seconds: float = 120.0, **options: Any
) -> list[RunningProcess]:
    """:func:`start_stack`, then :func:`wait_until_serving`; the whole stack again when a port was taken.

    The fixed service ports (50051+, and the test stacks' offsets) lie inside Linux's ephemeral port
    range (32768-60999), so an outgoing connection can hold one for a while: a bind failure is retried.
    """
    for attempt in range(attempts):
        stop_stack(stack_name)
        processes = start_stack(stack_name=stack_name, **options)
        try:
            await wait_until_serving(processes, timeout_seconds=timeout_seconds)
            return processes
        except RuntimeError as exc:
            if BIND_FAILED not in str(exc) or attempt == attempts - 1:
                stop_stack(stack_name)
                raise
            await asyncio.sleep(2.0)
    raise AssertionError("unreachable")


def stop_stack(stack_name: str = "local", grace_seconds: float = 15.0) -> int:
    """Stop the service processes of ``stack_name``, by pid. Returns how many were running."""
    pid_dir = work_dir() / "pids"
    pid_files = sorted(pid_dir.glob(f"svc-{stack_name}-*.pid")) if pid_dir.exists() else []
    pids = []
    for pid_file in pid_files:
        pid = int(pid_file.read_text().strip() or 0)
        if pid and is_alive(pid):
            os.kill(pid, signal.SIGTERM)
            pids.append(pid)
        pid_file.unlink()
    deadline = time.monotonic() + grace_seconds
    while any(is_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in pids:
        if is_alive(pid):
            os.kill(pid, signal.SIGKILL)
    return len(pids)


def is_alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
