"""Phrasings written apart from the reader, before it was taught them (issue: "a conversation
that never misleads"): what a contact-center director types, and what roibot must read.

Each row is (text, expected) where expected is the command it must be read as (without
`/roi`), or `ASK:<choice>|<choice>` for a question back with those choices, or
`REFUSE` for a refusal (nothing computed), or `TYPED` for the command language itself
(run as typed, no "Read as"). The reader is measured on them (at least 95%
read exactly right); they are not tuned to it one by one.
"""

from __future__ import annotations

SET_A: tuple[tuple[str, str], ...] = (
    # what-ifs in the words people use
    ("What if our handle time goes up by 12%?", "aht+12%"),
    ("what happens if calls jump 25%", "calls+25%"),
    ("Suppose conversion falls to 1.5 percent", "conv=1.5%"),
    ("what if we take 40k calls a month", "calls=40k/month"),
    ("and if the average ticket is $120?", "price=120"),
    ("with a 30% margin", "margin=30%"),
    ("what if cost per call is $3", "cost=3"),
    ("what if cost per call drops by 10 percent", "cost-10%"),
    ("what if each sale only makes 20% margin", "margin=20%"),
    ("$175 average order", "price=175"),
    ("a half-million launch budget", "invest=500k"),
    ("what if calls drop by a third", "calls-33.3333%"),
    ("6 points of uplift and AHT up 30%", "uplift=6% aht+30%"),
    ("charge a $4 fee on 15% of calls", "fee=4 paid=15%"),
    ("keep 50 customers a day worth $900", "retained=50 clv=900"),
    ("occupancy is capped at 80%", "occ=80%"),
    ("hold occupancy to 80%", "occ=80%"),
    ("20% cancellations on the upsell", "cancel=20%"),
    ("what if AHT goes up 15% next quarter", "aht+15%"),
    ("what if we're open 10 hours a day at $24 an hour", "hours=10 wage=24"),
    ("what if the close rate doubles", "conv+100%"),
    ("what if upsell conversion is 5 points", "uplift=5%"),
    ("let's say 300 operating days", "days=300"),
    ("assume a $250k training cost", "invest=250k"),
    # questions about where the center stands
    ("Are we a cost center or a profit center today?", ""),
    ("Is the contact center losing money?", ""),
    ("are we making money?", ""),
    # goal-seeking and levers
    ("How many calls a day do we need to break even?", "solve calls"),
    ("What uplift gets us to $1 million a year?", "solve uplift for net=1M/year"),
    ("what price would we need to break even?", "solve price"),
    (
        "What cost per call makes the service-only center break even?",
        "solve cost for service.breakeven",
    ),
    ("How far can handle time stretch before selling stops paying?", "solve aht+"),
    ("what conversion do we need to make $2M a year", "solve conv for net=2M/year"),
    ("which lever matters most?", "levers"),
    ("What should we focus on?", "levers"),
    ("what moves the needle most", "levers"),
    # sweeps, compares, lists, history
    ("show uplift from 2% to 10%", "sweep uplift=2%..10%"),
    ("which is better, q3-plan or q4-plan?", "compare q3-plan q4-plan"),
    ("compare q3-plan with q4-plan", "compare q3-plan q4-plan"),
    ("what does q3-plan look like with 20% more calls?", "q3-plan calls+20%"),
    ("show me the history of q3-plan", "history q3-plan"),
    ("what scenarios do we have", "list"),
    # ask back: two or three readings fit
    ("what about 7%?", "ASK:aht+7%|conv=7%|uplift=7%"),
    ("what if sales go up", "ASK:calls+10%|conv+1pp|uplift+1pp"),
    ("what if sales double", "ASK:calls+100%|conv+100%|uplift+100%"),
    ("make it 20% of price", "margin=20%"),
    # refused: nothing the model has
    ("what if we hire 10 agents", "REFUSE"),
    ("what if the weather is nice", "REFUSE"),
    ("what if 15%", "ASK:aht+15%|conv=15%|uplift=15%"),
    ("delete q3-plan", "TYPED"),  # the command language itself: run as typed
)

# A second set, in other words for the same intents, written with the first (before the
# reader was taught either).
SET_B: tuple[tuple[str, str], ...] = (
    ("what if AHT rises to 11 minutes", "aht=11min"),
    ("bump uplift by two points", "uplift+2pp"),
    ("what if we get 10% fewer calls", "calls-10%"),
    ("call volume of 12,500 a day", "calls=12500"),
    ("what if refunds hit 8%", "cancel=8%"),
    ("the average sale is 95 dollars", "price=95"),
    ("could we break even at 6% uplift?", "uplift=6%"),
    ("what wage can we afford and still break even?", "solve wage"),
    ("how low can conversion go before we lose money?", "solve conv"),
    (
        "what margin per sale do we need for selling to add $3M a year?",
        "solve margin for added=3M/year",
    ),
    (
        "how much uplift to pay back the launch in 90 days with a $300k launch",
        "solve uplift for payback=90days invest=300k",
    ),
    ("where's the biggest lever", "levers"),
    ("what are we most sensitive to?", "levers"),
    ("chart calls from 8k to 12k", "sweep calls=8k..12k"),
    ("q3-plan vs q4-plan", "compare q3-plan q4-plan"),
    ("what's in q3-plan?", "show q3-plan"),
    ("list our plans", "list"),
    ("what if we charge $3 a call on 20% of calls", "fee=3 paid=20%"),
    ("what if 12% of the extra sales get refunded", "cancel=12%"),
    ("service level of 90/20", "sl=90/20"),
    ("shrinkage goes up to 35%", "shrink=35%"),
    ("how about $2.75 per call", "cost=2.75"),
    ("what if we stay open 20 hours", "hours=20"),
    ("what if price goes up 5%", "price+5%"),
    ("what about 20 dollars", "ASK:price=20|cost=20|fee=20"),
    ("what if things get better", "REFUSE"),
    ("what if chats go up 20%", "REFUSE"),
    ("restore q3-plan", "REFUSE"),
)

# Written after the reader was built, before any was run through it (a third set, as the
# issue asks for several): one director's week of questions, every intent. First read:
# 37 of 48 (77%). Two labels were wrong, not the reader ("cost=2.9" for the same command
# the reader writes "cost=2.90"; "a fifth of callers pay it" is paid=20%, read right);
# the other nine taught it general rules (what a solve question may skip, "revenue" as
# sales, agents at a wage, "a point and a half", "million-dollar", listing, history).
SET_C: tuple[tuple[str, str], ...] = (
    # what-ifs
    ("what if handle time grows 8%", "aht+8%"),
    ("what happens when calls climb to 14,000 a day", "calls=14000"),
    ("say conversion slips to 1.8%", "conv=1.8%"),
    ("if we got 5% more calls what then", "calls+5%"),
    ("what if the average order is $140", "price=140"),
    ("what if margin per sale is $30", "margin=30"),
    ("imagine a cost per call of $2.90", "cost=2.90"),
    ("what if we run 260 days a year", "days=260"),
    ("what if uplift gets to 9%", "uplift=9%"),
    ("what if 10% of the upsells cancel", "cancel=10%"),
    ("what if calls fall by a quarter", "calls-25%"),
    ("what if we lose half our calls", "calls-50%"),
    ("conversion up by a point and a half", "conv+1.5pp"),
    ("with a million-dollar launch", "invest=1M"),
    ("agents at $26 an hour", "wage=26"),
    ("what if shrinkage is 25%", "shrink=25%"),
    ("what if we answer 85% of calls within 30 seconds", "sl=85/30"),
    ("15k calls a day and AHT up 5%", "calls=15k aht+5%"),
    ("uplift of 7 percent with a 2.5% conversion", "uplift=7% conv=2.5%"),
    ("what if the fee is $6 and a fifth of callers pay it", "fee=6 paid=20%"),
    # where we stand
    ("how are we doing right now?", ""),
    ("are we making money?", ""),
    ("is selling worth it for us?", ""),
    ("where do we stand with q3-plan?", "q3-plan"),
    # break-even and goals
    ("what's our break-even uplift?", "breakeven"),
    ("how much conversion do we need to break even?", "solve conv"),
    ("what call volume gets us to $500k a year?", "solve calls for net=500k/year"),
    ("what price makes us $2M a year?", "solve price for net=2M/year"),
    ("how high can cost per call go before we lose money?", "solve cost"),
    (
        "what margin would the service-only center need to break even?",
        "solve margin for service.breakeven",
    ),
    ("how much uplift for selling to add $5M a year?", "solve uplift for added=5M/year"),
    # levers
    ("what matters most here?", "levers"),
    ("which input moves the needle the most?", "levers"),
    ("which levers matter for q3-plan?", "levers q3-plan"),
    # sweeps and comparisons
    ("plot uplift from 4% to 12%", "sweep uplift=4%..12%"),
    ("show calls between 6k and 10k in steps of 1k", "sweep calls=6k..10k/1k"),
    ("how does q3-plan compare to q4-plan?", "compare q3-plan q4-plan"),
    ("is q4-plan better than q3-plan?", "compare q4-plan q3-plan"),
    # scenarios
    ("what's saved?", "list"),
    ("show me q4-plan", "show q4-plan"),
    ("what changed in q3-plan over time?", "history q3-plan"),
    # asks and refusals
    ("what about 3%?", "ASK:aht+3%|conv=3%|uplift=3%"),
    ("what if revenue goes up", "ASK:calls+10%|conv+1pp|uplift+1pp"),
    ("what if we hire 10 more agents", "REFUSE"),
    ("what if chat volume doubles", "REFUSE"),
    ("delete q4-plan", "TYPED"),
    ("what if q9-plan had 10% more calls", "REFUSE"),
    ("what if morale improves", "REFUSE"),
)

# Written after SET_C's fixes, before any was run through them: the measure that counts.
SET_D: tuple[tuple[str, str], ...] = (
    ("what if our AHT creeps up 6%", "aht+6%"),
    ("what if we see 30% more calls next year", "calls+30%"),
    ("conversion at 2.4 percent", "conv=2.4%"),
    ("what if uplift drops to 5%", "uplift=5%"),
    ("price of $199", "price=199"),
    ("what if each sale nets us $40", "margin=40"),
    ("what if calls cost us $3.25 each", "cost=3.25"),
    ("what if we only open 300 days", "days=300"),
    ("what if a quarter of upsells get cancelled", "cancel=25%"),
    ("what if we spend $750k to launch it", "invest=750k"),
    ("what if we pay agents $21 an hour", "wage=21"),
    ("occupancy at 88%", "occ=88%"),
    ("what if calls triple", "REFUSE"),
    ("11k calls, 2% conversion, 7% uplift", "calls=11k conv=2% uplift=7%"),
    ("what if handle time is 12 minutes", "aht=12min"),
    ("are we in the black?", ""),
    ("are we profitable with q4-plan?", "q4-plan"),
    ("what's the break-even point?", "breakeven"),
    ("how much uplift do we need to make $2M a year?", "solve uplift for net=2M/year"),
    ("what's the lowest conversion that still breaks even?", "solve conv"),
    ("how many calls to net $10k a day?", "solve calls for net=10k/day"),
    ("what's our biggest lever?", "levers"),
    ("sweep conversion from 1% to 3%", "sweep conv=1%..3%"),
    ("compare q4-plan with q3-plan", "compare q4-plan q3-plan"),
    ("what plans do we have?", "list"),
    ("history of q4-plan", "history q4-plan"),
    ("what about $30?", "ASK:price=30|cost=30|fee=30"),
    ("what if customer satisfaction rises 5%", "REFUSE"),
    ("what if sales grow 10%", "ASK:calls+10%|conv+10%|uplift+10%"),
    ("what if q3-plan had 2% conversion", "q3-plan conv=2%"),
)

# Written after SET_D's fixes and read once as written: 26 of 30 (87%). One label was
# wrong ("delete everything" is the language's own delete, refused by the store as no such
# scenario); three taught general rules ("AHT is up 20%", "break us even", "max").
SET_E: tuple[tuple[str, str], ...] = (
    ("what if AHT is up 20% because of the upsell script", "aht+20%"),
    ("what if calls go down 15% in the summer", "calls-15%"),
    ("what if we hit 3% conversion", "conv=3%"),
    ("what if we raise prices 10%", "price+10%"),
    ("margin of 28% of price", "margin=28%"),
    ("what if it costs $2.60 a call", "cost=2.60"),
    ("what if we trained everyone for $400k", "REFUSE"),
    ("what if 8% of the new sales get refunded", "cancel=8%"),
    ("what if we staff at $23 an hour with 30% shrinkage", "wage=23 shrink=30%"),
    ("what if we're open 16 hours", "hours=16"),
    ("9k calls and 12% longer calls", "calls=9k aht+12%"),
    ("uplift goes up 2 points", "uplift+2pp"),
    ("what if conversion doubles", "conv+100%"),
    ("are we losing money on service?", ""),
    ("is q3-plan a profit center?", "q3-plan"),
    ("what's the break-even uplift for q4-plan?", "breakeven q4-plan"),
    ("how many calls do we need to make $1M a year?", "solve calls for net=1M/year"),
    ("what cost per call would break us even?", "solve cost"),
    ("what's the max AHT increase before selling stops paying?", "solve aht+"),
    ("which lever should we pull first?", "levers"),
    ("what moves the needle for q4-plan?", "levers q4-plan"),
    ("show me uplift from 3% to 9% in steps of 1%", "sweep uplift=3%..9%/1%"),
    ("q3-plan or q4-plan, which is better?", "compare q3-plan q4-plan"),
    ("list the scenarios", "list"),
    ("what about 15 minutes?", "ASK:aht=15min"),
    ("what about 500?", "ASK:calls=500|retained=500"),
    ("what if our NPS goes up", "REFUSE"),
    ("what if we outsource", "REFUSE"),
    ("delete everything", "TYPED"),  # the language's delete; "no scenario" from the store
    ("what if sales drop", "ASK:calls-10%|conv-1pp|uplift-1pp"),
)
