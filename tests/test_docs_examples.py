"""Every example of the README and docs/model.md that shows what roibot says is produced by
roibot here: a fenced block whose lines start with `$ roi …` holds commands, each followed
by exactly what `roi` prints for it (refusals included), run in order in an empty folder
(so a block may save a scenario and then use it)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from bot.terminal.cli import run

ROOT = Path(__file__).parents[1]
DOCS = ("README.md", "docs/model.md")
_BLOCK = re.compile(r"```\n(\$ roi .*?)```", re.DOTALL)


def examples() -> list[tuple[str, int, str]]:
    """(document, index, block) for every example block."""
    found = []
    for name in DOCS:
        text = (ROOT / name).read_text()
        found += [(name, n, block) for n, block in enumerate(_BLOCK.findall(text))]
    return found


def _split(block: str) -> list[tuple[str, str]]:
    """The block's (command, expected output) pairs."""
    pairs: list[tuple[str, list[str]]] = []
    for line in block.rstrip("\n").split("\n"):
        if line.startswith("$ roi "):
            pairs.append((line.removeprefix("$ roi ").strip(), []))
        else:
            pairs[-1][1].append(line)
    return [(command, "\n".join(lines)) for command, lines in pairs]


def _argv(command: str) -> list[str]:
    import shlex

    return shlex.split(command)


@pytest.mark.parametrize(
    ("document", "index", "block"),
    examples(),
    ids=lambda value: str(value)[:40] if isinstance(value, str) else None,
)
def test_every_example_is_what_roi_prints(document, index, block, tmp_path, monkeypatch):
    """Each `$ roi …` line's output in the docs is exactly roi's, run in order."""
    monkeypatch.chdir(tmp_path)
    for command, expected in _split(block):
        out, err = io.StringIO(), io.StringIO()
        run(_argv(command), out=out, err=err, env={"USER": "dana"})
        printed = (out.getvalue() + err.getvalue()).rstrip("\n")
        assert printed == expected, f"{document} example {index}: roi {command}"


def test_the_docs_hold_examples():
    """Both documents show real output, at least the sample, staffing, solve and levers."""
    commands = [command for _, _, block in examples() for command, _ in _split(block)]
    assert len(commands) >= 8
    for needed in ("solve uplift", "levers", "wage=", "aht=10"):
        assert any(needed in command for command in commands), needed
