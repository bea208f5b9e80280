"""The MongoDB connection (mongoengine), and the base of every tenant-owned document.

Locally and in tests the server is FerretDB v1, so documents avoid what it lacks: TTL, partial and
text indexes, transactions, change streams, ``$lookup``, and keys with ``.`` or a leading ``$``.
"""

from __future__ import annotations

from typing import ClassVar

import mongoengine
from pymongo import MongoClient
from pymongo.errors import PyMongoError
from wendu.core.config import CoreSettings

SERVER_SELECTION_TIMEOUT_MS = 3000


def connect_mongo(settings: CoreSettings, alias: str = "default") -> MongoClient:
    """Register the mongoengine connection ``alias`` for this process and return its client."""
    mongoengine.disconnect(alias=alias)
    return mongoengine.connect(
        db=settings.mongo_db,
        host=settings.mongo_uri,
        alias=alias,
        serverSelectionTimeoutMS=SERVER_SELECTION_TIMEOUT_MS,
        connectTimeoutMS=SERVER_SELECTION_TIMEOUT_MS,
        uuidRepresentation="standard",
        tz_aware=True,
    )


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
