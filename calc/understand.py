"""Text in, a command out: the command language first, then (for text that is not the
language) the English reader; in a thread, follow-ups build on the conversation so far.
The one place every typed entry is understood: /roi, mentions, DMs, the console, `roi`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from calc.commands import (
    Breakeven,
    Command,
    Compute,
    Levers,
    Save,
    Sweep,
    command_text,
    parse_command,
)
from calc.english import Reading, Thread, follow, read, read_bare, resolve_bare
from calc.english.dialogue_words import ON_TOP
from calc.english.thread import back_to, merge, undo
from calc.errors import Ask, Refusal
from calc.names import VERBS

#: Characters of any text read at all: a command with a save's longest note (3,000) fits;
#: anything longer (Slack allows 40,000 in a message) is refused before a pattern runs.
MAX_TEXT = 4_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Words that make a refused text the command language's to explain, not the reader's.
_COMMAND_SHAPE = re.compile(r"=|[A-Za-z_]\+|#(?=\s|$)|\.\.|\b[A-Za-z_]+-[0-9]")
_ENGLISH_HINT = re.compile(r"[a-z]{2,}")
_WRITE_VERBS = frozenset({"delete", "restore", "digest"})
# A word that can only be a scenario name or a number: a digit, `-`, `_`, `.` or `@`.
_NAME_SHAPED = re.compile(r"[a-z0-9._@-]*[0-9._@-][a-z0-9._@-]*")
# A range in the language: `key=low..high`, `key+low..high` (the sweep it means).
_RANGE = re.compile(r"[A-Za-z_]{1,40}[=+-][^=]{0,200}?\.\.[^=]{0,200}")


@dataclass(frozen=True)
class Understood:
    """A command; the command text an English question (or a thread follow-up) was read as;
    the thread after the message (None outside a thread); and what else the text asked."""

    command: Command
    read_as: str | None = None
    thread: Thread | None = None
    wants_agents: bool = False
    text: str = ""  # the text as read (control characters made spaces): what a save keeps
    notes: tuple[str, ...] = ()  # what a follow-up started from ("10% less than $3.00")


def clean(text: str) -> str:
    """Typed text safe to read and to store, the same on every backend: control characters
    (a NUL, an escape) become spaces (PostgreSQL refuses a NUL in text; SQLite kept it)."""
    return text if text.isprintable() else _CONTROL.sub(" ", text)


def admit(text: str) -> str:
    """`text` cleaned, or a Refusal when it is longer than anything roibot reads (before
    any pattern runs: the cost of reading it stays bounded whatever is sent)."""
    if len(text) > MAX_TEXT:
        raise Refusal(
            f"that is {len(text):,} characters, more than the {MAX_TEXT:,} roibot reads",
            'ask one thing at a time, e.g. "what if AHT goes up 15%?" or /roi aht+15%',
        )
    return clean(text)


def name_candidates(text: str) -> list[str]:
    """Words of `text` that could be scenario names (to look up before reading)."""
    words = {word.strip(".,;:!?\"'()").lower() for word in text.split()}
    return sorted(
        w
        for w in words
        if re.fullmatch(r"[a-z0-9._-]{1,64}", w) and re.search(r"[a-z]", w) and w not in VERBS
    )


def _written_as_language(text: str) -> bool:
    """A `key=`, a `+`, a range, a verb alone or a verb and a name (`show q3-plan x`,
    `list 2`): the text is the command language, so its own refusal (which names the fix)
    beats a question about what the words meant. A verb that starts a sentence ("show me
    the numbers") does not make it the language."""
    words = text.lower().split()
    if _COMMAND_SHAPE.search(text):
        return True
    if not words or words[0] not in VERBS:
        return False
    # `list ፩`: a digit of another script where a number is meant is the language's to refuse
    second = words[1] if len(words) > 1 else ""
    return (
        len(words) == 1
        or words[0] in _WRITE_VERBS
        or bool(_NAME_SHAPED.fullmatch(second))
        or any(char.isdigit() for char in second)
    )


def _command_shaped(text: str) -> bool:
    """Text written as the command language (settings, a verb first, a note): a refusal of
    it is best explained in the language's own terms."""
    if _written_as_language(text):
        return True
    from calc.english.lexer import tokenize

    return all(
        t.kind in ("num", "setting", "name", "range") or (t.kind == "word" and _is_key(t.text))
        for t in tokenize(text)
    )


def _is_key(word: str) -> bool:
    from calc.keys import lookup

    return lookup(word) is not None


_FOLLOWS: dict[type, str] = {Compute: "compute", Breakeven: "breakeven", Levers: "levers"}


def _in_thread(
    command: Command, thread: Thread | None
) -> tuple[Reading, Thread | None, list[str]] | None:
    """A command-language compute, breakeven or levers typed in a thread builds on it, like
    a question would ("levers please" after "what if calls are 12k" is `levers calls=12k`,
    and says so)."""
    verb = _FOLLOWS.get(type(command)) if thread is not None else None
    if verb is None or thread is None:
        return None
    assert isinstance(command, Compute | Breakeven | Levers)
    reading = Reading(
        verb,
        str(command.scenario) if command.scenario else None,
        tuple(s.text for s in command.settings),
    )
    return follow(thread, reading)


def understand(
    text: str,
    *,
    names: Sequence[str] | Callable[[], Sequence[str]] = (),
    thread: Thread | None = None,
    base_of_thread: Callable[[], str] | None = None,
) -> Understood:
    """`text` as a command (and, in a thread, the thread after it), or the Refusal saying
    what was wrong and how to write it (an Ask where two or three readings fit). `names`
    are the team's scenario names the text may mention (or a function giving them: only
    English needs them, so a command never waits for the lookup); `base_of_thread` names
    the pinned base a thread's save starts from. Text over MAX_TEXT is refused unread;
    English is read up to 1,000 characters."""
    text = admit(text)
    return replace(_understand(text, names, thread, base_of_thread), text=text)


def _understand(
    text: str,
    names: Sequence[str] | Callable[[], Sequence[str]],
    thread: Thread | None,
    base_of_thread: Callable[[], str] | None,
) -> Understood:
    polite = _polite_tail(text, names)
    if polite is not None:  # "breakeven pls": the command, and it says what it ran
        typed = _typed(polite, text, thread)
        return replace(typed, read_as=typed.read_as or command_text(polite))
    try:
        command = parse_command(text)
        if _courtesy(command, text, names):
            raise Refusal("a courtesy, not a scenario")  # read as English: "thanks"
    except Refusal as refused:
        swept = _range_as_sweep(text)
        if isinstance(swept, Refusal):
            raise swept from None  # a range written in the language is the language's
        if swept is not None:
            return _typed(swept, text, thread)
        language = refused
        try:
            understood = _english(
                text, names() if callable(names) else names, thread, base_of_thread
            )
        except Refusal as english:
            if isinstance(english, Ask) and not _written_as_language(text):
                raise english from None
            if not isinstance(english, Ask) and not (
                _command_shaped(text) or not _ENGLISH_HINT.search(text.lower())
            ):
                raise english from None
            raise language from None
        if understood.read_as == "" and _written_as_language(text):
            # The language refused it and the reader found nothing in it: never the base
            # answer for text that was meant as settings (`conv+0%..2%`).
            raise language from None
        return understood
    return _typed(command, text, thread)


def _courtesy(
    command: Command, text: str, names: Sequence[str] | Callable[[], Sequence[str]]
) -> bool:
    """ "thanks", "hi": one word the language would take for a scenario's name, said to
    roibot rather than asked of it (unless the team has a scenario of that name)."""
    if not isinstance(command, Compute) or command.settings or command.scenario is None:
        return False  # every command with settings (nearly all) stops here
    from calc.english.dialogue_words import POLITE
    from calc.english.lexicon import GREETINGS

    word = text.strip().strip("!.?,").lower()
    return word in POLITE | GREETINGS and word not in (names() if callable(names) else names)


_PLEASE = frozenset({"pls", "plz", "please", "thanks", "thx", "ty"})


def _polite_tail(text: str, names: Sequence[str] | Callable[[], Sequence[str]]) -> Command | None:
    """A command with a courtesy after it ("breakeven pls", "levers please"): the command
    (never the courtesy read as a scenario's name), or None."""
    words = text.split()
    if len(words) < 2 or words[-1].strip("!.?,").lower() not in _PLEASE or "#" in text:
        return None  # (a save's note is the user's own words, "thanks" included)
    if words[0].rstrip(",:").lower() not in VERBS:  # "levers, please"
        return None  # English or settings: the reader passes a courtesy over itself
    last = words[-1].strip("!.?,").lower()
    if last in {n.lower() for n in (names() if callable(names) else names)}:
        return None
    try:
        return parse_command(" ".join(words[:-1]))
    except Refusal:
        return None


def _range_as_sweep(text: str) -> Command | Refusal | None:
    """A range typed in the language without `sweep` (`uplift=2%..10%`, `aht+0%..60%/10%`):
    the sweep it means, or the sweep's refusal; None for text with no such range."""
    words = text.split()
    if not words or words[0].lower() in VERBS or not any(_RANGE.fullmatch(w) for w in words):
        return None
    try:
        return parse_command("sweep " + text)
    except Refusal as refusal:
        return refusal


def _typed(command: Command, text: str, thread: Thread | None) -> Understood:
    """A command typed in the language (in a thread, building on it)."""
    # A range typed without `sweep` is read as the sweep it means, and says so.
    read_as = (
        command_text(command)
        if isinstance(command, Sweep) and not text.lower().lstrip().startswith("sweep")
        else None
    )
    followed = _in_thread(command, thread)
    if followed is None:
        return Understood(command, read_as, thread)
    reading, after, notes = followed
    typed = command_text(command)
    effective = parse_command(reading.command())
    read_as = reading.command() if reading.command() != typed else None
    return Understood(effective, read_as, after, notes=tuple(notes))


def _reading(text: str, names: Sequence[str], thread: Thread | None) -> Reading:
    bare = read_bare(text, names) if thread is not None and thread.settings else None
    if bare is not None and thread is not None:
        words = set(re.findall(r"[a-z]+", text.lower()))
        on_top = bool(ON_TOP & words)
        # "make that 7%", "make it 7%": the value just said, as "back to 7%" takes it
        latest = not on_top and not words.isdisjoint(("that", "it"))
        setting = back_to(thread, bare) if latest else resolve_bare(thread, bare, on_top=on_top)
        return Reading("compute", settings=(setting,), on_top=on_top)
    return read(text, names)


def _going_back(reading: Reading, thread: Thread | None) -> Understood:
    """ "undo": the thread's state before; "back to 10%": one setting back to a value."""
    if reading.verb == "undo":
        before = undo(thread)
        again = Reading("compute", before.base, before.settings)
        return Understood(
            parse_command(again.command()),
            again.command(),
            before,
            notes=("back to the answer before the last one",),
        )
    if thread is None or reading.bare is None:
        return _going_back(Reading("undo"), None)  # nothing to go back to: refused
    setting = back_to(thread, reading.bare)
    settings, _ = merge(thread.settings, (setting,))
    again = Reading("compute", thread.base, settings)
    return Understood(
        parse_command(again.command()), again.command(), thread.then(thread.base, settings)
    )


def _english(
    text: str, names: Sequence[str], thread: Thread | None, base_of_thread: Callable[[], str] | None
) -> Understood:
    reading = _reading(text, names, thread)
    if reading.verb == "reset":
        after = thread.then(None, ()) if thread is not None else None
        return Understood(Compute(), "", after, notes=("started over, its settings cleared",))
    if reading.verb in ("undo", "back"):
        return _going_back(reading, thread)
    reading, after, notes = follow(thread, reading)
    if (
        reading.verb == "save"
        and thread is not None
        and reading.scenario is None
        and base_of_thread is not None
    ):
        # Pin the save to what the thread was answering from, not NAME's own latest.
        reading = replace(reading, scenario=base_of_thread())
    command = parse_command(reading.command())
    if isinstance(command, Save) and thread is None and not reading.settings:
        raise Refusal(
            "save needs settings or a thread to save",
            "ask in a thread, or write /roi save q3-plan uplift=6%",
        )
    return Understood(command, reading.command(), after, reading.wants_agents, notes=tuple(notes))
