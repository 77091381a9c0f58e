"""The range of a sweep (`uplift=2%..10%/1%`, `calls+0%..50%/10%`): the swept key and one
row per value, each a setting; refused past MAX_SWEEP_ROWS before any row is made."""

from __future__ import annotations

import re
from decimal import Decimal

from calc.errors import Refusal, echo
from calc.key_types import Key, Kind
from calc.keys import BY_NAME, lookup
from calc.settings import Setting, parse_setting, set_value, unknown_key

MAX_SWEEP_ROWS = 200
_USAGE = "sweep uplift=2%..10%/1%"

# A step: amounts, each with its scale, percent sign or unit (`1%`, `10k`, `1m30s`).
# Possessive quantifiers never give back what they took, so a long step that does not
# match fails in one pass (`[\d.,]+…\w*` tried every split of 20,000 digits between the
# two).
_STEP = re.compile(r"[$€£]?(?:[0-9.,]++[kKmM]?+%?+[A-Za-z]*+)++")
_SUFFIX = re.compile(r"[^0-9.,]+$")


def _split_step(high: str, key: Key) -> tuple[str, str | None]:
    """`10%/1%` as ("10%", "1%"); `300k/month` (a rate's period) as ("300k/month", None)."""
    head, slash, step = high.rpartition("/")
    if not slash or not head or _STEP.fullmatch(step) is None:
        return high, None
    if key.kind is Kind.RATE and not step[:1].isdigit():
        return high, None
    return head, step


_RELATIVE_RANGE = re.compile(r"^(?P<key>[A-Za-z_]{1,40})(?P<op>[+-])(?P<range>[^=]*\.\..*)$")


def _count(low: Decimal, high: Decimal, step: Decimal) -> int:
    """Rows from `low` to `high` by `step` (refused past the limit before any is made)."""
    count = int((high - low) / step + Decimal("1e-9")) + 1
    if count > MAX_SWEEP_ROWS:
        raise Refusal(
            f"that sweep has {count} rows, more than {MAX_SWEEP_ROWS}",
            "use a larger step or a narrower range",
        )
    return count


def _set_rows(token: str, typed: str, usage: str) -> tuple[Key, tuple[Setting, ...]]:
    """`KEY=LOW..HIGH[/STEP]`: the key, and a row setting it to each value."""
    key_text, _, value = token.partition("=")
    low, _, high = value.partition("..")
    if not key_text or not low or not high:
        raise Refusal(f'"{echo(typed)}" is not a range', f"write /roi {usage}")
    key = lookup(key_text)
    if key is None:
        raise unknown_key(key_text)
    high, step_text = _split_step(high, key)
    # A unit written once applies to the whole range: `2..10%` is `2%..10%`, and
    # `270k..300k/month` is per month at both ends.
    if key.kind is Kind.RATE and "/" in high and "/" not in low:
        low += "/" + high.partition("/")[2]
    suffix = _SUFFIX.search(high)
    unit = suffix.group(0) if suffix else ""
    if unit and not _SUFFIX.search(low):
        low += unit
    # A bare step is in the key's own unit (`calls=1k..15k/1000` steps by 1,000 calls, not
    # by 1,000k); only a rate's period carries over (`…/month/10k` is 10k a month).
    if step_text and key.kind is Kind.RATE and "/" in high and "/" not in step_text:
        step_text += "/" + high.partition("/")[2]
    if key.name == "aht" and unit.startswith("%"):
        key = BY_NAME["aht_increase"]
    first = set_value(key, low, f"{key.name}={low}")
    last = set_value(key, high, f"{key.name}={high}")
    if first.amount is None or last.amount is None:
        raise Refusal("sweep needs numbers at both ends", f"write /roi {usage}")
    if last.amount <= first.amount:
        raise Refusal("a sweep runs from the lower value to the higher", f"write /roi {usage}")
    if step_text:
        step_setting = set_value(key, step_text, f"{key.name}={step_text}", ambiguity=False)
        step = step_setting.amount
        if step is None or step <= 0:
            raise Refusal("the step of a sweep must be more than 0", f"write /roi {usage}")
    else:
        step = (last.amount - first.amount) / 10
    count = _count(first.amount, last.amount, step)
    return key, tuple(
        Setting(
            key,
            "set",
            first.amount + step * n,
            f"{key.name}",
            period=first.period,
            of_price=first.of_price,
            target_s=first.target_s,
        )
        for n in range(count)
    )


def _relative_rows(match: re.Match[str], typed: str) -> tuple[Key, tuple[Setting, ...]]:
    """`KEY+LOW%..HIGH%[/STEP]` (or `-`, or points `pp` for a share; `price-10%..+10%`
    across no change): a row for each change of KEY from its base value, smallest value
    first."""
    name, op = match["key"], match["op"]
    key = lookup(name)
    if key is None:
        raise unknown_key(name)
    usage = f"sweep {key.name}{op}0%..50%/10%"
    low, _, high = match["range"].partition("..")
    high, _, step_text = high.partition("/")
    unit = "pp" if high.lower().endswith("pp") else ("%" if high.endswith("%") else "")
    if not unit:
        raise Refusal(f'"{echo(typed)}": a change is swept in % or pp', f"write /roi {usage}")
    if unit == "%" and key.kind in (Kind.PERCENT, Kind.SERVICE_LEVEL):
        raise Refusal(
            f'"{echo(typed)}" is ambiguous',
            f"write sweep {key.name}{op}0pp..2pp/0.5pp for points, or "
            f"sweep {key.name}=…%..…% for the values",
        )

    def change(sign: str, text: str) -> Setting:
        return parse_setting(
            f"{key.name}{sign}{text if text.lower().endswith(unit) else text + unit}"
        )

    first = change(op, low)
    # A signed far end is its own change (`-10%..+10%`); else it has the near end's sign.
    last = change(high[0], high[1:]) if high[:1] in ("+", "-") else change(op, high)
    assert first.amount is not None and last.amount is not None
    if high[:1] not in ("+", "-") and abs(last.amount) <= abs(first.amount):
        raise Refusal("a sweep runs from the smaller change to the larger", f"write /roi {usage}")
    low_amount, high_amount = sorted((first.amount, last.amount))
    if high_amount <= low_amount:
        raise Refusal("a sweep runs from the lower change to the higher", f"write /roi {usage}")
    step: Decimal = (
        abs(change("+", step_text).amount or Decimal(0))
        if step_text
        else (high_amount - low_amount) / 10
    )
    if step <= 0:
        raise Refusal("the step of a sweep must be more than 0", f"write /roi {usage}")
    count = _count(low_amount, high_amount, step)
    # A cut counts from no change down: `calls-0%..25%/10%` is -20%, -10%, 0%.
    start = high_amount - step * (count - 1) if high_amount <= 0 else low_amount
    return key, tuple(
        Setting(key, first.op, start + step * n, f"{key.name}{op}") for n in range(count)
    )


def range_rows(token: str) -> tuple[Key, tuple[Setting, ...]]:
    """The key a range sweeps and a row setting for each of its values (`aht+0%..60%`: the
    AHT increase set; `calls+0%..50%`: changes of calls from the base)."""
    relative = _RELATIVE_RANGE.match(token)
    if relative and relative["key"].lower() == "aht" and relative["op"] == "+":
        # aht+N% is selling's extra handle time, a value of its own: aht+0%..60% sets it.
        return _set_rows(f"aht_increase={relative['range']}", token, _USAGE)
    if relative:
        return _relative_rows(relative, token)
    return _set_rows(token, token, _USAGE)
