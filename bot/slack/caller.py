"""Who is asking, resolved once per request: the middleware every listener relies on.

`ResolveCaller` (bolt-python's `Middleware.process(req, resp, next)` pattern, as its own
`IgnoringSelfEvents`) puts into the request's context:

- `runtime`: the app's shared services (the listeners are module-level functions);
- `caller`: the team scope, the user, and whether the user is a guest from another
  organisation (None when the request names no workspace: nothing is read or written).

It also answers, without running any listener, the events that are not questions: other
bots' messages, edits, deletions and every other message subtype; and when the app is
uninstalled (or its bot token revoked) it forgets the team's digests and feedback.

The guest rule (README, "Who may read a team's scenarios"): a team's saved scenarios,
history, saves and Home tab belong to the workspace that installed roibot. Someone from
another organisation in a Slack Connect channel (an event marked `is_ext_shared_channel`
whose `user_team` is neither the installing workspace nor its Enterprise Grid org; an
interaction whose user's `team_id` is another workspace, outside Enterprise Grid) may
compute from the reference values and follow a thread, nothing more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltRequest, BoltResponse
from slack_bolt.middleware import Middleware

from bot.service import Caller


def team_scope(context: BoltContext) -> str | None:
    """The store's team key: the workspace, within its Enterprise Grid org where there is
    one. None when the request names no workspace."""
    team = context.team_id
    if not team:
        return None
    return f"{context.enterprise_id}:{team}" if context.enterprise_id else team


def _user(body: dict[str, Any]) -> str:
    user = body.get("user")
    if isinstance(user, dict):
        return str(user.get("id") or "unknown")
    event = body.get("event")
    if isinstance(event, dict) and event.get("user"):
        return str(event["user"])
    return str(body.get("user_id") or user or "unknown")


def is_guest(body: dict[str, Any], context: BoltContext) -> bool:
    """True for a user from another organisation than the installing workspace's."""
    host, org = context.team_id, context.enterprise_id
    event = body.get("event")
    if isinstance(event, dict):
        if body.get("is_ext_shared_channel") is not True:
            return False
        home = event.get("user_team") or event.get("team")
        return home is not None and home not in (host, org)
    user = body.get("user")
    if isinstance(user, dict) and user.get("team_id") and user["team_id"] != host:
        # Within one Enterprise Grid org, another workspace's member is no guest.
        return not org
    return False


def caller_of(body: dict[str, Any], context: BoltContext) -> Caller | None:
    """The caller of a request, or None when it names no workspace."""
    team = team_scope(context)
    if team is None:
        return None
    return Caller(team, _user(body), guest=is_guest(body, context))


def not_a_question(body: dict[str, Any], context: BoltContext) -> bool:
    """Bots (ours included), edits, deletions and any other subtype are not questions."""
    event = body.get("event")
    if body.get("type") != "event_callback" or not isinstance(event, dict):
        return False
    if event.get("type") not in ("message", "app_mention"):
        return False
    return bool(
        event.get("bot_id")
        or event.get("subtype")
        or (context.bot_user_id and event.get("user") == context.bot_user_id)
    )


def uninstalled(body: dict[str, Any]) -> bool:
    """The app was uninstalled, or its bot token revoked."""
    event = body.get("event")
    if body.get("type") != "event_callback" or not isinstance(event, dict):
        return False
    if event.get("type") == "app_uninstalled":
        return True
    tokens = event.get("tokens") if event.get("type") == "tokens_revoked" else None
    return isinstance(tokens, dict) and bool(tokens.get("bot"))


class ResolveCaller(Middleware):
    """Resolves the caller once per request and hands listeners the runtime."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime

    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        body = req.body if isinstance(req.body, dict) else {}
        if not_a_question(body, req.context):
            return BoltResponse(status=200, body="")  # acknowledged, never answered
        team = team_scope(req.context)
        if team and uninstalled(body):
            # The team's digests stop and its feedback goes with its data; Bolt's own
            # listener then deletes the installation (its tokens).
            self.runtime.forget_team(team)
        req.context["runtime"] = self.runtime
        req.context["caller"] = caller_of(body, req.context)
        return next()
