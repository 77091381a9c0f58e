"""Numbers in the style of Fig. 2: `$27,000`, `$(16,200)`, `$2.75`, `10.00%`, `$49.3M`."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal

_STEPS = {places: Decimal(1).scaleb(-places) for places in (*range(5), 20)}
_COMPACT = (
    (Decimal(10) ** 12, "T"),
    (Decimal(10) ** 9, "B"),
    (Decimal(10) ** 6, "M"),
    (Decimal(10) ** 3, "k"),
)
_THOUSAND = Decimal(1000)


# A figure from a rate per month, week or year carries the repeating decimal of its
# division: 5001.5 exactly comes out 5001.4999…98 at 34 digits. Rounded first to 20
# places (far below a cent, far above the error), an exact half is a half again and rounds
# up, as the reference table rounds.
_ABSORB = Decimal(1).scaleb(-20)
# Contexts that carry their rounding: `context.quantize` with no keywords is the cheapest
# call (a reply formats about 80 figures), and a value with 20 places or fewer passes the
# first step unchanged.
_ABSORBING = Context(prec=60, rounding=ROUND_HALF_EVEN)
_HALF_UP = Context(prec=60, rounding=ROUND_HALF_UP)


def _round(value: Decimal, places: int) -> Decimal:
    return _HALF_UP.quantize(_ABSORBING.quantize(value, _ABSORB), _STEPS[places])


def _grouped(value: Decimal, places: int) -> str:
    return format(_round(abs(value), places), f",.{places}f")


def _money_rounded(value: Decimal) -> Decimal:
    # Cents where they carry information (a cost per call), whole dollars for the rest, as in
    # Fig. 2 ($2.75 beside $24,750). Each figure is rounded once, from the exact value.
    if not -_THOUSAND < value < _THOUSAND:
        return _round(value, 0)  # what the cents below would decide, one rounding sooner
    cents = _round(value, 2)
    if -_THOUSAND < cents < _THOUSAND and cents != cents.to_integral_value():
        return cents
    return _round(value, 0)


def money(value: Decimal) -> str:
    """Accounting style: `$6,750`, `$2.75`, negatives in parentheses `$(16,200)`."""
    rounded = _money_rounded(value)
    text = format(abs(rounded), ",f")
    return f"$({text})" if rounded < 0 else f"${text}"


def signed_money(value: Decimal) -> str:
    """A difference: `+$22,950`, `-$2,250`, `$0`."""
    rounded = _money_rounded(value)
    text = format(abs(rounded), ",f")
    if rounded > 0:
        return f"+${text}"
    return f"-${text}" if rounded < 0 else f"${text}"


def _exact_places(value: Decimal, most: int = 4) -> int | None:
    """The decimal places `value` needs (2 at least), if `most` suffice; else None."""
    for places in range(2, most + 1):
        if _round(value, places) == _round(value, 20):
            return places
    return None


def per_call(value: Decimal) -> str:
    """An amount per call, as exact as a reader multiplying it by calls needs: `$2.75`,
    `$3.125` (× 12,000 calls = $37,500, as the table says), or `≈$6.58` where no four
    places are exact (a staffed cost per call)."""
    places = _exact_places(value)
    if places is None:
        return "≈" + money(value)
    text = format(abs(_round(value, places)), f",.{places}f")
    return f"$({text})" if value < 0 else f"${text}"


def signed_per_call(value: Decimal) -> str:
    """A difference of amounts per call: `+$0.25`, `+$0.625`, `≈+$0.67`."""
    text = per_call(abs(value))
    if _round(value, 4) == 0:
        return text
    sign = "+" if value > 0 else "-"
    return f"≈{sign}{text[1:]}" if text.startswith("≈") else f"{sign}{text}"


def compact_unit(*values: Decimal) -> Decimal:
    """The one unit (1, 1k, 1M, …) for figures shown together: the largest one's, so a
    chart never mixes `$505.9k` with `$1.6M`."""
    size = max((abs(value) for value in values), default=Decimal(0))
    return next((threshold for threshold, _ in _COMPACT if size >= threshold), Decimal(1))


def compact_money(value: Decimal, unit: Decimal | None = None) -> str:
    """Large amounts readable at a glance: `$49.3M`, `$(5.9M)`, `$6,750`; in `unit` when
    given (`$0.5M` beside `$1.6M`)."""
    size = abs(value)
    for threshold, suffix in _COMPACT:
        if (unit is None and size >= threshold) or unit == threshold:
            text = f"${_grouped(size / threshold, 1)}"
            text = (text[:-2] if text.endswith(".0") else text) + suffix
            return f"$({text[1:]})" if value < 0 else text
    return money(value)


def percent(value: Decimal, places: int = 2) -> str:
    """A fraction as a percent with fixed places: 0.1 → `10.00%`."""
    rounded = _round(value.scaleb(2), places)
    return f"{rounded if rounded else abs(rounded):f}%"


def short_percent(value: Decimal, places: int = 2) -> str:
    """A fraction as a percent without trailing zeros: 0.4 → `40%`, 0.05857 → `5.86%`."""
    text = format(_round(value.scaleb(2), places), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return ("0" if text == "-0" else text) + "%"


def points(value: Decimal) -> str:
    """A difference of two rates in percentage points: 0.08 → `+8.00 pp`."""
    rounded = _round(value.scaleb(2), 2)
    sign = "+" if rounded > 0 else ""
    return f"{sign}{rounded if rounded else abs(rounded):f} pp"


def count(value: Decimal) -> str:
    """A count per day: whole with separators, one decimal when small and fractional."""
    places = 1 if abs(value) < 100 and value != value.to_integral_value() else 0
    text = _grouped(value, places)
    return f"-{text}" if _round(value, places) < 0 else text


def signed_count(value: Decimal) -> str:
    """A difference of counts: `+720`."""
    text = count(value)
    return text if text.startswith("-") or text in {"0", "0.0"} else "+" + text


def duration(seconds: Decimal) -> str:
    """Handle time as a clock: 640 → `10:40`, 3723 → `1:02:03`."""
    total = int(_round(seconds, 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def signed_duration(seconds: Decimal) -> str:
    """A difference of handle times: `+1:04`."""
    text = duration(abs(seconds))
    return ("-" if seconds < 0 else "+") + text if _round(seconds, 0) != 0 else text


def number(value: Decimal, places: int = 0) -> str:
    """A plain figure with separators: `9,000`, `1.5`."""
    text = _grouped(value, places)
    if places and "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"-{text}" if value < 0 and text.strip("0.,") else text


def decimal_text(value: Decimal) -> str:
    """An exact Decimal without exponent or trailing zeros, for JSON and settings text.

    Lossless: `Decimal.normalize()` would round to the current context's 28 digits, and a
    34-digit figure (a staffing cost per call, calls from a monthly rate) must survive."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in {"-0", "0", ""} else text


def percent_text(value: Decimal) -> str:
    """A fraction as an exact percent, for settings text and hints: 0.08 → `8%`,
    0.0202 → `2.02%` (no rounding, unlike `short_percent`)."""
    return decimal_text(value.scaleb(2)) + "%"
