"""The catalogue of settings: every key and everything about it, in one row each.

A key's row holds its kind, reference value, the names it is typed by (aliases) and said by
(English phrases), its hints, its name in tables and sentences, and its field in the form.
Everything else (reference values, the English lexicon, the form, the settings text) is
derived from these rows; tests check that `Inputs` agrees with them field for field.
"""

from __future__ import annotations

from decimal import Decimal

from calc.key_types import FormField, Key, Kind


def _d(text: str) -> Decimal:
    return Decimal(text)


KEYS: tuple[Key, ...] = (
    Key(
        "days",
        "days",
        Kind.DAYS,
        _d("365"),
        (),
        "operating days per year",
        "days=250",
        "Operating days",
        ("operating days", "days a year", "days per year", "working days", "days open", "days"),
        FormField("Operating days a year", "365", advanced=True),
    ),
    Key(
        "hours",
        "hours",
        Kind.HOURS,
        _d("24"),
        (),
        "open hours per operating day",
        "hours=12",
        "Open hours",
        (
            "hours a day",
            "hours per day",
            "open hours",
            "opening hours",
            "hours open",
            "operating hours",
            "business hours",
        ),
        FormField("Open hours a day", "24", advanced=True),
    ),
    Key(
        "price",
        "price",
        Kind.MONEY,
        _d("150"),
        ("sale", "aov"),
        "gross sales value of one sale",
        "price=$150",
        "Price",
        (
            "price",
            "prices",
            "sale value",
            "order value",
            "average order value",
            "aov",
            "ticket",
            "ticket price",
            "average ticket",
            *("ticket size", "revenue per sale", "turnover per sale", "revenue per order"),
            *("basket", "basket size"),
            "average sale",
            "sale price",
            "selling price",
            "average price",
            "average order",
            "order size",
            "sell at",
            "sell for",
            "sells at",
            "sells for",
            "sold at",
            "sold for",
            "selling at",
            "selling for",
        ),
        FormField("Price of a sale ($)", "$150"),
    ),
    Key(
        "conv",
        "conv",
        Kind.PERCENT,
        _d("0.02"),
        ("conversion",),
        "base conversion",
        "conv=2%",
        "Conversion",
        (
            "conversion",
            "conv",
            "conversion rate",
            "base conversion",
            *("close rate", "win rate"),
            "closing rate",
            "conversions",
            "base conversion rate",
            "sales conversion",
        ),
        FormField("Conversion (%)", "2%"),
    ),
    Key(
        "uplift",
        "uplift",
        Kind.PERCENT,
        _d("0.08"),
        ("xsell",),
        "incremental conversion from selling",
        "uplift=8%",
        "Uplift",
        (
            "uplift",
            "cross-sell",
            "cross sell",
            "crosssell",
            "cross-selling",
            "cross selling",
            *("upsell", "up-sell", "up sell", "upselling", "up-selling"),
            "sales uplift",
            "extra conversion",
            "incremental conversion",
            "cross-sell rate",
            "upsell rate",
            *("conversion uplift", "upsell conversion"),
            *("upsell close rate", "close rate on the upsell", "close rate on upsells"),
            "cross-sell conversion",
            *("upsells", "attach rate", "upsell attach", "attach", "cross-sells", "up-sells"),
            *("take rate", "take-rate", "uptake"),  # the share who take the offer
        ),
        FormField("Uplift from selling (%)", "8%"),
    ),
    Key(
        "aht",
        "aht_s",
        Kind.TIME,
        _d("640"),
        (),
        "base average handle time",
        "aht=640s or aht=10:40",
        "AHT",
        (
            *("aht", "handle time", "time of attention", "attention time"),
            "handling time",
            "average handle time",
            "average handling time",
            "call length",
            "call duration",
            "talk time",
            "length of calls",
            "call time",
            "average call length",
        ),
        FormField("Handle time (mm:ss)", "10:40"),
    ),
    Key(
        "aht_increase",
        "aht_increase",
        Kind.PERCENT,
        _d("0.10"),
        (),
        "extra handle time when selling",
        "aht+10%",
        "AHT increase",
        (),
        FormField("Extra handle time when selling (%)", "10%"),
    ),
    Key(
        "cost",
        "cost",
        Kind.MONEY,
        _d("2.50"),
        ("cpc",),
        "service cost of one call at base AHT",
        "cost=$2.50",
        "Cost per call",
        (
            *("cost per call", "cost/call", "$/call", "cost for one call", "cost of one call"),
            "cpc",
            *("call cost", "cost for each call"),
            "cost of a call",
            "cost a call",
            "costs per call",
            "price per call",
            "cost per contact",
            "cost",
            "costs",
            "service cost",
            "call costs",
            "pay per call",
            "spend per call",
        ),
        FormField("Cost per call ($)", "$2.50"),
    ),
    Key(
        "cancel",
        "cancel",
        Kind.PERCENT,
        _d("0"),
        (),
        "share of incremental sales cancelled",
        "cancel=5%",
        "Cancellations",
        (
            "cancellations",
            "cancellation",
            "cancellation rate",
            "cancel rate",
            "cancels",
            "returns",
            "refunds",
            *("upsell refunds", "upsell returns", "upsell cancellations"),
            "refund rate",
            "return rate",
            "cancellation rates",
        ),
        FormField("Cancelled extra sales (%)", "5%", advanced=True),
    ),
    Key(
        "invest",
        "invest",
        Kind.MONEY,
        _d("0"),
        (),
        "one-time cost to launch selling",
        "invest=$250k",
        "Launch cost",
        (
            *("investment", "launch cost", "training cost", "training costs", "launch costs"),
            *("upfront cost", "setup cost", "set-up cost", "launch budget", "one-time cost"),
            *("investment cost", "launch", "rollout", "rollout cost", "implementation"),
            *("implementation cost", "training", "training budget", "program cost"),
            *("program budget", "rollout budget", "kick-off cost", "kickoff cost", "upfront"),
        ),
        FormField("Launch cost ($)", "$250k", advanced=True),
    ),
    Key(
        "clv",
        "clv",
        Kind.MONEY,
        _d("0"),
        (),
        "lifetime value of one kept customer",
        "clv=$1,200",
        "Customer lifetime value",
        (
            *("lifetime value", "customer lifetime value", "clv", "ltv", "cltv"),
            *("value of a customer", "customer value", "saved customers are worth"),
            *("kept customers are worth", "a saved customer is worth", "a kept customer is worth"),
            *("retained customers are worth", "customers we save are worth"),
            "customers we keep are worth",
            *("kept customer is worth", "saved customer is worth", "value of a saved customer"),
            *("value of a kept customer", "kept customer worth", "saved customer worth"),
        ),
        FormField("Lifetime value of a kept customer ($)", "$1,200", advanced=True),
    ),
    Key(
        "fee",
        "fee",
        Kind.MONEY,
        _d("0"),
        (),
        "fee per paid support event",
        "fee=$5",
        "Support fee",
        (
            *("support fee", "fee", "fees", "service fee", "support charge", "convenience fee"),
            *("premium support", "fee revenue", "paid support"),
        ),
        FormField("Support fee ($)", "$5", advanced=True),
    ),
    Key(
        "paid",
        "paid",
        Kind.PERCENT,
        _d("0"),
        (),
        "share of calls that pay the fee",
        "paid=10%",
        "Calls paying the fee",
        (
            "paid calls",
            "calls that pay",
            "share of calls that pay",
            "fee share",
            "calls paying the fee",
            "paying calls",
            "calls paying",
            *("callers pay", "callers pays", "callers paying", "callers who pay"),
        ),
        FormField("Calls paying the fee (%)", "10%", advanced=True),
    ),
    Key(
        "wage",
        "wage",
        Kind.WAGE,
        None,
        (),
        "loaded cost of one paid agent hour",
        "wage=$22 (an agent hour) or wage=none",
        "Agent wage",
        (
            *("wage", "wages", "hourly wage", "agent cost per hour", "agent wage"),
            *("hourly rate", "pay rate", "agent hourly cost", "loaded wage", "cost per hour"),
            *("agent cost", "cost of an agent hour", "pay per hour", "pay agents per hour"),
            *("cost per agent hour", "agent hour", "hourly pay", "hourly cost", "staff cost"),
            *("pay agents", "pay our agents", "pay the agents", "agent pay", "labor rate"),
            *("loaded labor rate", "labour rate", "loaded rate"),
        ),
        FormField(
            "Agent wage, loaded ($ an hour)",
            "$22 (empty: no staffing)",
            advanced=True,
            optional=True,
        ),
        staffing=True,
    ),
    Key(
        "sl",
        "sl",
        Kind.SERVICE_LEVEL,
        _d("0.80"),
        (),
        "service-level target",
        "sl=80/20",
        "Service level",
        ("service level", "sla", "service-level", "service level target", "sl"),
        FormField("Service level (% in seconds)", "80/20", advanced=True),
        staffing=True,
        solvable=False,
    ),
    Key(
        "shrink",
        "shrink",
        Kind.PERCENT,
        _d("0.30"),
        (),
        "shrinkage",
        "shrink=30%",
        "Shrinkage",
        ("shrinkage", "shrink"),
        FormField("Shrinkage (%)", "30%", advanced=True),
        staffing=True,
    ),
    Key(
        "occ",
        "occ",
        Kind.PERCENT,
        _d("0.85"),
        (),
        "maximum planned occupancy",
        "occ=85%",
        "Max occupancy",
        (
            *("occupancy", "occ", "max occupancy", "maximum occupancy", "occupancy cap"),
            *("occupation", "occupancy target", "utilisation", "utilization"),
        ),
        FormField("Maximum occupancy (%)", "85%", advanced=True),
        staffing=True,
    ),
    Key(
        "overhead",
        "overhead",
        Kind.MONEY,
        _d("0"),
        (),
        "non-labor cost per call",
        "overhead=$0.40",
        "Overhead per call",
        ("overhead", "overhead per call", "overheads", "non-labor cost", "non-labour cost"),
        FormField("Overhead per call ($)", "$0.40", advanced=True),
        staffing=True,
    ),
    # Keys whose values depend on others come last, so that `margin=23%` sees the final
    # price and `270k/month` the final days and hours, wherever they stand in a command.
    Key(
        "margin",
        "margin",
        Kind.MARGIN,
        _d("35"),
        (),
        "margin money of one sale",
        "margin=$35 or margin=23%",
        "Margin per sale",
        (
            *("margin", "margins", "margin per sale", "gross margin", "profit per sale"),
            *("upsell margin", "margin per upsell", "contribution per sale", "unit margin"),
            "margin per unit",
        ),
        FormField("Margin of a sale", "$35, or 23 with % of price"),
    ),
    Key(
        "calls",
        "calls",
        Kind.RATE,
        _d("9000"),
        ("volume",),
        "calls handled per operating day",
        "calls=9000, calls=270k/month or calls=750/h",
        "Calls per day",
        (
            "calls",
            "call",
            "call volume",
            "volume",
            "contacts",
            "contact",
            "inbound calls",
            "inbound",
            "inbound call volume",
            "daily calls",
            "calls a day",
            "calls per day",
            "number of calls",
            "phone calls",
            "call count",
        ),
        FormField("Calls", "9000 (or 270k with per month)"),
    ),
    Key(
        "retained",
        "retained",
        Kind.RATE,
        _d("0"),
        ("saves",),
        "customers kept per day",
        "retained=40",
        "Customers kept per day",
        (
            *("customers kept", "retained"),
            "customers retained",
            "customers saved",
            "saves",
            "retained customers",
            "kept customers",
            "saved customers",
            "retentions",
            "customers we keep",
            "customers we save",
        ),
        FormField("Customers kept a day", "40", advanced=True),
    ),
)

#: The answer-time target of the service level (`sl=80/20` sets both sl and this).
SL_SECONDS_FIELD = "sl_s"

#: The amounts per call: what a call costs, the fee it pays, its overhead.
PER_CALL: frozenset[str] = frozenset({"cost", "fee", "overhead"})

#: The keys `solve` may look for (docs/model.md, "Goal-seeking"), in the catalogue's order.
SOLVABLE: tuple[str, ...] = tuple(key.name for key in KEYS if key.solvable)

BY_NAME: dict[str, Key] = {}
for _key in KEYS:
    BY_NAME[_key.name] = _key
    for _alias in _key.aliases:
        BY_NAME[_alias] = _key
BY_NAME["aht_s"] = BY_NAME["aht"]

BY_FIELD: dict[str, Key] = {key.field: key for key in KEYS}

#: The application order of keys (see the comment in KEYS).
ORDER: dict[str, int] = {key.name: index for index, key in enumerate(KEYS)}

#: The form's order of fields (the main ones first, as a director reads an answer).
FORM_ORDER: tuple[str, ...] = tuple(
    "calls conv uplift aht aht_increase price margin cost days hours cancel invest retained "
    "clv fee paid wage sl shrink occ overhead".split()
)

REFERENCE: dict[str, Decimal | None] = {
    **{key.field: key.reference for key in KEYS},
    SL_SECONDS_FIELD: Decimal(20),
}
"""Fig. 2's values, and the staffing keys' defaults (docs/model.md, "Staffing")."""


def lookup(name: str) -> Key | None:
    """The key a typed name (or alias) stands for, case-insensitively."""
    return BY_NAME.get(name.lower())
