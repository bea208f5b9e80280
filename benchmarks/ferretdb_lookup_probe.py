"""How does a point lookup's cost grow with the collection on the local database?

Fills a scratch collection with interview-like documents (about 1 KB each, ``tenant_id`` and
``interview_id`` fields, a unique index on them) and times ``find_one`` by ``interview_id`` (what the
repositories do) against ``find_one`` by ``_id``, and an ``update_one`` by each, at growing sizes.
MongoDB uses the index for both; FerretDB v1 on SQLite pushes down only ``_id`` equality and scans
(and decodes) every document otherwise. Even ``_id`` equality scans unless the table has the
``_idpath`` index the local runner adds (infra/ferretdb/idpath.go; a runner started with
``-idpath-interval 0`` shows the cost without it). The runner adds it within about a second of the
collection's creation, so the first size may be timed before it exists. See docs/performance.md,
"Where the time goes", and docs/deploy.md, "What FerretDB cannot do".

Run: ``uv run --frozen --no-sync python benchmarks/ferretdb_lookup_probe.py [mongodb-uri] [sizes]``
(sizes: comma-separated, default 100,1000,3000). It uses (and drops) the database
``wendu_lookup_probe``.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

from pymongo import ASCENDING, MongoClient

SIZES = (100, 1000, 3000)
LOOKUPS = 40


def timed(action: Callable[..., object], rounds: int, *args: object) -> float:
    """Median milliseconds of ``action(*args)`` over ``rounds`` calls."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        action(*args)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    uri = sys.argv[1] if len(sys.argv) > 1 else "mongodb://127.0.0.1:27017/"
    sizes = tuple(int(n) for n in sys.argv[2].split(",")) if len(sys.argv) > 2 else SIZES
    client: MongoClient[dict[str, Any]] = MongoClient(uri, serverSelectionTimeoutMS=3000)
    db = client["wendu_lookup_probe"]
    client.drop_database(db.name)
    docs = db["interviews"]
    docs.create_index([("tenant_id", ASCENDING), ("interview_id", ASCENDING)], unique=True)
    ids: list[str] = []
    results: list[dict[str, Any]] = []
    try:
        for size in sizes:
            batch: list[dict[str, Any]] = []
            while len(ids) + len(batch) < size:
                interview_id = uuid.uuid4().hex
                batch.append(
                    {"_id": interview_id, "tenant_id": "t1", "interview_id": interview_id, "version": 0}
                    | {"plan": [{"question_id": uuid.uuid4().hex, "text": "x" * 120} for _ in range(6)]}
                )
            if batch:
                docs.insert_many(batch)
                ids += [d["_id"] for d in batch]
            probe = ids[len(ids) // 2]
            by_field = {"tenant_id": "t1", "interview_id": probe}
            by_id = {"_id": probe}
            bump = {"$inc": {"version": 1}}
            row = {
                "documents": docs.estimated_document_count(),
                "find_by_field_ms": timed(docs.find_one, LOOKUPS, by_field),
                "find_by_id_ms": timed(docs.find_one, LOOKUPS, by_id),
                "update_by_field_ms": timed(docs.update_one, LOOKUPS // 2, by_field, bump),
                "update_by_id_ms": timed(docs.update_one, LOOKUPS // 2, by_id, bump),
            }
            results.append({k: round(v, 2) if isinstance(v, float) else v for k, v in row.items()})
            print(json.dumps(results[-1]))
    finally:
        client.drop_database(db.name)


if __name__ == "__main__":
    main()
