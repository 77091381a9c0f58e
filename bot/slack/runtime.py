"""What every listener shares: the service, thread memory, the response_url poster, and the
one way a text becomes a reply document (for /roi, mentions, DMs and the console)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from slack_bolt import BoltContext

from bot.buttons import QUESTIONS
from bot.replies import doc, refusal_doc
from bot.reply import Doc
from bot.service import Caller, Outcome, Service
from bot.slack.blocks import Message, message
from bot.slack.webhook import ResponsePoster
from bot.store.answer_cache import AnswerCache
from bot.store.conversations import ConversationStore, Place
from bot.store.viewers import HomeViewers
from calc.errors import Refusal
from calc.names import ScenarioRef
from calc.understand import Understood, name_candidates, understand


def team_scope(context: BoltContext) -> str | None:
    """The store's team key: the workspace, within its Enterprise Grid org where there is
    one. None when the request names no workspace (nothing is read or written then)."""
    team = context.team_id
    if not team:
        return None
    return f"{context.enterprise_id}:{team}" if context.enterprise_id else team


@dataclass(frozen=True)
class Answered:
    """A reply, and the outcome behind it (None for a refusal): charts are drawn from it."""

    doc: Doc
    outcome: Outcome | None = None

    @cached_property
    def message(self) -> Message:
        """The reply as a Slack message, laid out once (a cached answer is sent again as
        it is)."""
        return message(self.doc)


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
    _locks: dict[Place, threading.Lock] = field(default_factory=dict)
    _guard: threading.Lock = field(default_factory=threading.Lock)

    @contextmanager
    def _one_at_a_time(self, place: Place | None) -> Iterator[None]:
        """Messages of one thread are answered in turn within a process, so a follow-up
        reads what the message before it left."""
        if place is None:
            yield
            return
        with self._guard:
            lock = self._locks.setdefault(place, threading.Lock())
            if len(self._locks) > 10_000:  # forget idle threads' locks
                self._locks = {place: lock}
        with lock:
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
        self, text: str, caller: Caller, place: Place | None = None, *, share: bool = True
    ) -> Answered:
        """The reply to `text` (command language or English) for `caller`, in `place`'s
        thread when there is one: an answer, or one refusal line. A refusal changes
        nothing, the thread included. Errors that are not the user's to fix propagate to
        the app's one error handler."""
        cache = self.cache if place is None else None
        key = (caller.team, text, share)
        if cache is not None:
            hit = cache.get(caller.team, key)
            if hit is not None:
                return self.observe(hit)
            state = cache.state(caller.team)  # read before the answer reads the database
        with self._one_at_a_time(place):
            try:
                understood = self._understand(text, caller, place)
                outcome = self.service.execute(
                    understood.command,
                    caller,
                    understood.read_as or text,
                    wants_agents=understood.wants_agents,
                )
            except Refusal as refusal:
                return self.observe(Answered(refusal_doc(refusal)))
            if (
                place is not None
                and self.conversations is not None
                and understood.thread is not None
            ):
                self.conversations.remember(place, understood.thread)
        answered = Answered(doc(outcome, read_as=understood.read_as, share=share), outcome)
        if (
            cache is not None
            and understood.read_as is None
            and isinstance(understood.command, QUESTIONS)
        ):
            cache.put(key, state, answered)
        return self.observe(answered)

    def answer(self, text: str, caller: Caller) -> Answered:
        """The reply to `/roi text`: no thread, visible to the one who asked."""
        return self.converse(text, caller)
