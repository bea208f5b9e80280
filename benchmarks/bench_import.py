"""Bulk onboarding at scale: ``wendu import candidates`` of a 10,000-row file, twice (the re-run changes nothing).

Not a test (pytest does not collect it) and it asserts nothing: it prints a table and writes JSON.

    KAFKA_PORT=9092 MONGO_PORT=27017 uv run --frozen python benchmarks/bench_import.py [--rows 10000] [--json PATH]

The profile service runs in this process (API role) against the local Kafka and database, and the
file goes through the CLI's own reader and client stream. The file mixes English and Chinese rows
and has one bad row in fifty (a bad e-mail address). Reported per run: wall time, rows/s, and the
database commands the service sent, by command name (pymongo's command monitoring).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import csv
import json
import os
import platform
import socket
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import grpc
from cryptography.fernet import Fernet
from grpc_health.v1 import health_pb2, health_pb2_grpc
from pymongo import monitoring
from wendu.cli.importing import ImportKind, import_rows, read_rows
from wendu.core.auth import Role, TokenSigner, bearer_metadata
from wendu.core.config import core_settings_from_env
from wendu.core.mongo import observe_commands
from wendu.core.runtime import ProcessRole, serve
from wendu.profile.bootstrap import bootstrap as profile_bootstrap
from wendu.v1 import profile_pb2_grpc

BAD_ROW_EVERY = 50
AUTH_SECRET = "bench-import-secret-0123456789abcdef"


def write_file(path: Path, rows: int) -> int:
    """A candidates CSV of ``rows`` rows, half with Chinese content; returns how many rows are bad."""
    bad = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["external_id", "name", "email", "language", "consent_ai_scoring"])
        for index in range(rows):
            chinese = index % 2 == 1
            email = f"person{index}@example.com"
            if index % BAD_ROW_EVERY == BAD_ROW_EVERY - 1:
                email, bad = "not-an-address", bad + 1
            writer.writerow(
                [
                    f"hr-{index:06d}",
                    f"候选人{index}" if chinese else f"Candidate {index}",
                    email,
                    "中文" if chinese else "en",
                    "是" if chinese else "yes",
                ]
            )
    return bad


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def wait_serving(address: str) -> None:
    async with grpc.aio.insecure_channel(address) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        for _ in range(200):
            try:
                reply = await health.Check(health_pb2.HealthCheckRequest(service=""), timeout=2)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.aio.AioRpcError:
                pass
            await asyncio.sleep(0.3)
    raise TimeoutError(f"{address} did not become SERVING")


async def bench(rows: int) -> dict[str, object]:
    env = {
        "WENDU_KAFKA_BOOTSTRAP": f"127.0.0.1:{os.environ.get('KAFKA_PORT', '9092')}",
        "WENDU_MONGO_URI": f"mongodb://127.0.0.1:{os.environ.get('MONGO_PORT', '27017')}/",
        "WENDU_MONGO_DB": f"bench_import_{uuid.uuid4().hex[:8]}",
        "WENDU_AUTH_SECRET": AUTH_SECRET,
        "WENDU_ENCRYPTION_KEY": Fernet.generate_key().decode(),
        "WENDU_CONSUMER_GROUP_PREFIX": f"bench-{uuid.uuid4().hex[:8]}",
    }
    settings = core_settings_from_env("profile", default_grpc_port=free_port(), default_metrics_port=0, env=env)
    address = f"{settings.grpc_host}:{settings.grpc_port}"
    commands: collections.Counter[str] = collections.Counter()

    def count(event: monitoring.CommandStartedEvent) -> None:
        commands[event.command_name] += 1

    stop = asyncio.Event()
    service = asyncio.create_task(serve(settings, ProcessRole.API, profile_bootstrap, stop))
    unsubscribe = observe_commands(count)
    results: dict[str, object] = {}
    try:
        await wait_serving(address)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "candidates.csv"
            bad = write_file(path, rows)
            metadata = bearer_metadata(
                TokenSigner(AUTH_SECRET).mint_api_key("bench", [Role.ADMIN], subject="bench-import")
            )
            async with grpc.aio.insecure_channel(address) as channel:
                stub = profile_pb2_grpc.ProfileServiceStub(channel)
                for run in ("first", "re-run"):
                    commands.clear()
                    started = time.perf_counter()
                    outcome = await import_rows(
                        ImportKind.CANDIDATES,
                        read_rows(path),
                        lambda requests: stub.ImportCandidates(requests, metadata=metadata, timeout=3600),
                    )
                    seconds = time.perf_counter() - started
                    report = outcome.report
                    results[run] = {
                        "rows": report.rows,
                        "created": report.created,
                        "unchanged": report.unchanged,
                        "invalid": outcome.invalid,
                        "expected_invalid": bad,
                        "seconds": round(seconds, 2),
                        "rows_per_second": round(report.rows / seconds, 1),
                        "db_commands": sum(commands.values()),
                        "db_commands_by_name": dict(commands.most_common()),
                    }
    finally:
        unsubscribe()
        stop.set()
        await service
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--json", type=Path, default=Path(".work/bench/import.json"))
    args = parser.parse_args()
    results = asyncio.run(bench(args.rows))
    print(f"{'run':8} {'rows':>6} {'created':>8} {'unchanged':>9} {'invalid':>7} {'s':>7} {'rows/s':>7} {'DB cmds':>8}")
    for run, numbers in results.items():
        assert isinstance(numbers, dict)
        print(
            f"{run:8} {numbers['rows']:>6} {numbers['created']:>8} {numbers['unchanged']:>9} {numbers['invalid']:>7} "
            f"{numbers['seconds']:>7} {numbers['rows_per_second']:>7} {numbers['db_commands']:>8}"
        )
        print(f"         by command: {numbers['db_commands_by_name']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {"when": datetime.now(UTC).isoformat(), "machine": platform.platform(), "rows": args.rows, **results},
            indent=2,
        )
    )
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
