"""Fixtures every test package may use: a fresh PostgreSQL database of its own.

Tests that need PostgreSQL get a database made for them and dropped afterwards, on the
server at 127.0.0.1:5432 (user postgres, trust authentication) or the one
ROI_TEST_POSTGRES names. Where there is none they skip with one line saying how to run
them; with ROI_REQUIRE_POSTGRES=1 (what .ci/run sets) that skip is a failure instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from functools import cache
from urllib.parse import urlsplit, urlunsplit

import pytest

ADMIN_URL = os.environ.get("ROI_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
HOW = ("PostgreSQL tests need a server at 127.0.0.1:5432 (user postgres, trust auth, "
       "database test), or ROI_TEST_POSTGRES=postgresql://…")


@cache
def postgres_reachable() -> bool:
    """True when the admin URL answers (checked once per run)."""
    try:
        import psycopg

        with psycopg.connect(ADMIN_URL, connect_timeout=2, autocommit=True) as conn:
            conn.execute("SELECT 1")
        return True
    except Exception:
        return False


def require_postgres() -> None:
    """Skip (or, where required, fail) when there is no PostgreSQL to test against."""
    if postgres_reachable():
        return
    if os.environ.get("ROI_REQUIRE_POSTGRES"):
        pytest.fail(f"ROI_REQUIRE_POSTGRES is set but no server answered. {HOW}")
    pytest.skip(HOW)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a new, empty database, dropped after the test."""
    require_postgres()
    import psycopg

    name = f"roibot_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(ADMIN_URL)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
