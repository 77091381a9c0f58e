"""Keys paired with values: "conversion drops to 1.5%", "20% more calls", "12k calls",
"AHT goes up 15%". What is left over (a key with no value, a value with no key, a word not
known) is kept for the hints to refuse or ask about."""

from __future__ import annotations

from dataclasses import dataclass, field

from calc.english.tokens import Num, Tok
from calc.keys import BY_NAME, Kind

# -- keys and values ----------------------------------------------------------------------

_PERIOD_TEXT = {"day": "day", "month": "month", "year": "year", "week": "week", "hour": "h"}


def value_text(key: str, num: Num) -> str:
    """`num` written as a value of `key` in the command language."""
    spec = BY_NAME[key]
    text = num.text
    if num.clock or num.unit == "clock":
        return num.source.lower()
    if spec.kind is Kind.SERVICE_LEVEL:
        return num.text
    if num.percent:
        return f"{text}%"
    if spec.kind is Kind.TIME and num.unit:
        return text + {"s": "s", "min": "min", "h": "h"}[num.unit]
    if spec.kind is Kind.RATE and num.period and num.period != "day":
        return f"{text}/{_PERIOD_TEXT[num.period]}"
    return text


def _set(key: str, num: Num) -> str:
    if key == "aht" and num.percent:  # "AHT of 15%" can only mean the increase
        return f"aht+{num.text}%"
    return f"{key}={value_text(key, num)}"


def _change(key: str, num: Num, up: bool) -> str:
    sign = "+" if up else "-"
    if num.points:
        return f"{key}{sign}{num.text}pp"
    if num.percent:
        return f"{key}{sign}{num.text}%"
    return f"{key}{sign}{value_text(key, num)}"  # refused by the language, with its hint


_VALUE_KINDS = {
    "up",
    "down",
    "to",
    "by",
    "set",
    "more",
    "less",
    "longer",
    "shorter",
    "double",
    "half",
    "from",
    "between",
    "step",
}


@dataclass
class Scan:
    """The association pass: settings found, and what was left over."""

    settings: list[str] = field(default_factory=list)
    keys: list[Tok] = field(default_factory=list)  # keys with no value
    nums: list[Tok] = field(default_factory=list)  # values with no key
    unknown: list[Tok] = field(default_factory=list)
    unmodeled: list[Tok] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


def _kind_at(tokens: list[Tok], index: int) -> str:
    return tokens[index].kind if 0 <= index < len(tokens) else ""


def associate(tokens: list[Tok]) -> Scan:
    """Pair keys with values by the patterns of the reader's table (docs/model.md)."""
    items = [t for t in tokens if t.kind not in ("filler", "question")]
    scan = Scan()
    index = 0

    def kind(offset: int) -> str:
        return _kind_at(items, index + offset)

    while index < len(items):
        token = items[index]
        if token.kind == "setting":
            scan.settings.append(token.setting or "")
            index += 1
            continue
        if token.kind == "name":
            scan.names.append(token.text)
            index += 1
            continue
        if token.kind == "key":
            key = token.key or ""
            # KEY [up|down] to N: "falls to 1.5%", "rises to 3%", "goes to 12k"
            skip = 1 + (kind(1) in ("up", "down", "set"))
            if kind(skip) == "to" and kind(skip + 1) == "num":
                scan.settings.append(_set(key, items[index + skip + 1].num))  # type: ignore[arg-type]
                index += skip + 2
                continue
            # KEY up|down [by] N: "AHT goes up 15%", "calls drop by 10%"
            if kind(1) in ("up", "down"):
                by = 2 + (kind(2) == "by")
                if kind(by) == "num":
                    num = items[index + by].num
                    assert num is not None
                    if key == "aht" and kind(1) == "up" and num.percent:
                        scan.settings.append(f"aht+{num.text}%")
                    else:
                        scan.settings.append(_change(key, num, kind(1) == "up"))
                    index += by + 1
                    continue
            # KEY doubles | halves
            step = 1 + (kind(1) == "set")
            if kind(step) in ("double", "half"):
                up = kind(step) == "double"
                scan.settings.append(f"{key}{'+100%' if up else '-50%'}")
                index += step + 1
                continue
            # KEY [is|of|at] N [longer]: "AOV is $120", "uplift 6%", "calls get 15% longer"
            at = 1
            while kind(at) == "set":
                at += 1
            if kind(at) == "num":
                num = items[index + at].num
                assert num is not None
                if key in ("calls", "aht") and kind(at + 1) in ("longer", "shorter"):
                    sign = "+" if kind(at + 1) == "longer" else "-"
                    scan.settings.append(f"aht{sign}{num.text}%")
                    index += at + 2
                    continue
                scan.settings.append(_set(key, num))
                index += at + 1
                continue
            scan.keys.append(token)
            index += 1
            continue
        if token.kind in ("up", "down") and kind(1) == "key":
            # "increase calls by 20%", "cut AHT to 10 minutes", "raise conversion 1 point"
            key = items[index + 1].key or ""
            after = 2 + (kind(2) in ("by", "to"))
            if kind(after) == "num":
                num = items[index + after].num
                assert num is not None
                if kind(2) == "to":
                    scan.settings.append(_set(key, num))
                elif key == "aht" and token.kind == "up" and num.percent:
                    scan.settings.append(f"aht+{num.text}%")
                else:
                    scan.settings.append(_change(key, num, token.kind == "up"))
                index += after + 1
                continue
        if (
            token.kind in ("up", "down")
            and kind(1) == "num"
            and kind(2) in ("to", "from")
            and kind(3) == "key"
        ):
            # "selling adds 12% to handle time", "take 10% off calls" reads the same way
            key = items[index + 3].key or ""
            num = items[index + 1].num
            assert num is not None
            if key == "aht" and token.kind == "up" and num.percent:
                scan.settings.append(f"aht+{num.text}%")
            else:
                scan.settings.append(_change(key, num, token.kind == "up"))
            index += 4
            continue
        if token.kind in ("double", "half") and kind(1) == "key":
            up = token.kind == "double"
            scan.settings.append(f"{items[index + 1].key}{'+100%' if up else '-50%'}")
            index += 2
            continue
        if token.kind == "num":
            num = token.num
            assert num is not None
            # N more|fewer KEY: "20% more calls"; N longer calls
            if kind(1) in ("more", "less") and kind(2) == "key":
                key = items[index + 2].key or ""
                scan.settings.append(_change(key, num, kind(1) == "more"))
                index += 3
                continue
            if (
                kind(1) in ("longer", "shorter")
                and kind(2) == "key"
                and items[index + 2].key in ("calls", "aht")
            ):
                sign = "+" if kind(1) == "longer" else "-"
                scan.settings.append(f"aht{sign}{num.text}%")
                index += 3
                continue
            # N KEY: "12k calls", "a 25% margin", "6% uplift"
            if kind(1) == "key":
                scan.settings.append(_set(items[index + 1].key or "", num))
                index += 2
                continue
            # $24 an hour, alone: a wage; 80/20, alone: a service level
            if num.money and num.period == "hour":
                scan.settings.append(f"wage={num.text}")
                index += 1
                continue
            if num.target:
                scan.settings.append(f"sl={num.text}")
                index += 1
                continue
            scan.nums.append(token)
            index += 1
            continue
        if token.kind == "unknown":
            scan.unknown.append(token)
        elif token.kind == "unmodeled":
            scan.unmodeled.append(token)
        index += 1
    return scan
