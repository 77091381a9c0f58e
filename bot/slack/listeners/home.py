"""The Home tab, the scenario form and the modals they open.

Opening the Home tab publishes it (and notes the viewer); a save, restore or delete by
anyone in the team republishes it for the team's recent viewers, in the background. Buttons
that open a modal acknowledge and open it within the same request (a trigger_id lasts 3
seconds); everything they read is the clicking user's team's, whatever a value names.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import buttons as btn
from bot import messages
from bot.replies import doc
from bot.service import Answer, Caller, HistoryView, ScenarioAnswer
from bot.slack import form, views
from bot.slack.blocks import context, shared
from bot.slack.delivery import api_error, post_shared
from bot.slack.listeners.events import PROMPTS_TITLE, SUGGESTED_PROMPTS
from bot.slack.runtime import Runtime, team_scope
from bot.slack.text import is_conversation_id
from calc import commands as cmd
from calc.commands import parse_command
from calc.errors import Refusal
from calc.names import parse_ref
from calc.report import origin
from calc.settings import apply

log = logging.getLogger("roibot")
ClientFor = Callable[[str], WebClient | None]


class HomeTab:
    """Publishing the Home tab, now for one user, later for a team's recent viewers."""

    def __init__(self, runtime: Runtime, client_for: ClientFor) -> None:
        self.runtime = runtime
        self.client_for = client_for
        self._pending: set[str] = set()
        self._drawer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="roibot-home")

    def publish(self, client: WebClient, team: str, user: str, page: int = 1) -> None:
        """Publish `user`'s Home tab (page `page` of the team's scenarios)."""
        home = self.runtime.service.home(Caller(team, user), page)
        try:
            client.views_publish(user_id=user, view=views.home_view(home))
        except SlackApiError as error:
            log.warning("views.publish failed: %s", api_error(error))
        except OSError as error:
            log.warning("views.publish failed: %s", type(error).__name__)

    def changed(self, team: str) -> None:
        """A scenario of `team` changed: republish its viewers' Home tabs after the reply
        (one run per team at a time; a change during a run schedules one more)."""
        viewers = self.runtime.viewers
        if viewers is None:
            return
        if team in self._pending:
            return
        self._pending.add(team)
        self._drawer.submit(self._republish, team)

    def _republish(self, team: str) -> None:
        self._pending.discard(team)
        try:
            viewers = self.runtime.viewers
            client = self.client_for(team)
            if viewers is None or client is None:
                return
            for user in viewers.recent(team):
                self.publish(client, team, user)
        except Exception:  # in the background: logged, never raised into a reply
            log.exception("republishing the Home tab failed")


def _caller(body: dict[str, Any], context: BoltContext) -> Caller:
    team = team_scope(context)
    if team is None:
        raise messages.OUTSIDE_WORKSPACE
    user = body.get("user") or {}
    return Caller(team, str(user.get("id") or "unknown") if isinstance(user, dict) else "unknown")


def _value(body: dict[str, Any]) -> str:
    actions = body.get("actions") or [{}]
    return str(actions[0].get("value") or "")[: btn.MAX_VALUE]


def _in_modal(body: dict[str, Any]) -> str | None:
    view = body.get("view")
    if isinstance(view, dict) and view.get("type") == "modal" and view.get("id"):
        return str(view["id"])
    return None


def _show(
    client: WebClient, body: dict[str, Any], view: dict[str, Any], *, push: bool = False
) -> None:
    """Open `view` (from the Home tab or a message), or in a modal replace it (or push it
    on top, so Close comes back)."""
    current = _in_modal(body)
    trigger = str(body.get("trigger_id") or "")
    try:
        if current and push:
            client.views_push(trigger_id=trigger, view=view)
        elif current:
            client.views_update(view_id=current, view=view)
        else:
            client.views_open(trigger_id=trigger, view=view)
    except SlackApiError as error:
        log.warning("a modal could not be shown: %s", api_error(error))
    except OSError as error:
        log.warning("a modal could not be shown: %s", type(error).__name__)


def _start(text: str) -> cmd.Compute:
    """The command a form starts from: a base and settings (`q3@2 calls+20%`)."""
    if len(text) > btn.MAX_VALUE:
        raise messages.STALE_BUTTON
    command = parse_command(text)
    if not isinstance(command, cmd.Compute):
        raise messages.STALE_BUTTON
    return command


def form_for(
    runtime: Runtime,
    caller: Caller,
    text: str,
    *,
    values: dict[str, str] | None = None,
    advanced: bool = False,
) -> dict[str, Any]:
    """The form starting from `text` (a base and settings) in the caller's team."""
    start = _start(text)
    base = runtime.service.base(caller, start.scenario)
    inputs = apply(base.values, start.settings)
    shown = {**form.prefill(inputs), **(values or {})}
    changes = " ".join(s.text for s in start.settings)
    return form.form_view(
        shown,
        [context(origin(base.source, changes))],
        form.metadata(text, advanced),
        advanced=advanced,
    )


def _result(
    outcome: Answer | ScenarioAnswer,
    *,
    form_start: str,
    title: str,
    history: str | None = None,
    notice: tuple[Any, ...] | None = None,
) -> dict[str, Any]:
    result = outcome.result
    label = (
        f"{outcome.version.name} v{outcome.version.version}"
        if isinstance(outcome, ScenarioAnswer)
        else outcome.source
    )
    return views.result_view(
        doc(outcome, with_buttons=False),
        share=outcome.pinned,
        save=btn.save_value(result.inputs, label),
        form=form_start,
        history=history,
        title=title,
        notice_line=notice,
    )


def register(app: App, runtime: Runtime, home: HomeTab) -> None:
    """The Home tab's, the form's and the modals' listeners."""

    def ack_now(ack: Ack) -> None:
        ack()

    def refuse(client: WebClient, body: dict[str, Any], refusal: Refusal) -> None:
        _show(client, body, views.notice("roibot", refusal))

    def on_home_opened(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        user = str(event.get("user") or "")
        if event.get("tab") == "messages":
            try:
                # No thread_ts: with the agent view, a call naming a thread fails silently.
                client.assistant_threads_setSuggestedPrompts(
                    channel_id=str(event.get("channel") or ""),
                    title=PROMPTS_TITLE,
                    prompts=list(SUGGESTED_PROMPTS),
                )
            except SlackApiError as error:
                log.warning("setSuggestedPrompts failed: %s", api_error(error))
            return
        team = team_scope(context)
        if event.get("tab") != "home" or team is None or not user:
            return
        if runtime.viewers is not None:
            runtime.viewers.opened(team, user)
        home.publish(client, team, user)

    def on_page(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ack()
        try:
            caller = _caller(body, context)
            page = int(_value(body)) if _value(body).isdigit() else 1
        except Refusal:
            return
        home.publish(client, caller.team, caller.user, page)

    def on_open_form(
        ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        """New scenario (the team's default), What if… (a scenario), Form (an answer's
        command), Change inputs (a result's command)."""
        ack()
        action = ((body.get("actions") or [{}])[0]).get("action_id")
        value = _value(body)
        try:
            caller = _caller(body, context)
            if action == btn.FORM_ACTION:
                value = json.loads(value).get("c", "") if value.startswith("{") else ""
            elif action == views.HOME_WHAT_IF:
                value = str(parse_ref(value))
            _show(client, body, form_for(runtime, caller, value))
        except (Refusal, ValueError, AttributeError) as error:
            refusal = error if isinstance(error, Refusal) else messages.STALE_BUTTON
            refuse(client, body, refusal)

    def on_more(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ack()
        view = body.get("view") or {}
        start, _ = form.read_metadata(str(view.get("private_metadata") or ""))
        try:
            caller = _caller(body, context)
            typed = form.typed((view.get("state") or {}).get("values") or {})
            _show(client, body, form_for(runtime, caller, start, values=typed, advanced=True))
        except Refusal as refusal:
            refuse(client, body, refusal)

    def on_form_submit(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
    ) -> None:
        start_text, _ = form.read_metadata(str(view.get("private_metadata") or ""))
        first = "f_calls"
        try:
            caller = _caller(body, context)
            start = _start(start_text)
            base = runtime.service.base(caller, start.scenario)
            before = form.prefill(apply(base.values, start.settings))
            changed, errors = form.changes(form.typed(view["state"]["values"]), before)
            if errors:
                ack(response_action="errors", errors=errors)
                return
            keys = {s.key.name for s in changed}
            settings = (*(s for s in start.settings if s.key.name not in keys), *changed)
            try:
                outcome = runtime.service.execute(cmd.Compute(base.ref, settings), caller)
            except Refusal as refusal:
                ack(
                    response_action="errors", errors={form.field_of(refusal, changed): str(refusal)}
                )
                return
        except Refusal as refusal:  # the start itself (a scenario gone, another team's)
            ack(response_action="errors", errors={first: str(refusal)})
            return
        assert isinstance(outcome, Answer)
        ack(
            response_action="update",
            view=_result(outcome, form_start=outcome.pinned, title=form.TITLE),
        )

    def on_open(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ack()
        try:
            caller = _caller(body, context)
            ref = parse_ref(_value(body))
            outcome = runtime.service.execute(cmd.Show(ref), caller)
            assert isinstance(outcome, ScenarioAnswer)
            title = f"{ref.name} v{outcome.version.version}"
            _show(
                client, body, _result(outcome, form_start=str(ref), title=title, history=ref.name)
            )
        except Refusal as refusal:
            refuse(client, body, refusal)

    def history_of(
        caller: Caller, name: str, notice: tuple[Any, ...] | None = None
    ) -> dict[str, Any]:
        outcome = runtime.service.execute(cmd.History(name), caller)
        assert isinstance(outcome, HistoryView)
        return views.history_view(outcome.history, outcome.results, notice_line=notice)

    def on_history(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ack()
        try:
            caller = _caller(body, context)
            name = parse_ref(_value(body)).name
            _show(client, body, history_of(caller, name), push=True)
        except Refusal as refusal:
            refuse(client, body, refusal)

    def on_restore(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ack()
        try:
            caller = _caller(body, context)
            data = json.loads(_value(body))
            name, version = str(data["n"]), int(data["v"])
            outcome = runtime.service.execute(
                cmd.Restore(name, version), caller, f"restore {name} {version} (Home tab)"
            )
            assert isinstance(outcome, ScenarioAnswer)
            line = (messages.restored_title(name, version, outcome.version.version),)
            _show(client, body, history_of(caller, name, line))
        except (ValueError, KeyError, TypeError):
            refuse(client, body, messages.STALE_BUTTON)
        except Refusal as refusal:
            refuse(client, body, refusal)

    def on_result_save(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        value = _value(body)
        try:
            btn.check_value(value)
        except Refusal as refusal:
            refuse(client, body, refusal)
            return
        _show(client, body, views.save_view(json.dumps({"v": value, "r": ""})), push=True)

    def shared_answer(
        body: dict[str, Any], view: dict[str, Any], context: BoltContext
    ) -> tuple[Caller, Any]:
        caller = _caller(body, context)
        try:
            data = json.loads(str(view.get("private_metadata") or "{}"))
            value = json.dumps({"c": str(data.get("c", ""))})
        except (ValueError, AttributeError):
            raise messages.STALE_BUTTON from None
        return caller, runtime.service.execute(btn.share_command(value), caller)

    def on_share_submit(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
    ) -> None:
        """Share from a modal: acknowledged at once with a "sharing" notice; the post
        follows (a Web API call must not hold the ack)."""
        try:
            shared_answer(body, view, context)
        except Refusal as refusal:
            ack(response_action="update", view=views.notice("roibot", refusal))
            return
        ack(response_action="update", view=views.notice(messages.SHARE, messages.SHARING))

    def post_share(
        body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        try:
            caller, outcome = shared_answer(body, view, context)
        except Refusal:
            return  # the ack said so
        picked = (
            view.get("state", {}).get("values", {}).get(views.SHARE_TO, {}).get(views.SHARE_TO)
            or {}
        ).get("selected_conversation")
        if picked is not None and not is_conversation_id(str(picked)):
            picked = None  # not a conversation Slack would send: the DM instead
        # No conversation picked: the user's DM with roibot (its Messages tab).
        channel = str(picked or caller.user)
        posted = shared(doc(outcome, with_buttons=False), caller.user)
        if post_shared(client, channel, posted, outcome):
            line = messages.shared_in(channel, picked is None)
        else:
            line = messages.NOT_IN_CHANNEL
        try:
            client.views_update(
                view_id=str(view.get("id") or ""), view=views.notice(messages.SHARE, line)
            )
        except (SlackApiError, OSError):
            log.warning("could not update the share notice")

    app.event("app_home_opened")(ack=ack_now, lazy=[on_home_opened])
    app.action(views.HOME_PAGE)(on_page)
    for action in (views.HOME_NEW, views.HOME_WHAT_IF, views.RESULT_FORM, btn.FORM_ACTION):
        app.action(action)(on_open_form)
    app.action(form.MORE_ACTION)(on_more)
    app.view(form.FORM_VIEW)(on_form_submit)
    app.action(views.HOME_OPEN)(on_open)
    app.action(views.HOME_HISTORY)(on_history)
    app.action(views.RESTORE)(on_restore)
    app.action(views.RESULT_SAVE)(on_result_save)
    app.view(views.RESULT_VIEW)(ack=on_share_submit, lazy=[post_share])
