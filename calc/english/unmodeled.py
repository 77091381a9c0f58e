"""Things people ask about that the model does not have (hiring, churn, NPS, chats,
taxes): each refused by name, with why, instead of being passed over."""

from __future__ import annotations

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
    "agents": "agents are computed, not set: they follow from calls, handle time and the "
    'wage (ask "how many agents at $22 an hour?")',
    "salary": "the model takes a loaded hourly wage, not a salary (write wage=$22)",
    "salaries": "the model takes a loaded hourly wage, not a salary (write wage=$22)",
    "revenue": "revenue is computed from calls, conversion and price, not set",
    "profit": "profit is computed, not set: change calls, conversion, price, margin or cost",
    "weather": "the model has nothing for the weather",
    "churn": "the model counts customers kept (retained=40 clv=$1,200), not churn",
    "nps": "the model has no NPS",
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
    "weekend": "every operating day is alike: calls a day are the average over them "
    '(say "open 6 days a week" or write days=313)',
    "weekends": "every operating day is alike: calls a day are the average over them "
    '(say "open 6 days a week" or write days=313)',
}
