"""The benchmarks still run (a tiny count): a smoke test, not a timing test."""

import json
import subprocess
import sys
from pathlib import Path

from tests.servers import postgres_reachable

ROOT = Path(__file__).parents[1]


def test_bench_quick_runs_and_reports_every_section(tmp_path):
    """`python -m bench --quick` prints the table and writes every section's rows."""
    out = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(tmp_path / "r.json")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "roibot /roi calls=9000 aht+10%" in out.stdout
    rows = json.loads((tmp_path / "r.json").read_text())["rows"]
    sections = {row["section"] for row in rows}
    assert sections == {
        "core",
        "english",
        "staffing",
        "goals",
        "dispatch",
        "http",
        "mention",
        "charts",
        "memory",
        "cold start",
        "scale",
        "postgresql",
    }
    skipped = [row for row in rows if row["name"].startswith("skipped")]
    assert (
        skipped == [] if postgres_reachable() else [r["section"] for r in skipped] == ["postgresql"]
    )
    assert all(row["median"] > 0 for row in rows if row not in skipped)
