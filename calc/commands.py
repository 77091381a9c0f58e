"""The command language (docs/model.md, "The command language"): the same after `/roi`, after
`roi`, at the console, and what the English reader translates into."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from calc.digests import DigestAdd, DigestChange, DigestList, digest_text, parse_digest
from calc.errors import Refusal, echo
from calc.goals import GOALS_HINT, Goal, goal_text, parse_goal
from calc.key_types import Key
from calc.keys import BY_NAME, SOLVABLE, lookup
from calc.names import VERBS, ScenarioRef, check_name, is_ref, parse_ref
from calc.numbers import whole_number
from calc.settings import Setting, parse_setting, parse_settings, unknown_key
from calc.sweeps import range_rows

MAX_NOTE = 3000
HELP_TOPICS = (
    "settings",
    "scenarios",
    "sweep",
    "breakeven",
    "solve",
    "levers",
    "staffing",
    "english",
    "digest",
)


@dataclass(frozen=True)
class Compute:
    """`/roi [SCENARIO] [SETTING ...]`"""

    scenario: ScenarioRef | None = None
    settings: tuple[Setting, ...] = ()


@dataclass(frozen=True)
class Save:
    """`/roi save NAME [from SCENARIO] [SETTING ...] [# note]`: a new version of NAME, from
    its own latest version (else the team's default, else Fig. 2), or from SCENARIO."""

    name: str
    settings: tuple[Setting, ...] = ()
    note: str = ""
    base: ScenarioRef | None = None


@dataclass(frozen=True)
class ListScenarios:
    """`/roi list [PAGE]`"""

    page: int = 1


@dataclass(frozen=True)
class Show:
    """`/roi show NAME` (or `NAME@VERSION`)"""

    scenario: ScenarioRef


@dataclass(frozen=True)
class Delete:
    """`/roi delete NAME`"""

    name: str


@dataclass(frozen=True)
class History:
    """`/roi history NAME`"""

    name: str


@dataclass(frozen=True)
class Restore:
    """`/roi restore NAME VERSION`"""

    name: str
    version: int


@dataclass(frozen=True)
class Compare:
    """`/roi compare NAME NAME [SETTING ...]`"""

    first: ScenarioRef
    second: ScenarioRef
    settings: tuple[Setting, ...] = ()


@dataclass(frozen=True)
class Breakeven:
    """`/roi breakeven [SCENARIO] [SETTING ...]`"""

    scenario: ScenarioRef | None = None
    settings: tuple[Setting, ...] = ()


@dataclass(frozen=True)
class Sweep:
    """`/roi sweep [SCENARIO] KEY=FROM..TO[/STEP] [SETTING ...]`: one row per value."""

    key: Key
    rows: tuple[Setting, ...]
    scenario: ScenarioRef | None = None
    settings: tuple[Setting, ...] = field(default=())
    range_text: str = ""  # the range as typed, `uplift=2%..10%/1%`


@dataclass(frozen=True)
class Solve:
    """`/roi solve KEY [for GOAL] [SCENARIO] [SETTING ...]`: the value of KEY that just
    meets GOAL (break-even by default)."""

    key: Key
    goal: Goal = field(default_factory=Goal)
    scenario: ScenarioRef | None = None
    settings: tuple[Setting, ...] = ()


@dataclass(frozen=True)
class Levers:
    """`/roi levers [SCENARIO] [SETTING ...]`: every input ±10%, ranked by its swing."""

    scenario: ScenarioRef | None = None
    settings: tuple[Setting, ...] = ()


@dataclass(frozen=True)
class Help:
    """`/roi help [TOPIC]`"""

    topic: str = ""


Command = (
    Compute
    | Save
    | ListScenarios
    | Show
    | Delete
    | History
    | Restore
    | Compare
    | Breakeven
    | Sweep
    | Solve
    | Levers
    | Help
    | DigestAdd
    | DigestList
    | DigestChange
)
#: Commands that change what is stored (a team's scenarios): the one list. After one of
#: them, answers kept from before are stale and the Home tab is republished.
WRITES = (Save, Delete, Restore)
#: Questions answered from the team's scenarios without changing them: the same question
#: gives the same answer until a write (so it may be kept), and it may be shared in a
#: channel (a write is never asked again by a button).
QUESTIONS = (Compute, Breakeven, Compare, Sweep, Solve, Levers, Show)
#: Reads that are neither kept nor shared: lists and help.
LOOKUPS = (ListScenarios, History, Help, DigestList)
#: Commands that change a team's scheduled digests (never an answer: no answer goes stale).
SCHEDULES = (DigestAdd, DigestChange)


def is_write(command: Command) -> bool:
    """True for a command that changes the team's scenarios."""
    return isinstance(command, WRITES)


# Invisible characters change nothing a reader sees, so they are dropped before parsing.
_INVISIBLE = dict.fromkeys(
    [
        0x200B,
        0x200C,
        0x200D,
        0x2060,
        0xFEFF,
        0x00AD,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        0x200E,
        0x200F,
    ]
)
_LOOKALIKES = str.maketrans({"−": "-", "–": "-", "—": "-", "＝": "=", "％": "%", "…": ".."})


def normalize(text: str) -> str:
    """Command text as a reader sees it: invisible characters gone, look-alikes plain."""
    if not text.isascii():  # the common case skips the Unicode work entirely
        text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).translate(_LOOKALIKES)
    if "=" in text:
        # `key = value` as `key=value`: split and joined, not a regex (`\s*=` tried from
        # every space of a long run of them took quadratic time).
        text = "=".join(part.strip() for part in text.split("="))
    return text.strip()


def tokens_of(text: str) -> list[str]:
    """The words of a command, trailing commas and semicolons dropped."""
    return [token.rstrip(",;") for token in text.split() if token.rstrip(",;")]


_KEY_AND_SIGN = re.compile(r"^([A-Za-z_]+)[+-]")


def looks_like_setting(token: str) -> bool:
    """A token written as a setting (`calls=9k`, `aht+10%`, `conv-1pp`), known key or not."""
    if "=" in token:
        return True
    if "+" not in token and "-" not in token:
        return False  # most words: the pattern below needs a sign
    match = _KEY_AND_SIGN.match(token)
    return match is not None and lookup(match[1]) is not None


# A value written apart from its key or unit: `uplift 6 %`, `AHT=10 min`, `calls=9 000`.
_UNIT_WORD = re.compile(
    r"^(%|pp|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|k|M|"
    r"/\w+)$"
)
_VALUE_START = re.compile(r"^[$€£]?[0-9.]")
_THOUSANDS = re.compile(r"^[0-9]{3}(?:[.,][0-9]+)?%?$")
_LAST_DIGITS = re.compile(r"[0-9]{1,3}$")


def _near_miss(tokens: list[str]) -> tuple[str, str] | None:
    """The first setting written in pieces, as typed and as it should be, when the pieces
    joined make a setting that parses."""
    for index, token in enumerate(tokens):
        key = lookup(token)
        pieces = [token]
        if key is not None and index + 1 < len(tokens):
            following = tokens[index + 1]
            if following[:1] in "+-" or _VALUE_START.match(following):
                joiner = "" if following[:1] in "+-=" else "="
                pieces.append(following)
                joined = token.lower() + joiner + following
            else:
                continue
        elif looks_like_setting(token):
            joined = token
        else:
            continue
        rest = tokens[index + len(pieces) :]
        for extra in rest:
            # Only the end of `joined` is looked at: it grows with every piece.
            digits_before = _LAST_DIGITS.search(joined[-3:])
            if _UNIT_WORD.match(extra) or (digits_before and _THOUSANDS.match(extra)):
                pieces.append(extra)
                joined += extra
            else:
                break
        if len(pieces) == 1:
            continue
        joined = re.sub(r"^[A-Za-z_]+", lambda word: word.group(0).lower(), joined)
        try:
            parse_setting(joined)
        except Refusal:
            return None
        return " ".join(pieces), joined
    return None


def _refuse_near_miss(tokens: list[str]) -> None:
    found = _near_miss(tokens)
    if found:
        typed, fixed = found
        raise Refusal(f'"{echo(typed)}" is written apart', f"write {fixed}")


def _settings(tokens: list[str]) -> tuple[Setting, ...]:
    try:
        return parse_settings(tokens)
    except Refusal:
        _refuse_near_miss(tokens)
        raise


def _scenario_and_settings(tokens: list[str]) -> tuple[ScenarioRef | None, tuple[Setting, ...]]:
    if tokens and not looks_like_setting(tokens[0]):
        first = tokens[0]
        key = lookup(first)
        if key is not None:
            _refuse_near_miss(tokens)
            raise Refusal(f'"{echo(first)}" needs a value', f"write {key.example}")
        if is_ref(first):
            return parse_ref(first), _settings(tokens[1:])
    return None, _settings(tokens)


def _name(tokens: list[str], verb: str, usage: str, *, saving: bool = False) -> str:
    if not tokens:
        raise Refusal(f"{verb} needs a scenario name", f"write /roi {usage}")
    return check_name(tokens[0], saving=saving)


def _no_more(tokens: list[str], usage: str) -> None:
    if tokens:
        raise Refusal(f'unexpected "{echo(" ".join(tokens))}"', f"write /roi {usage}")


def _sweep(tokens: list[str]) -> Sweep:
    usage = "sweep uplift=2%..10%/1%"
    ranged = [index for index, token in enumerate(tokens) if ".." in token]
    if len(ranged) != 1:
        raise Refusal("sweep needs one range", f"write /roi {usage}")
    index = ranged[0]
    before, token, after = tokens[:index], tokens[index], tokens[index + 1 :]
    scenario, settings = _scenario_and_settings(before)
    settings += _settings(after)
    key, rows = range_rows(token)
    if any(setting.key == key for setting in settings):
        raise Refusal(f"{key.name} is both swept and set", "drop the setting")
    return Sweep(key=key, rows=rows, scenario=scenario, settings=settings, range_text=token)


_SOLVE_USAGE = "solve uplift for net=$1M/year"


def _solve(tokens: list[str]) -> Solve:
    """`KEY [for GOAL] [SCENARIO] [SETTING ...]`."""
    if not tokens:
        raise Refusal("solve needs the key to look for", f"write /roi {_SOLVE_USAGE}")
    name = tokens[0].lower()
    key = BY_NAME["aht_increase"] if name in ("aht+", "aht+%") else lookup(name)
    if key is None:
        raise unknown_key(tokens[0])
    if key.name not in SOLVABLE:
        raise Refusal(f"solve does not look for {key.name}", "solve one of: " + ", ".join(SOLVABLE))
    rest, goal = tokens[1:], Goal()
    if rest and rest[0].lower() == "for":
        if len(rest) < 2:
            raise Refusal("solve … for needs a goal", GOALS_HINT)
        goal, took = parse_goal(rest[1], rest[2] if len(rest) > 2 else "")
        rest = rest[2 + took :]
    scenario, settings = _scenario_and_settings(rest)
    if any(setting.key == key for setting in settings):
        raise Refusal(f"{key.name} is both solved for and set", "drop the setting")
    return Solve(key, goal, scenario, settings)


def _save(text: str) -> Save:
    """`save NAME [from SCENARIO] [SETTING ...] [# note]`."""
    body, _, note = text.partition("#")
    rest = tokens_of(body)[1:]
    name = _name(rest, "save", "save q3-plan uplift=6%", saving=True)
    note = " ".join(note.split())
    if len(note) > MAX_NOTE:
        raise Refusal(f"a note is at most {MAX_NOTE:,} characters", "shorten it")
    words, base = rest[1:], None
    if words and words[0].lower() == "from":
        if len(words) < 2:
            raise Refusal(
                "save … from needs a scenario", f"write /roi save {name} from q3-plan uplift=6%"
            )
        base, words = parse_ref(words[1]), words[2:]
    return Save(name, _settings(words), note, base)


def _list(rest: list[str]) -> ListScenarios:
    """`list [[page] N]`."""
    page = whole_number(rest[-1] if rest else "1")
    if page is None or page < 1 or len(rest) > 2 or (len(rest) == 2 and rest[0].lower() != "page"):
        raise Refusal(f'unexpected "{echo(" ".join(rest))}"', "write /roi list or /roi list 2")
    return ListScenarios(page)


def _show(rest: list[str]) -> Show:
    if not rest:
        raise Refusal("show needs a scenario name", "write /roi show q3-plan")
    _no_more(rest[1:], f"show {rest[0]}")
    return Show(parse_ref(rest[0]))


def _delete(rest: list[str]) -> Delete:
    name = _name(rest, "delete", "delete q3-plan")
    _no_more(rest[1:], f"delete {name}")
    return Delete(name)


def _history(rest: list[str]) -> History:
    name = _name(rest, "history", "history q3-plan")
    _no_more(rest[1:], f"history {name}")
    return History(name)


def _restore(rest: list[str]) -> Restore:
    name = _name(rest, "restore", "restore q3-plan 2")
    version = whole_number(rest[1].lower().removeprefix("v")) if len(rest) > 1 else None
    if version is None or version < 1:
        raise Refusal("restore needs a version number", f"write /roi restore {name} 2")
    _no_more(rest[2:], f"restore {name} {version}")
    return Restore(name, version)


def _compare(rest: list[str]) -> Compare:
    if len(rest) < 2 or looks_like_setting(rest[1]):
        raise Refusal("compare needs two scenario names", "write /roi compare q3-plan q4-plan")
    return Compare(parse_ref(rest[0]), parse_ref(rest[1]), _settings(rest[2:]))


def _breakeven(rest: list[str]) -> Breakeven:
    return Breakeven(*_scenario_and_settings(rest))


def _levers(rest: list[str]) -> Levers:
    return Levers(*_scenario_and_settings(rest))


def _help(rest: list[str]) -> Help:
    topic = rest[0].lower() if rest else ""
    if topic and topic not in HELP_TOPICS and lookup(topic) is None:
        raise Refusal(f'no help on "{echo(topic)}"', "topics: " + ", ".join(HELP_TOPICS))
    return Help(topic)


#: Each verb's parser, given the words after the verb.
_PARSERS: dict[str, Callable[[list[str]], Command]] = {
    "list": _list,
    "show": _show,
    "delete": _delete,
    "history": _history,
    "restore": _restore,
    "compare": _compare,
    "breakeven": _breakeven,
    "sweep": _sweep,
    "solve": _solve,
    "levers": _levers,
    "help": _help,
}


def parse_command(text: str) -> Command:
    """One command, understood, or a Refusal saying what was wrong and how to write it."""
    text = normalize(text)
    tokens = tokens_of(text)
    verb = tokens[0].lower() if tokens else ""
    if verb == "digest":
        return parse_digest(tokens[1:])
    if "#" in text and verb != "save":
        raise Refusal("a note (# …) belongs to save", "write /roi save q3-plan uplift=6% # note")
    if verb not in VERBS:
        return Compute(*_scenario_and_settings(tokens))
    if verb == "save":
        return _save(text)
    return _PARSERS[verb](tokens[1:])


def _with(parts: list[str], settings: tuple[Setting, ...]) -> str:
    return " ".join([*parts, *(setting.text for setting in settings)])


def command_text(command: Command) -> str:
    """The command written back in the language (without `/roi`): `parse_command` of it
    gives the same command. Used for "Read as" lines and for button values."""
    match command:
        case Compute(scenario, settings):
            return _with([str(scenario)] if scenario else [], settings)
        case Breakeven(scenario, settings):
            return _with(["breakeven", *([str(scenario)] if scenario else [])], settings)
        case Save(name, settings, note, base):
            source = ["from", str(base)] if base else []
            return _with(["save", name, *source], settings) + (f" # {note}" if note else "")
        case ListScenarios(page):
            return "list" if page == 1 else f"list {page}"
        case Show(scenario):
            return f"show {scenario}"
        case Delete(name):
            return f"delete {name}"
        case History(name):
            return f"history {name}"
        case Restore(name, version):
            return f"restore {name} {version}"
        case Compare(first, second, settings):
            return _with(["compare", str(first), str(second)], settings)
        case Sweep(_, _, scenario, settings, range_text):
            return _with(["sweep", *([str(scenario)] if scenario else []), range_text], settings)
        case Solve(key, goal, scenario, settings):
            name = "aht+" if key.name == "aht_increase" else key.name
            parts = ["solve", name, "for", goal_text(goal)]
            return _with([*parts, *([str(scenario)] if scenario else [])], settings)
        case Levers(scenario, settings):
            return _with(["levers", *([str(scenario)] if scenario else [])], settings)
        case Help(topic):
            return f"help {topic}".strip()
        case DigestAdd() | DigestList() | DigestChange():
            return digest_text(command)
    raise AssertionError(f"unhandled command {command!r}")  # pragma: no cover
