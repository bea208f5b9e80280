"""Fixtures shared by the integration tests (their helpers live in ``tests/support``)."""

from __future__ import annotations

import uuid

import pytest


@pytest.fixture
def tenant() -> str:
    """A fresh tenant id: topics and databases are shared, so each test keeps to its own tenant."""
    return f"t-{uuid.uuid4().hex[:10]}"
