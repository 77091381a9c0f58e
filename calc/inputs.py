"""The validated inputs of the model (docs/model.md, "Inputs" and "Staffing"): a frozen
dataclass whose every instance keeps every rule, one message each.

Not a pydantic model: the values come from our own parser and store, already Decimal, and
importing pydantic and building the model cost the one-shot `roi` about 90 ms of its
230 (issue 25); the bot's settings (bot/config.py) stay pydantic, where reading the
environment is what it is for."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from calc.errors import Refusal
from calc.formatting import money, percent_text
from calc.keys import BY_FIELD, REFERENCE

MAX_CALLS = Decimal(10) ** 9
MAX_MONEY = Decimal(10) ** 12
MAX_AHT_INCREASE = Decimal(10)  # +1000%
MAX_AHT_S = Decimal(86400)
ZERO = Decimal(0)
ONE = Decimal(1)


# The defaults are the reference values (immutable Decimals, safe to share).
_R: dict[str, Any] = dict(REFERENCE)


@dataclass(frozen=True, slots=True)
class Inputs:
    """Every input of the model: money in currency units, rates as fractions, times in s.

    Constructing one checks every rule (a Refusal names the first broken); `validate`
    builds one from a mapping; `with_values` moves fields without checking, for the
    goal-seeking searches that evaluate past a rule's edge."""

    calls: Decimal = _R["calls"]
    conv: Decimal = _R["conv"]
    uplift: Decimal = _R["uplift"]
    aht_s: Decimal = _R["aht_s"]
    aht_increase: Decimal = _R["aht_increase"]
    price: Decimal = _R["price"]
    margin: Decimal = _R["margin"]
    cost: Decimal = _R["cost"]
    days: Decimal = _R["days"]
    hours: Decimal = _R["hours"]
    cancel: Decimal = _R["cancel"]
    invest: Decimal = _R["invest"]
    retained: Decimal = _R["retained"]
    clv: Decimal = _R["clv"]
    fee: Decimal = _R["fee"]
    paid: Decimal = _R["paid"]
    wage: Decimal | None = _R["wage"]
    sl: Decimal = _R["sl"]
    sl_s: Decimal = _R["sl_s"]
    shrink: Decimal = _R["shrink"]
    occ: Decimal = _R["occ"]
    overhead: Decimal = _R["overhead"]

    @property
    def staffed(self) -> bool:
        """True when cost per call comes from staffing (docs/model.md, "Staffing"), not
        `cost`."""
        return self.wage is not None

    def __post_init__(self) -> None:
        # One message per rule, in the order a user would fix them.
        for rules in (_amounts, _shares, _times, _pairs, _staffing):
            rules(self)

    def values(self) -> dict[str, Any]:
        """Every field by name, in the model's order."""
        return {name: getattr(self, name) for name in FIELDS}

    def with_values(self, **update: Decimal | None) -> Inputs:
        """A copy with `update` applied and no rule checked (a search's trial point may lie
        past a rule's edge; what it returns is validated before it is shown)."""
        copy = object.__new__(Inputs)
        for name in FIELDS:
            object.__setattr__(copy, name, update.get(name, getattr(self, name)))
        unknown = set(update) - set(FIELDS)
        assert not unknown, unknown
        return copy


FIELDS: tuple[str, ...] = tuple(field.name for field in fields(Inputs))


def _amounts(inputs: Inputs) -> None:
    """Calls and money: positive where they must be, and within range."""
    if inputs.calls <= 0:
        raise Refusal("calls must be more than 0", "write calls=9000 or calls=270k/month")
    if inputs.calls > MAX_CALLS:
        raise Refusal("calls above 1 billion a day are out of range", "write calls=9000")
    for name in ("price", "margin", "cost", "invest", "clv", "fee", "overhead", "wage"):
        value = getattr(inputs, name)
        if value is None:
            continue
        example = BY_FIELD[name].example.split(" or ")[0].split(" (")[0]
        if value < 0:
            raise Refusal(f"{name} must not be negative", f"write {example}")
        if value > MAX_MONEY:
            raise Refusal(f"{name} above $1 trillion is out of range", f"write {example}")
    if inputs.wage is not None and inputs.wage == 0:
        raise Refusal("wage must be more than $0 an hour", "write wage=$22, or wage=none")


def _shares(inputs: Inputs) -> None:
    """Shares between 0% and 100%, and a net conversion that stays there."""
    for name in ("conv", "uplift", "cancel", "paid"):
        if not ZERO <= getattr(inputs, name) <= ONE:
            raise Refusal(f"{name} must be between 0% and 100%", f"write {BY_FIELD[name].example}")
    if inputs.cancel >= ONE:
        raise Refusal("cancel of 100% leaves no sales to count", "write cancel=5%")
    net = inputs.conv + inputs.uplift * (ONE - inputs.cancel)
    if net > ONE:
        raise Refusal(
            f"conversion plus uplift comes to {percent_text(net)}, over 100%",
            "lower conv or uplift",
        )


def _times(inputs: Inputs) -> None:
    """Handle time, its increase, days a year and hours a day."""
    if not ZERO <= inputs.aht_increase <= MAX_AHT_INCREASE:
        raise Refusal("aht+N% must be between 0% and 1000%", "write aht+10%")
    if not ZERO < inputs.aht_s <= MAX_AHT_S:
        raise Refusal("aht must be more than 0 and at most a day", "write aht=640s")
    if inputs.days != inputs.days.to_integral_value() or not 1 <= inputs.days <= 366:
        raise Refusal("days must be a whole number from 1 to 366", "write days=250")
    if not ZERO < inputs.hours <= 24:
        raise Refusal("hours must be more than 0 and at most 24", "write hours=12")


def _pairs(inputs: Inputs) -> None:
    """Inputs that mean something only together: kept customers and their value, a margin
    within its price."""
    if inputs.retained < 0 or inputs.retained > MAX_CALLS:
        raise Refusal("retained must be from 0 to 1 billion a day", "write retained=40")
    # Customers kept are worth something only at a lifetime value, and a lifetime value
    # counts only for customers kept: one without the other would be silently ignored.
    if inputs.retained and not inputs.clv:
        raise Refusal(
            "retained needs clv, the lifetime value of one kept customer",
            "write retained=40 clv=$1,200",
        )
    if inputs.clv and not inputs.retained:
        raise Refusal(
            "clv needs retained, the customers kept per day", "write retained=40 clv=$1,200"
        )
    if inputs.margin > inputs.price:
        raise Refusal(
            f"margin {money(inputs.margin)} is more than the price {money(inputs.price)}",
            "write margin=23% for a share of the price, or a margin below the price",
        )


def _staffing(inputs: Inputs) -> None:
    """The service level, shrinkage and the occupancy cap."""
    if not Decimal("0.01") <= inputs.sl <= Decimal("0.99") or not 0 < inputs.sl_s <= 3600:
        raise Refusal("sl must be 1% to 99% within 1 s to 3600 s", "write sl=80/20")
    if not ZERO <= inputs.shrink < ONE:
        raise Refusal("shrink must be from 0% to below 100%", "write shrink=30%")
    if not ZERO < inputs.occ <= ONE:
        raise Refusal("occ must be more than 0% and at most 100%", "write occ=85%")


REFERENCE_INPUTS = Inputs()


def validate(values: dict[str, Any]) -> Inputs:
    """Inputs from a mapping of fields (Decimal, int or decimal text; None for no wage), or
    a Refusal with the first rule it breaks."""
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise Refusal(f"{unknown[0]}: not an input of the model", "see /roi help")
    checked: dict[str, Any] = {name: _decimal(name, value) for name, value in values.items()}
    return Inputs(**checked)


def validate_changed(values: dict[str, Any], changed: set[str]) -> Inputs:
    """`validate` of every field of a valid Inputs' `values` where only `changed` fields
    (and sl_s, which a service level sets beside sl) have new values."""
    checked = dict(values)
    for name in (*changed, "sl_s"):
        checked[name] = _decimal(name, values[name])
    return Inputs(**checked)


def _decimal(name: str, value: Any) -> Decimal | None:
    """A field's value as a finite Decimal (None only for the wage)."""
    if value is None and name == "wage":
        return None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, (int, str)) and not isinstance(value, bool):
        try:
            number = Decimal(value)
        except InvalidOperation:
            number = Decimal("NaN")
    else:
        number = Decimal("NaN")
    if not number.is_finite():
        raise Refusal(f"{name}: not a finite number", "see /roi help")
    return number
