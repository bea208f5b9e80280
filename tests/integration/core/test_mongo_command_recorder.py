"""The test tool ``support.mongo_commands``, against the real FerretDB.

The recorder hears every statement through ``connect_mongo``'s listener and tells a lookup FerretDB
v1 serves by ``_id`` from one that reads the whole collection.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from support.mongo_commands import recorded_commands
from wendu.core.config import CoreSettings
from wendu.core.mongo import connect_mongo, key_id


def test_statements_are_recorded_with_their_filters(make_settings: Callable[..., CoreSettings]) -> None:
    settings = make_settings("core-recorder")
    client = connect_mongo(settings, alias=f"recorder-{uuid.uuid4().hex[:6]}")
    name = f"probe_{uuid.uuid4().hex[:8]}"
    docs = client[settings.mongo_db][name]
    try:
        with recorded_commands(database=settings.mongo_db) as log:
            docs.insert_one({"_id": key_id("t-1", "a"), "tenant_id": "t-1", "n": 1})
            assert docs.find_one({"_id": key_id("t-1", "a")}) is not None
            docs.update_one({"_id": key_id("t-1", "a"), "n": 1}, {"$inc": {"n": 1}})
            docs.delete_many({"tenant_id": "t-2"})
            docs.find_one({"_id": {"$in": ["x"]}})
        after = len(log.commands)
        docs.find_one({})

        assert [(c.name, c.filter, c.scans) for c in log.on(name)] == [
            ("insert", None, False),
            ("find", {"_id": "t-1/a"}, False),
            ("update", {"_id": "t-1/a", "n": 1}, True),
            ("delete", {"tenant_id": "t-2"}, True),
            ("find", {"_id": {"$in": ["x"]}}, True),
        ]
        assert [c.name for c in log.scans(name, tenant_id="t-1")] == ["update"]
        assert [c.name for c in log.scans(name, tenant_id="t-2")] == ["delete"]
        assert len(log.commands) == after  # nothing is recorded once the block has ended
    finally:
        docs.drop()
        client.close()
