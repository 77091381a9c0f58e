"""The verb parser: every verb of section 5 and its refusals."""

from decimal import Decimal as D

import pytest

from calc import commands as cmd
from calc.commands import command_text, parse_command
from calc.errors import Refusal
from calc.names import ScenarioRef


def test_compute_with_scenario_and_settings():
    """`NAME settings` is a what-if on NAME; a name with a dash is still a name."""
    command = parse_command("q3-plan calls+20%")
    assert isinstance(command, cmd.Compute)
    assert command.scenario == ScenarioRef("q3-plan")
    assert [s.text for s in command.settings] == ["calls+20%"]


def test_compute_without_scenario():
    """Settings alone compute from the team default or the reference values."""
    command = parse_command("calls=9000 aht+10%")
    assert command == cmd.Compute(None, command.settings) and len(command.settings) == 2
    assert parse_command("") == cmd.Compute(None, ())


def test_save_with_note():
    """`save NAME settings # note` keeps the note apart from the settings."""
    command = parse_command("save q3-plan uplift=6% # agreed with finance")
    assert isinstance(command, cmd.Save)
    assert command.name == "q3-plan"
    assert command.note == "agreed with finance"
    assert command.settings[0].amount == D("0.06")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("list", cmd.ListScenarios(1)),
        ("list 3", cmd.ListScenarios(3)),
        ("list page 2", cmd.ListScenarios(2)),
        ("show q3", cmd.Show(ScenarioRef("q3"))),
        ("SHOW q3", cmd.Show(ScenarioRef("q3"))),
        ("show q3@2", cmd.Show(ScenarioRef("q3", 2))),
        ("show q3@v2", cmd.Show(ScenarioRef("q3", 2))),
        ("delete q3", cmd.Delete("q3")),
        ("history q3", cmd.History("q3")),
        ("restore q3 2", cmd.Restore("q3", 2)),
        ("restore q3 v2", cmd.Restore("q3", 2)),
        ("help", cmd.Help("")),
        ("help staffing", cmd.Help("staffing")),
        ("help calls", cmd.Help("calls")),
    ],
)
def test_verbs(text, expected):
    """Each verb parses to its command."""
    assert parse_command(text) == expected


def test_compare_and_breakeven():
    """compare takes two names and optional settings; breakeven an optional scenario."""
    command = parse_command("compare a b calls=10k")
    assert isinstance(command, cmd.Compare)
    assert (command.first, command.second) == (ScenarioRef("a"), ScenarioRef("b"))
    assert len(command.settings) == 1
    versions = parse_command("compare q3@1 q3@2")
    assert (versions.first, versions.second) == (ScenarioRef("q3", 1), ScenarioRef("q3", 2))
    breakeven = parse_command("breakeven q3 cost=$3")
    assert isinstance(breakeven, cmd.Breakeven) and breakeven.scenario == ScenarioRef("q3")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("sweep uplift=2%..10%/2%", [D("0.02"), D("0.04"), D("0.06"), D("0.08"), D("0.10")]),
        ("sweep uplift=2..10%/2", [D("0.02"), D("0.04"), D("0.06"), D("0.08"), D("0.10")]),
        ("sweep calls=5k..7k/1k", [D(5000), D(6000), D(7000)]),
        ("sweep aht=0..30%/10%", [D(0), D("0.1"), D("0.2"), D("0.3")]),
    ],
)
def test_sweep_values(text, values):
    """A sweep range gives one row per step, both ends included."""
    command = parse_command(text)
    assert isinstance(command, cmd.Sweep)
    assert [row.amount for row in command.rows] == values


def test_sweep_aht_percent_sweeps_the_increase():
    """`sweep aht=0..30%/5%` sweeps the AHT increase, not the base handle time."""
    command = parse_command("sweep aht=0..30%/5%")
    assert command.key.name == "aht_increase" and len(command.rows) == 7


def test_sweep_default_step_and_rate_period():
    """Without a step the range is cut into ten; a rate period applies to both ends."""
    command = parse_command("sweep q3 calls=270k..300k/month")
    assert command.scenario == ScenarioRef("q3") and len(command.rows) == 11
    assert command.rows[0].period == "month"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("save", "save needs a scenario name: write /roi save q3-plan uplift=6%"),
        ("save list", '"list" is a command word: choose another name, e.g. q3-plan'),
        ("save a/b", '"a/b" is not a scenario name: use letters, digits, - _ and . (e.g. q3-plan)'),
        ("save " + "x" * 65, "scenario names are at most 64 characters: choose a shorter one"),
        ("show", "show needs a scenario name: write /roi show q3-plan"),
        ("show q3 extra", 'unexpected "extra": write /roi show q3'),
        ("restore q3", "restore needs a version number: write /roi restore q3 2"),
        ("restore q3 0", "restore needs a version number: write /roi restore q3 2"),
        ("compare q3", "compare needs two scenario names: write /roi compare q3-plan q4-plan"),
        ("list x", 'unexpected "x": write /roi list or /roi list 2'),
        ("sweep uplift=2%", "sweep needs one range: write /roi sweep uplift=2%..10%/1%"),
        (
            "sweep uplift=10%..2%",
            "a sweep runs from the lower value to the higher: write /roi sweep uplift=2%..10%/1%",
        ),
        (
            "sweep uplift=0..100%/0.1%",
            "that sweep has 1001 rows, more than 200: use a larger step or a narrower range",
        ),
        (
            "sweep uplift=0..10%/0%",
            "the step of a sweep must be more than 0: write /roi sweep uplift=2%..10%/1%",
        ),
        ("sweep uplift=1..5% uplift=3%", "uplift is both swept and set: drop the setting"),
        (
            "help nothing",
            'no help on "nothing": topics: settings, scenarios, sweep, breakeven, solve, levers, staffing, english, digest',
        ),
        ("q3 9000", '"9000" is not a setting: write key=value, e.g. calls=9000'),
        ("save calls", '"calls" is a setting name: choose another name, e.g. q3-plan'),
        (
            "save fig2",
            '"fig2" always means the Fig. 2 reference values: choose another name, e.g. q3-plan',
        ),
        ("show q3@0", '"q3@0": versions start at 1: write q3@1'),
        ("sweep aht=30..90", "aht=30 is ambiguous: write aht=30s or aht=30min"),
    ],
)
def test_command_refusals(text, message):
    """Each malformed command is refused with this one line."""
    with pytest.raises(Refusal) as refused:
        parse_command(text)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("uplift 6 %", '"uplift 6 %" is written apart: write uplift=6%'),
        ("conv=2.5 %", '"conv=2.5 %" is written apart: write conv=2.5%'),
        ("AHT=10 min", '"AHT=10 min" is written apart: write aht=10min'),
        ("aht +10%", '"aht +10%" is written apart: write aht+10%'),
        ("calls=9 000", '"calls=9 000" is written apart: write calls=9000'),
        ("calls 9000", '"calls 9000" is written apart: write calls=9000'),
        ("q3 calls 9000 uplift=6%", '"calls 9000" is written apart: write calls=9000'),
        ("aht", '"aht" needs a value: write aht=640s or aht=10:40'),
        ("calls", '"calls" needs a value: write calls=9000, calls=270k/month or calls=750/h'),
        ("aht=10", "aht=10 is ambiguous: write aht=10s or aht=10min"),
        (
            "calls=9000 # a note",
            "a note (# …) belongs to save: write /roi save q3-plan uplift=6% # note",
        ),
        ("breakeven # x", "a note (# …) belongs to save: write /roi save q3-plan uplift=6% # note"),
    ],
)
def test_near_misses_name_the_fix(text, message):
    """A setting typed in pieces, a key without a value, a handle time under a minute and a
    note outside save: each refused with the exact text that would work."""
    with pytest.raises(Refusal) as refused:
        parse_command(text)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    "text",
    [
        "",
        "calls=9000 aht+10%",
        "q3-plan calls+20%",
        "q3@2 aht+15%",
        "reference uplift=6%",
        "save q3 uplift=6% # agreed with finance",
        "list",
        "list 3",
        "show q3",
        "show q3@2",
        "delete q3",
        "history q3",
        "restore q3 2",
        "compare q3 q4@1 calls=10k",
        "breakeven q3 cost=$3",
        "sweep uplift=2%..10%/1%",
        "sweep q3 calls=270k..300k/month conv=3%",
        "help",
        "help staffing",
    ],
)
def test_command_text_round_trips(text):
    """Writing a command back gives text that parses to the same command (buttons and
    "Read as" lines depend on it)."""
    command = parse_command(text)
    assert parse_command(command_text(command)) == command


def test_every_verb_is_a_write_or_a_read_exactly_once():
    """The read/write split is written once (calc.commands): every command class is in
    exactly one of WRITES, QUESTIONS, LOOKUPS and SCHEDULES, and every verb parses to one
    of them."""
    import typing

    from calc import commands as cmd
    from calc.names import VERBS

    classes = set(typing.get_args(cmd.Command))
    groups = [set(cmd.WRITES), set(cmd.QUESTIONS), set(cmd.LOOKUPS), set(cmd.SCHEDULES)]
    assert set().union(*groups) == classes
    assert sum(len(group) for group in groups) == len(classes)
    examples = {
        "save": "save q3 uplift=6%",
        "list": "list",
        "show": "show q3",
        "delete": "delete q3",
        "history": "history q3",
        "restore": "restore q3 2",
        "compare": "compare q3 q4",
        "breakeven": "breakeven",
        "sweep": "sweep uplift=2%..10%",
        "solve": "solve uplift",
        "levers": "levers",
        "help": "help",
        "digest": "digest list",
    }
    assert set(examples) == set(VERBS)
    for verb, text in examples.items():
        command = cmd.parse_command(text)
        assert cmd.is_write(command) == (verb in ("save", "delete", "restore")), verb
