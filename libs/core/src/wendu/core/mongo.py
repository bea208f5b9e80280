"""The MongoDB connection (mongoengine), and the base of every tenant-owned document.

Locally and in tests the server is FerretDB v1, so documents avoid what it lacks: TTL, partial and
text indexes, transactions, change streams, ``$lookup``, and keys with ``.`` or a leading ``$``.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar, ParamSpec, TypeVar
from urllib.parse import quote

import mongoengine
from mongoengine.queryset import QuerySet
from pymongo import MongoClient, monitoring
from pymongo.errors import PyMongoError
from wendu.core import metrics
from wendu.core.config import CoreSettings

SERVER_SELECTION_TIMEOUT_MS = 3000

T = TypeVar("T")
P = ParamSpec("P")

# Threads that run database calls for the event loop (see ``off_loop``). Their own pool, so calls
# stalled by an outage (each up to the server-selection timeout) cannot starve other users of the
# loop's default executor, and enough of them that a burst of RPCs does not queue behind a few.
MONGO_THREADS = 32
_mongo_executor = ThreadPoolExecutor(max_workers=MONGO_THREADS, thread_name_prefix="mongo")


CommandObserver = Callable[[monitoring.CommandStartedEvent], None]
_command_observers: list[CommandObserver] = []


def observe_commands(observer: CommandObserver) -> Callable[[], None]:
    """Call ``observer`` with every command this process starts from now on; returns the unsubscriber.

    pymongo only takes listeners when a client is created, so tools (e.g. tests that check which
    filters reach the server) hook in here instead. The observer runs on the thread of the command.
    """
    _command_observers.append(observer)
    return lambda: _command_observers.remove(observer)


class CommandTimer(monitoring.CommandListener):  # type: ignore[misc]
    """Observes every command's round trip in ``wendu_mongo_command_seconds`` (command, collection).

    The started event names the collection; the finished one carries the duration. pymongo calls
    these synchronously on the thread that runs the command, so the bookkeeping stays minimal.
    """

    def __init__(self) -> None:
        self._collections: dict[tuple[int, Any], str] = {}

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        for observer in tuple(_command_observers):
            observer(event)
        target = event.command.get(event.command_name)
        self._collections[(event.request_id, event.connection_id)] = target if isinstance(target, str) else ""

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        self._observe(event)

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        self._observe(event)

    def _observe(self, event: monitoring.CommandSucceededEvent | monitoring.CommandFailedEvent) -> None:
        collection = self._collections.pop((event.request_id, event.connection_id), "")
        metrics.MONGO_COMMAND.labels(event.command_name, collection).observe(event.duration_micros / 1e6)


def connect_mongo(settings: CoreSettings, alias: str = "default") -> MongoClient:
    """Register the mongoengine connection ``alias`` for this process and return its client."""
    mongoengine.disconnect(alias=alias)
    _forget_cached_collections(alias)
    return mongoengine.connect(
        db=settings.mongo_db,
        host=settings.mongo_uri,
        alias=alias,
        serverSelectionTimeoutMS=SERVER_SELECTION_TIMEOUT_MS,
        connectTimeoutMS=SERVER_SELECTION_TIMEOUT_MS,
        uuidRepresentation="standard",
        tz_aware=True,
        event_listeners=[CommandTimer()],
    )


def _forget_cached_collections(alias: str) -> None:
    """Drop every document class's cached collection of ``alias``.

    ``mongoengine.disconnect`` only resets the classes of its name registry, where two services'
    classes with one name (e.g. ``HintDocument``) shadow each other: the shadowed one would keep a
    closed client after a reconnect (a test process, or a restarted service role).
    """
    pending: list[type[mongoengine.Document]] = [mongoengine.Document]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls._meta.get("abstract") or cls is mongoengine.Document:
            continue
        if cls._meta.get("db_alias", "default") == alias:
            cls._disconnect()


def mongo_is_reachable(alias: str = "default") -> bool:
    try:
        mongoengine.get_connection(alias).admin.command("ping")
        return True
    except (PyMongoError, mongoengine.connection.ConnectionFailure):
        return False


class TenantDocument(mongoengine.Document):
    """Every record carries ``tenant_id``; every query of a repository filters on it."""

    tenant_id = mongoengine.StringField(required=True)
    meta: ClassVar[dict[str, object]] = {"abstract": True}


def server_is_ferretdb(alias: str = "default") -> bool:
    """True when the connected server is FerretDB (the local stand-in), not MongoDB.

    For the few guarantees FerretDB v1 cannot give at a usable cost (see docs/interviews.md, owner
    fencing), never to shape a data layout. FerretDB answers ``buildInfo`` with its own
    ``ferretdbFeatures`` (v1) or ``ferretdb`` (v2) section; MongoDB has neither.
    """
    info = mongoengine.get_connection(alias).admin.command("buildInfo")
    return "ferretdbFeatures" in info or "ferretdb" in info


def key_id(*parts: str | int) -> str:
    """A document ``_id`` made of its business key: the parts, each percent-escaped, joined by ``/``.

    FerretDB v1 (SQLite) pushes down only a filter that is exactly ``{_id: <string or ObjectId>}``;
    any other filter decodes the whole collection. A hot-path lookup by business key therefore goes
    by this id. The escaping keeps it one-to-one (``("a/b", "c")`` and ``("a", "b/c")`` differ), so
    an id that starts with the tenant can never reach another tenant's document.
    """
    return "/".join(quote(str(part), safe="") for part in parts)


TenantDocumentT = TypeVar("TenantDocumentT", bound=TenantDocument)


def tenant_document_by_id(
    document: type[TenantDocumentT], document_id: str, tenant_id: str, *fields: str
) -> TenantDocumentT | None:
    """The document with ``_id`` ``document_id`` if it belongs to ``tenant_id`` (only ``fields``, when named).

    The filter is the id alone, the tenant checked after the read: FerretDB v1 serves only a filter
    that is exactly ``{_id: ...}`` from its primary key and scans the collection for any other,
    ``{_id, tenant_id}`` included. Another tenant's document is as good as none.
    """
    query = document.objects(pk=document_id)
    if fields:
        query = query.only("tenant_id", *fields)
    found = query.first()
    return found if found is not None and found.tenant_id == tenant_id else None


def first_as(query: QuerySet, to_domain: Callable[[Any], T]) -> T | None:
    """The first document of ``query`` turned into a domain object; None when nothing matches."""
    document = query.first()
    return None if document is None else to_domain(document)


def insert_if_new(document: mongoengine.Document) -> bool:
    """Insert ``document``; False, and nothing written, when a unique index already holds its key."""
    try:
        document.save(force_insert=True)
    except mongoengine.NotUniqueError:
        return False
    return True


def insert_or_find(document: mongoengine.Document, new: T, find_stored: Callable[[], T | None]) -> tuple[T, bool]:
    """Insert ``document``, the stored form of ``new``: ``(new, True)``.

    When a unique index already holds its business key the first writer wins: nothing is written
    and the result is ``(find_stored(), False)``, so a redelivery or a retry carries on with what
    was stored (its ids, its event id). Should that record have been deleted in between (erasure),
    there is nothing to carry on from and the NotUniqueError is raised.
    """
    try:
        document.save(force_insert=True)
    except mongoengine.NotUniqueError:
        stored = find_stored()
        if stored is None:
            raise
        return stored, False
    return new, True


def off_loop(call: Callable[P, T]) -> Callable[P, Coroutine[Any, Any, T]]:
    """Make a blocking database call awaitable: it runs on a worker thread, the event loop keeps going.

    pymongo is synchronous; called inside a coroutine, each round trip (and, during an outage, each
    server-selection timeout) would stall every RPC, stream and consumer heartbeat of the process.
    Decorate the repository methods the handlers await; the decorated code must be thread-safe
    (pymongo's client is; guard any in-process cache). Context variables (logging, tracing) follow.
    """

    @functools.wraps(call)
    async def run(*args: P.args, **kwargs: P.kwargs) -> T:
        context = contextvars.copy_context()
        bound = functools.partial(context.run, call, *args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(_mongo_executor, bound)

    return run
