"""The test suite's wall time, as `make test` runs it (pytest on every core, files kept
together), on this machine as it is: the figure a developer waits for."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.stats import Row

ROOT = Path(__file__).resolve().parents[1]


def run() -> list[Row]:
    """One run of the whole suite; its wall time."""
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-n",
            "auto",
            "--dist",
            "loadfile",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    seconds = time.perf_counter() - started
    passed = done.returncode == 0
    if not passed:  # which tests, so a red row can be looked into
        failed = [line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
        print("\n".join(failed or done.stdout.splitlines()[-30:]), file=sys.stderr)
    state = "green" if passed else "RED"
    return [
        Row(
            "suite",
            f"make test's pytest, {os.cpu_count()} cores, {state}",
            seconds,
            seconds,
            "s",
            target="≤ 120 s",
            met=passed and seconds <= 120,
        )
    ]
