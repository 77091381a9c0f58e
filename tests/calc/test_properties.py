"""Property tests: no text breaks the parser, and settings text round-trips exactly."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.commands import parse_command
from calc.describe import settings_text
from calc.errors import Refusal
from calc.inputs import REFERENCE_INPUTS
from calc.keys import KEYS
from calc.model import evaluate
from calc.settings import apply, parse_settings
from tests.calc.strategies import inputs

WORDS = [k.name for k in KEYS] + ["save", "list", "sweep", "help", "compare", "q3", "aht"]
PIECES = [
    "=",
    "+",
    "-",
    "%",
    "pp",
    "k",
    "M",
    "$",
    "..",
    "/",
    ":",
    "h",
    "s",
    "min",
    "/month",
    "0.5",
    "9000",
    "10",
    "1e9",
    "#",
    " ",
]


def _run(text: str) -> None:
    try:
        command = parse_command(text)
    except Refusal as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    settings_ = getattr(command, "settings", None)
    if settings_ is not None:
        try:
            evaluate(apply(REFERENCE_INPUTS, settings_))
        except Refusal as refusal:
            assert str(refusal)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120))
def test_any_text_is_a_result_or_a_refusal(text):
    """Any text at all: a command or a Refusal, never another exception."""
    _run(text)


@settings(max_examples=400)
@given(st.lists(st.sampled_from(WORDS + PIECES), max_size=12).map("".join))
def test_grammar_like_text_is_a_result_or_a_refusal(text):
    """Text built from the grammar's own pieces: a command or a Refusal."""
    _run(text)


@settings(max_examples=300)
@given(inputs())
def test_settings_text_round_trips(original):
    """Formatting a scenario's inputs as settings and parsing them back gives the same inputs."""
    text = settings_text(original)
    again = apply(REFERENCE_INPUTS, parse_settings(text.split()))
    assert again == original
