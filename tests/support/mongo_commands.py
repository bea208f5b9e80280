"""Record the MongoDB commands this process sends, to check which filters reach the server.

FerretDB v1 (SQLite backend) pushes down only a filter that is exactly ``{_id: <string or
ObjectId>}``; any other filter (more keys, ``$in``, an empty one) makes it read and decode the
whole collection. A test proves a hot path stays cheap by recording its commands::

    with recorded_commands() as log:
        ...  # drive the service in this process (its mongoengine connection is ours)
    assert log.scans("feedback_reports", tenant_id=tenant) == []
    assert [c.name for c in log.on("feedback_reports")] == ["find"]

Every statement is one :class:`MongoCommand`: an ``update`` of two statements gives two. Commands
come from every thread of the process (``off_loop`` workers included), through the listener that
``wendu.core.mongo.connect_mongo`` registers. Narrow them by collection and tenant (or ``database=``):
an in-process service consumes shared topics, so it may be serving other test runs' records too.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from bson import ObjectId
from pymongo import monitoring
from wendu.core.mongo import key_id, observe_commands

# Where each filtering command keeps its statements, and the filter within one statement.
_FILTERS: Mapping[str, tuple[str | None, str]] = {
    "find": (None, "filter"),
    "count": (None, "query"),
    "distinct": (None, "query"),
    "findAndModify": (None, "query"),
    "update": ("updates", "q"),
    "delete": ("deletes", "q"),
}


@dataclass(frozen=True)
class MongoCommand:
    """One statement sent to the server. ``filter`` is None for a command that takes none (an insert,
    an index command); a filtering command without one has ``{}`` (a scan). For ``aggregate`` it is the
    leading ``$match``."""

    name: str
    collection: str
    filter: Mapping[str, Any] | None
    database: str
    # The round trip the statement went in: the statements of one bulk write share it.
    request_id: int = 0

    @property
    def id_only(self) -> bool:
        """True when FerretDB v1 serves it from its primary key: the filter is ``{_id: <str or ObjectId>}``."""
        return is_id_only(self.filter)

    @property
    def scans(self) -> bool:
        """True when FerretDB v1 reads the whole collection for it (a filtering command, not by ``_id``)."""
        return self.filter is not None and not self.id_only

    def about(self, tenant_id: str) -> bool:
        """True when the filter names ``tenant_id``: a ``tenant_id`` field, or an ``_id`` made by
        ``wendu.core.mongo.key_id`` that starts with it (whatever else the filter holds)."""
        if self.filter is None:
            return False
        key = self.filter.get("_id")
        return self.filter.get("tenant_id") == tenant_id or (
            isinstance(key, str) and key.startswith(key_id(tenant_id) + "/")
        )


def is_id_only(query: Mapping[str, Any] | None) -> bool:
    return query is not None and list(query) == ["_id"] and isinstance(query["_id"], str | ObjectId)


class CommandLog:
    """The commands recorded so far (thread-safe); read it inside or after the ``with`` block."""

    def __init__(self, database: str | None) -> None:
        self._database = database
        self._lock = threading.Lock()
        self._commands: list[MongoCommand] = []

    @property
    def commands(self) -> list[MongoCommand]:
        with self._lock:
            return list(self._commands)

    def on(self, collection: str) -> list[MongoCommand]:
        """The commands on ``collection``, in the order they were sent."""
        return [c for c in self.commands if c.collection == collection]

    def scans(self, collection: str | None = None, *, tenant_id: str | None = None) -> list[MongoCommand]:
        """The commands (on ``collection``, or any; about ``tenant_id``, or any) that FerretDB v1
        answers by reading the whole collection."""
        return [
            c
            for c in self.commands
            if c.scans and collection in (None, c.collection) and (tenant_id is None or c.about(tenant_id))
        ]

    async def wait_for(self, predicate: Callable[[MongoCommand], bool], *, timeout: float = 10.0) -> MongoCommand:
        """The first recorded command matching ``predicate``, waiting for it (an async consumer's work)."""
        deadline = time.monotonic() + timeout
        while True:
            found = next((c for c in self.commands if predicate(c)), None)
            if found is not None:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"no matching MongoDB command in {timeout}s; recorded: {self.commands}")
            await asyncio.sleep(0.02)

    def _record(self, event: monitoring.CommandStartedEvent) -> None:
        if self._database is not None and event.database_name != self._database:
            return
        name = event.command_name
        collection = event.command.get(name)
        if not isinstance(collection, str):
            return  # admin and server commands (hello, ping, ...)
        if name in _FILTERS:
            statements_key, filter_key = _FILTERS[name]
            statements = event.command.get(statements_key, []) if statements_key else [event.command]
            filters: list[Mapping[str, Any] | None] = [dict(s.get(filter_key) or {}) for s in statements]
        elif name == "aggregate":
            pipeline = event.command.get("pipeline", [])
            match = pipeline[0].get("$match") if pipeline else None
            filters = [dict(match or {})]
        else:
            filters = [None]
        with self._lock:
            self._commands.extend(
                MongoCommand(name, collection, f, event.database_name, event.request_id) for f in filters
            )


@contextmanager
def recorded_commands(*, database: str | None = None) -> Iterator[CommandLog]:
    """Record every command the process sends (to ``database`` only, if given) while the block runs.

    Needs a connection made by ``wendu.core.mongo.connect_mongo`` (its listener feeds the log).
    """
    log = CommandLog(database)
    unsubscribe = observe_commands(log._record)
    try:
        yield log
    finally:
        unsubscribe()
