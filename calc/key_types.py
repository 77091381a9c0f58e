"""What a key is: how its value is written (Kind), how the form shows it (FormField), and
the row that holds everything about it (Key). The rows themselves are in calc.keys."""

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
class FormField:
    """How a key appears in the scenario form: its label, an example as placeholder, and
    whether it waits behind the "More" button (or may be left empty)."""

    label: str
    example: str
    advanced: bool = False
    optional: bool = False


@dataclass(frozen=True)
class Key:
    """One setting as the command language, the English reader and the form know it."""

    name: str  # canonical key typed by users
    field: str  # attribute of Inputs and key of the JSON "inputs" object
    kind: Kind
    reference: Decimal | None  # Fig. 2's value (or the staffing default, docs/model.md "Staffing")
    aliases: tuple[str, ...] = ()
    label: str = ""  # what it is, for help
    example: str = ""  # a realistic way to write it, for hints and help
    title: str = ""  # its name in a table heading or a sentence
    phrases: tuple[str, ...] = ()  # the names people use for it in English
    form: FormField | None = None
    staffing: bool = False  # used only in the staffing model
    solvable: bool = True  # `solve` may look for a value of it

    @property
    def is_percent(self) -> bool:
        """A share (conv, uplift, cancel, paid, shrink, occ): changed in points, not scaled."""
        return self.kind is Kind.PERCENT and self.name != "aht_increase"

    @property
    def plain_example(self) -> str:
        """The first way of writing it, without alternatives: `aht=640s`, `wage=$22`."""
        return self.example.split(" or ")[0].split(" (")[0].split(", ")[0]
