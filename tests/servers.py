"""Running `roi-bot serve` as a child process on 127.0.0.1 (for tests and benchmarks).

Shipped in the package, not under tests/, because `bench/` drives the same server.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_healthy(url: str, timeout_s: float = 30, status: int = 200) -> None:
    """Poll `url` until it answers `status` (200: healthy), or raise TimeoutError."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == status:
                    return
        except urllib.error.HTTPError as error:
            if error.code == status:
                return
            time.sleep(0.05)
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"{url} did not answer {status}")


@contextmanager
def running_server(
    env: dict[str, str],
    *,
    port: int | None = None,
    args: tuple[str, ...] = (),
    command: list[str] | None = None,
    log: Path | None = None,
    health_status: int = 200,
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start `roi-bot serve` (or `command`), wait for /healthz to answer `health_status`,
    yield (base URL, process); stop the whole process group afterwards, whatever
    happened."""
    port = port or free_port()
    exe = Path(sys.executable).with_name("roi-bot")
    argv = command or [str(exe), "serve", "--port", str(port), *args]
    output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(
        argv, env={**os.environ, **env}, stdout=output, stderr=output, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base + "/healthz", status=health_status)
        yield base, process
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if log:
            output.close()  # type: ignore[union-attr]


POSTGRES_ADMIN_URL = os.environ.get(
    "ROI_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test"
)


def postgres_reachable(admin_url: str = POSTGRES_ADMIN_URL) -> bool:
    """True when a PostgreSQL server answers at `admin_url`."""
    try:
        import psycopg

        with psycopg.connect(admin_url, connect_timeout=2, autocommit=True) as conn:
            conn.execute("SELECT 1")
        return True
    except Exception:
        return False


@contextmanager
def temporary_postgres(
    admin_url: str = POSTGRES_ADMIN_URL, prefix: str = "roibot_test"
) -> Iterator[str]:
    """The URL of a new, empty database on `admin_url`'s server, dropped afterwards (its
    connections too)."""
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(admin_url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
