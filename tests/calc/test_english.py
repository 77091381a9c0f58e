"""The English reader: every phrasing of the table becomes its command, every sentence it
must refuse is refused with its message, any text whatever is a command or a refusal, and
follow-ups in a thread build on what was said."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.commands import Breakeven, Compute, Sweep, command_text, parse_command
from calc.english import Thread, follow, read, read_bare, resolve_bare
from calc.english.reader import MAX_QUESTION
from calc.errors import Refusal
from calc.inputs import REFERENCE_INPUTS
from calc.settings import apply
from tests.calc.english_cases import NAMES, READ, REFUSE

CASES = [(text, command) for text, command in READ if command is not None]


def to_command(text: str) -> str:
    """What `text` runs: read, then parsed (and applied to Fig. 2) like typed input."""
    command_text_ = read(text, NAMES).command()
    command = parse_command(command_text_)
    if isinstance(command, Compute | Breakeven) and command.scenario is None:
        apply(REFERENCE_INPUTS, command.settings)
    return command_text_


def test_the_tables_are_large_and_cover_every_key():
    """Well over 200 phrasings and at least 30 refusals; every key people name appears in
    at least two phrasings, and every verb is reached."""
    assert len(CASES) >= 200 and len(REFUSE) >= 30
    keys: dict[str, int] = {}
    for _, command in CASES:
        for word in command.split():
            for key in (
                "calls",
                "conv",
                "uplift",
                "aht",
                "price",
                "margin",
                "cost",
                "days",
                "hours",
                "cancel",
                "invest",
                "retained",
                "clv",
                "fee",
                "paid",
                "wage",
                "sl",
                "shrink",
                "occ",
                "overhead",
            ):
                if word.startswith(key) and word[len(key) : len(key) + 1] in "=+-":
                    keys[key] = keys.get(key, 0) + 1
    assert all(
        keys.get(key, 0) >= 2
        for key in (
            "calls",
            "conv",
            "uplift",
            "aht",
            "price",
            "margin",
            "cost",
            "days",
            "hours",
            "cancel",
            "invest",
            "retained",
            "clv",
            "fee",
            "paid",
            "wage",
            "sl",
            "shrink",
            "occ",
            "overhead",
        )
    ), keys
    verbs = {command.split()[0] if command else "" for _, command in CASES}
    assert {"breakeven", "compare", "sweep", "list", "show", "save", "help", "reset"} <= verbs


@pytest.mark.parametrize(("text", "command"), CASES)
def test_phrasing_reads_as(text, command):
    """Each phrasing becomes exactly this command, which parses in the command language."""
    assert to_command(text) == command


@pytest.mark.parametrize(("text", "message"), REFUSE)
def test_refused(text, message):
    """Never guess: each of these is refused with one line naming what was not understood
    and a command that would work."""
    with pytest.raises(Refusal) as refused:
        to_command(text)
    assert str(refused.value) == message
    assert "\n" not in str(refused.value)


WORDS = [
    "what",
    "if",
    "calls",
    "AHT",
    "conversion",
    "uplift",
    "goes",
    "up",
    "down",
    "by",
    "to",
    "from",
    "15%",
    "12k",
    "$120",
    "more",
    "fewer",
    "and",
    "with",
    "the",
    "margin",
    "price",
    "q3-plan",
    "compare",
    "vs",
    "save",
    "this",
    "as",
    "show",
    "help",
    "break",
    "even",
    "how",
    "many",
    "agents",
    "at",
    "an",
    "hour",
    "a",
    "day",
    "month",
    "10:40",
    "points",
    "percent",
    "twelve",
    "thousand",
    "half",
    "?",
    ",",
    "longer",
    "doubles",
    "open",
    "hours",
    "days",
    "year",
    "80/20",
    "delete",
    "start",
    "over",
    "=",
    "+",
]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
def test_any_words_give_a_command_or_a_refusal(text):
    """Any sentence of the reader's own words: a reading whose command parses (and stays the
    same command when written back), or a Refusal; never another exception."""
    try:
        reading = read(text, NAMES)
    except Refusal as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    try:
        command = parse_command(reading.command())
    except Refusal:
        return  # a value the language refuses (ambiguous, impossible): still a refusal
    assert parse_command(command_text(command)) == command


@settings(max_examples=800, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_command_or_a_refusal(text):
    """Any text at all: a reading or a Refusal."""
    try:
        reading = read(text, NAMES)
    except Refusal:
        return
    try:
        parse_command(reading.command())
    except Refusal:
        pass


def step(thread: Thread, text: str) -> tuple[str, Thread]:
    bare = read_bare(text, NAMES) if thread.settings else None
    reading = read(text, NAMES) if bare is None else read(resolve_bare(thread, bare), NAMES)
    reading, after, _ = follow(thread, reading)
    return reading.command(), after or Thread()


def test_a_three_message_thread():
    """ "what if AHT goes up 15%?" → aht+15%; "and with 12k calls?" → both; "what about
    20%?" can only be the AHT increase → aht+20% calls=12k."""
    thread = Thread()
    command, thread = step(thread, "what if AHT goes up 15%?")
    assert command == "aht+15%"
    command, thread = step(thread, "and with 12k calls?")
    assert command == "aht+15% calls=12k"
    command, thread = step(thread, "what about 20%?")
    assert command == "aht+20% calls=12k"
    command, thread = step(thread, "and with 14k calls")
    assert command == "aht+20% calls=14k", "a later value replaces the earlier one"
    assert thread == Thread(None, ("aht+20%", "calls=14k"))


def test_a_bare_value_that_two_settings_could_take_is_asked_about():
    """After aht+15% and uplift=6%, "20%" could be either: a question back with both."""
    from calc.errors import Ask

    thread = Thread(None, ("aht+15%", "uplift=6%"))
    with pytest.raises(Ask) as asked:
        step(thread, "what about 20%?")
    assert asked.value.choices == ("aht+20%", "uplift=20%")
    assert str(asked.value) == (
        '"20%" could be more than one setting here: say which: /roi aht+20% · /roi uplift=20%'
    )


def test_thread_base_save_and_start_over():
    """A scenario named in the thread becomes its base; "save this as" saves the thread's
    settings; "start over" clears."""
    thread = Thread()
    command, thread = step(thread, "what if q3-plan had 20% more calls")
    assert command == "q3-plan calls+20%" and thread.base == "q3-plan"
    command, thread = step(thread, "and conversion of 3%")
    assert command == "q3-plan calls+20% conv=3%"
    command, thread = step(thread, "save this as q5-plan")
    assert command == "save q5-plan from q3-plan calls+20% conv=3%"
    command, thread = step(thread, "start over")
    assert command == "reset" and thread == Thread()


def test_sweeps_and_breakeven_in_a_thread_use_its_settings():
    """A sweep in a thread carries the thread's other settings (not the swept key); a
    break-even question too."""
    thread = Thread(None, ("uplift=5%", "calls=12k"))
    command, _ = step(thread, "show uplift from 2% to 10%")
    assert command == "sweep uplift=2%..10% calls=12k"
    command, _ = step(thread, "what uplift do we need to break even?")
    assert command == "breakeven uplift=5% calls=12k"


def test_numbers_in_words():
    """ "twelve thousand", "one point five million", "half a point"."""
    assert to_command("twelve thousand calls") == "calls=12000"
    assert to_command("one point five million calls a year") == "calls=1500000/year"
    assert to_command("conversion up half a point") == "conv+0.5pp"
    sweep = parse_command(read("show calls from five thousand to ten thousand", NAMES).command())
    assert isinstance(sweep, Sweep) and sweep.rows[0].amount == D(5000)


def test_a_page_is_not_read_as_a_question():
    """Over 1,000 characters: one refusal saying so (and how to ask), whatever it holds;
    at 1,000 a question is still read."""
    question = "what if AHT goes up 15%?"
    padded = question + " " * (MAX_QUESTION - len(question))
    assert len(padded) == MAX_QUESTION and read(padded).command() == "aht+15%"
    with pytest.raises(Refusal) as refused:
        read(padded + "!")
    assert str(refused.value) == (
        "that is 1,001 characters, more than the 1,000 I read as a "
        'question: ask one thing at a time, e.g. "what if AHT goes '
        'up 15%?"'
    )
    assert read_bare("20%" + " " * 1_000) is None


def _every_sentence_read() -> list[str]:
    """Every sentence the tests read: the cases here and every set written apart."""
    from tests.calc import phrasings_unseen

    texts = [text for text, _ in READ + REFUSE]
    for name in dir(phrasings_unseen):
        if name.startswith("SET_"):
            texts += [text for text, _ in getattr(phrasings_unseen, name)]
    return texts


def test_a_num_is_made_with_exactly_its_fields():
    """Num writes its fields itself (for speed): its constructor takes every field, in
    order, with the declared default, and what it makes equals the dataclass's own."""
    import dataclasses
    import inspect

    from calc.english.tokens import Num

    fields = dataclasses.fields(Num)
    parameters = list(inspect.signature(Num.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert [p.default for p in parameters[3:]] == [f.default for f in fields[3:]]
    num = Num("5", D(5), "five", money=True, period="day")
    assert vars(num) == {
        **{f.name: f.default for f in fields[3:]},
        **{"text": "5", "amount": D(5), "source": "five", "money": True, "period": "day"},
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        num.text = "6"  # type: ignore[misc]


def test_a_letters_only_word_is_a_number_word_exactly_when_listed():
    """The lexer passes a letters-only word at a glance unless it is in ALPHA_NUMBER_WORDS:
    that set is every such word is_number_word says yes to, over every word the tests say."""
    from calc.english.numbers import ALPHA_NUMBER_WORDS, is_number_word

    texts = _every_sentence_read()
    words = {w.strip(".,?!;:").lower() for text in texts for w in text.split()}
    words |= ALPHA_NUMBER_WORDS | {"ninety", "twentyone", "hundreds", "millions"}
    letters = {w for w in words if w.isalpha()}
    assert len(letters) > 500
    assert {w for w in letters if is_number_word(w)} == ALPHA_NUMBER_WORDS


def test_an_article_passed_at_a_glance_starts_no_number():
    """The lexer tries no reading of a number at "a", "an", "another" or "half" unless the
    next word can make one; at every position of every sentence the tests read, that finds
    what trying every reading finds."""
    from calc.english.lexer import _chunks, _number_at

    texts = _every_sentence_read()
    texts += ["up a full point", "half a million", "a third", "a hundred calls", "another minute"]
    articles = 0
    for text in texts:
        chunks = _chunks(text)
        lowered = [chunk.lower() for chunk in chunks]
        for index, word in enumerate(lowered):
            quick = _number_at(chunks, lowered, index)
            assert quick == _number_at(chunks, lowered, index, every=True), (text, index)
            articles += word in ("a", "an", "another", "half") and quick[0] is not None
    assert articles >= 5  # the articles that do start a number were read as one


def test_the_fixed_phrases_tried_at_a_word_are_every_one_that_can_start_there():
    """The reader tries at each word only the fixed phrases that can start with it; at every
    position of every sentence the tests read, that finds what trying them all finds."""
    from calc.english.lexer import tokenize
    from calc.english.phrases import _fixed_at, fixed_at_every_phrase

    texts = _every_sentence_read()
    positions = 0
    for text in texts:
        try:
            tokens = tokenize(text)
        except Refusal:  # "9 mil": refused before any phrase is looked for
            continue
        for index in range(len(tokens)):
            assert _fixed_at(tokens, index) == fixed_at_every_phrase(tokens, index), (text, index)
            positions += 1
    assert positions > 5000


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("per the 11/30 forecast calls drop 12%", "per the forecast calls drop 12%"),
        ("on Nov 12 , 2026 conversion was 2%", "on , conversion was 2%"),
        ("by 12 March uplift hits 9%", "by uplift hits 9%"),
        ("before the 15th", "before the"),
        ("the 2027 budget assumes $3.10", "the budget assumes $3.10"),
        # not dates: a modal, a count, a service level, around the clock, a share
        ("we may see 2026 calls", "we may see 2026 calls"),
        ("sl 80/20 and open 24/7", "sl 80/20 and open 24/7"),
        ("1/20 of callers pay", "1/20 of callers pay"),
        ("march on with 12k calls", "march on with 12k calls"),
    ],
)
def test_dates_go_before_anything_is_read(text, kept):
    from calc.english.dates import without_dates

    words = text.split()
    chunks, lowered = without_dates(words, [w.lower() for w in words])
    assert " ".join(chunks) == kept
    assert lowered == [w.lower() for w in chunks]


def test_labels_are_passed_over_only_where_the_whole_cannot_be_read():
    from calc.english.labels import without_labels

    assert without_labels("Action item 3: model AHT +15%") == "model AHT +15%"
    assert without_labels("Cost per call 2.60 (was 2.50)") == "Cost per call 2.60"
    # a part with a setting, a value that is no label, or an intent is kept
    assert without_labels("calls 9000: conv 2%") is None
    assert without_labels("we take 9000, calls up 10%") is None
    assert without_labels("undo that: calls up 10%") is None
    # nothing left to read: no reading
    assert without_labels("Item 2: slide 4") is None
    assert read("calls 9000, item 2").command() == "calls=9000"  # the item number passed over
