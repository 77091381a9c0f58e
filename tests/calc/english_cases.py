"""The English phrasings roibot understands, each with the command it must become, and the
ones it must refuse, each with its message. Shared by the reader's tests and the docs."""

NAMES = ["q3-plan", "q4-plan", "default", "Peak.2026"]

# (text, command as read) — grouped by the rows of the reader's tables.
READ: list[tuple[str, str]] = [
    # CONVERSATION.md's own examples
    ("what if AHT goes up 15%?", "aht+15%"),
    ("what if we get 20% more calls and conversion drops to 1.5%?", "calls+20% conv=1.5%"),
    ("270k calls a month, uplift 6%", "calls=270k/month uplift=6%"),
    ("what if the average order value is $120 with a 25% margin", "price=120 margin=25%"),
    ("how many agents at $24 an hour, open 10 hours a day?", "wage=24 hours=10"),
    ("we want 90% of calls answered in 15 seconds", "sl=90/15"),
    ("what uplift do we need to break even with 12k calls?", "breakeven calls=12k"),
    ("compare q3-plan and q4-plan", "compare q3-plan q4-plan"),
    # calls: calls, call volume, volume, contacts, inbound calls
    ("what if calls go up 20%?", "calls+20%"),
    ("what if call volume rises by 10%", "calls+10%"),
    ("what if volume drops 5%?", "calls-5%"),
    ("with 12k calls", "calls=12k"),
    ("and with 12k calls?", "calls=12k"),
    ("12,000 calls a day", "calls=12000"),
    ("twelve thousand calls", "calls=12000"),
    ("what if we take 15 thousand contacts a day?", "calls=15k"),
    ("inbound calls of 9500", "calls=9500"),
    ("what if inbound calls are 8k?", "calls=8k"),
    ("calls at 750 an hour", "calls=750/h"),
    ("750 calls an hour", "calls=750/h"),
    ("3.3M calls a year", "calls=3.3M/year"),
    ("1.5 million calls a year", "calls=1.5M/year"),
    ("what if call volume doubles?", "calls+100%"),
    ("what if calls halve", "calls-50%"),
    ("what if we get 10% fewer calls?", "calls-10%"),
    ("20% less volume", "calls-20%"),
    ("what if calls fall to 7,500?", "calls=7500"),
    ("calls rise to 11k", "calls=11k"),
    ("increase calls by 25%", "calls+25%"),
    ("cut call volume by 15 percent", "calls-15%"),
    ("what if daily calls are 10,000", "calls=10000"),
    ("60k calls per week", "calls=60k/week"),
    ("200k calls monthly", "calls=200k/month"),
    # conv: conversion, conversion rate, base conversion, close rate
    ("what if conversion is 3%?", "conv=3%"),
    ("conversion of 2.5%", "conv=2.5%"),
    ("what if the conversion rate drops to 1.5%", "conv=1.5%"),
    ("base conversion at 4 percent", "conv=4%"),
    ("close rate of 3%", "conv=3%"),
    ("what if conversion goes up 1 point?", "conv+1pp"),
    ("conversion down half a point", "conv-0.5pp"),
    ("what if our close rate rises 2 points", "conv+2pp"),
    ("conversion up 0.5 percentage points", "conv+0.5pp"),
    ("a 3% conversion", "conv=3%"),
    ("conversion rate 2.2%", "conv=2.2%"),
    ("what if conversion falls by 1 point", "conv-1pp"),
    ("what if conversion were 5 per cent?", "conv=5%"),
    # uplift: uplift, cross-sell, upsell, sales uplift, extra conversion
    ("what if uplift is 6%?", "uplift=6%"),
    ("uplift 6%", "uplift=6%"),
    ("6% uplift", "uplift=6%"),
    ("with a 7% cross-sell", "uplift=7%"),
    ("what if cross-sell is 5%", "uplift=5%"),
    ("upsell of 4%", "uplift=4%"),
    ("what if the sales uplift drops to 3%?", "uplift=3%"),
    ("extra conversion of 9%", "uplift=9%"),
    ("what if upsell goes up 2 points?", "uplift+2pp"),
    ("uplift of ten percent", "uplift=10%"),
    ("cross sell at 8%", "uplift=8%"),
    ("what if uplift rises to 12%", "uplift=12%"),
    # aht: AHT, handle time, average handle time, call length
    ("what if handle time goes up 10%?", "aht+10%"),
    ("AHT +15%", None),  # command-shaped: refused by the language below
    ("what if average handle time rises 20%", "aht+20%"),
    ("what if calls get 15% longer?", "aht+15%"),
    ("15% longer calls", "aht+15%"),
    ("what if AHT is 11 minutes?", "aht=11min"),
    ("AHT of 640 seconds", "aht=640s"),
    ("handle time of 10:40", "aht=10:40"),
    ("what if call length is 12 minutes", "aht=12min"),
    ("average handle time of 9.5 min", "aht=9.5min"),
    ("aht 10 minutes", "aht=10min"),
    ("what if handle time increases by 5%", "aht+5%"),
    ("selling adds 12% to handle time", "aht+12%"),
    ("add 10% to calls", "calls+10%"),
    ("AHT up 25 percent", "aht+25%"),
    ("what if calls are 10% longer", "aht+10%"),
    ("what if the AHT grows by 8%?", "aht+8%"),
    # price: price, sale value, order value, average order value, AOV, ticket
    ("what if the price is $120?", "price=120"),
    ("price of $200", "price=200"),
    ("what if AOV is $180", "price=180"),
    ("average order value of $95", "price=95"),
    ("what if the order value drops to $130?", "price=130"),
    ("a $175 ticket", "price=175"),
    ("sale value $160", "price=160"),
    ("what if prices go up 10%?", "price+10%"),
    ("what if the price falls by 5%", "price-5%"),
    ("what if our average ticket is 140 dollars", "price=140"),
    # margin: margin, margin per sale, "a 30% margin" (of price)
    ("what if margin is $40?", "margin=40"),
    ("a 30% margin", "margin=30%"),
    ("with a 25% margin", "margin=25%"),
    ("margin per sale of $30", "margin=30"),
    ("what if the margin drops to 20%?", "margin=20%"),
    ("gross margin of 28%", "margin=28%"),
    ("what if margins go down 10%", "margin-10%"),
    # cost: cost per call, CPC, call cost
    ("what if cost per call is $3?", "cost=3"),
    ("cost per call of $2.75", "cost=2.75"),
    ("what if CPC rises to $3.10?", "cost=3.10"),
    ("call cost $2", "cost=2"),
    ("what if cost per call goes up 10%", "cost+10%"),
    ("what if costs go down 5%", "cost-5%"),
    # days / hours
    ("open 250 days a year", "days=250"),
    ("300 operating days", "days=300"),
    ("what if we are open 360 days a year?", "days=360"),
    ("open 12 hours a day", "hours=12"),
    ("10 hours a day", "hours=10"),
    ("what if we open 16 hours a day", "hours=16"),
    ("open 260 days", "days=260"),
    # cancel
    ("cancellations of 5%", "cancel=5%"),
    ("5% of new sales cancel", "cancel=5%"),
    ("what if 8% of sales are refunded?", "cancel=8%"),
    ("returns of 3%", "cancel=3%"),
    ("a 4% cancel rate", "cancel=4%"),
    ("what if refunds rise to 6%", "cancel=6%"),
    ("10% of the new sales come back", "cancel=10%"),
    # invest
    ("spend $250k to launch", "invest=250k"),
    ("an investment of $100k", "invest=100k"),
    ("launch cost of $300,000", "invest=300000"),
    ("training cost $50k", "invest=50k"),
    ("what if we invest $200k", "invest=200k"),
    ("what if the launch cost is half a million", "invest=0.5M"),
    # retained / clv
    ("40 customers kept a day with a lifetime value of $1,200", "retained=40 clv=1200"),
    ("we keep 25 customers a day and CLV is $800", "retained=25 clv=800"),
    ("30 customers retained per day, LTV $1000", "retained=30 clv=1000"),
    ("saves of 20 with a lifetime value of $500", "retained=20 clv=500"),
    # fee / paid
    ("a support fee of $5 charged on 10% of calls", "fee=5 paid=10%"),
    ("fee of $4 on 20% of calls", "fee=4 paid=20%"),
    ("a $3 support fee, 10% of calls pay it", "fee=3 paid=10%"),
    ("support fee $6", "fee=6"),
    # wage, sl, shrink, occ, overhead
    ("$22 an hour", "wage=22"),
    ("what if agents cost $24 an hour", None),  # refused below: agents
    ("wage of $25", "wage=25"),
    ("hourly wage $21", "wage=21"),
    ("at $30 per hour", "wage=30"),
    ("service level 80/20", "sl=80/20"),
    ("a 90/30 service level", "sl=90/30"),
    ("80% of calls answered in 20 seconds", "sl=80/20"),
    ("answer 85% of calls within 30 seconds", "sl=85/30"),
    ("shrinkage of 35%", "shrink=35%"),
    ("what if shrinkage is 25%", "shrink=25%"),
    ("occupancy of 80%", "occ=80%"),
    ("max occupancy 90%", "occ=90%"),
    ("overhead of $0.40 per call", "overhead=0.40"),
    ("overhead $0.50", "overhead=0.50"),
    # several at once, and with scenarios
    ("what if q3-plan had 20% more calls", "q3-plan calls+20%"),
    ("q3-plan with AHT up 10%", "q3-plan aht+10%"),
    ("what if q4-plan's conversion is 3%", "q4-plan conv=3%"),  # a possessive names the base
    ("in q4-plan, what if uplift is 9%?", "q4-plan uplift=9%"),
    ("are we a profit center with q3-plan?", "q3-plan"),
    ("what about the reference values with 10k calls", "reference calls=10k"),
    ("fig 2 with AHT up 20%", "reference aht+20%"),
    (
        "what if calls go up 10% and AHT goes up 5% and conversion is 2.5%",
        "calls+10% aht+5% conv=2.5%",
    ),
    (
        "12k calls, 3% conversion, 7% uplift, $150 price, $35 margin",
        "calls=12k conv=3% uplift=7% price=150 margin=35",
    ),
    ("with 10k calls and a $2.80 cost per call", "calls=10k cost=2.80"),
    ("what if Peak.2026 had 5% fewer calls", "Peak.2026 calls-5%"),
    ("calls=12k and conversion of 3%", "calls=12k conv=3%"),
    ("what if aht+20% and 11k calls", "aht+20% calls=11k"),
    # questions: compute
    ("are we a profit center?", ""),
    ("are we a cost center or a profit center?", ""),
    ("how are we doing?", ""),
    ("what's our verdict?", ""),
    ("what if nothing changes?", ""),
    ("how about 11k calls?", "calls=11k"),
    ("what happens if conversion is 3%?", "conv=3%"),
    ("what happens with 20% more calls?", "calls+20%"),
    ("suppose uplift is 10%", "uplift=10%"),
    ("assume AHT goes up 12%", "aht+12%"),
    ("imagine 14k calls", "calls=14k"),
    ("and if conversion is 4%?", "conv=4%"),
    ("what about 8% uplift?", "uplift=8%"),
    # questions: breakeven
    ("what uplift do we need to break even?", "breakeven"),
    ("when does selling pay for itself?", "breakeven"),
    ("how far can AHT rise?", "breakeven"),
    ("how much can handle time grow before we lose money?", "solve aht+"),
    ("what is the break-even uplift with q3-plan?", "breakeven q3-plan"),
    ("where is the breakeven point at 12k calls?", "breakeven calls=12k"),
    ("how much uplift do we need with a 25% margin?", "breakeven margin=25%"),
    ("what's the payback with $250k to launch", "breakeven invest=250k"),
    ("what's the payback if we spend $250k to launch", "breakeven invest=250k"),
    ("how far can AHT go up if conversion is 3%?", "breakeven conv=3%"),
    # questions: agents (staffing)
    ("how many agents do we need at $22 an hour?", "wage=22"),
    ("how many agents at $20 an hour with 12k calls", "wage=20 calls=12k"),
    ("headcount at $25 an hour, open 12 hours a day", "wage=25 hours=12"),
    # questions: compare
    ("compare q3-plan with q4-plan", "compare q3-plan q4-plan"),
    ("q3-plan vs q4-plan", "compare q3-plan q4-plan"),
    ("q3-plan versus q4-plan with 12k calls", "compare q3-plan q4-plan calls=12k"),
    ("compare q4-plan and the reference values", "compare q4-plan reference"),
    ("how does q3-plan compare to q4-plan?", "compare q3-plan q4-plan"),
    # questions: sweep
    ("show uplift from 2% to 10%", "sweep uplift=2%..10%"),
    ("how does it change as uplift goes from 2% to 10%?", "sweep uplift=2%..10%"),
    ("sweep calls from 5k to 15k in steps of 1k", "sweep calls=5k..15k/1k"),
    ("uplift between 2% and 8% in steps of 2%", "sweep uplift=2%..8%/2%"),
    ("show AHT from 0% to 30% by 5%", "sweep aht=0%..30%/5%"),
    ("chart calls from 8k to 12k", "sweep calls=8k..12k"),
    ("show uplift 2%..10%", "sweep uplift=2%..10%"),
    ("sweep uplift 2% to 10%", "sweep uplift=2%..10%"),
    ("what if AHT is ten and a half minutes", "aht=10.5min"),
    ("a margin of 23% of the price", "margin=23%"),
    ("what if the margin is 23 percent of the sale price", "margin=23%"),
    ("what if calls paying the fee are at 12%", "paid=12%"),
    ("what if AHT is 10 and a half minutes", "aht=10.5min"),
    ("what if calls are two and a half thousand", "calls=2.5k"),
    ("chart calls 8k to 12k in steps of 1k", "sweep calls=8k..12k/1k"),
    ("show AHT 0% to 30% by 5%", "sweep aht=0%..30%/5%"),
    ("show q3-plan with uplift from 4% to 8%", "sweep q3-plan uplift=4%..8%"),
    ("what if price goes from $100 to $200 with a 23% margin", "sweep price=100..200 margin=23%"),
    # questions: list, show, save, help, reset
    ("what scenarios do we have?", "list"),
    ("list our scenarios", "list"),
    ("which scenarios are saved?", "list"),
    ("show our scenarios", "list"),
    ("show q3-plan", "show q3-plan"),
    ("what is in q3-plan?", "show q3-plan"),
    ("what's in q4-plan", "show q4-plan"),
    ("open q3-plan", "show q3-plan"),
    ("tell me about q4-plan", "show q4-plan"),
    ("save this as q5-plan with 12k calls", "save q5-plan calls=12k"),
    ("save as q5-plan with uplift of 6%", "save q5-plan uplift=6%"),
    ("help", "help"),
    ("what can you do?", "help"),
    ("hi", "help"),
    ("hello roibot", "help"),
    ("thanks!", "help"),
    ("how does this work?", "help"),
    ("start over", "reset"),
    ("reset", "reset"),
    ("let's start again", "reset"),
    ("forget that", "reset"),
]

# (text, refusal message): never guess.
REFUSE: list[tuple[str, str]] = [
    # A question back, where two or three readings fit: its ready-to-paste commands.
    (
        "what if 15%?",
        '"15%" of what?: say which: /roi aht+15% · /roi conv=15% · /roi uplift=15%',
    ),
    ("what if $120?", '"$120" of what?: say which: /roi price=120 · /roi cost=120 · /roi fee=120'),
    ("and 12k?", '"12k" of what?: say which: /roi calls=12k · /roi retained=12k'),
    (
        "what if calls go up?",
        '"calls": by how much, or to what?: say e.g. "calls go up 20%" '
        '(/roi calls+20%) or "12k calls" (/roi calls=12k)',
    ),
    (
        "what if conversion changes?",
        '"conversion": by how much, or to what?: say e.g. '
        '"conversion goes up 1 point" (/roi conv+1pp) or '
        '"conversion of 2%" (/roi conv=2%)',
    ),
    (
        "what if AHT goes up?",
        '"aht": by how much, or to what?: say e.g. "AHT goes up 10%" '
        '(/roi aht+10%) or "AHT of 11 minutes" (/roi aht=11min)',
    ),
    (
        "what if the price changes?",
        '"price": by how much, or to what?: say e.g. "price '
        'goes up 10%" (/roi price+10%) or "price of $150" '
        "(/roi price=150)",
    ),
    (
        "what if we hire 10 agents?",
        '"hire" is not something roibot models: the model has no '
        "hiring: agents follow from calls, handle time and the "
        'wage (ask "how many agents at $22 an hour?")',
    ),
    (
        "what if the weather is nice?",
        '"weather" is not something roibot models: the model has nothing for the weather',
    ),
    (
        "what if agents cost $24 an hour",
        '"agents" is not something roibot models: agents '
        "are computed, not set: they follow from calls, "
        'handle time and the wage (ask "how many agents at '
        '$22 an hour?")',
    ),
    (
        "what if churn drops 2%?",
        '"churn" is not something roibot models: the model counts '
        "customers kept (retained=40 clv=$1,200), not churn",
    ),
    (
        "what if revenue doubles?",
        '"revenue" could mean more calls, a higher conversion or more uplift: say which: '
        "/roi calls+100% · /roi conv+100% · /roi uplift+100%",
    ),
    (
        "what if profit goes up 10%?",
        '"profit" is not something roibot models: profit is '
        "computed, not set: change calls, conversion, price, "
        "margin or cost",
    ),
    (
        "what if we add chat support?",
        '"chat" is not something roibot models: the model counts calls only',
    ),
    (
        "delete q3-plan",
        "English never deletes or restores: write /roi delete NAME or /roi restore NAME VERSION",
    ),
    (
        "please remove q4-plan",
        "English never deletes or restores: write /roi delete NAME or /roi restore NAME VERSION",
    ),
    (
        "restore q3-plan to version 2",
        "English never deletes or restores: write /roi delete NAME or /roi restore NAME VERSION",
    ),
    (
        "roll back q3-plan",
        "English never deletes or restores: write /roi delete NAME or /roi restore NAME VERSION",
    ),
    ("what if conversion is 0.5", "conv=0.5 is ambiguous: write 50% or 0.5%"),
    (
        "what if conversion goes up 10%",
        "conv+10% is ambiguous: write conv+10pp for points (12%) or conv=2.2% for 10% more",
    ),
    ("what if AHT is 10?", "aht=10 is ambiguous: write aht=10s or aht=10min"),
    ("what if conversion is 120%", "conv must be between 0% and 100%: write conv=2%"),
    ("what if calls are -5", "calls must be more than 0: write calls=9000 or calls=270k/month"),
    (
        "what if blorp is 5%?",
        'not understood: "blorp": ask e.g. "what if AHT goes up 15%?", '
        "or write /roi aht+15% (see /roi help english)",
    ),
    ("compare q3-plan", "compare needs two scenario names: write /roi compare q3-plan q4-plan"),
    (
        "compare q3-plan with nothing",
        "compare needs two scenario names: write /roi compare q3-plan q4-plan",
    ),
    (
        "what if AHT goes down 10%?",
        "aht-10%: aht+N% is the extra handle time of selling: to shorten every call write aht=600s",
    ),
    (
        "what if calls go up 2000",
        "calls+2000: a change is written calls+N%: or set it: "
        "calls=9000, calls=270k/month or calls=750/h",
    ),
    ("save this as list", '"list" is a command word: choose another name, e.g. q3-plan'),
    ("save this as calls", '"calls" is a setting name: choose another name, e.g. q3-plan'),
    (
        "what if q5-plan had 20% more calls",
        'not understood: "q5-plan": ask e.g. "what if AHT goes up 15%?", '
        "or write /roi aht+15% (see /roi help english)",
    ),
]
