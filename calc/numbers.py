"""Plain numbers as people type them: `9000`, `9,000`, `9k`, `1.5M`, `$150`, `€2.50`."""

from __future__ import annotations

import re
from decimal import Context, Decimal, InvalidOperation

from calc.errors import Refusal, echo

_NUMBER = re.compile(
    r"""^(?P<sign>[+-])?
        (?P<currency>[$€£])?
        (?P<digits>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)
        (?P<suffix>[kKmMbB])?$""",
    re.VERBOSE,
)
_EXPONENT = re.compile(r"[+-]?[$€£]?[0-9]+(\.[0-9]+)?[eE][+-]?[0-9]+")
#: The most digits a count typed where a whole number is meant may have (a page, a
#: version): far above any real one, far below Python's 4,300-digit limit on int().
MOST_INT_DIGITS = 9


def whole_number(text: str, most_digits: int = MOST_INT_DIGITS) -> int | None:
    """`text` as a whole number written in ASCII digits (at most `most_digits`), else None.
    `str.isdigit` also accepts digits `int` refuses ("፩") and any length (past Python's
    4,300-digit limit int() raises); neither may reach int() here."""
    if not text or len(text) > most_digits or not (text.isascii() and text.isdigit()):
        return None
    return int(text)


#: The model's decimal context, for every figure from input to answer: room for 10^12
#: money × 10^9 calls × 366 days, to the cent (the default 28 digits made a monthly rate's
#: per-day figure, and the halves it rounds to, come out a digit short).
CONTEXT = Context(prec=34)
_SCALE = {"k": Decimal(1000), "m": Decimal(1_000_000), "b": Decimal(1_000_000_000)}
MAX_DIGITS = 40


def parse_number(text: str, *, what: str, example: str) -> tuple[Decimal, bool]:
    """`text` as a Decimal, and whether it carried a currency sign.

    Raises Refusal naming `what` and showing `example` when it is not a number we read.
    """
    match = _NUMBER.match(text)
    if match is None or len(match.group("digits")) > MAX_DIGITS:
        lowered = text.lower().lstrip("+-$€£")
        if lowered in {"nan", "inf", "infinity"}:
            raise Refusal(f'{what}: "{echo(text)}" is not a number', f"write {example}")
        if match is not None:
            raise Refusal(f"{what}: {echo(text)} is too large", f"write {example}")
        if _EXPONENT.fullmatch(text):
            raise Refusal(
                f'{what}: "{echo(text)}" uses exponent notation', f"write {example} or 1.5M"
            )
        raise Refusal(f'{what}: "{echo(text)}" is not a number', f"write {example}")
    try:
        value = Decimal(match.group("digits").replace(",", ""))
    except InvalidOperation as error:  # pragma: no cover - the pattern admits only digits
        raise Refusal(f'{what}: "{echo(text)}" is not a number', f"write {example}") from error
    suffix = match.group("suffix")
    if suffix:
        value *= _SCALE[suffix.lower()]
    if match.group("sign") == "-":
        value = -value
    return value, match.group("currency") is not None
