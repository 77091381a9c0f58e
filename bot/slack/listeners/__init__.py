"""Bolt listeners, one module per Slack surface, each a set of module-level functions;
all of them registered here, in one place. A listener is thin: read the payload, call the
service, lay out, answer. The caller and the runtime come from the context (resolved once
by bot.slack.caller)."""

from __future__ import annotations

import re

from slack_bolt import App

from bot import buttons as btn
from bot.slack import form as form_view
from bot.slack import solve_form, views
from bot.slack.bolt_request import UNREADABLE_ACTION, UNREADABLE_VIEW
from bot.slack.listeners import (
    ask,
    buttons,
    errors,
    events,
    feedback,
    form,
    guards,
    home,
    modals,
    slash,
    solve,
)


def register(app: App) -> None:
    """Every listener of the app, and its error handler."""
    app.error(errors.on_error)
    app.command(re.compile(r"^/roi"))(slash.on_command)  # a renamed copy works too
    # Message buttons
    app.action(btn.SHARE_ACTION)(ack=buttons.ack_now, lazy=[buttons.on_share])
    app.action(btn.SAVE_ACTION)(buttons.on_save_as)
    app.view(views.SAVE_VIEW)(buttons.on_save_submit)
    app.action(re.compile(rf"^{btn.ASK_ACTION}_[0-9]$"))(ack=buttons.ack_now, lazy=[ask.on_choice])
    app.action(btn.FEEDBACK_ACTION)(ack=buttons.ack_now, lazy=[feedback.on_feedback])
    # Mentions and DMs
    app.event("app_mention")(ack=events.ack_now, lazy=[events.on_mention])
    app.event("message")(ack=events.ack_now, lazy=[events.on_message])
    # The Home and Messages tabs
    app.event("app_home_opened")(ack=home.ack_now, lazy=[home.on_home_opened])
    app.action(views.HOME_PAGE)(home.on_page)
    app.action(views.HOME_OPEN)(home.on_open)
    app.action(views.HOME_HISTORY)(home.on_history)
    app.action(views.RESTORE)(home.on_restore)
    # The form
    for action in (views.HOME_NEW, views.HOME_WHAT_IF, views.RESULT_FORM, btn.FORM_ACTION):
        app.action(action)(form.on_open_form)
    app.action(form_view.MORE_ACTION)(form.on_more)
    app.view(form_view.FORM_VIEW)(form.on_form_submit)
    # Solve for…
    app.action(btn.SOLVE_ACTION)(solve.on_solve_for)
    app.view(solve_form.SOLVE_VIEW)(solve.on_solve_submit)
    # An answer in a modal
    app.action(views.RESULT_SAVE)(modals.on_result_save)
    app.view(views.RESULT_VIEW)(ack=modals.on_share_submit, lazy=[modals.post_share])
    # Signed but malformed interactions
    app.action(UNREADABLE_ACTION)(guards.on_unreadable_action)
    app.view(UNREADABLE_VIEW)(guards.on_unreadable_view)
