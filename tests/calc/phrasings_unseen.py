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

# Written in a new session after SET_E's fixes, before any was run through the reader.
# First read: 32 of 42 (76%). One label was wrong ("what uplift do we need to break even"
# is the break-even table, whose first line is that uplift, as the reader has always read
# it); nine taught general rules: "50 cents" is $0.50 (it was read as $50), a value
# followed by "higher"/"lower" is a change ("uplift were 3 points higher" was read as 3%),
# "the rollout costs $2 million" is a launch cost (it was read as a cost per call), "we
# close 2.2% of callers", "upgrades are returned", "the math", "the most we can pay per
# call", "where should we put our effort", "who changed q3-plan".
SET_F: tuple[tuple[str, str], ...] = (
    ("what if our handle time goes to 12 minutes", "aht=12min"),
    ("what if call volume rises 8%", "calls+8%"),
    ("suppose we close 2.2% of callers", "conv=2.2%"),
    ("what if the upsell rate is 4%", "uplift=4%"),
    ("what if we drop the price to $129", "price=129"),
    ("what if our margin per sale falls to $25", "margin=25"),
    ("what if each call costs us $2.40", "cost=2.40"),
    ("what if we only work 5 days a week", "days=260"),
    ("what if 5% of upgrades are returned", "cancel=5%"),
    ("what if the rollout costs $2 million", "invest=2M"),
    ("what if agents cost $30 an hour loaded", "wage=30"),
    ("what if we answer 80% of calls in 20 seconds", "sl=80/20"),
    ("with 28% shrinkage and 85% occupancy", "shrink=28% occ=85%"),
    ("what if calls go up by 2,000 a day", "calls+2000"),
    ("cut handle time by 30 seconds", "aht-30s"),
    ("cost per call down 50 cents", "cost-0.50"),
    ("what if conversion drops half a point", "conv-0.5pp"),
    ("what if uplift were 3 points higher", "uplift+3pp"),
    ("20,000 calls a day at 2% conversion", "calls=20000 conv=2%"),
    ("what if we only staff 12 hours a day", "hours=12"),
    ("what if we double the upsell", "uplift+100%"),
    ("9,500 calls with AHT up a tenth", "calls=9500 aht+10%"),
    ("are we a profit center?", ""),
    ("how does the math look today?", ""),
    ("is q4-plan making money?", "q4-plan"),
    ("what uplift do we need just to break even?", "breakeven"),
    ("how many calls would we need to clear $3M a year?", "solve calls for net=3M/year"),
    ("what conversion gets selling to add $1M a year?", "solve conv for added=1M/year"),
    ("at what AHT increase does selling stop paying for itself?", "solve aht+"),
    ("what's the most we can pay per call and still break even?", "solve cost"),
    (
        "what price gets the service-only side to break even?",
        "solve price for service.breakeven",
    ),
    ("where should we put our effort?", "levers"),
    ("which assumption matters most in q3-plan?", "levers q3-plan"),
    ("graph conversion from 1.5% to 3.5%", "sweep conv=1.5%..3.5%"),
    ("put q3-plan and q4-plan side by side", "compare q3-plan q4-plan"),
    ("how is q4-plan different from q3-plan?", "compare q4-plan q3-plan"),
    ("which scenarios have we saved?", "list"),
    ("who changed q3-plan and when?", "history q3-plan"),
    ("pull up q3-plan", "show q3-plan"),
    ("what about 40%?", "ASK:aht+40%|conv=40%|uplift=40%"),
    ("what if we add a chatbot", "REFUSE"),
    ("what if agent attrition drops 10%", "REFUSE"),
)

# Written after SET_F's fixes, before any was run through them. First read: 32 of 43 (74%),
# none misread or computed where a question or a refusal was due. One label was wrong
# ("chart AHT increase from 0% to 40%" is read as `sweep aht=0%..40%`, which the language
# sweeps as the AHT increase, the same command as `aht+0%..40%`); ten taught general rules:
# "heavier"/"quieter" are changes, "it costs $3.10 to handle a call", "$600k up front",
# "can't go above 82%" (a cap), "at $1,500 each" (what a kept customer is worth), "a
# convenience fee paid by 10% of callers", "a four-day week", "how cheap do calls need to
# be" (the cost), "before the upsell stops paying".
# One is still refused: "when agents sell" names agents, which the model computes.
SET_G: tuple[tuple[str, str], ...] = (
    ("what if call volume is 15% heavier this winter", "calls+15%"),
    ("call volume drops to 7,000 a day", "calls=7000"),
    ("what if handle time shrinks by a minute", "aht-1min"),
    ("conversion of 1.75%", "conv=1.75%"),
    ("what if our upsell take rate is 9%", "uplift=9%"),
    ("what if we raise the price by $10", "price+10"),
    ("margin drops to 30% of price", "margin=30%"),
    ("what if it costs $3.10 to handle a call", "cost=3.10"),
    ("we're open 7 days a week", "days=364"),
    ("what if 3% of the extra sales are cancelled", "cancel=3%"),
    ("with $600k up front", "invest=600k"),
    ("what if loaded labor is $27 an hour", "wage=27"),
    ("service level 85/30", "sl=85/30"),
    ("shrinkage of 32%", "shrink=32%"),
    ("what if occupancy can't go above 82%", "occ=82%"),
    ("what if we keep 30 customers a day at $1,500 each", "retained=30 clv=1500"),
    ("a $5 convenience fee paid by 10% of callers", "fee=5 paid=10%"),
    ("calls up 12% and conversion down a point", "calls+12% conv-1pp"),
    ("what if we lose 20% of our calls", "calls-20%"),
    ("handle time 30 seconds longer", "aht+30s"),
    ("what if AHT goes up 25% when agents sell", "aht+25%"),
    ("what if we move to a four-day week", "days=208"),
    ("show me where we stand", ""),
    ("what's the verdict?", ""),
    ("does q3-plan make money?", "q3-plan"),
    ("what's the break-even on q3-plan?", "breakeven q3-plan"),
    ("what's the lowest price we can charge and still break even?", "solve price"),
    ("how much call volume do we need to net $5M a year?", "solve calls for net=5M/year"),
    (
        "how cheap do calls need to be for the service-only center to break even?",
        "solve cost for service.breakeven",
    ),
    ("what conversion makes us $20k a day?", "solve conv for net=20k/day"),
    ("how much can handle time grow before the upsell stops paying?", "solve aht+"),
    ("what's the single most important input?", "levers"),
    ("rank the levers for q4-plan", "levers q4-plan"),
    ("chart AHT increase from 0% to 40%", "sweep aht=0%..40%"),
    ("table of calls from 5,000 to 15,000", "sweep calls=5000..15000"),
    ("q4-plan against q3-plan", "compare q4-plan q3-plan"),
    ("what's the difference between q3-plan and q4-plan?", "compare q3-plan q4-plan"),
    ("show me all our scenarios", "list"),
    ("show q3-plan's history", "history q3-plan"),
    ("what about $5?", "ASK:price=5|cost=5|fee=5"),
    ("what if the economy tanks", "REFUSE"),
    ("what if we add 20 agents", "REFUSE"),
    ("what if competitors cut prices", "REFUSE"),
)

# Written after SET_G's fixes, before any was run through them: shorter, Slack-style. First
# read: 31 of 42 (74%). Two labels were wrong: "the upsell adds 90 seconds to every call"
# was labelled aht+90s, which lengthens every call, service only included, when selling's
# extra time is a percent of the call (now refused with that hint, as is "selling adds 90
# seconds to handle time", which had been read as aht+90s); "automate half the calls" is
# calls-50% in this model (calls are the calls agents handle), read with its read-as line.
# "calls +10%, conversion -0.5pp" is refused with the language's own hint (write
# calls+10%). Eight taught general rules: "conv", "occ" and "sl" as English names,
# "cutting"/"reducing", "twice the calls", ", each worth $2k", "worth selling",
# "underwater", "calls needed for $2M/yr", "before we go negative".
SET_H: tuple[tuple[str, str], ...] = (
    ("aht up 18%?", "aht+18%"),
    ("what if volume is 11k/day", "calls=11k"),
    ("cpc $2.20", "cost=2.20"),
    ("conv 2.5%, uplift 7%", "conv=2.5% uplift=7%"),
    ("try a $160 price point", "price=160"),
    ("what if margin was $35 a sale", "margin=35"),
    ("we're thinking of cutting the cost per call by 20%", "cost-20%"),
    ("and if calls fell 5%?", "calls-5%"),
    ("what if the upsell adds 90 seconds to every call", "REFUSE"),
    ("suppose refunds run at 6%", "cancel=6%"),
    ("say it takes $1.2M to launch", "invest=1.2M"),
    ("what if agents cost $25/hr", "wage=25"),
    ("target 90/15", "sl=90/15"),
    ("shrink 30%", "shrink=30%"),
    ("occupancy 90%", "occ=90%"),
    ("we keep 25 customers a day, each worth $2k", "retained=25 clv=2k"),
    ("what if a third of callers pay a $2 fee", "paid=33.3333% fee=2"),
    ("open 18 hours", "hours=18"),
    ("300 days a year", "days=300"),
    ("what if we get twice the calls", "calls+100%"),
    ("calls +10%, conversion -0.5pp", "calls+10% conv-0.5pp"),
    ("is it worth selling at all?", ""),
    ("are we underwater?", ""),
    ("how's q3-plan looking?", "q3-plan"),
    ("break-even numbers please", "breakeven"),
    ("min conversion to break even?", "solve conv"),
    ("calls needed for $2M/yr?", "solve calls for net=2M/year"),
    ("what price breaks even without selling?", "solve price for service.breakeven"),
    ("max cost per call before we go negative?", "solve cost"),
    ("most sensitive input?", "levers"),
    ("levers on q4-plan", "levers q4-plan"),
    ("sweep calls 8k to 14k", "sweep calls=8k..14k"),
    ("show me price from $100 to $200", "sweep price=100..200"),
    ("q3-plan or q4-plan?", "compare q3-plan q4-plan"),
    ("diff q3-plan q4-plan", "compare q3-plan q4-plan"),
    ("what scenarios are there?", "list"),
    ("q4-plan versions", "history q4-plan"),
    ("what about 12%?", "ASK:aht+12%|conv=12%|uplift=12%"),
    ("what about 2 minutes?", "ASK:aht=2min"),
    ("what if we automate half the calls", "calls-50%"),
    ("what if we move the team offshore", "REFUSE"),
    ("what if we hire 30 people", "REFUSE"),
)

# Written after the director's conversation and its fixes, before any was run through them.
# First read: 33 of 42 (79%). Two labels were wrong by the language's own conventions ("goes
# from $2.50 to $3" is the sweep of that range, as "price goes from $100 to $200" has always
# been read; `aht=8..12min` is the same sweep as 8min..12min). Seven taught rules: "the
# upside of selling" and "how much does selling add per year" (the base answer says it),
# "attach rate", "we make $50 on every sale" and "we net $45 per sale" (a margin; they were
# asked back as price, cost or fee), "our saved plans", "how has q4-plan changed?".
SET_I: tuple[tuple[str, str], ...] = (
    ("what does a 2% uplift do for us?", "uplift=2%"),
    ("at 10k calls a day are we profitable?", "calls=10k"),
    ("what's the upside of selling?", ""),
    ("how much does selling add per year?", ""),
    ("what's the payback on a $500k launch?", "breakeven invest=500k"),
    ("AHT of 9:30", "aht=9:30"),
    ("what if handle time is 9.5 minutes", "aht=9.5min"),
    ("250k calls a month", "calls=250k/month"),
    ("$3 CPC", "cost=3"),
    ("what if the average basket is $80", "price=80"),
    ("attach rate of 6%", "uplift=6%"),
    ("close rate of 3%", "conv=3%"),
    ("what if we make $50 on every sale", "margin=50"),
    ("what if we net $45 per sale", "margin=45"),
    ("what if cost per call goes from $2.50 to $3", "sweep cost=2.50..3"),
    ("what if we're open 6 days a week", "days=312"),
    ("wage of $19.50", "wage=19.50"),
    ("85% occupancy target", "occ=85%"),
    ("what if we staff to 80/30", "sl=80/30"),
    ("shrinkage is around a third", "shrink=33.3333%"),
    ("cancellations of 15%", "cancel=15%"),
    ("cancel rate doubles", "cancel+100%"),
    ("uplift halves", "uplift-50%"),
    ("what if the fee were $7.50", "fee=7.50"),
    ("a quarter of callers pay the fee", "paid=25%"),
    ("we keep 10 customers a day", "retained=10"),
    ("is q4-plan a cost center?", "q4-plan"),
    ("what's q3-plan's break-even?", "breakeven q3-plan"),
    ("at what call volume do we break even?", "solve calls"),
    ("how much margin per sale to make $3M a year?", "solve margin for net=3M/year"),
    ("what's the highest wage we can pay and still break even?", "solve wage"),
    ("which setting has the most impact on q3-plan?", "levers q3-plan"),
    ("what drives our results?", "levers"),
    ("sweep AHT from 8 to 12 minutes", "sweep aht=8..12min"),
    ("run calls from 6,000 to 12,000 in steps of 2,000", "sweep calls=6000..12000/2000"),
    ("q3-plan next to q4-plan", "compare q3-plan q4-plan"),
    ("what are our saved plans?", "list"),
    ("how has q4-plan changed?", "history q4-plan"),
    ("what about $50?", "ASK:price=50|cost=50|fee=50"),
    ("what if we cut the team in half", "REFUSE"),
    ("what if we switch CRM", "REFUSE"),
    ("what if wait times go up", "REFUSE"),
)

# Written after SET_I's fixes, before any was run through them: typos, numbers in words,
# two changes in one sentence. First read: 28 of 41 (68%), none misread. Twelve taught
# rules: a slip in a setting's name ("convertion", "handel time", "uplfit": one letter
# wrong, missing, extra or swapped, words of six letters or more), two keys moving together
# ("price and margin both go up 10%"), "calls are flat", "the upsell lands 5% of the time",
# "a $120 sale", "1 in 50 callers", "1 in 10 sales gets returned", "our net margin",
# "break-even for calls", and choices asked back written without a thousands comma.
# "give agents a raise to $26" is still refused (agents are computed, not set).
SET_J: tuple[tuple[str, str], ...] = (
    ("what if convertion drops to 1.5%", "conv=1.5%"),
    ("uplfit of 10%", "uplift=10%"),
    ("what if handel time is 11 minutes", "aht=11min"),
    ("twelve thousand calls a day", "calls=12000"),
    ("what if conversion is two and a half percent", "conv=2.5%"),
    ("what if AHT rises by one minute", "aht+1min"),
    ("what if we lose a tenth of our calls", "calls-10%"),
    ("what if price and margin both go up 10%", "price+10% margin+10%"),
    ("what if calls are flat but conversion improves to 2.5%", "conv=2.5%"),
    ("suppose the upsell only lands 5% of the time", "uplift=5%"),
    ("what if each agent costs $30 an hour", "wage=30"),
    ("what if we pay $2.80 per call", "cost=2.80"),
    ("at a 25% margin on a $120 sale", "margin=25% price=120"),
    ("what if we only sell to 1 in 50 callers", "conv=2%"),
    ("what if 1 in 10 sales gets returned", "cancel=10%"),
    ("assume 8,000 calls and 3% conversion", "calls=8000 conv=3%"),
    ("what if AHT goes up 10% and calls go down 10%", "aht+10% calls-10%"),
    ("bump price by $20", "price+20"),
    ("what if we stay open 22 hours", "hours=22"),
    ("what if we give agents a raise to $26", "wage=26"),
    ("how many agents do we need at 15,000 calls?", "calls=15000"),
    ("are we a cost centre?", ""),
    ("what's our net margin?", ""),
    ("what's the verdict for q4-plan?", "q4-plan"),
    ("where's break-even for calls?", "solve calls"),
    ("how much could AHT rise before we're in the red?", "solve aht+"),
    ("what margin gets us to $1M a year?", "solve margin for net=1M/year"),
    (
        "what conversion would it take to break even without selling?",
        "solve conv for service.breakeven",
    ),
    ("what are our biggest levers?", "levers"),
    ("what should I prioritize?", "levers"),
    ("sweep uplift 0 to 10 percent", "sweep uplift=0..10%"),
    ("compare q3-plan to q4-plan", "compare q3-plan q4-plan"),
    ("q4-plan vs. q3-plan", "compare q4-plan q3-plan"),
    ("anything saved?", "list"),
    ("open up q4-plan", "show q4-plan"),
    ("versions of q3-plan", "history q3-plan"),
    ("what about 7,500?", "ASK:calls=7500|retained=7500"),
    ("what about 45 seconds?", "ASK:aht=45s"),
    ("what if the market crashes", "REFUSE"),
    ("what if we add weekend shifts", "REFUSE"),
    ("what if our agents get better", "REFUSE"),
)

# Written after SET_J's fixes, before any was run through them. First read: 34 of 41 (83%);
# one misread: "what cost per call would we need for a $1M year?" computed cost=1M (a cost
# per call of a million dollars) where it asked for a goal. Now "a $1M year" is the goal,
# and any amount per call of $1,000 or more read from words is asked about before
# anything is computed. The other rules: "all-in", "launch costs of $350k" (a fix of
# SET_J's had taken "costs of"), "at or below 85%", "the lowest uplift that still pays",
# "what do we have saved?". Still refused: "40 customers a day stay because of the call".
SET_K: tuple[tuple[str, str], ...] = (
    ("what happens to our numbers if AHT creeps up 5%", "aht+5%"),
    ("how do we look at 14k calls a day?", "calls=14k"),
    ("what if our close rate slips to 1.7%", "conv=1.7%"),
    ("we're seeing 9% uplift now", "uplift=9%"),
    ("what if the new product sells for $249", "price=249"),
    ("what if we only clear $28 a sale", "margin=28"),
    ("what if the all-in cost per call is $3.40", "cost=3.40"),
    ("operating 310 days a year", "days=310"),
    ("what if returns climb to 12%", "cancel=12%"),
    ("launch costs of $350k", "invest=350k"),
    ("loaded agent cost of $29 an hour", "wage=29"),
    ("what if we target 80% answered within 30 seconds", "sl=80/30"),
    ("what if shrinkage hits 40%", "shrink=40%"),
    ("keep occupancy at or below 85%", "occ=85%"),
    ("what if calls double during the holidays", "calls+100%"),
    ("what if AHT drops 45 seconds", "aht-45s"),
    ("uplift up half a point", "uplift+0.5pp"),
    ("what if 40 customers a day stay because of the call, each worth $700", "retained=40 clv=700"),
    ("a $4.50 support fee on 12% of calls", "fee=4.50 paid=12%"),
    ("5% more calls and 1 point more conversion", "calls+5% conv+1pp"),
    ("where do we land with q3-plan?", "q3-plan"),
    ("give me the break-even points", "breakeven"),
    ("what's our break-even AHT?", "breakeven"),
    ("how many calls do we need to make $750k a year?", "solve calls for net=750k/year"),
    ("what's the lowest uplift that still pays?", "breakeven"),
    ("what cost per call would we need for a $1M year?", "solve cost for net=1M/year"),
    (
        "what margin per sale breaks even for the service-only model?",
        "solve margin for service.breakeven",
    ),
    ("which input is the most sensitive for q4-plan?", "levers q4-plan"),
    ("tell me what to focus on", "levers"),
    ("plot conversion between 1% and 4%", "sweep conv=1%..4%"),
    ("sweep price 120 to 180 by 20", "sweep price=120..180/20"),
    ("stack q3-plan against q4-plan", "compare q3-plan q4-plan"),
    ("which wins, q4-plan or q3-plan?", "compare q4-plan q3-plan"),
    ("what do we have saved?", "list"),
    ("q3-plan's change history", "history q3-plan"),
    ("tell me about q4-plan", "show q4-plan"),
    ("what about 9%?", "ASK:aht+9%|conv=9%|uplift=9%"),
    ("what about $3?", "ASK:price=3|cost=3|fee=3"),
    ("what if morale drops", "REFUSE"),
    ("what if we open a second site", "REFUSE"),
    ("what if calls come in faster", "REFUSE"),
)
