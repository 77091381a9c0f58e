"""The validated inputs of the model (docs/model.md, "Inputs" and "Staffing") as a pydantic
model: every rule a value must keep, one message each."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from calc.errors import Refusal
from calc.formatting import money, percent_text
from calc.keys import BY_FIELD, REFERENCE

MAX_CALLS = Decimal(10) ** 9
MAX_MONEY = Decimal(10) ** 12
MAX_AHT_INCREASE = Decimal(10)  # +1000%
MAX_AHT_S = Decimal(86400)
ZERO = Decimal(0)
ONE = Decimal(1)


def _field(name: str) -> Any:
    # Aliases (volume, xsell, …) live in calc.keys alone; the model knows field names only.
    return Field(default=REFERENCE[name], allow_inf_nan=False)


class Inputs(BaseModel):
    """Every input of the model: money in currency units, rates as fractions, times in s."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    calls: Decimal = _field("calls")
    conv: Decimal = _field("conv")
    uplift: Decimal = _field("uplift")
    aht_s: Decimal = _field("aht_s")
    aht_increase: Decimal = _field("aht_increase")
    price: Decimal = _field("price")
    margin: Decimal = _field("margin")
    cost: Decimal = _field("cost")
    days: Decimal = _field("days")
    hours: Decimal = _field("hours")
    cancel: Decimal = _field("cancel")
    invest: Decimal = _field("invest")
    retained: Decimal = _field("retained")
    clv: Decimal = _field("clv")
    fee: Decimal = _field("fee")
    paid: Decimal = _field("paid")
    wage: Decimal | None = _field("wage")
    sl: Decimal = _field("sl")
    sl_s: Decimal = _field("sl_s")
    shrink: Decimal = _field("shrink")
    occ: Decimal = _field("occ")
    overhead: Decimal = _field("overhead")

    @property
    def staffed(self) -> bool:
        """True when cost per call comes from staffing (docs/model.md, "Staffing"), not
        `cost`."""
        return self.wage is not None

    @model_validator(mode="after")
    def _check(self) -> Inputs:
        # One message per rule, in the order a user would fix them; Refusal is a ValueError,
        # so pydantic carries it out in the ValidationError and `validate` unwraps it.
        for rules in (_amounts, _shares, _times, _pairs, _staffing):
            rules(self)
        return self


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
    """Inputs from a mapping of fields, or a Refusal with the first rule it breaks."""
    try:
        return Inputs.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        cause = (first.get("ctx") or {}).get("error")
        if isinstance(cause, Refusal):
            raise cause from None
        where = ".".join(str(part) for part in first.get("loc", ())) or "inputs"
        raise Refusal(f"{where}: {first.get('msg', 'not valid')}", "see /roi help") from None
