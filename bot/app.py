"""The Bolt app: one `/roi` command listener, two buttons and one modal, all thin.

Each listener parses, calls the service, renders and acks. Our work takes well under a
millisecond, so the app runs with `process_before_response=True`: the reply rides in the
HTTP response itself, without Bolt's 10 ms ack polling.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from slack_bolt import Ack, App, BoltContext
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient
from slack_sdk.webhook import WebhookClient

from bot.config import BotSettings
from bot.render import (
    SAVE_ACTION,
    SHARE_ACTION,
    Reply,
    render,
    render_refusal,
    result_blocks,
    shared,
)
from bot.service import Caller, Saved, Service
from bot.slack_text import inert, to_typed
from bot.store import ScenarioStore
from calc.commands import parse_command
from calc.errors import Refusal
from calc.inputs import REFERENCE_INPUTS
from calc.model import Result, evaluate
from calc.names import MAX_NAME, check_name
from calc.settings import apply, parse_settings

log = logging.getLogger("roibot")
# slack-sdk logs its own copy of every failed call; we log each failure once, ourselves.
_quiet = logging.getLogger("roibot.slack_sdk")
_quiet.setLevel(logging.CRITICAL + 1)
_quiet.propagate = False

SAVE_VIEW = "save_as_modal"
WEB_TIMEOUT_S = 2  # keeps every listener inside Slack's 3-second budget
MAX_VALUE = 2000
SLACK_HOOKS = "hooks.slack.com"


def team_scope(context: BoltContext) -> str | None:
    """The store's team key: the workspace, within its Enterprise Grid org where there is
    one. None when the request names no workspace (nothing is read or written then)."""
    team = context.team_id
    if not team:
        return None
    return f"{context.enterprise_id}:{team}" if context.enterprise_id else team


def _failure(what: str) -> Reply:
    ref = uuid.uuid4().hex[:8]
    log.exception("%s failed (ref %s)", what, ref)
    return render_refusal(Refusal(f"something went wrong on our side (ref {ref})",
                                  "nothing was changed; try again"))


class RoiBot:
    """The listeners, bound to one service and one set of settings."""

    def __init__(self, service: Service, settings: BotSettings) -> None:
        self.service = service
        api = urlparse(settings.slack_api_url or "https://slack.com/api/")
        # response_urls we will post to: Slack's hooks host, or the API host we were told to
        # use (a local fake in tests). Anything else in a payload is not followed.
        self.allowed_hosts = {SLACK_HOOKS, api.netloc}

    # -- the slash command --------------------------------------------------------------

    def answer(self, text: str, caller: Caller) -> Reply:
        """The reply to `/roi text` for `caller`: an answer, or one refusal line."""
        try:
            command = parse_command(text)
            return render(self.service.execute(command, caller, text))
        except Refusal as refusal:
            return render_refusal(refusal)
        except Exception:
            return _failure("/roi")

    def on_command(self, ack: Ack, command: dict[str, Any], context: BoltContext) -> None:
        """`/roi …`: answered in the ack itself, visible only to the one who asked."""
        team = team_scope(context)
        if team is None:
            reply = render_refusal(Refusal("roibot works inside a Slack workspace", "try again"))
        else:
            text = to_typed(command.get("text") or "")
            reply = self.answer(text, Caller(team, command.get("user_id") or "unknown"))
        ack(text=reply["text"], blocks=reply["blocks"], response_type="ephemeral")

    # -- buttons and the modal ----------------------------------------------------------

    def _post(self, url: str | None, payload: dict[str, Any]) -> None:
        if not url or urlparse(url).netloc not in self.allowed_hosts or not url.startswith(
                ("https://", "http://127.0.0.1", "http://localhost")):
            log.warning("not posting to a response_url outside Slack")
            return
        try:
            response = WebhookClient(url, timeout=WEB_TIMEOUT_S, logger=_quiet).send_dict(payload)
            if response.status_code >= 300:
                log.warning("response_url answered %s", response.status_code)
        except Exception as error:  # the user still got an ack; log once and stay up
            log.warning("response_url failed: %s", type(error).__name__)

    @staticmethod
    def _result_from(value: str) -> tuple[Result, str]:
        """A button value re-validated exactly like typed input (a client may alter it)."""
        if len(value) > MAX_VALUE:
            raise Refusal("that button is out of date", "run the command again")
        try:
            data = json.loads(value)
            settings_text, label = str(data["s"]), str(data.get("l", ""))
        except (ValueError, KeyError, TypeError):
            raise Refusal("that button is out of date", "run the command again") from None
        inputs = apply(REFERENCE_INPUTS, parse_settings(settings_text.split()))
        return evaluate(inputs), inert(label, 100)

    def on_share(self, ack: Ack, body: dict[str, Any]) -> None:
        """Share in channel: the same answer, posted visibly, naming who shared it."""
        ack()
        user = (body.get("user") or {}).get("id", "someone")
        try:
            result, label = self._result_from(body["actions"][0].get("value", ""))
            reply: Reply = {"text": "roibot answer", "blocks": result_blocks(
                result, label or "a shared answer", buttons=False)}
            payload = shared(reply, user)
            payload["replace_original"] = False
        except Refusal as refusal:
            payload = {**render_refusal(refusal), "response_type": "ephemeral",
                       "replace_original": False}
        except Exception:
            payload = {**_failure("share"), "replace_original": False}
        self._post(body.get("response_url"), payload)

    def on_save_as(self, ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        """Save as…: a modal asking for a name and a note."""
        ack()
        try:
            self._result_from(body["actions"][0].get("value", ""))
            metadata = json.dumps({"v": body["actions"][0]["value"],
                                   "r": body.get("response_url") or ""})
            if len(metadata) > 3000:
                raise Refusal("that answer is too large to save from a button",
                              "use /roi save NAME …")
            client.views_open(trigger_id=body["trigger_id"], view=save_modal(metadata))
        except Refusal as refusal:
            self._post(body.get("response_url"), {**render_refusal(refusal),
                                                  "replace_original": False})
        except Exception:
            _failure("views.open")

    def on_save_submit(self, ack: Ack, body: dict[str, Any], view: dict[str, Any],
                       context: BoltContext) -> None:
        """The modal's Save: validated like `/roi save`, then confirmed in the thread."""
        team = team_scope(context)
        values = view.get("state", {}).get("values", {})
        name = ((values.get("name", {}).get("name", {}) or {}).get("value") or "").strip()
        note = ((values.get("note", {}).get("note", {}) or {}).get("value") or "").strip()
        try:
            if team is None:
                raise Refusal("roibot works inside a Slack workspace", "try again")
            check_name(name)
            metadata = json.loads(view.get("private_metadata") or "{}")
            result, _ = self._result_from(str(metadata.get("v", "")))
            user = (body.get("user") or {}).get("id", "unknown")
            saved = self.service.store.save(
                team, name, lambda _: result.inputs, by=user,
                command=f"save {name} (from Save as…)", note=note[:3000])
        except Refusal as refusal:
            ack(response_action="errors", errors={"name": inert(str(refusal), 150)})
            return
        except Exception:
            _failure("save")
            ack(response_action="errors", errors={"name": "Could not save; nothing changed."})
            return
        ack()
        reply = render(Saved(saved, evaluate(saved.inputs)))
        self._post(str(metadata.get("r") or ""), {**reply, "replace_original": False,
                                                  "response_type": "ephemeral"})


def save_modal(metadata: str) -> dict[str, Any]:
    """The Save as… modal."""
    return {
        "type": "modal",
        "callback_id": SAVE_VIEW,
        "title": {"type": "plain_text", "text": "Save scenario"},
        "submit": {"type": "plain_text", "text": "Save"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": metadata,
        "blocks": [
            {"type": "input", "block_id": "name", "label": {"type": "plain_text",
                                                            "text": "Name"},
             "hint": {"type": "plain_text",
                      "text": "Letters, digits, - _ and . (e.g. q3-plan). Saving an existing "
                              "name adds a version."},
             "element": {"type": "plain_text_input", "action_id": "name",
                         "max_length": MAX_NAME}},
            {"type": "input", "block_id": "note", "optional": True,
             "label": {"type": "plain_text", "text": "Note"},
             "element": {"type": "plain_text_input", "action_id": "note", "multiline": True,
                         "max_length": 3000}},
        ],
    }


def create_app(settings: BotSettings, *, store: ScenarioStore | None = None,
               authorize: Callable[..., AuthorizeResult] | None = None) -> App:
    """The Bolt app for `settings`: signatures always verified, one listener per action."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    secret = (settings.slack_signing_secret.get_secret_value()
              if settings.slack_signing_secret else "")
    # Bolt takes the token from the client when it is given one.
    client = WebClient(token=None if authorize else token, timeout=WEB_TIMEOUT_S,
                       base_url=settings.slack_api_url or WebClient.BASE_URL, logger=_quiet)
    bolt_log = logging.getLogger("slack_bolt.roibot")
    # Bolt reads SLACK_BOT_TOKEN from the environment itself and then warns that the client
    # we pass wins; it does, on purpose (it carries our base URL and timeout).
    level = bolt_log.level
    bolt_log.setLevel(logging.ERROR)
    try:
        app = App(signing_secret=secret, client=client, authorize=authorize,
                  process_before_response=True, logger=bolt_log)
    finally:
        bolt_log.setLevel(level)
    bot = RoiBot(Service(store or ScenarioStore(settings.roi_db)), settings)
    app.command(re.compile(r"^/roi"))(bot.on_command)
    app.action(SHARE_ACTION)(bot.on_share)
    app.action(SAVE_ACTION)(bot.on_save_as)
    app.view(SAVE_VIEW)(bot.on_save_submit)
    return app


def local_authorize(**kwargs: Any) -> AuthorizeResult:
    """Authorization with no Slack to ask: for the console (and offline tests)."""
    return AuthorizeResult(enterprise_id=kwargs.get("enterprise_id"),
                           team_id=kwargs.get("team_id"), bot_token="xoxb-local",
                           bot_id="BLOCAL", bot_user_id="ULOCAL")
