"""Runs one service process in a role: ``api`` (gRPC), ``worker`` (stream agents) or ``all``.

The API and the stream worker of a service are the same image in two roles, so each scales on
its own. Both roles serve gRPC health (for native probes) and ``/metrics``.
"""

from __future__ import annotations

import argparse
import asyncio
import enum
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field

from aiokafka import TopicPartition
from wendu.core.auth import RevokedKeys, TokenSigner
from wendu.core.bus import BroadcastReader, EventHandler, EventPublisher, StreamWorker, ensure_topics
from wendu.core.config import CoreSettings
from wendu.core.grpc_server import GrpcRunner, GrpcService
from wendu.core.grpc_tls import grpc_tls_from_env
from wendu.core.interview_ends import InterviewEnds
from wendu.core.kafka_access import topics_of
from wendu.core.key_registry import RevocationFollower
from wendu.core.logging import configure_logging
from wendu.core.metrics import start_metrics_endpoint
from wendu.core.mongo import connect_mongo, mongo_is_reachable
from wendu.core.topics import API_KEYS, topic_configs

log = logging.getLogger(__name__)

STARTUP_RETRY_SECONDS = 1.0

BackgroundTask = Callable[[asyncio.Event], Coroutine[None, None, None]]


class ProcessRole(enum.StrEnum):
    API = "api"
    WORKER = "worker"
    ALL = "all"

    @property
    def serves_api(self) -> bool:
        return self in (ProcessRole.API, ProcessRole.ALL)

    @property
    def runs_worker(self) -> bool:
        return self in (ProcessRole.WORKER, ProcessRole.ALL)


@dataclass
class ServiceParts:
    """What a service's ``bootstrap()`` wires: servicers, stream handlers and background jobs."""

    grpc_services: Sequence[GrpcService] = ()
    # Consumed in the service's consumer group by the worker role (each record handled once).
    consumers: dict[str, EventHandler] = field(default_factory=dict)
    # Read by every API replica (fan-out to the streams it holds).
    broadcasts: dict[str, EventHandler] = field(default_factory=dict)
    worker_background: Sequence[BackgroundTask] = ()
    api_background: Sequence[BackgroundTask] = ()
    # Slow, blocking loads (a dictionary, a model) run in a thread at start; health says NOT_SERVING
    # until they are done, so no request or event waits behind them.
    warm_ups: Sequence[Callable[[], None]] = ()
    # The consumers keep per-key state: a member reads the same partitions of every topic, and is
    # told when partitions are revoked (see wendu.core.bus.StreamWorker).
    co_partitioned: bool = False
    on_revoked: Callable[[set[TopicPartition]], None] | None = None
    # When interviews ended, for the bound on candidate tokens every RPC is held to. None: the
    # service serves candidate tokens nothing, and its server refuses them.
    interview_ends: InterviewEnds | None = None


@dataclass(frozen=True)
class Infrastructure:
    """The adapters every service gets from the runtime."""

    settings: CoreSettings
    publisher: EventPublisher
    signer: TokenSigner
    # The role this process runs in: a bootstrap may skip what only the other role uses (and the
    # secrets it needs), e.g. profile's worker holds no encryption key.
    role: ProcessRole = ProcessRole.ALL


Bootstrap = Callable[[Infrastructure], ServiceParts]


def parse_role(argv: Sequence[str] | None = None, description: str = "") -> ProcessRole:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "role",
        nargs="?",
        default=ProcessRole.ALL.value,
        choices=[r.value for r in ProcessRole],
        help="api: gRPC only; worker: stream agents only; all: both (default)",
    )
    return ProcessRole(parser.parse_args(argv).role)


async def _retry_until(stop: asyncio.Event, what: str, action: Callable[[], Awaitable[None]]) -> bool:
    """Run ``action`` until it succeeds or the process is asked to stop; dependencies may start late."""
    while not stop.is_set():
        try:
            await action()
            return True
        except Exception as exc:
            log.warning("waiting for dependency", extra={"dependency": what, "error": repr(exc)})
            try:
                await asyncio.wait_for(stop.wait(), STARTUP_RETRY_SECONDS)
            except TimeoutError:
                pass
    return False


async def run_service(settings: CoreSettings, role: ProcessRole, bootstrap: Bootstrap) -> None:
    """Run until SIGTERM or SIGINT, then shut down gracefully."""
    configure_logging(f"{settings.service_name}-{role}", settings.log_level)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await serve(settings, role, bootstrap, stop)


async def serve(settings: CoreSettings, role: ProcessRole, bootstrap: Bootstrap, stop: asyncio.Event) -> None:
    """Start every part of the service in ``role`` and run until ``stop`` is set."""
    start_metrics_endpoint(settings.metrics_port, settings.grpc_host)
    revoked = RevokedKeys()
    signer = TokenSigner(settings.auth_secret, revoked)
    connect_mongo(settings)
    publisher = EventPublisher(settings.kafka_bootstrap, client_id=f"{settings.service_name}-{role}")
    parts = bootstrap(Infrastructure(settings=settings, publisher=publisher, signer=signer, role=role))

    started: list[asyncio.Event] = []

    async def kafka_ready() -> bool:
        return await publisher.is_reachable()

    async def mongo_ready() -> bool:
        return await asyncio.to_thread(mongo_is_reachable)

    async def agents_ready() -> bool:
        return all(event.is_set() for event in started)

    grpc_tls = grpc_tls_from_env()
    grpc_runner = GrpcRunner(
        service_name=settings.service_name,
        signer=signer,
        services=parts.grpc_services if role.serves_api else (),
        host=settings.grpc_host,
        port=settings.grpc_port,
        readiness_checks=(kafka_ready, mongo_ready, agents_ready),
        max_receive_bytes=settings.grpc_max_receive_bytes,
        tls=grpc_tls,
        health_port=grpc_tls.health_port,
        interview_ends=parts.interview_ends,
    )
    # Serve health first, so probes see NOT_SERVING while Kafka or Mongo are still coming up.
    await grpc_runner.start()
    tasks: list[asyncio.Task[None]] = [asyncio.create_task(grpc_runner.watch_readiness(stop))]
    try:
        if not await _retry_until(stop, "kafka", publisher.start):
            return
        topic_settings = settings.kafka_topics
        await _retry_until(
            stop,
            "kafka topics",
            # Only the service's own topics: its principal sees no others (wendu.core.kafka_access).
            lambda: ensure_topics(
                settings.kafka_bootstrap,
                topics_of(settings.service_name),
                topic_settings.partitions,
                replication_factor=topic_settings.replication_factor,
                retention_ms=topic_settings.retention_ms,
                topic_configs=topic_configs(settings.audit_retention_days),
                with_dead_letters=False,
                create=topic_settings.create,
            ),
        )

        def launch(run: Callable[[asyncio.Event, asyncio.Event], Coroutine[None, None, None]]) -> None:
            ready = asyncio.Event()
            started.append(ready)
            tasks.append(asyncio.create_task(run(stop, ready)))

        if parts.warm_ups:

            async def warm_up(stop: asyncio.Event, ready: asyncio.Event) -> None:
                for load in parts.warm_ups:
                    await asyncio.to_thread(load)
                ready.set()
                await stop.wait()

            launch(warm_up)
        client_id = f"{settings.service_name}-{role}"
        if role.runs_worker and parts.consumers:
            worker = StreamWorker(
                bootstrap=settings.kafka_bootstrap,
                group_id=settings.consumer_group,
                handlers=parts.consumers,
                publisher=publisher,
                client_id=client_id,
                co_partitioned=parts.co_partitioned,
                on_revoked=parts.on_revoked,
            )
            launch(worker.run)
        if role.serves_api:
            # Revoked API keys, from the key registry; NOT_SERVING until it has been read through.
            registry = BroadcastReader(
                bootstrap=settings.kafka_bootstrap,
                topic=API_KEYS,
                client_id=client_id,
                on_event=RevocationFollower(revoked),
                from_beginning=True,
            )
            launch(registry.run)
            for topic, handler in parts.broadcasts.items():
                reader = BroadcastReader(
                    bootstrap=settings.kafka_bootstrap, topic=topic, client_id=client_id, on_event=handler
                )
                launch(reader.run)
        # A job wired for both roles (a warm-up, a channel to close) runs once in the `all` role.
        background = dict.fromkeys(
            [
                *(parts.worker_background if role.runs_worker else ()),
                *(parts.api_background if role.serves_api else ()),
            ]
        )
        tasks.extend(asyncio.create_task(job(stop)) for job in background)
        log.info("service started", extra={"role": str(role), "grpc_port": grpc_runner.port})
        stopped = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait([stopped, *tasks], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not stopped and task.exception() is not None:
                log.error("a service task failed; stopping", exc_info=task.exception())
        stop.set()
    finally:
        stop.set()
        log.info("shutting down")
        await grpc_runner.stop(settings.shutdown_grace_seconds)
        for task in tasks:
            try:
                await asyncio.wait_for(task, settings.shutdown_grace_seconds)
            except (TimeoutError, asyncio.CancelledError):
                task.cancel()
            except Exception:
                log.exception("task failed during shutdown")
        await publisher.stop()
