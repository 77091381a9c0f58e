"""Section 4: process start to the first answered command in `roi-bot console`, and the
imports that cost the most."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stats import Row

EXE = str(Path(sys.executable).with_name("roi-bot"))


def _one_shot(repeat: int) -> tuple[list[float], list[float]]:
    """Wall seconds of `roi calls=9000 aht+10%` (no database: a what-if never makes one)
    and of `python -c pass`, each run `repeat` times, interleaved."""
    shot, floor = [], []
    roi = str(Path(sys.executable).with_name("roi"))
    with tempfile.TemporaryDirectory() as folder:
        env = {"PATH": os.environ.get("PATH", ""), "HOME": folder}
        for _ in range(repeat):
            for argv, out in (
                ([roi, "calls=9000", "aht+10%"], shot),
                ([sys.executable, "-c", "pass"], floor),
            ):
                start = time.perf_counter()
                subprocess.run(
                    argv, cwd=folder, env=env, capture_output=True, timeout=60, check=True
                )
                out.append(time.perf_counter() - start)
    return shot, floor


# The console's floor: a process that imports what it must (the settings' pydantic, the
# store's sqlite-utils, Bolt and Slack's Web client) and nothing of roibot; numpy hidden
# from sqlite-utils as roibot hides it.
_FLOOR = (
    "import sys; sys.modules['numpy'] = None; import sqlite_utils; "
    "from pydantic import BaseModel, SecretStr; from slack_bolt import App; "
    "from slack_sdk import WebClient"
)


def run(repeat: int) -> tuple[list[Row], list[tuple[float, str]]]:
    """Median and max wall time to the first answer; the top cumulative imports."""
    times, bare = [], []
    with tempfile.TemporaryDirectory() as folder:
        env = {"PATH": os.environ.get("PATH", ""), "HOME": folder, "ROI_DB": f"{folder}/roi.db"}
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", _FLOOR], env=env, timeout=60, check=True)
            bare.append(time.perf_counter() - start)
            start = time.perf_counter()
            out = subprocess.run(
                [EXE, "console"],
                input="/roi calls=9000 aht+10%\n",
                capture_output=True,
                text=True,
                env=env,
                timeout=60,
            )
            times.append(time.perf_counter() - start)
            assert "$(16,200)" in out.stdout, out.stderr
        trace = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "bot.main", "console"],
            input="/roi calls=9000 aht+10%\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    imports = []
    for line in trace.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|\s*(.+)$", line)
        if match:
            imports.append((int(match[1]) / 1000, match[2].rstrip()))
    top = sorted((i for i in imports if not i[1].startswith(" ")), reverse=True)[:8]
    median = statistics.median(times)
    shot, floor = _one_shot(repeat)
    rows = [
        Row(
            "cold start",
            "roi calls=9000 aht+10%: one shot, wall",
            statistics.median(shot) * 1e3,
            max(shot) * 1e3,
            "ms (max)",
            "python -c pass",
            statistics.median(floor) * 1e3,
            "≤ 150 ms",
            statistics.median(shot) <= 0.15,
        ),
        Row(
            "cold start",
            "console: process start to first answer",
            median * 1e3,
            max(times) * 1e3,
            "ms (max)",
            "importing pydantic, sqlite-utils, Bolt",
            statistics.median(bare) * 1e3,
            target="≤ 300 ms",
            met=median <= 0.3,
        ),
    ]
    return rows, top
