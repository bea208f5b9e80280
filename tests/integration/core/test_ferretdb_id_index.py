"""The local FerretDB runner gives every collection the index FerretDB's own ``_id`` lookups need.

FerretDB v1 (SQLite) runs a find, update or delete by ``_id`` as ``WHERE _ferretdb_sjson->'$._id' = ?``
while its own ``_id`` index is on ``_ferretdb_sjson->"_id"``; SQLite matches index expressions
textually, so without ``<table>_idpath`` on the very expression every lookup by ``_id`` scans the
table (infra/ferretdb/idpath.go, docs/deploy.md "What FerretDB cannot do").

Checked from outside: a collection made through pymongo, then FerretDB's SQLite file read read-only
(its directory found as infra/up.sh defines it: a test that cannot find it fails, it never skips).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from pymongo import MongoClient

ROOT = Path(__file__).resolve().parents[3]
ID_EXPR = "_ferretdb_sjson->'$._id'"
# The runner checks every second; a loaded machine (tests run beside each other) may take longer.
WAIT_SECONDS = 20.0


def _state_dir() -> Path:
    """The instance's state dir, as infra/lib/common.sh defines it."""
    work = Path(os.environ.get("WENDU_WORK_DIR", ROOT / ".work")).resolve()
    instance = os.environ.get("INFRA_INSTANCE", "")
    return work / "instances" / instance if instance else work


def _runner_binary() -> Path:
    return Path(os.environ.get("WENDU_WORK_DIR", ROOT / ".work")).resolve() / "bin" / "ferretdb-runner"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _read_only(path: Path) -> sqlite3.Connection:
    assert path.is_file(), (
        f"FerretDB's SQLite file {path} does not exist: is the FerretDB under test using another dir?"
    )
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)


def _table_of(path: Path, collection: str) -> str | None:
    with closing(_read_only(path)) as db:
        row = db.execute("SELECT table_name FROM _ferretdb_collections WHERE name = ?", (collection,)).fetchone()
        return None if row is None else str(row[0])


def _idpath_index(path: Path, table: str) -> str | None:
    """The ``CREATE INDEX`` statement of ``<table>_idpath`` when it exists and is listed on the table."""
    with closing(_read_only(path)) as db:
        row = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name = ?",
            (table, f"{table}_idpath"),
        ).fetchone()
        listed = {r[1] for r in db.execute(f'PRAGMA index_list("{table}")')}
        return str(row[0]) if row is not None and f"{table}_idpath" in listed else None


def _wait_for_index(path: Path, collection: str) -> tuple[str, str]:
    deadline = time.monotonic() + WAIT_SECONDS
    table, sql = None, None
    while time.monotonic() < deadline:
        table = table or _table_of(path, collection)
        sql = _idpath_index(path, table) if table else None
        if table and sql:
            return table, sql
        time.sleep(0.1)
    raise AssertionError(
        f"no _idpath index on collection {collection!r} (table {table!r}) in {path} after {WAIT_SECONDS} s: "
        "is FerretDB running the current infra/ferretdb build? (infra/up.sh warns when it is not)"
    )


def _plan(path: Path, table: str) -> str:
    with closing(_read_only(path)) as db:
        rows = db.execute(f'EXPLAIN QUERY PLAN SELECT _ferretdb_sjson FROM "{table}" WHERE {ID_EXPR} = ?', ('"x"',))
        return " | ".join(str(r[3]) for r in rows)


def test_a_new_collection_gets_the_id_path_index_and_finds_by_id_use_it(infra) -> None:
    data = _state_dir() / "ferretdb" / "data"
    assert data.is_dir(), f"FerretDB's SQLite dir {data} (as infra/up.sh defines it) does not exist"
    collection = f"idpath_{uuid.uuid4().hex[:8]}"
    client: MongoClient[dict[str, object]] = MongoClient(infra.mongo_uri, serverSelectionTimeoutMS=3000)
    docs = client[infra.mongo_db][collection]
    try:
        docs.insert_many([{"_id": f"t-1/{n}", "n": n} for n in range(50)])
        path = data / f"{infra.mongo_db}.sqlite"

        table, sql = _wait_for_index(path, collection)

        assert f'ON "{table}" ({ID_EXPR})' in sql
        assert f"USING INDEX {table}_idpath" in _plan(path, table)
        # FerretDB's own answers are unchanged, and it does not show the index it does not know about.
        assert docs.find_one({"_id": "t-1/7"}) == {"_id": "t-1/7", "n": 7}
        assert docs.update_one({"_id": "t-1/8"}, {"$inc": {"n": 1}}).modified_count == 1
        assert docs.find_one({"_id": "t-1/8"}) == {"_id": "t-1/8", "n": 9}
        assert "idpath" not in str(list(docs.list_indexes()))
    finally:
        docs.drop()
        client.close()


@contextmanager
def _runner(sqlite_dir: Path, *flags: str) -> Iterator[str]:
    """A private runner (the binary infra/up.sh built) on a free port and its own dir."""
    binary = _runner_binary()
    assert binary.is_file(), f"{binary} does not exist: infra/up.sh builds it"
    port = _free_port()
    log = (sqlite_dir.parent / f"runner-{port}.log").open("w")
    process = subprocess.Popen(
        [str(binary), "-listen-addr", f"127.0.0.1:{port}", "-sqlite-dir", str(sqlite_dir), *flags],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        uri = f"mongodb://127.0.0.1:{port}/"
        with MongoClient(uri, serverSelectionTimeoutMS=15000) as client:
            client.admin.command("ping")
        yield uri
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def test_collections_that_exist_when_the_runner_starts_have_the_index_before_it_serves(infra, tmp_path: Path) -> None:
    del infra  # only for infra/up.sh having built the runner
    data = tmp_path / "data"
    with _runner(data, "-idpath-interval", "0") as uri, MongoClient(uri) as client:
        client.probe.old_collection.insert_one({"_id": "a"})
    path = data / "probe.sqlite"
    table = _table_of(path, "old_collection")
    assert table is not None
    assert _idpath_index(path, table) is None  # -idpath-interval 0: no index

    with _runner(data):
        # No wait: the first pass runs before the runner listens.
        assert _idpath_index(path, table) is not None
        assert f"USING INDEX {table}_idpath" in _plan(path, table)
