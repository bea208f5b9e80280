"""Every MongoDB command a process sends is observed in ``wendu_mongo_command_seconds``.

Against the real FerretDB: the histogram counts each command once under its command name and
collection, failed commands included, and its sum is the round trip pymongo measured.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from pymongo.errors import OperationFailure
from wendu.core import metrics
from wendu.core.config import CoreSettings
from wendu.core.mongo import connect_mongo


def _count(command: str, collection: str) -> float:
    for family in metrics.MONGO_COMMAND.collect():
        for sample in family.samples:
            if sample.name.endswith("_count") and sample.labels == {"command": command, "collection": collection}:
                return sample.value
    return 0.0


def test_each_command_is_observed_with_its_collection(make_settings: Callable[..., CoreSettings]) -> None:
    settings = make_settings("core-metrics")
    client = connect_mongo(settings, alias=f"metrics-{uuid.uuid4().hex[:6]}")
    collection = f"probe_{uuid.uuid4().hex[:8]}"
    docs = client[settings.mongo_db][collection]
    try:
        docs.insert_one({"_id": "a", "n": 1})
        docs.insert_one({"_id": "b", "n": 2})
        assert docs.find_one({"_id": "a"}) is not None
        docs.update_one({"_id": "b"}, {"$inc": {"n": 1}})
        with pytest.raises(OperationFailure):
            client[settings.mongo_db].command("wenduNoSuchCommand")
        assert _count("insert", collection) == 2
        assert _count("find", collection) == 1
        assert _count("update", collection) == 1
        assert _count("wenduNoSuchCommand", "") == 1
    finally:
        docs.drop()
        client.close()
