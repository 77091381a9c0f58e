"""The catalogue of settings: every key, its aliases, its kind, its reference value, and how it
is written and named in replies. The one alias table of the project."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class Kind(Enum):
    """How a key's value is written and stored."""

    RATE = "rate"  # per operating day; accepts /day /month /year /week /h
    PERCENT = "percent"  # stored as a fraction
    TIME = "time"  # stored in seconds
    MONEY = "money"
    MARGIN = "margin"  # money, or a percent of the price
    WAGE = "wage"  # money per agent hour, or none
    DAYS = "days"  # whole operating days per year
    HOURS = "hours"  # open hours per operating day
    SERVICE_LEVEL = "sl"  # 80/20


@dataclass(frozen=True)
class Key:
    """One setting as the command language knows it."""

    name: str  # canonical key typed by users
    field: str  # attribute of Inputs and key of the JSON "inputs" object
    kind: Kind
    aliases: tuple[str, ...] = ()
    label: str = ""  # what it is, for help
    example: str = ""  # a realistic way to write it, for hints and help
    title: str = ""  # its name in a table heading or a sentence

    @property
    def is_percent(self) -> bool:
        """A share (conv, uplift, cancel, paid, shrink, occ): changed in points, not scaled."""
        return self.kind is Kind.PERCENT and self.name != "aht_increase"


KEYS: tuple[Key, ...] = (
    Key("days", "days", Kind.DAYS, (), "operating days per year", "days=250", "Operating days"),
    Key("hours", "hours", Kind.HOURS, (), "open hours per operating day", "hours=12", "Open hours"),
    Key(
        "price",
        "price",
        Kind.MONEY,
        ("sale", "aov"),
        "gross sales value of one sale",
        "price=$150",
        "Price",
    ),
    Key("conv", "conv", Kind.PERCENT, ("conversion",), "base conversion", "conv=2%", "Conversion"),
    Key(
        "uplift",
        "uplift",
        Kind.PERCENT,
        ("xsell",),
        "incremental conversion from selling",
        "uplift=8%",
        "Uplift",
    ),
    Key("aht", "aht_s", Kind.TIME, (), "base average handle time", "aht=640s or aht=10:40", "AHT"),
    Key(
        "aht_increase",
        "aht_increase",
        Kind.PERCENT,
        (),
        "extra handle time when selling",
        "aht+10%",
        "AHT increase",
    ),
    Key(
        "cost",
        "cost",
        Kind.MONEY,
        ("cpc",),
        "service cost of one call at base AHT",
        "cost=$2.50",
        "Cost per call",
    ),
    Key(
        "cancel",
        "cancel",
        Kind.PERCENT,
        (),
        "share of incremental sales cancelled",
        "cancel=5%",
        "Cancellations",
    ),
    Key(
        "invest",
        "invest",
        Kind.MONEY,
        (),
        "one-time cost to launch selling",
        "invest=$250k",
        "Launch cost",
    ),
    Key(
        "clv",
        "clv",
        Kind.MONEY,
        (),
        "lifetime value of one kept customer",
        "clv=$1,200",
        "Customer lifetime value",
    ),
    Key("fee", "fee", Kind.MONEY, (), "fee per paid support event", "fee=$5", "Support fee"),
    Key(
        "paid",
        "paid",
        Kind.PERCENT,
        (),
        "share of calls that pay the fee",
        "paid=10%",
        "Calls paying the fee",
    ),
    Key(
        "wage",
        "wage",
        Kind.WAGE,
        (),
        "loaded cost of one paid agent hour",
        "wage=$22 (an agent hour) or wage=none",
        "Agent wage",
    ),
    Key("sl", "sl", Kind.SERVICE_LEVEL, (), "service-level target", "sl=80/20", "Service level"),
    Key("shrink", "shrink", Kind.PERCENT, (), "shrinkage", "shrink=30%", "Shrinkage"),
    Key("occ", "occ", Kind.PERCENT, (), "maximum planned occupancy", "occ=85%", "Max occupancy"),
    Key(
        "overhead",
        "overhead",
        Kind.MONEY,
        (),
        "non-labor cost per call",
        "overhead=$0.40",
        "Overhead per call",
    ),
    # Keys whose values depend on others come last, so that `margin=23%` sees the final
    # price and `270k/month` the final days and hours, wherever they stand in a command.
    Key(
        "margin",
        "margin",
        Kind.MARGIN,
        (),
        "margin money of one sale",
        "margin=$35 or margin=23%",
        "Margin per sale",
    ),
    Key(
        "calls",
        "calls",
        Kind.RATE,
        ("volume",),
        "calls handled per operating day",
        "calls=9000, calls=270k/month or calls=750/h",
        "Calls per day",
    ),
    Key(
        "retained",
        "retained",
        Kind.RATE,
        ("saves",),
        "customers kept per day",
        "retained=40",
        "Customers kept per day",
    ),
)

BY_NAME: dict[str, Key] = {}
for _key in KEYS:
    BY_NAME[_key.name] = _key
    for _alias in _key.aliases:
        BY_NAME[_alias] = _key
BY_NAME["aht_s"] = BY_NAME["aht"]

BY_FIELD: dict[str, Key] = {key.field: key for key in KEYS}

#: The application order of keys (see the comment in KEYS).
ORDER: dict[str, int] = {key.name: index for index, key in enumerate(KEYS)}

REFERENCE: dict[str, Decimal | None] = {
    "calls": Decimal(9000),
    "conv": Decimal("0.02"),
    "uplift": Decimal("0.08"),
    "aht_s": Decimal(640),
    "aht_increase": Decimal("0.10"),
    "price": Decimal(150),
    "margin": Decimal(35),
    "cost": Decimal("2.50"),
    "days": Decimal(365),
    "hours": Decimal(24),
    "cancel": Decimal(0),
    "invest": Decimal(0),
    "retained": Decimal(0),
    "clv": Decimal(0),
    "fee": Decimal(0),
    "paid": Decimal(0),
    "wage": None,
    "sl": Decimal("0.80"),
    "sl_s": Decimal(20),
    "shrink": Decimal("0.30"),
    "occ": Decimal("0.85"),
    "overhead": Decimal(0),
}
"""Fig. 2's values, and section 7's defaults for the staffing keys (docs/model.md)."""


def lookup(name: str) -> Key | None:
    """The key a typed name (or alias) stands for, case-insensitively."""
    return BY_NAME.get(name.lower())
