"""Any text a user can send (up to Slack's 40,000 characters, any Unicode) is answered or
refused in bounded time: the front door refuses text over MAX_TEXT before any pattern
runs, and every pattern of the command parser takes linear time, with or without that cut.
And digits Python calls digits but `int` refuses, and control characters, are refused or
cleaned with the usual sentence, never a crash."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from itertools import pairwise

import pytest

from calc.commands import parse_command
from calc.errors import Refusal
from calc.understand import MAX_TEXT, understand

SIZES = (2_500, 10_000, 40_000)  # each 4x the one before
# Below this a time is noise, not growth: the quadratic patterns took seconds at 40k.
FLOOR_S = 0.005


def _random(n: int) -> str:
    pick = random.Random(n)
    alphabet = "abcxyz 0123456789=+-%$.,:/#!?kKmM" + "é€…ſ፩٣\u200b\x00"
    return "".join(pick.choice(alphabet) for _ in range(n))


PATTERNS: dict[str, Callable[[int], str]] = {
    "time parts (aht= + digits + !)": lambda n: "aht=" + "1" * n + "!",
    "sweep step (1..2/ + digits + !)": lambda n: "sweep uplift=1..2/" + "1" * n + "!",
    "spaced digit groups": lambda n: "calls 9" + " 000" * (n // 4),
    "spaced equals (calls=9000 + spaces + x)": lambda n: "calls=9000" + " " * n + "x",
    "random text": _random,
}


def _time(parse: Callable[[str], object], text: str) -> float:
    """The least CPU time of five runs: this process's own time, so that other work on a
    busy machine (another test run beside this one) does not count as growth."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        try:
            parse(text)
        except Refusal:
            pass
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", PATTERNS)
def test_the_command_parser_takes_linear_time_on_every_pattern(name):
    """parse_command alone (no length cut): 4x the text takes at most 5x the time."""
    times = [_time(parse_command, PATTERNS[name](n)) for n in SIZES]
    for shorter, longer in pairwise(times):
        assert max(longer, FLOOR_S) / max(shorter, FLOOR_S) <= 5, (name, times)


@pytest.mark.parametrize("name", PATTERNS)
def test_the_front_door_answers_any_length_in_under_50_ms(name):
    """understand() on 1k, 10k and 40k characters: refused or answered within 50 ms, the
    longer ones refused for their length (one sentence) before anything is read."""
    for n in (1_000, 10_000, 40_000):
        text = PATTERNS[name](n)
        assert _time(understand, text) < 0.05, (name, n)
        if len(text) > MAX_TEXT:
            with pytest.raises(Refusal, match=f"more than the {MAX_TEXT:,} roibot reads"):
                understand(text)


@pytest.mark.parametrize(
    "text",
    [
        "list ፩",
        "list 1" + "0" * 5000,
        "restore q3 ፩",
        "restore q3 v፩",
        "show q3@٣",
        "list ٣",
        "restore q3 1" + "0" * 5000,
    ],
)
def test_digits_int_refuses_are_refused_with_the_usual_sentence(text):
    """Only ASCII digits of sane length are read where a count is meant; the refusal is
    the command's own, never the English reader's generic hint."""
    with pytest.raises(Refusal) as refused:
        understand(text)
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 200
    assert "not understood" not in str(refused.value)


def test_control_characters_become_spaces_and_are_never_stored():
    """A NUL or an escape in a note or a setting is cleaned at the front door (PostgreSQL
    refuses a NUL; SQLite would keep it): the command reads the same, the text kept for the
    record has no control character left."""
    understood = understand("save nul1 uplift=6% # a\x00b\x1b[31mc")
    assert understood.command.note == "a b [31mc"
    assert understood.text.isprintable()
