"""Things people ask about that the model does not have (hiring, churn, NPS, chats,
taxes): each refused by name, with why, instead of being passed over; and the figures the
answer gives (profit, revenue), refused when set but read as what is asked about."""

from __future__ import annotations

from calc.english.tokens import Tok

UNMODELED: dict[str, str] = {
    "hire": "the model has no hiring: agents follow from calls, handle time and the wage "
    '(ask "how many agents at $22 an hour?")',
    "hiring": "the model has no hiring: agents follow from calls, handle time and the wage "
    '(ask "how many agents at $22 an hour?")',
    "fire": "the model has no hiring or firing: agents follow from calls, handle time and the wage",
    "layoff": "the model has no hiring or firing: agents follow from calls, handle time and "
    "the wage",
    "layoffs": "the model has no hiring or firing: agents follow from calls, handle time "
    "and the wage",
    **dict.fromkeys(
        ("agents", "agent"),
        "agents are computed, not set: they follow from calls, handle time and the "
        'wage (ask "how many agents at $22 an hour?")',
    ),
    "salary": "the model takes a loaded hourly wage, not a salary (write wage=$22)",
    "salaries": "the model takes a loaded hourly wage, not a salary (write wage=$22)",
    # "the telephony bill is 12 cents a call": a part of the cost is not the cost per call
    **dict.fromkeys(
        ("telephony", "telecom", "licensing", "licenses", "licences", "software"),
        "the model has one cost per call, with telephony, licences and the rest inside it "
        "(write the whole: cost=2.50; beside a wage, non-labor cost is overhead=0.40)",
    ),
    "revenue": "revenue is computed from calls, conversion and price, not set",
    "profit": "profit is computed, not set: change calls, conversion, price, margin or cost",
    "weather": "the model has nothing for the weather",
    "churn": "the model counts customers kept (retained=40 clv=$1,200), not churn",
    **dict.fromkeys(
        ("duplicate", "copy", "clone"),
        "there is no copy: show the scenario, then save its settings under a new name",
    ),
    **dict.fromkeys(
        ("commission", "commissions"),
        "the model has no commission: take it out of the margin per sale (margin=$30)",
    ),
    "nps": "the model has no NPS",
    # "AHT climbs 5% for every point of uplift": one setting that moves with another
    "every point": "settings do not move with each other in the model: give each its own "
    "value (aht+15% uplift=10%)",
    "irr": "the model gives payback and first-year ROI, not IRR (say the launch cost: "
    "invest=$300k)",
    "npv": "the model is one year of days alike, with no discounting: it gives payback and "
    "first-year ROI, not NPV (say the launch cost: invest=$300k)",
    "on hold": "the model has one handle time per call, with hold and wrap-up inside it "
    "(write aht=10:40)",
    "csat": "the model has no CSAT",
    "abandon": "the model assumes nobody abandons a call",
    "abandonment": "the model assumes nobody abandons a call",
    "chat": "the model counts calls only",
    "chats": "the model counts calls only",
    "emails": "the model counts calls only",
    "email": "the model counts calls only",
    "tax": "the model has no taxes",
    "taxes": "the model has no taxes",
    "inflation": "the model has no inflation",
    "currency": "amounts are in one currency",
    **dict.fromkeys(
        ("morning", "mornings", "afternoon", "afternoons", "evening", "evenings"),
        "every open hour is alike: calls a day are spread over the hours open (write hours=12)",
    ),
    "resolution": "the model has no first-call resolution: every call is one call",
    "fcr": "the model has no first-call resolution: every call is one call",
    **dict.fromkeys(
        ("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"),
        "every operating day is alike: calls a day are the average over them "
        '(say "open 6 days a week" or write days=312)',
    ),
    **dict.fromkeys(
        ("overnight", "overnights", "night", "nights"),
        "every open hour is alike: calls a day are spread over the hours open (write hours=24)",
    ),
    # "the billing queue alone gets 3,000 calls": a part of the center is not the center
    **dict.fromkeys(
        ("queue", "queues", "overflow"),
        "the model is the whole center, every call alike: say it of all the calls "
        "(calls=9000 conv=2%)",
    ),
    "weekend": "every operating day is alike: calls a day are the average over them "
    '(say "open 6 days a week" or write days=312)',
    "weekends": "every operating day is alike: calls a day are the average over them "
    '(say "open 6 days a week" or write days=312)',
}


#: Figures the answer gives: asked about ("how does profit change as …"), never set.
_FIGURES = frozenset({"profit", "profits", "revenue"})
_MOVING = frozenset("num up down more less double triple half to by set".split())


def figure_asked(token: Tok, tokens: list[Tok]) -> bool:
    """Whether `token` names a figure the answer gives, with nothing said to set or move it:
    "profit if volume hits 15,000" asks about profit ("what if profit doubles" still sets
    it, and is refused)."""
    if token.text not in _FIGURES:
        return False
    at = next((i for i, t in enumerate(tokens) if t is token), None)
    if at is None:
        return False  # not a word of this sentence (a token made by an aside)
    before = [t for t in tokens[:at] if t.kind != "filler"][-1:]
    # "the profit in one year": a length of time is the figure's period, not a value of it
    after = [t for t in tokens[at + 1 :] if t.kind != "filler" and not (t.num and t.num.span)][:3]
    if [t.kind for t in after] == ["set", "num", "key"] and after[0].text == "at":
        return True  # "our profit at 12k calls": the number is the calls'
    return not any(t.kind == "num" for t in before) and not any(
        t.kind in _MOVING for t in after[:1]
    )
