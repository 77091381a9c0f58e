"""Fixtures every test package may use: a fresh PostgreSQL database of its own.

Tests that need PostgreSQL get a database made for them and dropped afterwards, on the
server at 127.0.0.1:5432 (user postgres, trust authentication) or the one
ROI_TEST_POSTGRES names. Where there is none they skip with one line saying how to run
them; with ROI_REQUIRE_POSTGRES=1 (what .ci/run sets) that skip is a failure instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

from tests.servers import POSTGRES_ADMIN_URL, postgres_reachable, temporary_postgres

# Timing is never the property a hypothesis test checks here: on a busy machine the default
# 200 ms deadline failed tests that were right.
settings.register_profile("roibot", deadline=None)
settings.load_profile("roibot")


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (what `make test` runs): one worker more than the cores. Many tests wait
    on a server, a subprocess or a socket; the extra worker uses the core they leave idle
    (the suite on 2 cores: 131 s with 2 workers, 115 to 117 s with 3, 124 s with 4)."""
    return (os.cpu_count() or 1) + 1


HOW = (
    "PostgreSQL tests need a server at 127.0.0.1:5432 (user postgres, trust auth, "
    "database test), or ROI_TEST_POSTGRES=postgresql://…"
)
_REACHABLE: list[bool] = []  # checked once per run


def require_postgres() -> None:
    """Skip (or, where required, fail) when there is no PostgreSQL to test against."""
    if not _REACHABLE:
        _REACHABLE.append(postgres_reachable())
    if _REACHABLE[0]:
        return
    if os.environ.get("ROI_REQUIRE_POSTGRES"):
        pytest.fail(f"ROI_REQUIRE_POSTGRES is set but no server answered. {HOW}")
    pytest.skip(HOW)


@pytest.fixture(autouse=True)
def _fresh_log_limits() -> None:
    """Each test sees its own first log line of each kind (bot.logs limits them per
    process, and a worker runs many tests)."""
    from bot.logs import LIMITED

    LIMITED.reset()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a new, empty database, dropped after the test."""
    require_postgres()
    with temporary_postgres(POSTGRES_ADMIN_URL) as url:
        yield url
