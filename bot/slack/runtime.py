"""What every listener shares, owned by one app: the service, thread memory, the answer
cache, the response_url poster, the Home tab publisher and the chart queue, and the one
way a text becomes a reply (for /roi, mentions, DMs and the console).

The app creates a Runtime in `create_app` and closes it (its pools and its chart process)
when it stops; tests make and close their own. Nothing here is a module-level singleton.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from itertools import islice
from typing import Any

from bot.buttons import feedback_value
from bot.digests.runner import RunReport, run_due
from bot.replies import doc, refusal_doc
from bot.reply import Doc, Feedback
from bot.service import Caller, Outcome, Service
from bot.slack.background import Background
from bot.slack.blocks import Message, message
from bot.slack.webhook import ResponsePoster
from bot.store.answer_cache import AnswerCache
from bot.store.conversations import ConversationStore, Place
from bot.store.digests import DigestStore
from bot.store.feedback import FeedbackStore
from bot.store.viewers import HomeViewers
from calc.commands import QUESTIONS, command_text
from calc.digests import DigestAdd
from calc.errors import Refusal
from calc.names import ScenarioRef
from calc.understand import Understood, clean, name_candidates, understand

log = logging.getLogger("roibot")

#: Per-thread locks kept for threads not being answered right now (the most recent).
IDLE_LOCKS = 10_000


@dataclass(frozen=True)
class Answered:
    """A reply, and what it answered: the outcome behind it (charts are drawn from it),
    the command words were read as and what a follow-up started from; or the refusal (a
    question back is one) when nothing was computed."""

    doc: Doc
    outcome: Outcome | None = None
    read_as: str | None = None
    notes: tuple[str, ...] = ()
    refusal: Refusal | None = None
    question: str = ""  # the text as typed (what a "not right" vote keeps)

    def with_feedback(self) -> Answered:
        """The answer with Slack's feedback buttons under it (threads and DMs)."""
        if self.outcome is None:
            return self
        said = self.read_as if self.read_as is not None else self.question
        value = feedback_value(self.question, f"/roi {said}".strip())
        parts = (*self.doc.parts, Feedback(value))
        doc = Doc(self.doc.text, parts, self.doc.refusal)
        return Answered(doc, self.outcome, self.read_as, self.notes, self.refusal, self.question)

    @cached_property
    def message(self) -> Message:
        """The reply as a Slack message, laid out once (a cached answer is sent again as
        it is)."""
        return message(self.doc)


class ThreadLocks:
    """One lock per conversation, so a thread's messages are answered in turn within a
    process. Locks held or waited for are never forgotten; of the idle ones, the least
    recently used are, past IDLE_LOCKS."""

    def __init__(self, idle: int = IDLE_LOCKS) -> None:
        self._idle = idle
        self._guard = threading.Lock()
        self._locks: OrderedDict[Place, tuple[threading.Lock, int]] = OrderedDict()

    @contextmanager
    def hold(self, place: Place) -> Iterator[None]:
        """Hold `place`'s lock for the block."""
        with self._guard:
            lock, users = self._locks.pop(place, (threading.Lock(), 0))
            self._locks[place] = (lock, users + 1)
        try:
            with lock:
                yield
        finally:
            with self._guard:
                lock, users = self._locks[place]
                self._locks[place] = (lock, users - 1)
                self._forget_idle()

    def _forget_idle(self) -> None:
        extra = len(self._locks) - self._idle
        if extra <= 0:
            return  # most releases: listing every kept lock cost each message O(threads)
        for place in list(islice(self._locks, extra)):
            if self._locks[place][1] == 0:
                del self._locks[place]

    def __len__(self) -> int:
        return len(self._locks)


@dataclass
class Runtime:
    """The service and the Slack-facing helpers one app's listeners share."""

    service: Service
    poster: ResponsePoster
    conversations: ConversationStore | None = None
    #: Who has the Home tab open (None: no Home tab, as in the terminal).
    viewers: HomeViewers | None = None
    #: Answers to commands (not English, not in threads) until the database changes.
    cache: AnswerCache | None = None
    #: Called with every reply a listener answers with (the console prints it).
    observers: list[Callable[[Answered], None]] = field(default_factory=list)
    #: Posts a threaded answer (and queues its chart); set by create_app.
    deliver: Any = None
    #: Posts shared answers as the bot's own messages (None in the console).
    delivery: Any = None
    #: Publishes the Home tab; set by create_app (None in the console).
    home: Any = None
    #: Answers voted "not right" (None: votes are not kept).
    feedback: FeedbackStore | None = None
    #: Posts digests into Slack (None in the console, which has no Slack).
    digest_poster: Any = None
    #: A user's Slack time zone, for a digest's schedule (None: UTC).
    time_zone: Callable[[Caller], str | None] | None = None
    #: Called when the app stops, to release what it owns (pools, the chart process).
    closers: list[Callable[[], None]] = field(default_factory=list)
    locks: ThreadLocks = field(default_factory=ThreadLocks)
    #: Bolt's lazy listeners run here (the app passes it to Bolt as its executor).
    background: Background = field(default_factory=Background)

    def __deepcopy__(self, memo: dict[int, Any]) -> Runtime:
        # Bolt deep-copies a request's context for its lazy listeners: they share this one.
        return self

    def close(self) -> None:
        """Release every pool and process the app owns (idempotent)."""
        self.background.shutdown(wait=True, cancel_futures=True)
        while self.closers:
            self.closers.pop()()

    def run_digests(self, now: datetime) -> RunReport:
        """Post the digests due at `now` (see bot.digests.runner)."""
        if self.digest_poster is None:
            return RunReport()
        store = self.service.store
        return run_due(now, DigestStore(store.db), store, self.digest_poster)

    def forget_team(self, team: str) -> None:
        """The app left `team`: its digests stop and its feedback votes are deleted."""
        if self.service.digests is not None:
            forgotten = self.service.digests.digests.forget_team(team)
            log.info("team %s uninstalled roibot: %d digests stopped", team, forgotten)
        if self.feedback is not None:
            self.feedback.forget_team(team)

    def drain(self) -> None:
        """Wait until every answer, chart and Home tab queued so far has been handled."""
        self.background.drain()
        for waiting in (self.delivery, self.home):
            if waiting is not None:
                waiting.drain()

    @contextmanager
    def _one_at_a_time(self, place: Place | None) -> Iterator[None]:
        """Messages of one thread are answered in turn within a process, so a follow-up
        reads what the message before it left."""
        if place is None:
            yield
            return
        with self.locks.hold(place):
            yield

    def observe(self, answered: Answered) -> Answered:
        """Tell the observers about a reply; returns it."""
        for observer in self.observers:
            observer(answered)
        return answered

    def _understand(self, text: str, caller: Caller, place: Place | None) -> Understood:
        thread = None
        if place is not None and self.conversations is not None:
            thread = self.conversations.thread(place)

        def names() -> list[str]:
            return self.service.names_in(caller, name_candidates(text))

        def base_of_thread() -> str:
            ref = ScenarioRef(thread.base) if thread is not None and thread.base else None
            return str(self.service.base(caller, ref).ref)

        return understand(text, names=names, thread=thread, base_of_thread=base_of_thread)

    def converse(
        self,
        text: str,
        caller: Caller,
        place: Place | None = None,
        *,
        share: bool = True,
        chosen: bool = False,
    ) -> Answered:
        """The reply to `text` (command language or English) for `caller`, in `place`'s
        thread when there is one: an answer, or one refusal line (or a question back). A
        refusal changes nothing, the thread included. A `chosen` text (a question back's
        button) always says what it ran. Errors that are not the user's to fix propagate
        to the app's one error handler."""
        cache = self.cache if place is None else None
        key = (caller.team, caller.guest, text, share, chosen)
        if cache is not None:
            hit = cache.get(caller.team, key)
            if hit is not None:
                return self.observe(hit)
            # Read before the answer reads the database; only for a question asked before
            # (an answer is kept from its second asking: see AnswerCache).
            state = cache.state(caller.team) if cache.asked_before(key) else None
        with self._one_at_a_time(place):
            try:
                understood = self._understand(text, caller, place)
                if isinstance(understood.command, DigestAdd) and self.time_zone is not None:
                    caller = replace(caller, tz=self.time_zone(caller))
                outcome = self.service.execute(
                    understood.command,
                    caller,
                    understood.read_as or understood.text,
                    wants_agents=understood.wants_agents,
                )
            except Refusal as refusal:
                return self.observe(
                    Answered(refusal_doc(refusal), refusal=refusal, question=clean(text))
                )
            if place is not None and self.conversations and understood.thread is not None:
                self.conversations.remember(place, understood.thread)
        read_as = understood.read_as
        if read_as is None and chosen:
            read_as = command_text(understood.command)
        answered = Answered(
            doc(outcome, read_as=read_as, share=share, notes=understood.notes),
            outcome,
            read_as,
            understood.notes,
            question=understood.text,
        )
        cacheable = read_as is None and isinstance(understood.command, QUESTIONS)
        if cache is not None and cacheable:
            cache.put(key, state, answered)
        return self.observe(answered)
