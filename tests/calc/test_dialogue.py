"""A dialogue that never misleads (CONVERSATION.md section 7), through `calc.understand`,
the one function every surface reads text with: each rule as a conversation, and every
line of the trial that found the gaps, with what it must now be read as (or asked)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from calc.commands import Compare, Compute, Solve, Sweep
from calc.english import Thread
from calc.english.thread import KEEP_STATES
from calc.errors import Ask, Refusal
from calc.understand import Understood, understand
from tests.calc import phrasings_unseen

NAMES = ["q3-plan", "q4-plan"]


class Talk:
    """One thread: each message is understood in the thread as it stands, and the thread
    moves on only when the message was answered (a refusal or a question leaves it)."""

    def __init__(self) -> None:
        self.thread = Thread()

    def say(self, text: str) -> Understood:
        understood = understand(text, names=NAMES, thread=self.thread)
        assert understood.thread is not None
        self.thread = understood.thread
        return understood

    def read_as(self, text: str) -> str | None:
        return self.say(text).read_as

    def ask(self, text: str) -> Ask:
        before = self.thread
        with pytest.raises(Ask) as asked:
            self.say(text)
        assert self.thread == before and self.thread.history == before.history
        return asked.value


# -- 1. never a silent base answer -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "are we a cost center today?",
        "Are we a cost center or a profit center today?",
        "Is the contact center losing money?",
        "how are we doing?",
    ],
)
def test_a_question_about_today_says_it_is_the_base_answer(text):
    """Words that change nothing are read as `/roi` and say so (`read_as == ""` is the
    "Read as: /roi" line), never answered without a read-as line."""
    understood = understand(text)
    assert understood.command == Compute() and understood.read_as == ""


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("what if sales go up", ("calls+10%", "conv+1pp", "uplift+1pp")),
        ("what if sales double", ("calls+100%", "conv+100%", "uplift+100%")),
    ],
)
def test_sales_moving_is_asked_about_never_answered_with_the_base(text, choices):
    """The trial's "what if sales go up" got Fig. 2's table: now a question, each choice a
    command the language computes (conv+100% is relative: 102% is no conversion rate)."""
    with pytest.raises(Ask) as asked:
        understand(text)
    assert asked.value.choices == choices
    for choice in choices:
        understand(choice)  # every choice runs as offered


@pytest.mark.parametrize(
    ("typed", "swept", "rows"),
    [
        ("uplift=2%..10%", "sweep uplift=2%..10%", 11),
        ("aht+0%..60%/10%", "sweep aht+0%..60%/10%", 7),
        ("calls+0%..50%/10%", "sweep calls+0%..50%/10%", 6),
        ("conv+0pp..2pp/0.5pp", "sweep conv+0pp..2pp/0.5pp", 5),
    ],
)
def test_a_range_without_sweep_is_the_sweep_it_means(typed, swept, rows):
    """The trial's ranges typed without `sweep` printed Fig. 2's table and exit 0: each is
    the sweep it means now, and says so."""
    understood = understand(typed)
    assert isinstance(understood.command, Sweep)
    assert understood.read_as == swept and len(understood.command.rows) == rows


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("conv+0%..2%", '"conv+0%..2%" is ambiguous: write sweep conv+0pp..2pp/0.5pp'),
        ("sweep conv+0%..2%", '"conv+0%..2%" is ambiguous: write sweep conv+0pp..2pp/0.5pp'),
        ("uplift=10%..2%", "a sweep runs from the lower value to the higher"),
        ("uplift=2%..", '"uplift=2%.." is not a range'),
    ],
)
def test_a_range_that_is_no_sweep_is_refused_never_the_base(typed, message):
    """A range roibot cannot sweep is refused with the sweep that works; never dropped
    from the sentence and the rest answered."""
    with pytest.raises(Refusal) as refused:
        understand(typed)
    assert str(refused.value).startswith(message)


# -- 2. ask back -------------------------------------------------------------------------


def test_a_lone_value_is_asked_about_with_a_choice_per_reading():
    """ "what about 7%?" with nothing to replace: 7% of what? with each setting a percent
    can be, each ready to run; nothing is computed and the thread does not move."""
    talk = Talk()
    asked = talk.ask("what about 7%?")
    assert asked.question == '"7%" of what?'
    assert asked.choices == ("aht+7%", "conv=7%", "uplift=7%")
    assert str(asked) == '"7%" of what?: say which: /roi aht+7% · /roi conv=7% · /roi uplift=7%'


def test_a_lone_signed_value_offers_changes_that_parse():
    """ "-5%" alone offered aht+-5% and conv=-5%, which no parser takes: a signed value
    is a change of each reading, and every choice is a command that runs."""
    for text, choices in (
        ("-5%", ("conv-5%", "uplift-5%")),  # aht+N% is selling's time: no aht-5%
        ("what about +5%?", ("aht+5%", "conv+5%", "uplift+5%")),
        ("what about -$5?", ("price-5", "cost-5", "fee-5")),
    ):
        asked = Talk().ask(text)
        assert asked.choices == choices
        for choice in choices:
            assert Talk().read_as(choice) is None  # the command language, run as typed


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("no fee", "fee=0"),
        ("what if there's no launch cost", "invest=0"),
        ("no one cancels", "cancel=0%"),  # "one" is read as a number first
        ("no overhead and 12k calls", "overhead=0 calls=12k"),
    ],
)
def test_an_input_said_to_be_none_is_zero(text, read_as):
    """ "no fee" is a fee of $0, where any other "no" negates the sentence (refused)."""
    assert Talk().read_as(text) == read_as


def test_a_share_of_the_price_is_the_margin():
    """ "make it 20% of price" offered aht+20% and conv=20%: it is the margin."""
    assert Talk().read_as("make it 20% of price") == "margin=20%"


def test_a_choice_runs_in_the_thread_on_top_of_it():
    """Two settings could take "20%": a question with both; the choice then typed (what a
    button sends) replaces that one setting, the thread's others kept."""
    talk = Talk()
    talk.say("what if AHT goes up 15%")
    talk.say("with 12k calls and uplift of 6%")
    asked = talk.ask("what about 20%?")
    assert asked.choices == ("aht+20%", "uplift=20%")
    assert talk.read_as("uplift=20%") == "aht+15% calls=12k uplift=20%"


# -- 3. relative follow-ups start from the thread's value --------------------------------


def test_a_change_of_a_value_the_thread_set_starts_from_that_value():
    """After "three dollars a call", "cost per call drops by 10 percent" is $2.70 (the
    trial gave $2.25, 10% off the reference $2.50), with a note saying from what."""
    talk = Talk()
    assert talk.read_as("what if it costs three dollars a call") == "cost=3"
    understood = talk.say("cost per call drops by 10 percent")
    assert understood.read_as == "cost=$2.70"
    assert understood.notes == ("cost=$2.70 is 10% less than the thread's $3.00",)


def test_a_change_of_a_change_replaces_it_unless_said_to_be_on_top():
    """ "calls up 30%" after "calls up 20%" is 30% (a new what-if, not 56%); "another 10%"
    is on top: 1.2 × 1.1 = 1.32."""
    talk = Talk()
    talk.say("what if calls go up 20%")
    assert talk.read_as("what if calls go up 30% instead") == "calls+30%"
    understood = talk.say("and calls up another 10%")
    assert understood.read_as == "calls+43%"
    assert understood.notes == ("calls+43% is calls+10% on top of the thread's calls+30%",)
    talk.say("conversion up 1 point")
    assert talk.read_as("conversion up a further half a point") == "calls+43% conv+1.5pp"


def test_an_amount_moves_the_thread_in_the_key_unit_and_another_goes_further():
    """ "down by a dollar" is $1 off the thread's value; "another dollar" after a change of
    $1 is $2 off; "another 10%" alone (a bare value) is on top of the thread's change; and
    "another dollar" after a value the thread set asks up or down rather than guess."""
    talk = Talk()
    talk.say("what's the payback on a $250k launch?")
    assert talk.read_as("what if cost per call goes down by a dollar?") == "invest=250k cost-1"
    understood = talk.say("and another dollar?")
    assert understood.read_as == "invest=250k cost-2"
    assert understood.notes == ("cost-2 is cost-1 on top of the thread's cost-1",)
    assert talk.read_as("what if handle time is a minute shorter?") == "invest=250k cost-2 aht-1min"
    assert talk.read_as("another 30 seconds?") == "invest=250k cost-2 aht-90s"
    talk.say("what if calls go up 10%?")
    assert talk.read_as("another 10%?") == "invest=250k cost-2 aht-90s calls+21%"

    talk = Talk()
    talk.say("three dollars a call")
    assert talk.read_as("what if cost per call goes down by a dollar?") == "cost=$2.00"
    asked = talk.ask("and another dollar?")
    assert asked.choices == ("cost=$3.00", "cost=$1.00")


def test_scrap_that_and_keep_that_as_work_in_a_thread():
    """ "scrap that last one" goes back one answer (the "one" is no value); "keep that as
    staffing-v1" saves the thread's settings."""
    talk = Talk()
    talk.say("what if volume grows by a quarter?")
    talk.say("and what if each call takes 45 seconds longer?")
    understood = talk.say("scrap that last one")
    assert understood.read_as == "calls+25%"
    assert understood.notes == ("back to the answer before the last one",)
    assert talk.read_as("keep that as staffing-v1") == "save staffing-v1 calls+25%"


def test_a_week_of_opening_days_is_a_year_of_them():
    """ "5 days a week" is 260 operating days a year (52 weeks), never 5."""
    assert understand("what if we only open 5 days a week?").read_as == "days=260"


# -- 4. a named scenario starts clean ----------------------------------------------------


def test_a_scenario_named_starts_clean():
    """The trial read "What does q3-plan look like with 20% more calls?" as `q3-plan
    uplift=6% calls+20%`, carrying the thread's 6% over q3-plan's own; the thread then
    follows q3-plan."""
    talk = Talk()
    talk.say("what if uplift is 6%?")
    assert talk.read_as("What does q3-plan look like with 20% more calls?") == "q3-plan calls+20%"
    assert talk.read_as("and conversion of 3%") == "q3-plan calls+20% conv=3%"
    # named again while the thread is on it: q3-plan as saved, not the thread's changes
    assert talk.read_as("what does q3-plan look like at 5% uplift?") == "q3-plan uplift=5%"
    assert talk.read_as("chart calls 8k to 12k for q3-plan") == "sweep q3-plan calls=8k..12k"


# -- 5. going back -----------------------------------------------------------------------


def test_undo_and_go_back_return_to_the_answers_before():
    """ "undo", "undo that", "go back": each returns to the state before the last answer;
    going back is itself an answer, so the thread can go back again from there."""
    talk = Talk()
    talk.say("what if AHT goes up 15%?")
    talk.say("and with 12k calls")
    talk.say("and uplift of 6%")
    understood = talk.say("undo that")
    assert understood.read_as == "aht+15% calls=12k"
    assert understood.notes == ("back to the answer before the last one",)
    assert talk.read_as("go back") == "aht+15%"
    assert talk.read_as("undo") == ""  # the thread's first state: the base answer
    with pytest.raises(Refusal, match="there is nothing to go back to here"):
        talk.say("undo")


def test_back_to_a_value_sets_the_latest_setting_that_takes_it():
    """ "go back to 10%" sets the most recent setting a percentage can take (not the AHT
    increase said before it); "back to $24" the latest money; the thread's other settings
    stay."""
    talk = Talk()
    talk.say("what if AHT goes up 15%")
    talk.say("and uplift of 6%")
    talk.say("at $22 an hour")
    assert talk.read_as("go back to 10%") == "aht+15% uplift=10% wage=22"
    assert talk.read_as("back to $24") == "aht+15% uplift=10% wage=24"


def test_the_thread_keeps_its_last_twenty_states():
    """Twenty-five answers: undo goes back twenty times, then says there is nothing left
    (the oldest states are forgotten, never a wrong one given)."""
    talk = Talk()
    for calls in range(1, 26):
        talk.say(f"with {calls}k calls")
    assert len(talk.thread.history) == KEEP_STATES
    for back in range(KEEP_STATES):
        assert talk.read_as("undo") == f"calls={24 - back}k"
    with pytest.raises(Refusal, match="nothing to go back to"):
        talk.say("undo")


def test_going_back_outside_a_thread_is_refused_as_such():
    """ "undo" outside a thread (a /roi, the shell) names what going back needs; it never
    points at delete or restore, and never reads "undo" as a scenario's name."""
    for text in ("undo", "undo that", "go back", "back to 10%"):
        with pytest.raises(Refusal) as refused:
            understand(text, names=["undo"])
        assert "nothing to go back to" in str(refused.value)
        assert "delete" not in str(refused.value) and "restore" not in str(refused.value)


# -- 6. goal-seeking and levers in words -------------------------------------------------

SOLVE_AND_LEVERS = [
    ("how many calls a day do we need to break even?", "solve calls"),
    ("what uplift gets us to $1M a year?", "solve uplift for net=1M/year"),
    ("what uplift gets us to $1 million a year?", "solve uplift for net=1M/year"),
    ("what price would we need to break even?", "solve price"),
    (
        "what price would the service-only center need to break even?",
        "solve price for service.breakeven",
    ),
    (
        "what cost per call makes the service-only center break even?",
        "solve cost for service.breakeven",
    ),
    ("how far can handle time stretch before selling stops paying?", "solve aht+"),
    ("which lever matters most?", "levers"),
    ("what should we focus on?", "levers"),
]


@pytest.mark.parametrize(("text", "command"), SOLVE_AND_LEVERS)
def test_goal_seeking_and_levers_in_words(text, command):
    """The trial's refused goal questions, each the solve or levers it asks for."""
    assert understand(text).read_as == command


def test_a_goal_question_in_a_thread_carries_its_settings():
    talk = Talk()
    talk.say("what if we take 12k calls a day")
    understood = talk.say("what uplift gets us to $1M a year?")
    assert isinstance(understood.command, Solve)
    assert understood.read_as == "solve uplift for net=1M/year calls=12k"


# -- 7. known words carry unknown verbs --------------------------------------------------

KNOWN_WORDS = [
    ("charge a $4 fee on 15% of calls", "fee=4 paid=15%"),
    ("charge a $5 fee on 10% of calls", "fee=5 paid=10%"),
    ("keep 50 customers a day worth $900", "retained=50 clv=900"),
    ("we keep 30 customers a day worth $900 each", "retained=30 clv=900"),
    ("occupancy is capped at 80%", "occ=80%"),
    ("hold occupancy to 80%", "occ=80%"),
    ("20% cancellations on the upsell", "cancel=20%"),
    ("each sale only makes 20% margin", "margin=20%"),
    ("$175 average order", "price=175"),
    ("a half-million launch budget", "invest=500k"),
    ("calls drop by a third", "calls-33.3333%"),
    ("6 points of uplift and AHT up 30%", "uplift=6% aht+30%"),
    ("what if calls hit 12k in December", "calls=12k"),  # when, not what 12k counts
]


@pytest.mark.parametrize(("text", "command"), KNOWN_WORDS)
def test_known_words_carry_unknown_verbs(text, command):
    """Every number tied to a key by a word roibot knows: the verb it does not know is
    passed over."""
    assert understand(text).read_as == command


@pytest.mark.parametrize(
    "text",
    [
        "what if the weather is nice and 12k calls",  # an unknown noun next to a number
        "what if we don't get 20% more calls",  # negated
        "what if 15% more of them",  # a change of nothing named
        "we pay agents a $50 bonus per sale",  # an amount of something else: no wage
        "what if we only get 2,000 calls on weekends",  # a kind of day the model lacks
        "what if call volume grows 3% a month",  # growth over time: never calls+3%
        "what if conversion improves by 10% each quarter",
        "what if first call resolution improves 10%",  # was calls+10%
    ],
)
def test_a_word_is_never_passed_over_when_a_number_hangs_on_it(text):
    """Skipping a word is only safe when every number is tied to a key; otherwise a
    refusal or a question, never an answer that ignored part of the sentence."""
    try:
        understood = understand(text)
    except Refusal:
        return
    pytest.fail(f"{text!r} was read as {understood.read_as!r}")


def test_a_third_is_exact_enough_to_be_a_third():
    """ "a third" is the model's 33.3333% (6 significant places), not a rounded 33%."""
    understood = understand("calls drop by a third")
    assert isinstance(understood.command, Compute)
    (change,) = understood.command.settings
    assert change.amount == Decimal("-0.333333")


# -- 8. which is better --------------------------------------------------------------------


def test_which_is_better_is_a_comparison():
    understood = understand("Which is better, q3-plan or q4-plan?", names=NAMES)
    assert isinstance(understood.command, Compare)
    assert understood.read_as == "compare q3-plan q4-plan"


# -- 9. refusal hints that help -----------------------------------------------------------


def test_hints_that_help():
    """The trial's unhelpful refusals: the history is read as one; a command's own hint
    (`write aht=600s`) is kept, not replaced by the reader's generic one."""
    assert understand("show me the history of q3-plan", names=NAMES).read_as == "history q3-plan"
    with pytest.raises(Refusal) as refused:
        understand("aht-5%")
    assert str(refused.value) == (
        "aht-5%: aht+N% is the extra handle time of selling: to shorten every call write aht=600s"
    )
    with pytest.raises(Refusal) as refused:
        understand("calls=9 000")
    assert str(refused.value) == '"calls=9 000" is written apart: write calls=9000'


# -- the measured goal -------------------------------------------------------------------


def _outcome(text: str) -> str:
    """What `text` became: its read-as, `ASK:…` with the choices, `REFUSE`, or `TYPED`."""
    try:
        understood = understand(text, names=NAMES)
    except Ask as asked:
        return "ASK:" + "|".join(asked.choices)
    except Refusal:
        return "REFUSE"
    return "TYPED" if understood.read_as is None else understood.read_as


#: Every set of phrasings written apart, each measured on its own.
SETS = sorted(name for name in vars(phrasings_unseen) if name.startswith("SET_"))
#: Sets whose rules are not finished: the number each reads right today (it may only rise;
#: the set joins the others at 95% when its rules are done). Every other rule holds. (None
#: now: SET_Z23 was here at 33 of 40 for one commit.)
UNFINISHED: dict[str, int] = {}


@pytest.mark.parametrize("name", SETS)
def test_phrasings_written_apart_are_read_right(name):
    """At least 95% of each set read exactly right (an unfinished set: what it read when
    it was left); none computed where a question or a refusal was due; every answer to
    words carries its read-as line (only the command language typed as such runs without
    one)."""
    cases = getattr(phrasings_unseen, name)
    got = {text: _outcome(text) for text, _ in cases}
    right = sum(got[text] == want for text, want in cases)
    floor = UNFINISHED.get(name, 0.95 * len(cases))
    assert right >= floor, [(t, got[t], w) for t, w in cases if got[t] != w]
    for text, want in cases:
        if want == "REFUSE" or want.startswith("ASK:"):
            assert got[text] == "REFUSE" or got[text].startswith("ASK:"), (text, got[text])
        if got[text] == "TYPED":
            assert want == "TYPED", text


# -- misreads found by the sets written apart (each computed a wrong answer once) ---------


@pytest.mark.parametrize(
    ("text", "read_as", "field", "value"),
    [
        ("cost per call down 50 cents", "cost-0.50", "cost", Decimal("2.00")),
        ("what if uplift were 3 points higher", "uplift+3pp", "uplift", Decimal("0.11")),
        ("what if call volume is 15% heavier", "calls+15%", "calls", Decimal("10350")),
        ("what if the rollout costs $2 million", "invest=2M", "invest", Decimal("2000000")),
        ("what if occupancy can't go above 82%", "occ=82%", "occ", Decimal("0.82")),
        ("a $15 price cut", "price-15", "price", Decimal("135")),  # was price=15
        ("a 10% price cut", "price-10%", "price", Decimal("135")),
        ("uplift down 25 basis points", "uplift-0.25pp", "uplift", Decimal("0.0775")),
        # was calls=1000: a count of calls after a change word moves them
        ("what if we lose 1,000 calls a day", "calls-1000", "calls", Decimal("8000")),
        ("what if we add 500 calls a day", "calls+500", "calls", Decimal("9500")),
        ("cut 2,000 calls", "calls-2000", "calls", Decimal("7000")),
        ("our margin per sale is $42", "margin=42", "margin", Decimal("42")),  # was price=42
        ("a dollar more per call", "cost+1", "cost", Decimal("3.50")),
        ("What if the launch costs nothing?", "invest=0", "invest", Decimal("0")),
        (
            "what if only 5% of customers buy something extra",
            "uplift=5%",
            "uplift",
            Decimal("0.05"),
        ),
        ("selling adds 6 points", "uplift=6%", "uplift", Decimal("0.06")),
        ("selling adds 12% to handle time", "aht+12%", "aht_increase", Decimal("0.12")),
        ("can we hold 90 in 30?", "sl=90/30", "sl_s", Decimal("30")),
        # was 3.2 million calls a day: the period said before "calls" is the value's
        ("what if annual call volume is 3.2 million", "calls=3.2M/year", "calls", None),
        ("monthly calls of 250k", "calls=250k/month", "calls", None),
        # was 7 operating days a year
        ("what if we open 7 days", "days=365", "days", Decimal("365")),
        ("what if we open 6 days instead of 5", "days=312", "days", Decimal("312")),
        ("open 6 days a year", "days=6", "days", Decimal("6")),
        ("AHT of 8 minutes 45 seconds", "aht=525s", "aht_s", Decimal("525")),
        ("margin at a quarter of price", "margin=25%", "margin", Decimal("37.5")),
        ("the upsell makes calls 12% longer", "aht+12%", "aht_increase", Decimal("0.12")),
        ("we work 6 days in week", "days=312", "days", Decimal("312")),  # SET_Z10: days=6
        ("we work 6 days", "days=312", "days", Decimal("312")),
        ("we work 300 days a year", "days=300", "days", Decimal("300")),
        # SET_Z11: it halved the uplift
        ("half our upsells get refunded", "cancel=50%", "cancel", Decimal("0.5")),
        ("half our sales come back", "cancel=50%", "cancel", Decimal("0.5")),
        # SET_Z13: it moved the base conversion 5 points
        ("the pitch lifts conversion by 5 points", "uplift=5%", "uplift", Decimal("0.05")),
        ("the pitch lifts conversion by 5 points", "uplift=5%", "conv", Decimal("0.02")),
        # SET_Z16
        ("we attend 12 hours by day", "hours=12", "hours", Decimal("12")),
        ("conversion of 2,5%", "conv=2.5%", "conv", Decimal("0.025")),
        # SET_Z17: the base conversion went to 0 too; the fee was paid by nobody
        ("what if nobody buys the upsell", "uplift=0%", "conv", Decimal("0.02")),
        ("what if nobody buys the upsell", "uplift=0%", "uplift", Decimal("0")),
        ("what if we charged $2 for support on every call", "fee=2 paid=100%", "paid", Decimal(1)),
        # SET_Z18: a year was read as customers kept, a date as a service level
        (
            "2026 retention program keeps 40 customers a day, each worth $1,100",
            "retained=40 clv=1100",
            "retained",
            Decimal(40),
        ),
        ("Per the 11/30 forecast, calls drop 12% in December", "calls-12%", "calls", Decimal(7920)),
        # SET_Z25: the customers kept were passed over as a label
        (
            "what if 25 customers a day stay, at $2k lifetime value",
            "retained=25 clv=2k",
            "retained",
            Decimal(25),
        ),
    ],
)
def test_what_was_once_misread_now_computes_what_was_said(text, read_as, field, value):
    from calc.inputs import REFERENCE_INPUTS
    from calc.settings import apply

    understood = understand(text)
    assert understood.read_as == read_as
    assert isinstance(understood.command, Compute)
    inputs = apply(REFERENCE_INPUTS, understood.command.settings)
    if value is None:  # a year or a month of calls, spread over the operating days
        assert getattr(inputs, field) < 10_000
    else:
        assert getattr(inputs, field) == value


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("what did q3-plan look like before?", "history q3-plan"),  # it computed q3-plan
        ("CFO wants to know: are we profitable with the upsell?", ""),
        ("how much do we lose per year without the sales motion?", ""),
        ("volume's trending to 10.5k/day", "calls=10.5k"),
        ("what's the shrink assumption? try 32%", "shrink=32%"),
        ("what if we run with the upsell at 5%", "uplift=5%"),  # a value of it: a setting
        ("open Monday to Saturday", "days=312"),
        ("we are open monday-thursday", "days=208"),
        ("where does occupancy need to be to break even", "solve occ"),
        ("cost per call is actually $2.65 fully loaded", "cost=2.65"),
        # SET_Z26: the sweep was answered as uplift=9%; help was given for the numbers
        (
            "Can you show how the verdict changes as uplift moves from 3% to 9%?",
            "sweep uplift=3%..9%",
        ),
        ("Help me understand the break-even numbers", "breakeven"),
        (
            "Quick one before the board meeting: if we push conversion to 2.5%, are we profitable?",
            "conv=2.5%",
        ),
        ("Heads up, our cancellation rate on upsells is around 9%", "cancel=9%"),
        ("What if each sale is worth $200 but margin is only 15%?", "price=200 margin=15%"),
        ("What about 100 saves a day at $500 each?", "retained=100 clv=500"),
        ("Remind me what's in q4-plan", "show q4-plan"),
        # SET_Z27: Slack's own marks
        ("what if AHT is `11:30`", "aht=11:30"),
        ("uplift at _6%_ — still profitable?", "uplift=6%"),
        ("what if price is $140 :moneybag:", "price=140"),
        ("~what if calls drop 5%~ nvm, what if calls drop 8%", "calls-8%"),
        ("calls ↑ 20%", "calls+20%"),
        ("conversion ↓ to 1.5%", "conv=1.5%"),
        ("uplift 8% → 10%", "uplift=10%"),
        ("cancel rate 10% :/", "cancel=10%"),
        ("what's our net margin per year rn?", ""),
        ("q3-plan at *6%* uplift", "q3-plan uplift=6%"),
        ("chart calls ~9k to ~12k", "sweep calls=9k..12k"),  # "about", not struck through
        # SET_Z28: when the values hold, said around them
        ("in six months uplift should reach 9%", "uplift=9%"),
        ("six months from now, calls 11k", "calls=11k"),
        ("after the training, conversion goes to 2.4%", "conv=2.4%"),
        ("if by Q2 we close 2.5% without selling", "conv=2.5%"),
        # SET_Z29: British English
        ("Are we a cost centre or a profit centre at the moment?", ""),
        ("Turnover per sale is £150 and margin is 25 per cent", "price=150 margin=25%"),
        ("What if utilisation is capped at 85%?", "occ=85%"),
        ("What if we add a £1.50 charge to 20% of calls?", "fee=1.50 paid=20%"),
        ("What's the position with selling switched off?", ""),
        ("what if we switch off selling", ""),
        # SET_Z30: a head of sales ("the offer converts" computed the base conversion)
        ("what if the offer converts 1 in 12 callers", "uplift=8.3333%"),
        ("take rate on the offer is 9%", "uplift=9%"),
        ("what if the win rate on the upsell is 11%", "uplift=11%"),
        ("win rate without a pitch is 2.2%", "conv=2.2%"),
        ("gross margin on the upsell is 40%", "margin=40%"),
        ("returns on upsold items run 6%", "cancel=6%"),
        ("upsell revenue per sale is $80", "price=80"),
        ("what's the upsell worth per year?", ""),
        ("does the upsell pay for the extra handle time?", "breakeven"),
        ("what's the minimum take rate to cover the extra handle time?", "breakeven"),
        ("what if each upsell is worth $60 in margin", "margin=60"),
        ("compare q3-plan and q4-plan on take rate", "compare q3-plan q4-plan"),
        ("what if we stop upselling altogether?", ""),
        ("churn saves of 30 a day at $900 LTV", "retained=30 clv=900"),
        # SET_Z31: an analyst's notation
        ("sens analysis pls", "levers"),
        ("b/e uplift?", "breakeven"),
        ("uplift req'd for 1m/yr", "solve uplift for net=1M/year"),
        ("cost/call to b/e?", "solve cost"),
        ("q3-plan w/ calls +10%", "q3-plan calls+10%"),
        ("fee 2.50 @ 15% of calls", "fee=2.50 paid=15%"),
        ("cancel 4pct", "cancel=4%"),
        ("hours 16", "hours=16"),
        ("agents are paid $22 an hour", "wage=22"),  # "paid" before money is no share
        # SET_Z32: amounts in every notation ("a quarter point" moved uplift 25 points)
        ("uplift up a quarter point", "uplift+0.25pp"),
        ("uplift up half a percentage point", "uplift+0.5pp"),
        ("cost per call of 2 bucks 75", "cost=2.75"),
        ("cost per call of $2 and 60 cents", "cost=2.60"),
        ("a fee of two dollars fifty", "fee=2.50"),
        ("AHT up a minute and a half", "aht+1.5min"),
        ("what if the launch is a quarter of a million", "invest=250000"),
        ("calls x 1.2", "calls+20%"),
        ("price times 0.9", "price-10%"),
        ("calls of 10,5k", "calls=10.5k"),
        # SET_Z33: typed on a phone ("q3 plan vs q4 plan" gave help)
        ("q3 plan vs q4 plan", "compare q3-plan q4-plan"),
        ("up sell 7%", "uplift=7%"),
        ("cost pr call 3", "cost=3"),
        ("hrs 16", "hours=16"),
        ("calls dwn 5%", "calls-5%"),
        ("r we profitable", ""),
        ("wht about 9% uplift", "uplift=9%"),
        # SET_Z34: the two columns ("what call volume makes the service-only column
        # profitable?" gave the base answer; "10 points of conversion" that selling adds set
        # the base conversion)
        (
            "what call volume makes the service-only column profitable?",
            "solve calls for service.breakeven",
        ),
        (
            "what if selling adds 20% to handle time and 10 points of conversion?",
            "aht+20% uplift=10%",
        ),
        ("with vs without selling at 12k calls", "calls=12k"),
        ("selling vs no selling for q3-plan", "q3-plan"),
        ("compare the two columns with 10% more calls", "calls+10%"),
        ("where do the two columns cross?", "breakeven"),
        ("how do the columns compare on cost per call?", ""),
        ("how much extra handle time does selling cost us?", ""),
        ("selling's extra revenue per day?", ""),
        ("sales-through-service verdict at 7% uplift?", "uplift=7%"),
        # SET_Z35: staffing ("at $22 an hour" became a goal of $22 a year net; "staffing
        # cost per call at $21" set a $21 cost per call)
        ("what occupancy do we need to break even at $22 an hour?", "solve occ wage=22"),
        ("what's our staffing cost per call at $21?", "wage=21"),
        ("what's the cost per call with $20 agents?", "wage=20"),
        ("agents needed if AHT is 12 minutes", "aht=12min"),
        ("agents answer 80% in 20s", "sl=80/20"),
        ("agents at $22, open 12 hours", "hours=12 wage=22"),
        # SET_Z36: saved scenarios' versions
        ("show me version 2 of q3-plan", "show q3-plan@2"),
        ("show q3-plan at version 3", "show q3-plan@3"),
        ("q3-plan v1 with 12k calls", "q3-plan@1 calls=12k"),
        ("who last saved q4-plan?", "history q4-plan"),
        ("when was q4-plan saved?", "history q4-plan"),
        ("what's the latest version of q4-plan?", "show q4-plan"),
        ("q3-plan version history", "history q3-plan"),
        # SET_Z37: a COO after a board meeting ("uplift, 2% to 12%" asked for its
        # sensitivity set uplift=12%; "when do we get it back?" computed the launch without
        # its payback; the handle time at which selling stops paying solved the base AHT)
        ("sensitivity of net margin to uplift, 2% to 12%", "sweep uplift=2%..12%"),
        ("if we invest $400k in training, when do we get it back?", "breakeven invest=400k"),
        ("at what handle time does selling stop paying?", "solve aht+"),
        ("worst case: 1% conversion, 12 minute calls", "conv=1% aht=12min"),
        ("what does a 20% volume drop do to q4-plan?", "q4-plan calls-20%"),
        ("run q4-plan for the board", "q4-plan"),
        ("where's the biggest risk in these numbers?", "levers"),
        ("what's the gap between selling and not selling per year?", ""),
        ("the board wants to know if the contact center pays for itself", ""),
        ("tell me if we make money at 8k calls", "calls=8k"),
        # SET_Z38: hedges and corrections ("lower at 8k" moved calls by 8,000 to 1,000;
        # "around 9 to 10 thousand" set 10k)
        ("what if calls are lower at 8k", "calls=8k"),
        ("hmm, what if calls are a bit lower, like 8k", "calls=8k"),
        ("AHT a bit higher, say 11 minutes", "aht=11min"),
        ("calls lower by 1,000", "calls-1000"),
        ("calls somewhere around 9 to 10 thousand", "sweep calls=9k..10k"),
        ("say AHT goes up by around 12%", "aht+12%"),
        ("conversion is 2-ish percent", "conv=2%"),
        ("no wait, 15% more calls, not 10%", "calls+15%"),
        ("I'd guess uplift lands near 7%", "uplift=7%"),
        ("I'm not sure about the 2% conversion, try 2.4%", "conv=2.4%"),
        # SET_Z39: changes joined ("a lower price ($135)" cut the price by $135; "add
        # 1,000 calls and 1 point of uplift" set uplift=1%)
        ("more calls (10k) and a lower price ($135)", "calls=10k price=135"),
        ("higher conversion 3%", "conv=3%"),
        ("lower price 10%", "price-10%"),
        ("add 1,000 calls and 1 point of uplift", "calls+1000 uplift+1pp"),
        (
            "what if selling adds 20% to handle time and 10 points of conversion?",
            "aht+20% uplift=10%",
        ),
        ("cut cost per call by a quarter and calls by a tenth", "cost-25% calls-10%"),
        ("increase both price and margin by 10%", "price+10% margin+10%"),
        ("calls 9k→11k and uplift 6%", "calls=11k uplift=6%"),
        ("calls +15%, conv -0.5pt", "calls+15% conv-0.5pp"),
        ("uplift 6% together with AHT +12%", "uplift=6% aht+12%"),
        ("sweep uplift 2% to 10% every point", "sweep uplift=2%..10%"),
        # SET_Z40: asked as "how much" (a save named "with"; conv=1%; a goal of $2 a year)
        ("how much would we save with AHT at 9 minutes?", "aht=9min"),
        ("how much do fees bring in at $2 on 30% of calls?", "fee=2 paid=30%"),
        ("what is the margin per day with 2.4% conversion?", "conv=2.4%"),
        ("how much of the margin do cancellations eat at 10%?", "cancel=10%"),
        ("how many days a year do we assume?", ""),
        ("how much does AHT +10% cost us per year?", "aht+10%"),
        ("what's the first-year ROI on $350k?", "breakeven invest=350k"),
        ("roi at $150 price", "price=150"),
        ("what's the value of 25 kept customers a day at $800 each?", "retained=25 clv=800"),
        ("how cheap do calls have to be at 1.5% conversion?", "solve cost conv=1.5%"),
        ("how much is the upsell worth at 5% uplift?", "uplift=5%"),
        ("what's our revenue?", ""),
        # SET_Z41: names from reports (30 operating days from "the last 30 days")
        ("the last 30 days average 9,800 calls", "calls=9800"),
        ("over the past 90 days AHT was 11 minutes", "aht=11min"),
        ("is the help desk a cost center?", ""),
        ("LTV from the finance deck is $1,100", "clv=1100"),
        ("the survey says 35 customers a day stay because of the call", "retained=35"),
        ("In our 3 sites, cost per call averages $2.80", "cost=2.80"),
        # SET_Z42: English as a second language
        ("conversion is coming 2.2%", "conv=2.2%"),
        ("what is the profit in one year?", ""),
        ("how many call we need for no loss?", "solve calls"),
        ("our agent salary is 20 dollar per hour", "wage=20"),
        # SET_Z43: a skeptic (a quoted figure set as a value)
        ("where does the $3 cost per call come from?", ""),
        ("how did you get $27,000 revenue?", ""),
        ("wrong price, should be $165", "price=165"),
        ("that margin is way off, it's $28", "margin=28"),
        ("ok, thanks, that's the deck done", "help"),
        ("how wrong can calls be before the verdict flips?", "solve calls"),
        ("at what conversion does this fall apart?", "solve conv"),
        ("what would have to be true for us to lose money?", "breakeven"),
        # SET_Z44: planning a launch
        ("training budget is $120k", "invest=120k"),
        ("we're launching an upsell program that costs $300k", "invest=300k"),
        ("a fee that costs $5", "fee=5"),
        ("the vendor charges $75k to set it up", "invest=75k"),
        ("what's the ROI of the program in year one with $280k spent?", "breakeven invest=280k"),
        ("how long until $450k comes back?", "breakeven invest=450k"),
        (
            "minimum uplift to recoup $300k in 90 days",
            "solve uplift for payback=90days invest=300k",
        ),
        (
            "chart payback against uplift from 3% to 9% with a $300k launch",
            "sweep uplift=3%..9% invest=300k",
        ),
        ("selling on every call adds 12% to AHT", "aht+12%"),
        ("upfront $300k, 7% uplift: yes or no?", "invest=300k uplift=7%"),
        # SET_Z45: help asked in words ("how do I undo?" was refused as going back)
        ("how do I undo?", "help"),
        ("how does the sweep work?", "help sweep"),
        ("what does uplift mean?", "help settings"),
        ("what can roibot do?", "help"),
        # SET_Z46: fees and customers kept (a period dropped: 10 an hour read as 10 a day)
        ("we save 10 customers an hour", "retained=10/h"),
        ("300 customers kept a month", "retained=300/month"),
        ("how much do fees make with $2 on 30% of calls?", "fee=2 paid=30%"),
        ("what's the cost per call with $20 agents?", "wage=20"),
        ("premium support at $4.99 for a tenth of calls", "fee=4.99 paid=10%"),
        ("the fee applies to 25% of calls", "paid=25%"),
        ("everyone pays the fee", "paid=100%"),
        ("nobody pays the fee", "paid=0%"),
        ("fee $3, paid 10%, kept 30/day at $1k", "fee=3 paid=10% retained=30 clv=1k"),
        ("chart kept customers from 10 to 50 a day at $1,200", "sweep retained=10..50 clv=1200"),
        # SET_Z47: measured against the plan ("30 seconds over target" set AHT to 30 s;
        # "beat plan by 2 points of uplift" and "up by 2 points of uplift" set uplift=2%)
        ("AHT is running 30 seconds over target", "aht+30s"),
        ("what if we beat plan by 2 points of uplift?", "uplift+2pp"),
        ("increase by 2 points of uplift", "uplift+2pp"),
        ("conversion is half a point below budget", "conv-0.5pp"),
        ("calls came in 5% ahead of forecast", "calls+5%"),
        ("versus plan, calls are up 8%", "calls+8%"),
        ("cancellations are 3 points above benchmark at 8%", "cancel=8%"),
        ("are we above or below break-even at 3% conversion?", "conv=3%"),
        ("shrinkage budgeted at 32%", "shrink=32%"),
        ("year-to-date average 9,600 calls", "calls=9600"),
        # SET_Z48: costs as billed ("contract" was read as "contact", calls)
        ("the new contract is $2.40 per call, are we still a cost center?", "cost=2.40"),
        ("what if we renegotiate the contract to $2.20 a call?", "cost=2.20"),
        ("what if calls cost 10% more?", "cost+10%"),
        ("each upsell nets us $32 after cost of goods", "margin=32"),
        # SET_Z49: periods ("calls per month drop to 250k" took 250k a day; "an extra 500
        # calls" set calls to 500)
        ("calls per month drop to 250k", "calls=250k/month"),
        ("chart monthly calls from 250k to 350k", "sweep calls=250k..350k/month"),
        ("we're open 22 days a month", "days=264"),
        ("what uplift gets us to $100k a month?", "solve uplift for net=1200000/year"),
        ("an extra 500 calls a week", "calls+500/week"),
        ("another 500 calls", "calls+500"),
        ("another 2 points of uplift", "uplift+2pp"),
        ("an additional 500 calls a day", "calls+500"),
        ("extra 2 points of uplift", "uplift+2pp"),
        ("how much do 40 kept customers a day add per year?", "retained=40"),
        ("what price gets selling to add $250k a quarter?", "solve price for added=1000000/year"),
        ("we take 300k calls a quarter", "calls=1200000/year"),
        ("a quarter of calls pay the fee", "paid=25%"),
        ("5 days a week, 50 weeks a year", "days=250"),
        ("what's the yearly difference between selling and not?", ""),
        # SET_Z50: weighed, swapped and ranked ("swap … for …" set both values)
        ("what if we swap 1 point of conversion for 2 points of uplift?", "conv-1pp uplift+2pp"),
        ("trade $5 of price for 1 point of conversion", "price-5 conv+1pp"),
        ("should we push conversion or uplift?", "levers"),
        ("if we could only fix one thing, what should it be?", "levers"),
        ("what gives us the most bang for the buck?", "levers"),
        ("uplift 6% vs 8%", "sweep uplift=6%..8%"),
        ("calls at 10k vs 12k", "sweep calls=10k..12k"),
        ("compare uplift at 6% and 8%", "sweep uplift=6%..8%"),
        ("what's the difference between 6% and 8% uplift?", "sweep uplift=6%..8%"),
        ("service only vs with selling at 12k calls", "calls=12k"),
        ("levers, please", "levers"),
        # SET_Z51: numbers that are no setting ("ticket 4521" set a $4,521 price)
        ("re: ticket 4521, what if AHT is 11 minutes?", "aht=11min"),
        ("page 2 of the deck says cost per call is $2.60", "cost=2.60"),
        ("average ticket $150", "price=150"),
        ("in 2027 calls reach 11k", "calls=11k"),
        ("on 11/30 calls were 9,400", "calls=9400"),
        ("3 out of 100 callers take the offer", "uplift=3%"),
        ("10 minute average calls", "aht=10min"),
        ("the 30-day trial showed 3% conversion", "conv=3%"),
        ("1.5x the uplift", "uplift+50%"),
        ("what about 3 times the price?", "price+200%"),
        ("what changed in q3-plan v2?", "history q3-plan"),
        # SET_Z52: how far from the line
        ("what's the margin of safety on price?", "solve price"),
        ("how much room is there on cost per call?", "solve cost"),
        ("where's the tipping point for conversion?", "solve conv"),
        ("how far is q4-plan from breaking even?", "breakeven q4-plan"),
        ("how much can calls drop for q3-plan before it loses money?", "solve calls q3-plan"),
        ("how sensitive is break-even to AHT?", "levers"),
        ("what's our cost per call at 12k calls?", "calls=12k"),
        ("how much is the upsell worth at 5% uplift?", "uplift=5%"),
        ("how thin is our margin at 12k calls?", "calls=12k"),
        ("are we comfortably profitable?", ""),
        ("what if we sell to 1 in 12 callers on top?", "uplift=8.3333%"),
        ("q3-plan or q4-plan, which one makes more money?", "compare q3-plan q4-plan"),
        ("what if we double the launch budget to $500k?", "invest=500k"),
        ("what if 8% of buyers cancel?", "cancel=8%"),
        ("cost per call is creeping toward $3, what then?", "cost=3"),
        ("price sensitivity from $120 to $180 please", "sweep price=120..180"),
        ("what's the daily net margin?", ""),
        ("what's our yearly revenue?", ""),
        ("ok last one, what if conversion is 3%?", "conv=3%"),
        ("what if we close Sundays?", "days=313"),
        ("what if we shut on weekends?", "days=260"),
        ("which lever helps most, AHT or conversion?", "levers"),
        ("does the upsell still pay if cancellations are 15%?", "cancel=15%"),
        ("let me see uplift at 4, 6, 8 and 10%", "sweep uplift=4%..10%/2%"),
        ("show me price at $140, $150 and $160", "sweep price=140..160/10"),
        ("what digests do we have?", "digest list"),
        ("uplift disappoints and comes in at 3%", "uplift=3%"),
        ("we're budgeting $600k for the program, what's the ROI?", "breakeven invest=600k"),
        ("how much more does the sales column make per day?", ""),
        ("how long can calls get before selling hurts us?", "solve aht+"),
        ("what if agents sell on every call and AHT goes up 12%?", "aht+12%"),
        ("what if we take 20 seconds off every call?", "aht-20s"),
        ("how many more sales a day does selling bring?", ""),
        ("what if selling doesn't add any handle time?", "aht+0%"),
    ],
)
def test_selling_named_a_scenarios_past_and_a_trend(text, read_as):
    """SET_Z24's and Z25's rules: the upsell said after "with" names the selling, not a
    value left unsaid; "look like before" is a history; a value a setting is trending to is
    set; a week from Monday to any day; "where does KEY need to be" asks for its value;
    SET_Z26's: a range a key moves over, asked how the verdict changes, is a sweep; a label's
    words are never taken for an intent's phrase ("quick one before" is not "the one
    before"); the sales a cancellation rate is "on"; "saves a day at $500 each"; SET_Z27's:
    Slack's marks, emoji codes, emoticons and arrows read past, struck words taken back;
    SET_Z28's: a length of time said as when ("in six months") passed over, as is a key
    said as when ("after the training,"); "we close 2.5% without selling"."""
    assert understand(text, names=NAMES).read_as == read_as


def test_a_point_of_a_share_asked_what_it_is_worth_is_asked_back():
    with pytest.raises(Ask) as asked:
        understand("how much is a point of conversion worth?")
    assert asked.value.choices == ("conv+1pp", "levers")
    assert understand("what if we add a point of conversion").read_as == "conv+1pp"


def test_each_choice_of_a_question_back_keeps_what_else_was_said():
    """Picked, a choice answers the whole question: the calls said beside "$140" stay."""
    with pytest.raises(Ask) as asked:
        understand("12k calls and $140")
    assert asked.value.choices == ("calls=12k price=140", "calls=12k cost=140", "calls=12k fee=140")
    for choice in asked.value.choices:
        assert understand(choice).read_as is None  # each runs as typed


def test_a_share_of_nothing_is_refused_never_computed_as_nothing():
    """ "what if the launch costs double?" with no launch cost: the reading is right (in a
    thread with a launch it doubles it); on $0 the model refuses, from the language too."""
    from calc.inputs import REFERENCE_INPUTS
    from calc.settings import apply, parse_settings

    assert understand("what if the launch costs double?").read_as == "invest+100%"
    with pytest.raises(Refusal, match="invest is 0 here, and a share of nothing is nothing"):
        apply(REFERENCE_INPUTS, parse_settings(["invest+100%"]))
    doubled = apply(REFERENCE_INPUTS, parse_settings(["invest=300k", "invest+100%"]))
    assert doubled.invest == 600_000


def test_saving_money_is_never_saving_a_scenario():
    understood = understand("how much would we save with AHT at 9 minutes?", names=NAMES)
    assert isinstance(understood.command, Compute)
    for asked in ("could we save q5-plan", "can we save this as q5-plan"):  # still saves
        with pytest.raises(Refusal, match="save needs settings or a thread"):
            understand(asked, names=NAMES)


def test_chat_marks_keep_names_and_approximations():
    from calc.english.chat_marks import without_marks

    assert without_marks("q3_plan_v2 at _6%_") == "q3_plan_v2 at 6%"
    assert without_marks("calls ~9k to ~12k") == "calls ~9k to ~12k"
    assert without_marks("AHT 10:40, sl 80/20") == "AHT 10:40, sl 80/20"


def test_the_upsell_alone_is_still_asked_how_much():
    with pytest.raises(Refusal, match="by how much, or to what"):
        understand("what about upsell?")


def test_make_that_is_the_value_just_said():
    talk = Talk()
    talk.read_as("what if AHT goes up 15% when agents sell")
    talk.read_as("and uplift is only 6%")
    assert talk.read_as("hmm, make that 7%") == "aht+15% uplift=7%"
    with pytest.raises(Ask):  # with no "that", either setting could be meant
        talk.say("what about 9%?")


def test_a_saving_of_seconds_a_call_shortens_every_call():
    assert understand("the new IVR saves 30 seconds a call").read_as == "aht-30s"
    assert understand("it shaves a minute off each call").read_as == "aht-1min"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # SET_Z30: it computed margin=10% (the commission passed over)
        ("what if the sales team's commission is 10% of price", "no commission"),
        ("sales per day at 1,000", "sales a day are what the answer works out"),
        ("what if churn drops 2 points", "not churn"),
        # SET_Z34: it halved the calls
        ("what if we only sell on half the calls?", "selling on part of the calls"),
        ("what if we pitch to 50% of calls", "selling on part of the calls"),
        # SET_Z35: it set calls=50 (an agent's calls are no input)
        ("what if each agent handles 50 calls a day", "agents are computed"),
        ("can you duplicate this scenario?", "there is no copy"),
        # SET_Z39: it answered aht+5%
        ("AHT climbs 5% for every point of uplift", "do not move with each other"),
        ("calls rise 2% for each percent of price cut", "do not move with each other"),
        # SET_Z41: they set the whole center's calls
        ("what if the billing queue alone gets 3,000 calls?", "the whole center"),
        ("on Mondays we get 14k calls", "every operating day is alike"),
        ("the overnight team handles 800 calls", "every open hour is alike"),
        # SET_Z48: a part of the cost set the whole cost per call to 12 cents
        ("the telephony bill is 12 cents a call", "one cost per call"),
        ("software licences add $0.15 a call", "one cost per call"),
        # SET_Z49: an amount a month said of nothing was offered as a price, cost or fee
        ("we lose $50k a month", "no input"),
        ("what uplift gets us to $20k a week?", "a goal is a day's or a year's"),
        ("we have 150 agents at $22 an hour", "agents are computed"),
        ("the average customer calls 3 times a year", "not understood"),
    ],
)
def test_what_the_model_does_not_have_is_refused_by_name(text, why):
    with pytest.raises(Refusal, match=why):
        understand(text)


def test_values_listed_unevenly_and_a_goal_of_selling_are_asked_back():
    """SET_Z56: "uplift at 4, 6 and 9%" is no sweep (its steps differ): asked, never run;
    selling's yearly addition asked without an input offers `added`, never the net."""
    assert _outcome("uplift at 4, 6 and 9%").startswith("ASK:")
    assert _outcome("what would it take to get selling to add $3M a year?") == (
        "ASK:solve uplift for added=3M/year|solve calls for added=3M/year"
        "|solve conv for added=3M/year"
    )


def test_selling_time_in_seconds_is_refused_with_its_exact_share_of_the_call():
    """SET_Z57: the hint's percent is the amount said, of the reference 10:40 call (it
    once offered 14% for any length); the command it gives computes that share."""
    with pytest.raises(Refusal) as refused:
        understand("what if the upsell adds 45 seconds to every call?")
    assert "45 s of a 10:40 call is 7.03125%" in str(refused.value)
    assert "/roi aht+7.03125%" in str(refused.value)
    (setting,) = understand("aht+7.03125%").command.settings
    assert setting.amount == Decimal(45) / Decimal(640)  # the share said is exact


def test_a_paybacks_time_is_never_passed_over_as_when():
    with pytest.raises(Refusal, match="length of time"):
        understand("pay back in 3 months")


def test_a_count_of_customers_is_never_passed_over_as_a_label():
    with pytest.raises(Refusal, match="customers complained"):
        understand("3 customers complained, what if calls go up 10%")


def test_a_sweep_of_the_aht_increase_in_words_sweeps_the_increase():
    understood = understand("chart AHT increase from 0% to 40%")
    assert isinstance(understood.command, Sweep)
    assert understood.command.key.name == "aht_increase"
    rows = understood.command.rows
    assert (rows[0].amount, rows[-1].amount) == (0, Decimal("0.40"))


@pytest.mark.parametrize(
    "text",
    [
        "what if the upsell adds 90 seconds to every call",
        "selling adds 90 seconds to handle time",
        "what if cross-selling adds a minute to each call",
    ],
)
def test_selling_adding_time_is_asked_as_a_percent_never_read_as_longer_calls(text):
    """`aht+90s` lengthens every call, service only included; selling's own extra time is
    a percent of the call. Refused with the percent to say, never answered."""
    with pytest.raises(Refusal) as refused:
        understand(text)
    assert "percent of the call" in str(refused.value)
    assert understand("selling adds 12% to handle time").read_as == "aht+12%"
    assert understand("uplift of 8% and AHT up 30 seconds").read_as == "uplift=8% aht+30s"


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("what if convertion drops to 1.5%", "conv=1.5%"),
        ("what if handel time is 11 minutes", "aht=11min"),
        ("uplfit of 10%", "uplift=10%"),
        ("occupency at 80%", "occ=80%"),
    ],
)
def test_a_slip_in_a_settings_name_is_read_as_the_name(typed, read_as):
    assert understand(typed).read_as == read_as


@pytest.mark.parametrize(
    "text",
    [
        "what if posts go up 10%",  # five letters: "costs" is never guessed
        "what if attrition drops 10%",  # no setting's word is one slip away
        "what if the economy grows 10%",
    ],
)
def test_a_word_not_one_slip_from_a_settings_name_is_never_guessed(text):
    with pytest.raises(Refusal):
        understand(text)


def test_one_in_n_is_a_share():
    assert understand("what if we only sell to 1 in 50 callers").read_as == "conv=2%"
    assert understand("what if 1 in 8 sales gets returned").read_as == "cancel=12.5%"


def test_a_word_not_known_where_a_joining_word_would_be_is_asked_back_with_the_reading():
    """Rule 7's "otherwise ask": read without the word, every number has its key; the
    reading is offered as one choice, never answered. A word right before a value may say
    which way it moved, so nothing is offered there."""
    with pytest.raises(Ask) as asked:
        understand("what if conversion zorbles to 1%")
    assert asked.value.choices == ("conv=1%",)
    assert "zorbles" in str(asked.value)
    with pytest.raises(Refusal) as refused:
        understand("what if calls zorble 20%")
    assert not isinstance(refused.value, Ask)
    with pytest.raises(Refusal) as refused:  # two words unplaced: what is left is a guess
        understand("what if conversion zorbles wildly to 1%")
    assert not isinstance(refused.value, Ask)
    assert understand("what if uplift plummets 2 points").read_as == "uplift-2pp"


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("what if cost per call is $2 million", "cost=2M"),
        ("what if the fee is $5,000", "fee=5000"),
    ],
)
def test_an_amount_per_call_no_call_costs_is_asked_about_not_computed(text, choice):
    with pytest.raises(Ask) as asked:
        understand(text)
    assert asked.value.choices == (choice,)
    assert "more than a call costs" in str(asked.value)
    assert understand("what if cost per call is $3").read_as == "cost=3"


def test_a_goal_said_as_a_year_of_that_size_is_a_goal():
    understood = understand("what cost per call would we need for a $1M year?")
    assert understood.read_as == "solve cost for net=1M/year"


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("what if calls are 9,000, up from 8,000", "calls=9000"),
        ("what if conversion is 3% up from 2%", "conv=3%"),
        ("what if uplift is 6% down from 8%", "uplift=6%"),
        ("what if calls are 10% higher", "calls+10%"),
    ],
)
def test_a_value_then_where_it_came_from_is_the_value(text, read_as):
    """ "3%, up from 2%" sets 3%: the change words say whence, not a change of 3%."""
    assert understand(text).read_as == read_as


def test_a_range_said_with_one_unit_is_in_that_unit_throughout():
    """ "from 4 to 12 percent in steps of 2": 4%, 6%, … 12%, and the read-as line says so."""
    understood = understand("show me uplift from 4 to 12 percent in steps of 2")
    assert understood.read_as == "sweep uplift=4%..12%/2%"
    assert isinstance(understood.command, Sweep)
    assert [row.amount for row in understood.command.rows] == [
        Decimal(n) / 100 for n in (4, 6, 8, 10, 12)
    ]


@pytest.mark.parametrize("text", ["what if profit doubles", "a profit of $2M", "$1M profit"])
def test_a_figure_the_answer_gives_is_never_set(text):
    with pytest.raises(Refusal, match='"profit" is not something roibot models'):
        understand(text)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("bring back version 1 of q3-plan", "write /roi restore q3-plan 1 (/roi history"),
        ("roll back q3-plan to v2", "write /roi restore q3-plan 2 (/roi history"),
        ("get rid of q4-plan", "write /roi delete q4-plan"),
    ],
)
def test_a_delete_or_restore_in_words_is_refused_with_the_command_to_type(text, hint):
    with pytest.raises(Refusal) as refused:
        understand(text, names=NAMES)
    assert refused.value.reason == "English never deletes or restores"
    assert refused.value.hint.startswith(hint)


def test_the_roi_asked_with_a_launch_cost_is_the_break_even_answer():
    """The first-year ROI is a line of the break-even answer; without a launch cost there is
    none, and the question is the plain answer."""
    assert understand("what's the first-year ROI on a $400k launch?").read_as == (
        "breakeven invest=400k"
    )
    assert understand("what's our roi this year?").read_as == ""


def test_a_raise_with_no_one_to_pay_is_not_a_wage():
    """ "a $2 raise" alone could be a price, a cost or a fee: asked, never a wage."""
    with pytest.raises(Ask) as asked:
        understand("a $2 raise")
    assert not any(choice.startswith("wage") for choice in asked.value.choices)


def test_a_goal_or_a_sweep_in_a_thread_keeps_what_the_thread_holds():
    """Solving for conversion, or sweeping calls, leaves them out of that command only: the
    next follow-up still has the thread's own conversion and calls."""
    talk = Talk()
    talk.say("11k calls a day and 1.6% conversion")
    assert talk.read_as("what conversion gets us to $2M a year?") == (
        "solve conv for net=2M/year calls=11k"
    )
    assert talk.read_as("show calls from 6k to 10k") == "sweep calls=6k..10k conv=1.6%"
    assert talk.read_as("which lever matters most?") == "levers calls=11k conv=1.6%"


def test_a_hesitation_is_no_word_of_the_request():
    talk = Talk()
    talk.say("calls up 10%")
    talk.say("price is $140")
    assert talk.read_as("hmm, go back") == "calls+10%"


def test_a_tax_said_with_sales_is_refused_for_the_tax():
    with pytest.raises(Refusal, match='"tax" is not something roibot models'):
        understand("what if sales tax goes up")
    assert understand("are we unprofitable?").read_as == ""


def test_a_dash_is_a_range_only_where_a_sweep_is_asked():
    """ "open 9-5" is opening hours; "4-10%" alone is no sweep, never a guess."""
    with pytest.raises(Refusal):
        understand("uplift 4-10%")


def test_a_superlative_alone_is_no_goal():
    with pytest.raises(Refusal):
        understand("most calls")


def test_dropping_an_input_that_cannot_be_none_is_asked_how_far():
    with pytest.raises(Refusal, match='"price": by how much, or to what'):
        understand("drop the price")


def test_a_courtesy_after_a_command_never_touches_a_saves_note():
    from calc.commands import Save

    understood = understand("save q3-plan uplift=6% # ok thanks")
    assert isinstance(understood.command, Save) and understood.command.note == "ok thanks"
    assert understood.read_as is None


def test_a_dash_range_says_its_scale_once():
    assert understand("chart calls 6-12k").read_as == "sweep calls=6k..12k"


#: What the later sets and the third conversation taught (their misreads are pinned with
#: their figures above): each read exactly so, the team's scenario names known.
LATER_RULES = [
    # the answer's own figures, asked about (SET_Z3)
    ("profit if volume hits 15,000", "calls=15000"),
    ("what's our profit at 12k calls", "calls=12k"),
    ("how does profit change as calls go from 6k to 12k?", "sweep calls=6k..12k"),
    ("what happens to revenue if price rises 10%", "price+10%"),
    # verbs of drifting, raises, the verdict as a goal (SET_Z4)
    ("if AHT creeps to 11:30 are we still profitable?", "aht=11:30"),
    ("calls inch up 3%", "calls+3%"),
    ("what happens when the AHT increase hits 25%", "aht+25%"),
    ("what if agents get a $2 raise", "wage+2"),
    ("a $1.50 pay rise", "wage+1.50"),
    ("the upsell pitch adds 8% to talk time", "aht+8%"),
    ("how low can uplift go before we're a cost center again?", "breakeven"),
    ("how many calls before we're a profit center", "solve calls"),
    # a greeting before a question, the base conversion said plainly (DIRECTOR_THREE)
    ("hi roibot, where do we stand today?", ""),
    ("and only 1.6% of callers buy without any pitch", "conv=1.6%"),
    ("selling adds 15% to that", "aht+15%"),
    ("selling adds 10% to each call", "aht+10%"),
    # a team lead typing fast (SET_Z6)
    ("open 24/7", "hours=24 days=365"),  # was sl=24/7: 24% of calls in 7 seconds
    ("we run 24x7", "hours=24 days=365"),
    ("sl 80/20", "sl=80/20"),
    ("upsell rate 11%?? 🤔", "uplift=11%"),
    ("cost/call 2.80", "cost=2.80"),
    ("what if we add 45 sec to every call", "aht+45s"),
    ("need uplift for 1m/yr", "solve uplift for net=1M/year"),
    ("calls to break even?", "solve calls"),
    ("2 bucks fee for 1 in 5 callers", "fee=2 paid=20%"),
    ("keep 12/day worth 1.5k", "retained=12 clv=1.5k"),
    ("mon-fri only", "days=260"),
    ("open 9-5", "hours=8"),
    ("sweep uplift 4-10%", "sweep uplift=4%..10%"),
    ("chart calls 6k-12k", "sweep calls=6k..12k"),
    ("breakeven pls", "breakeven"),
    ("levers please", "levers"),
    # a finance partner's hedges (SET_Z7)
    ("what did we change in q4-plan?", "history q4-plan"),  # was q4-plan's figures
    ("what if calls are ~10k", "calls=10k"),
    ("AHT is north of 11 minutes", "aht=11min"),
    ("a 50-cent increase in cost per call", "cost+0.50"),
    ("margins shrink by a fifth", "margin-20%"),
    ("shrink at 30%", "shrink=30%"),
    ("how sensitive are we to price?", "levers"),
    ("what's the most we can spend per call?", "solve cost"),
    # staffing, help, inputs taken away (SET_Z8)
    ("how many FTEs at a $26 loaded rate?", "wage=26"),
    ("what does it cost per call if agents make $20 an hour?", "wage=20"),
    ("at 12-hour days and 9k calls, how many agents at $23?", "hours=12 calls=9k wage=23"),
    ("what makes us a profit center?", "breakeven"),
    ("what would flip us to a cost center?", "breakeven"),
    ("how do I save a scenario?", "help scenarios"),
    ("help with sweeps", "help sweep"),
    ("no upsell at all", ""),
    ("what if nobody buys?", "conv=0% uplift=0%"),
    ("what if the fee is waived", "fee=0"),
    ("drop the launch cost", "invest=0"),
    ("cut the fee by $1", "fee-1"),
    # English as a second language, terse (SET_Z10)
    ("cost for one call is 3 dollar", "cost=3"),
    ("margin is 30 percent from price", "margin=30%"),
    ("conversion without upsell is 1.5%", "conv=1.5%"),
    ("the upsell give 4 point more conversion", "uplift=4%"),
    ("is it profit or cost center now?", ""),
    ("make graphic of calls 8000 to 14000", "sweep calls=8000..14000"),
    ("give me table for uplift 2 until 10 percent", "sweep uplift=2%..10%"),
    ("which plans do we have", "list"),
    ("shrinkage 35 percent and occupancy max 85", "shrink=35% occ=85"),
    ("we keep 25 customer every day, each worth 1000 dollar", "retained=25 clv=1000"),
    ("investment for launch is 400k", "invest=400k"),
    ("when we get back the investment?", "breakeven"),
    ("bill callers a $4 fee", "fee=4"),  # "bill" was never tried: now every start is
    ("agents work 8 hours", None),  # a shift is no opening hours: refused, never hours=8
    # a sales VP's revenue jargon (SET_Z11)
    ("at what price does the service column break even?", "solve price for service.breakeven"),
    ("what's our take rate if we hit 3%?", "uplift=3%"),
    ("what if our win rate improves by half a point", "conv+0.5pp"),
    ("we charge $5 for priority support and 15% take it", "fee=5 paid=15%"),
    ("should we stop selling?", ""),
    ("how much more do we make a year with selling?", ""),
    ("handle time 10% shorter", None),  # aht+N% is selling's time: refused with aht=600s
    # numbers said in words (SET_Z12)
    ("cost per call of two fifty", None),  # was cost=52: two numbers, asked about
    ("chart calls from eight to fourteen thousand", "sweep calls=8000..14000"),
    ("chart calls from 8 to 14 thousand", "sweep calls=8k..14k"),  # was 8 to 14,000 calls
    ("sweep calls from 500 to 12 thousand", "sweep calls=500..12000"),
    ("half a million to launch", "invest=0.5M"),
    ("a two-dollar fee", "fee=2"),
    ("a fifty-cent overhead", "overhead=0.50"),
    ("how many calls to break even at a nine-minute AHT?", "solve calls aht=9min"),
    ("one hundred and twenty five calls an hour", "calls=125/h"),
    # a COO's months, corrections and plans (SET_Z13)
    ("the upsell boosts the close rate 3 points", "uplift=3%"),
    ("conversion is 2.5%, not 2%", "conv=2.5%"),
    ("uplift 6%, not 8%, and calls 10k", "uplift=6% calls=10k"),
    ("each sale brings in $140", "price=140"),
    ("each sale brings us $40", "margin=40"),
    ("we keep 23% of each sale", "margin=23%"),
    ("we make 30% on every sale", "margin=30%"),
    # a head of customer experience thinking aloud (SET_Z14)
    ("honestly our AHT is more like 12 minutes these days", "aht=12min"),
    ("any chance you can do a what-if on 13k calls and $140 price?", "calls=13k price=140"),
    ("can you chart uplift from 2% up to 12%?", "sweep uplift=2%..12%"),
    ("I'd love to see price swept from $120 to $200", "sweep price=120..200"),
    # a finance analyst's spreadsheet shorthand (SET_Z15)
    ("hist q3-plan", "history q3-plan"),  # showed q3-plan's figures
    ("blah q3-plan", None),  # a word not known beside a name: asked, never passed over
    ("walk me through q3-plan", "q3-plan"),
    (
        "calls 9k conv 2% uplift 8% aht 10.5m price 150",
        "calls=9k conv=2% uplift=8% aht=10.5min price=150",
    ),
    ("conv +50bps", "conv+0.5pp"),
    ("conv -25bps", "conv-0.25pp"),
    ("uplift 7pct", "uplift=7%"),
    ("launch cost 1.2mm", "invest=1.2M"),
    ("occ cap 88%", "occ=88%"),
    ("overhead 0.40/call", "overhead=0.40"),
    ("clv 1,500; retained 35/day", "clv=1500 retained=35"),
    ("sweep calls 8k-14k step 1k", "sweep calls=8k..14k/1k"),
    # English from Spanish and Portuguese (SET_Z16)
    ("how many calls we need for gain 1 million by year?", "solve calls for net=1M/year"),
    ("the calls are 9 mil per day", None),  # was 9 million calls: "mil" is asked to be written
    ("the launch costs 200 mil", None),
    ("the launch costs 2 mill", "invest=2M"),
    ("invest 2 mil", None),  # once invest=2, then 2M (SET_Y); now asked to be written 2M or 2k
    ("if we augment the price in 10%", "price+10%"),
    ("the uplift diminishes 2 points", "uplift-2pp"),
    ("the medium time of attention is 11 minutes", "aht=11min"),
    ("the cost for each call is 3 dollars", "cost=3"),
    ("occupation maximum of 85%", "occ=85%"),
    ("which is the uplift minimum to not lose money?", "breakeven"),
    ("what is the point of equilibrium?", "breakeven"),
    ("which variable impacts more?", "levers"),
    ("thank you very much", "help"),
    # a chief executive's doubts (SET_Z17)
    ("Give me the worst case if AHT blows out by 30%", "aht+30%"),
    ("what if the price is cut to $120", "price=120"),
    (
        "how much cheaper do calls need to be to break even without selling?",
        "solve cost for service.breakeven",
    ),
    ("and if agents take 2 minutes longer on every call?", "aht+2min"),
    ("agents take 2 minutes", None),  # agents are computed: still refused
    ("who's been editing q3-plan?", "history q3-plan"),
    ("what's the one number I should worry about?", "levers"),
    ("are we better off without the upsell?", ""),
    # notes and emails pasted in (SET_Z18): labels, dates and asides around the question
    ("Action item 3: model AHT +15% for the upsell pilot", "aht+15%"),
    ("Notes 11/28: calls 10.5k/day, AHT 11 min, conv 2.1%", "calls=10.5k aht=11min conv=2.1%"),
    ("Per Jane's email (Nov 12), conversion slipped to 1.8%. Impact?", "conv=1.8%"),
    ("Cost per call 2.60 (was 2.50)", "cost=2.60"),
    ("Reminder: our conversion is 2.3%, not 2%", "conv=2.3%"),
    ("1) calls +10% 2) AHT +10%", "calls+10% aht+10%"),
    ("Heads up: AHT went from 640 to 700 seconds", "aht=700s"),
    ("show AHT going from 640 to 700 seconds", "sweep aht=640s..700s"),  # still a sweep
    ("Can you chart uplift 4% to 12% for slide 7?", "sweep uplift=4%..12%"),
    ("For the 2026 plan, what if we're open 18 hours?", "hours=18"),
    ("Item 2: the vendor quoted $400k to launch upsell training", "invest=400k"),
    ("For the 10am call: what does a 20% price increase do?", "price+20%"),
    # a number that is no label stays a question: "we take 9000" is never passed over
    ("we take 9000, calls up 10%", None),
    ("Item 2: delete q3-plan", None),  # a write in words is refused, label or not
    ("2026 calls a day", "calls=2026"),  # a count, whatever its size
    ("Per the email, emails go up 10%", None),  # emails are not modeled
    # a consultant's business case (SET_Z19)
    ("IRR on a $300k launch?", None),  # was invest=300k: an answer with no IRR in it
    ("breakeven price for service only", "solve price for service.breakeven"),  # was the sales
    ("base case please", ""),  # was help
    ("run a sensitivity on uplift from 4% to 12%", "sweep uplift=4%..12%"),
    ("run a sensitivity on uplift", "levers"),
    (
        "what uplift gets us to $500k of incremental margin a year?",
        "solve uplift for added=500k/year",
    ),
    ("flat volume, price down 5%", "price-5%"),
    ("sweep AHT increase 0% to 50% in 10% steps", "sweep aht+0%..50%/10%"),
    ("what's the annual run-rate of net margin?", ""),
    ("pressure-test q3-plan with 15% fewer calls", "q3-plan calls-15%"),
    # negations, conditions and exceptions (SET_Z20)
    ("what if calls don't drop 10%", None),  # was calls-10%: a negation is never a verb
    ("what if calls do not drop 10%", None),
    ("AHT creeps up 6%", "aht+6%"),  # a verb roibot does not know, carried by "up"
    ("assuming AHT doesn't change, what does 2.5% conversion do?", "conv=2.5%"),
    ("keep price the same and drop margin to 20%", "margin=20%"),
    ("what if we don't raise prices but calls go up 10%", "calls+10%"),
    ("what if nothing about conversion changes but cost per call rises to $2.90", "cost=2.90"),
    ("not 9,000 calls, 11,000", "calls=11000"),
    ("what if uplift isn't 8% but 5%", "uplift=5%"),
    ("calls aren't 9k anymore, they're 10.5k", "calls=10.5k"),
    ("what happens if we don't hit 8% uplift and only get 4%", "uplift=4%"),
    ("uplift isn't 8%", None),  # denied, nothing said instead: still refused
    ("calls don't hit 10k and AHT is 9 min", None),
    ("no, I meant conversion 3%, not uplift", "conv=3%"),
    ("conversion, not uplift, goes to 3%", "conv=3%"),
    ("compare q3-plan and q4-plan, not the reference", "compare q3-plan q4-plan"),
    ("not profitable?", ""),
    ("aren't we a profit center?", ""),
    ("are we not making money if calls drop 10%?", None),  # a change said: not passed over
    ("we don't charge a fee", "fee=0"),
    ("what if we stop charging the support fee", "fee=0"),
    ("without the launch cost, are we profitable?", "invest=0"),
    ("if we lose the upsell entirely", ""),
    ("what if AHT doesn't go up at all when agents sell", "aht+0%"),
    ("AHT doesn't go up, calls up 10%", None),  # no selling said: a negation, refused
    ("what's the cost per call?", ""),
    ("what if the cost per call", None),
    ("don't save anything, just show q3-plan", "show q3-plan"),
    ("forget conversion, what if AHT is 12 minutes", "aht=12min"),
    ("not sure about uplift, try 6%", "uplift=6%"),
    # several asks in one message (SET_Z21)
    ("compare q3-plan and q4-plan and tell me which lever matters for q4-plan", None),
    ("q4-plan at 2% uplift vs q3-plan", None),  # was laid on both
    ("compare q3-plan and q4-plan with uplift at 6%", "compare q3-plan q4-plan uplift=6%"),
    ("ok thanks, one more: what if calls double?", "calls+100%"),  # was calls+1
    ("what if 500 more calls double", None),  # was calls+500: the doubling dropped
    ("one more call a day", "calls+1"),
    ("with 11k calls, how low can conversion go?", "solve conv calls=11k"),
    ("break-even for calls at a $3 cost per call?", "solve calls cost=3"),
    # a director's asides (SET_Z22)
    ("What if AHT (currently 10:40) goes up 10%?", "aht+10%"),
    ("conversion — 2% today — could drop to 1.5%", "conv=1.5%"),
    ("Price: $150 (list), margin: 23% of price.", "price=150 margin=23%"),
    ("AHT +15% (selling adds time), uplift 8%: profit or not?", "aht+15% uplift=8%"),
    ("What if we cut cost per call, say to $2.20?", "cost=2.20"),
    ("If calls rise (they will, Q4) by 20%, what happens?", "calls+20%"),
    ("Show q4-plan (the latest version).", "show q4-plan"),
    ("AHT: 11 min; AHT increase with selling: 12%.", "aht=11min aht+12%"),
    ("Fee: none.", "fee=0"),
    ("Overhead: 30¢/call.", "overhead=0.30"),
    ("Sweep uplift 2%–10% (1% steps).", "sweep uplift=2%..10%/1%"),
    ("Levers for q4-plan, please (top three).", "levers q4-plan"),
    ("calls 9k or 10k", None),  # a bare count after "or": asked, never a second setting
    ("conversion 2% and uplift 8%", "conv=2% uplift=8%"),  # "or" asks which (SET_Z50)
    ("cost per call is $3 and cost per call drops $1", "cost=3 cost-1"),  # a set, then its change
    # roibot's own answer quoted back (SET_Z23)
    ("the payback line says 43.6 days; what if the launch is $2M?", "invest=2M"),  # was a goal
    ("increase price from $150 to $165", "price=165"),  # was the sweep 150..165
    ("sweep price from $150 to $165", "sweep price=150..165"),
    ("that's the reference case, right? show me q4-plan instead", "show q4-plan"),  # was compare
    ("what made it a cost center at 2% conversion?", "breakeven conv=2%"),
    ("you said revenue is $27,000 a day, what if calls are 10k?", "calls=10k"),
    ("the $35 margin is too high, use $30", "margin=30"),
    ("you assumed 365 days; we run 360", "days=360"),
    ("10:40 AHT is old, use 11 minutes", "aht=11min"),
    ("Margin % -80% for service only?! what if cost per call is $2?", "cost=2"),
    ("10.00% net conversion with selling: can we get that to 12%?", None),  # was conv=12%
    ("+8.00 pp of conversion from selling: what if it's only +5 pp?", None),  # was conv+5%
    ("uplift 6% and 8%", None),  # two values, nothing saying which replaces which: asked
    ("what if it had 12k calls?", "calls=12k"),  # "it had": no quote of roibot's
    ("why is the difference +$8,376,750 a year?", ""),  # a figure of the answer asked about
    ("so the upsell is worth $8.4M a year to us?", ""),
    ("Sales per day 900 with selling: what if that's 700?", None),  # its own figure: refused
    ("the chart showed uplift 2% to 10%; do 4% to 8% instead", "sweep uplift=4%..8%"),
    ("what uplift makes selling worth $500k a year?", "solve uplift for added=500k/year"),
]


@pytest.mark.parametrize(("text", "read_as"), LATER_RULES)
def test_what_the_later_sets_taught_is_read_as_said(text, read_as):
    if read_as is None:
        with pytest.raises(Refusal):
            understand(text, names=NAMES)
        return
    assert understand(text, names=NAMES).read_as == read_as


def test_a_breakeven_or_levers_typed_in_a_thread_builds_on_it():
    """ "levers please" in a thread was the command language run as typed, from the
    reference: the thread's own figures were dropped without a word."""
    from calc.commands import Breakeven, Levers

    talk = Talk()
    talk.say("what if calls are 12k")
    levers = talk.say("levers please")
    assert isinstance(levers.command, Levers) and levers.read_as == "levers calls=12k"
    breakeven = talk.say("breakeven")
    assert isinstance(breakeven.command, Breakeven) and breakeven.read_as == "breakeven calls=12k"
    assert talk.read_as("what about 15k?") == "calls=15k"  # the thread still holds its own
    fresh = understand("levers", names=NAMES, thread=Thread())
    assert fresh.read_as is None  # nothing in the thread: as typed


def test_two_values_of_one_setting_are_asked_back_with_the_sweep_between():
    with pytest.raises(Ask) as asked:
        understand("what's our verdict at 8k calls and at 12k calls?", names=NAMES)
    assert asked.value.choices == ("calls=8k", "calls=12k", "sweep calls=8k..12k")
    assert understand("calls 9k and calls 9k", names=NAMES).read_as == "calls=9k calls=9k"


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("uplift of 6% - maybe 7% - are we OK?", ("uplift=6%", "uplift=7%", "sweep uplift=6%..7%")),
        ("price $150 or $160", ("price=150", "price=160", "sweep price=150..160")),
        ("what if AHT goes up 10% or 20%", ("aht+10%", "aht+20%", "sweep aht+10%..20%")),
    ],
)
def test_a_second_value_after_maybe_or_or_is_asked_back(text, choices):
    with pytest.raises(Ask) as asked:
        understand(text, names=NAMES)
    assert asked.value.choices == choices


def test_break_even_on_service_alone_is_asked_never_answered_with_sellings_points():
    """The break-even points are selling's (uplift, payback, AHT): "what would it take to
    break even on service alone?" once answered with them (as did "… for the service side
    alone …", pinned so in english_cases until SET_Z47). The service-only center's
    break-even is a value to find, so the question is asked back, keeping what was said."""
    for text in (
        "what would it take to break even on service alone?",
        "what would it take for the service side alone to break even?",
        "how close is the service-only center to breaking even?",
    ):
        with pytest.raises(Ask) as asked:
            understand(text)
        assert asked.value.choices == (
            "solve price for service.breakeven",
            "solve cost for service.breakeven",
            "solve conv for service.breakeven",
        ), text
    with pytest.raises(Ask) as asked:
        understand("what would it take to break even on service alone with 12k calls?")
    assert all(c.endswith("calls=12k") for c in asked.value.choices), asked.value.choices


def test_two_what_ifs_weighed_against_each_other_are_asked_never_answered_as_one():
    """ "which is better: 10% more calls or a point more conversion?" was answered as one
    what-if with both changes, which is neither. Each alone is offered, with the levers;
    a hedge between two values of one input ("give or take", "or so") is no alternative."""
    for text, choices in (
        (
            "which is better: 10% more calls or a point more conversion?",
            ("calls+10%", "conv+1pp", "levers"),
        ),
        (
            "is raising price $10 better than cutting AHT by 30 seconds?",
            ("price+10", "aht-30s", "levers"),
        ),
        (
            "what if calls rise 10% or conversion drops a point?",
            ("calls+10%", "conv-1pp", "levers"),
        ),
        (  # what else is said holds for each
            "with 12k calls, which is better: uplift 9% or price $165?",
            ("calls=12k uplift=9%", "calls=12k price=165", "levers calls=12k"),
        ),
        (
            "for q3-plan, uplift 9% or price $165 — which helps more?",
            ("q3-plan uplift=9%", "q3-plan price=165", "levers q3-plan"),
        ),
    ):
        with pytest.raises(Ask) as asked:
            understand(text, names=NAMES)
        assert asked.value.choices == choices, text
    assert understand("calls are 9k a day, give or take; what if AHT goes up 10%?").read_as == (
        "calls=9k aht+10%"
    )
