"""Section 3 and the memory figure of section 4: roi-bot serve against bare Bolt apps served
exactly like it (uvicorn, the same workers and threads), under a bounded load from a
second process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.stats import Row
from bot.config import DEFAULT_THREADS
from tests.servers import free_port, running_server

SECRET = "bench-signing-secret-0123456789"


def _load(base: str, count: int, concurrency: int, save_every: int) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.load",
            base + "/slack/events",
            str(count),
            str(concurrency),
            str(save_every),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
        env={
            "SLACK_SIGNING_SECRET": SECRET,
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(Path(__file__).parents[1]),
        },
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def process_tree(pid: int) -> list[tuple[int, str, float]]:
    """`pid` and every process under it: (pid, command line, peak resident MB), from
    /proc."""

    def hwm(p: int) -> float:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0

    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            command = Path(f"/proc/{current}/cmdline").read_bytes().replace(b"\0", b" ")
            found.append((current, command.decode(errors="replace"), hwm(current)))
            todo += [
                int(c) for c in Path(f"/proc/{current}/task/{current}/children").read_text().split()
            ]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def max_rss_mb(pid: int) -> tuple[float, float]:
    """(largest single process, whole tree) peak resident memory in MB, from /proc."""
    figures = [mb for _, _, mb in process_tree(pid)]
    return max(figures), sum(figures)


WORKERS = min(4, os.cpu_count() or 1)  # roi-bot serve's own defaults, used for every app
THREADS = DEFAULT_THREADS


def run(count: int) -> list[Row]:
    """Requests per second and p99 for 8 and 32 clients, the mixed load, against the floors
    (bare Bolt acking "ok", and acking a reply of our size) on the same layout."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        env = {
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "ROI_DB": f"{folder}/bench.db",
            "BENCH_WORKERS": str(WORKERS),
            "BENCH_THREADS": str(THREADS),
        }
        # roi-bot serve calls auth.test on start; a tiny fake answers it.
        from tests.bot.fake_slack import FakeSlack

        with FakeSlack() as slack:
            env["SLACK_API_URL"] = slack.api_url
            layout = ("--workers", str(WORKERS), "--threads", str(THREADS))
            with running_server(env, args=layout) as (base, process):
                ours = {f"{c}": _load(base, count, c, 0) for c in (1, 8, 32)}
                ours["mixed"] = _load(base, count, 32, 10)
                single, tree = max_rss_mb(process.pid)
        floors = {}
        for name, extra in (("ok", []), ("same", ["same-reply"])):
            port = free_port()
            command = [sys.executable, "-m", "bench.bare", str(port), *extra]
            with running_server(env, port=port, command=command) as (base, _):
                floors[name] = {f"{c}": _load(base, count, c, 0) for c in (1, 8, 32)}
    for key, label in (("8", "8 clients"), ("32", "32 clients")):
        ours_run, same = ours[key], floors["same"][key]
        ratio = ours_run["rps"] / same["rps"]
        rows.append(
            Row(
                "http",
                f"roibot serve ({WORKERS}x{THREADS}), {label}: req/s",
                ours_run["rps"],
                ours_run["p99_ms"],
                "req/s (p99 ms)",
                "bare same reply req/s",
                same["rps"],
                "≥ 0.8x" if key == "32" else "",
                ratio >= 0.8 if key == "32" else None,
                {"errors": ours_run["errors"], "p50_ms": ours_run["p50_ms"]},
            )
        )
    one, bare_one = ours["1"], floors["same"]["1"]
    rows.append(
        Row(
            "http",
            "roibot serve, sequential signed /roi over real sockets: p50",
            one["p50_ms"],
            one["p99_ms"],
            "ms (p99 ms)",
            "bare same reply p50",
            bare_one["p50_ms"],
            "≤ 1.5x",
            one["p50_ms"] <= 1.5 * bare_one["p50_ms"],
        )
    )
    mixed = ours["mixed"]
    rows.append(
        Row(
            "http",
            f"roibot serve ({WORKERS}x{THREADS}), 32 clients, 1 in 10 a save: req/s",
            mixed["rps"],
            mixed["p99_ms"],
            "req/s (p99 ms)",
            target="≥ 1,500 req/s, p99 ≤ 50 ms",
            met=mixed["rps"] >= 1500 and mixed["p99_ms"] <= 50,
            extra={"errors": mixed["errors"], "p50_ms": mixed["p50_ms"]},
        )
    )
    for name, label in (("ok", 'acking "ok"'), ("same", "acking the same reply")):
        run32 = floors[name]["32"]
        rows.append(
            Row(
                "http",
                f"floor: bare Bolt {label}, 32 clients: req/s",
                run32["rps"],
                run32["p99_ms"],
                "req/s (p99 ms)",
            )
        )
    rows.append(
        Row(
            "memory",
            "max RSS of serve after the load (largest process)",
            single,
            tree,
            "MB (all processes MB)",
            target="< 80 MB",
            met=single < 80,
        )
    )
    return rows
