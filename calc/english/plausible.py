"""Values read from words that no contact center has, asked about before anything is
computed: the words most likely meant something else ("$1M" a year, not per call; "each
sale takes 2 calls", not 2 calls a day). Typed command language is never second-guessed."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from calc.errors import Ask
from calc.formatting import money, number
from calc.keys import PER_CALL
from calc.settings import parse_setting

_PER_CALL_MOST = Decimal(1000)
_PER_CALL_SETS = tuple(f"{key}=" for key in sorted(PER_CALL))
_FEWEST_CALLS = Decimal(50)


def ask_if_implausible(settings: list[str], command: Callable[[], str]) -> None:
    """An Ask with `command()` as its one choice when a setting is one no center has: an
    amount per call of $1,000 or more, or fewer than 50 calls a day."""
    for text in settings:
        if text.startswith(_PER_CALL_SETS):
            setting = parse_setting(text)
            big = setting.amount is not None and setting.amount >= _PER_CALL_MOST
            if setting.key.name in PER_CALL and setting.op == "set" and big:
                shown = money(setting.amount or Decimal(0))
                title = setting.key.title.lower()
                raise Ask(
                    f"{shown} for one call's {title}? that is more than a call costs",
                    (command(),),
                )
        if text.startswith("calls="):
            setting = parse_setting(text)
            amount = setting.amount
            per_day = amount is not None and setting.period in (None, "day")
            if per_day and amount is not None and 0 < amount < _FEWEST_CALLS:
                raise Ask(f"{number(amount, 2)} calls a day? that is very few", (command(),))


_SETTING = re.compile(r"([a-z_]+)([=+-])(.+)")


def ask_if_set_twice(settings: list[str]) -> None:
    """ "the verdict at 8k calls and at 12k calls", "AHT up 10% or 20%": two values of one
    setting said in one question. Asked back: either, or the sweep between them."""
    said: dict[str, tuple[str, str]] = {}
    for text in settings:
        split = _SETTING.match(text)
        if split is None:
            continue
        key, op, value = split.groups()
        # a set and then a change of it is the language's own ("cost=3 cost-1" is $2)
        if key in said and said[key][0] == op and said[key][1] != value:
            first = said[key][1]
            both = (f"{key}{op}{first}", text)
            sweep = f"sweep {key}{op}{first}..{value}"
            raise Ask(f"{key} is said twice ({both[0]} and {both[1]}): which?", (*both, sweep))
        said[key] = (op, value)
