"""What every listener shares: the service, the response_url poster, and the one way a text
becomes a reply document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from slack_bolt import BoltContext

from bot.frontdoor import understand
from bot.replies import doc, refusal_doc
from bot.reply import Doc
from bot.service import Caller, Service
from bot.webhook import ResponsePoster
from calc.errors import Refusal


def team_scope(context: BoltContext) -> str | None:
    """The store's team key: the workspace, within its Enterprise Grid org where there is
    one. None when the request names no workspace (nothing is read or written then)."""
    team = context.team_id
    if not team:
        return None
    return f"{context.enterprise_id}:{team}" if context.enterprise_id else team


@dataclass
class Runtime:
    """The service and the Slack-facing helpers one app's listeners share."""

    service: Service
    poster: ResponsePoster
    #: Called with every reply document a listener answers with (the console prints it).
    observers: list[Callable[[Doc], None]] = field(default_factory=list)

    def observe(self, reply: Doc) -> Doc:
        """Tell the observers about a reply; returns it."""
        for observer in self.observers:
            observer(reply)
        return reply

    def answer(self, text: str, caller: Caller) -> Doc:
        """The reply to `text` for `caller`: an answer, or one refusal line. Errors that are
        not the user's to fix propagate to the app's one error handler."""
        try:
            understood = understand(text)
            outcome = self.service.execute(understood.command, caller, text)
            reply = doc(outcome, read_as=understood.read_as)
        except Refusal as refusal:
            reply = refusal_doc(refusal)
        return self.observe(reply)
