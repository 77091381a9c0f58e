"""What the reader says when it cannot read a sentence: one line naming what was not
understood and a command form that would work."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from calc.english.pairing import Scan, value_text
from calc.english.tokens import Num, Tok, setting_key
from calc.errors import Ask, Refusal, echo
from calc.keys import BY_NAME
from calc.settings import parse_setting

HINT = 'ask e.g. "what if AHT goes up 15%?", or write /roi aht+15% (see /roi help english)'


def _kinds_hint(num: Num) -> str:
    kind = num.kind
    if kind in ("percent", "points"):
        return (
            f'say which, e.g. "AHT goes up {num.text}%" (/roi aht+{num.text}%) or '
            f'"uplift of {num.text}%" (/roi uplift={num.text}%)'
        )
    if kind == "money":
        return (
            f'say which, e.g. "a price of ${num.text}" (/roi price={num.text}) or '
            f'"${num.text} an hour" (/roi wage={num.text})'
        )
    if kind == "time":
        return f'say which, e.g. "handle time of {num.source}" (/roi aht={value_text("aht", num)})'
    return f'say which, e.g. "{num.text} calls" (/roi calls={num.text})'


_SPOKEN = {"aht": "AHT", "aov": "AOV", "cpc": "CPC", "clv": "CLV", "ltv": "LTV", "sla": "SLA"}
_KEY_HINTS: dict[str, tuple[str, str, str, str]] = {
    # key: (a change said, its command, a value said, its command)
    "calls": ("calls go up 20%", "calls+20%", "12k calls", "calls=12k"),
    "aht": ("{k} goes up 10%", "aht+10%", "{k} of 11 minutes", "aht=11min"),
    "days": ("", "", "open 250 days a year", "days=250"),
    "hours": ("", "", "open 12 hours a day", "hours=12"),
    "sl": ("", "", "service level 80/20", "sl=80/20"),
    "wage": ("", "", "$22 an hour", "wage=22"),
}


def _key_hint(key: str, said: str) -> str:
    """How to give `key` a value, in words and as a command."""
    spec = BY_NAME[key]
    spoken = _SPOKEN.get(said, said)
    if key in _KEY_HINTS:
        change, change_cmd, value, value_cmd = _KEY_HINTS[key]
    elif spec.is_percent:
        example = spec.example.split("=")[1]
        change, change_cmd = "{k} goes up 1 point", f"{key}+1pp"
        value, value_cmd = f"{{k}} of {example}", spec.example
    else:
        example = spec.example.split(" or ")[0].split("=")[1]
        change, change_cmd = "{k} goes up 10%", f"{key}+10%"
        value, value_cmd = f"{{k}} of {example}", f"{key}={example.lstrip('$')}"
    said_value = f'"{value.format(k=spoken)}" (/roi {value_cmd})'
    if not change:
        return f"say e.g. {said_value}"
    return f'say e.g. "{change.format(k=spoken)}" (/roi {change_cmd}) or {said_value}'


#: The readings offered for a value said with no key: the likeliest keys of its kind.
_CHOICES: dict[str, tuple[str, ...]] = {
    "percent": ("aht+{n}%", "conv={n}%", "uplift={n}%"),
    "points": ("conv+{n}pp", "uplift+{n}pp"),
    "money": ("price={n}", "cost={n}", "fee={n}"),
    "count": ("calls={n}", "retained={n}"),
    "time": ("aht={v}",),
    "sl": ("sl={n}",),
}


def choices_for(num: Num) -> tuple[str, ...]:
    """The commands a lone value could mean, likeliest first."""
    forms = _CHOICES.get(num.kind, ("calls={n}",))
    sign = num.text[:1] if num.text[:1] in "+-" else ""
    whole = num.kind == "count" and num.amount == num.amount.to_integral_value()
    if sign:  # "-5%": a change of something, each reading moved by it
        forms = tuple(re.sub(r"[=+]", sign, form, count=1) for form in forms)
        num = replace(num, text=num.text[1:], amount=abs(num.amount))
    elif whole and 200 <= num.amount <= 366:
        forms = (*forms, "days={n}")  # "what about 250?": a year's operating days, too
    elif whole and 1 <= num.amount <= 24:
        forms = (*forms, "hours={n}")  # "what about 12?": the hours open, too
    number = num.text.replace(",", "")
    choices = tuple(form.format(n=number, v=value_text("aht", num)) for form in forms)
    return tuple(choice for choice in choices if not sign or _parses(choice))


def _parses(setting: str) -> bool:
    """Whether the command language takes `setting` (aht-5% it refuses: aht+N% is
    selling's extra time, never a shorter call)."""
    try:
        parse_setting(setting)
    except Refusal:
        return False
    return True


def ask_for(num: Num, said: Sequence[str] = ()) -> Ask:
    """ "7% of what?", with one choice per reading that fits, each with what else was `said`
    (a scenario, settings read), so that the choice picked answers the whole question."""
    choices = choices_for(num)
    # A setting said of a key a choice sets is a reading gone astray ("conv 2.5 → 3.0%"):
    # then the choices stand alone, as the value asked about does.
    if {setting_key(s) for s in said}.isdisjoint(setting_key(c) for c in choices):
        choices = tuple(" ".join([*said, choice]) for choice in choices)
    return Ask(f'"{echo(num.source)}" of what?', choices)


#: What "sales go up", "sales double" may mean, with the amount said (or a default step).
def sales_choices(change: str, num: Num | None) -> tuple[str, ...]:
    """The readings of a change to "sales": more calls, a higher conversion, more uplift."""
    if change in ("double", "half"):
        factor = "+100%" if change == "double" else "-50%"
        return (f"calls{factor}", f"conv{factor}", f"uplift{factor}")
    sign = "+" if change in ("up", "more") else "-"
    if num is not None and num.percent:
        return (f"calls{sign}{num.text}%", f"conv{sign}{num.text}%", f"uplift{sign}{num.text}%")
    if num is not None and num.points:
        return (f"conv{sign}{num.text}pp", f"uplift{sign}{num.text}pp")
    return (f"calls{sign}10%", f"conv{sign}1pp", f"uplift{sign}1pp")


def refuse_leftovers(scan: Scan) -> None:
    """One line for what could not be read (a question back where readings fit); nothing
    is raised when every value was paired with a key and nothing is left unsaid."""
    if scan.unmodeled:
        word = scan.unmodeled[0]
        raise Refusal(f'"{echo(word.text)}" is not something roibot models', word.why or HINT)
    if scan.unknown and not scan.skippable:
        words = " ".join(t.text for t in scan.unknown[:6])
        raise Refusal(f'not understood: "{echo(words)}"', HINT)
    # "what if 500 more calls double": a multiple said of nothing is never passed over (a
    # verb such as "add" beside the setting it makes may be)
    times = [t for t in scan.changes if t.kind in ("double", "triple", "half")]
    if times and scan.settings:
        raise Refusal(f'"{echo(times[0].text)}": of what? nothing after it takes it', HINT)
    if scan.keys:
        key = scan.keys[0]
        raise Refusal(
            f'"{echo(key.text)}": by how much, or to what?', _key_hint(key.key or "calls", key.text)
        )
    if scan.nums:
        num = scan.nums[0].num
        assert num is not None
        if num.span:
            raise Refusal(f'"{echo(num.source)}" is a length of time, not an input', HINT)
        if num.money and num.period in ("year", "day"):
            # "what does it take to get to $3M a year?": a goal, and the input to move
            goal = f"net={num.text.replace(',', '')}/{num.period}"
            reach = f"to reach {echo(num.source)} a {num.period}"
            if num.period == "year" and any(t.text in _ADDS for t in scan.changes):
                goal = f"added={num.text.replace(',', '')}/year"  # "get selling to add $3M"
                reach = f"for selling to add {echo(num.source)} a year"
            raise Ask(
                f"which input should move {reach}?",
                tuple(f"solve {key} for {goal}" for key in ("uplift", "calls", "conv")),
            )
        if num.money and num.period in ("month", "week", "quarter"):
            # "we lose $50k a month": what the answer works out, never an input's value
            raise Refusal(
                f"\"{echo(num.source)}\" is no input: a day's and a year's figures are the answer",
                'say what changes (calls, conversion, price …), or the goal: "what uplift gets '
                'us to $1M a year?"',
            )
        raise ask_for(num, [*scan.names, *scan.settings])


_ADDS = frozenset({"add", "adds", "added"})
_VERSION = re.compile(r"v[0-9]+")
_DELETES = frozenset("delete deletes deleted remove removes erase".split()) | {"rid", "away"}


def write_hint(tokens: list[Tok], plain: list[str]) -> str:
    """The delete or restore to type, as exactly as the sentence said it: "bring back
    version 1 of q3-plan" is `/roi restore q3-plan 1`."""
    names = [t.text for t in tokens if t.kind == "name" and t.text != "reference"]
    # as written, digits only (a hostile 300-digit number is no version, and no arithmetic)
    versions = [
        t.num.text for t in tokens if t.num and t.num.text.isdigit() and len(t.num.text) < 7
    ]
    versions += [word[1:] for word in plain if _VERSION.fullmatch(word)]  # "v2"
    versions += [n.partition("@")[2] for n in names if "@" in n]  # "q3-plan v1": read as one
    names = [n.partition("@")[0] for n in names]
    name = names[0] if len(names) == 1 else "NAME"
    if any(word in _DELETES for word in plain):
        return f"write /roi delete {name}"
    version = versions[0] if len(versions) == 1 else "VERSION"
    return f"write /roi restore {name} {version} (/roi history {name} lists the versions)"
