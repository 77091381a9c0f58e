"""`roi-bot console` through a subprocess, as a user would run it."""

import os
import subprocess
import sys
from pathlib import Path

EXE = str(Path(sys.executable).with_name("roi-bot"))


def console(lines, tmp_path, env=None):
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "ROI_DB": str(tmp_path / "roi.db"),
        **(env or {}),
    }
    return subprocess.run(
        [EXE, "console"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=environment,
    )


def test_console_prints_fig2(tmp_path):
    """`printf '/roi calls=9000 aht+10%%\\n' | roi-bot console` prints the Fig. 2 figures."""
    out = console("/roi calls=9000 aht+10%\n", tmp_path)
    assert out.returncode == 0, out.stderr
    for figure in [
        "$(16,200)",
        "$6,750",
        "$(5,913,000)",
        "$2,463,750",
        "$2.75",
        "-60%",
        "+$22,950",
        "5.86% uplift",
        "AHT can rise 40%",
        "Cost center → Profit center with sales through service",
    ]:
        assert figure in out.stdout, figure


def test_console_keeps_scenarios_and_refuses_cleanly(tmp_path):
    """Scenarios persist in ROI_DB across runs; a refusal is one line; others are ignored."""
    out = console("/roi save q3 uplift=6%\n/roi conv=0.08\n/who\n", tmp_path)
    assert "Saved q3 as version 1" in out.stdout
    assert "⚠️ conv=0.08 is ambiguous: write 8% or 0.08%" in out.stdout
    assert "Only /roi and /new are known here." in out.stdout
    again = console("/roi list\n", tmp_path)
    assert "q3" in again.stdout and "Scenarios (1)" in again.stdout


def test_no_tokens_means_console(tmp_path):
    """`roi-bot` with no mode and no tokens picks the console."""
    out = subprocess.run(
        [EXE],
        input="/roi help\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)},
    )
    assert out.returncode == 0 and "Examples:" in out.stdout
    assert (tmp_path / "roi.db").exists()


def test_bad_database_is_one_line(tmp_path):
    """A ROI_DB that is not roibot's: one line on stderr, exit 2, the file untouched."""
    path = tmp_path / "notes.txt"
    path.write_text("my notes")
    out = console("/roi\n", tmp_path, env={"ROI_DB": str(path)})
    assert out.returncode == 2
    assert "is not a roibot database" in out.stderr and "Traceback" not in out.stderr
    assert path.read_text() == "my notes"


def test_console_lines_are_dms_in_one_running_thread(tmp_path):
    """`printf 'what if AHT goes up 15%%\\nand with 12k calls?\\n' | roi-bot console`: both
    answered, the second with both changes; /new starts a new thread."""
    out = console(
        "what if AHT goes up 15%\nand with 12k calls?\n/new\nand with 12k calls?\n", tmp_path
    )
    assert out.returncode == 0, out.stderr
    read_as = [line for line in out.stdout.splitlines() if line.startswith("Read as: ")]
    assert read_as == [
        "Read as: /roi aht+15%",
        "Read as: /roi aht+15% calls=12k",
        "Read as: /roi calls=12k",
    ]
    assert "(a new thread)" in out.stdout
    assert out.stdout.count("Cost center → Profit center with sales through service") == 3
