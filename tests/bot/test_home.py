"""The Home tab and the scenario form, through signed requests into the real Bolt app and
the local fake of Slack's Web API: what is published, for whom, within Slack's limits; the
form's prefill, its per-field refusals (the command language's own sentences), its answer,
and nothing of another team's ever read."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from urllib.parse import urlencode

import pytest

from bot.buttons import FORM_ACTION
from bot.slack import form, views
from bot.web.signing import event_envelope
from calc.commands import parse_command
from calc.errors import Refusal
from calc.inputs import REFERENCE_INPUTS
from calc.settings import parse_setting
from tests.bot.conftest import text_of
from tests.bot.slack_limits import assert_view_within_limits
from tests.bot.test_events import send_event


def open_home(client, user: str = "U0001", team: str = "T0001") -> None:
    # Republishes queued by the saves before run first: under load one ran after the user
    # below was noted as a viewer, and published a second (identical) Home tab.
    client.app.runtime.drain()
    event = {"type": "app_home_opened", "user": user, "channel": "D0001", "tab": "home"}
    send_event(client, event_envelope(event, team=team, event_id=f"EvHome{time.time_ns()}"))


def published(slack, count: int = 1, user: str | None = None) -> list[dict]:
    """The views.publish calls so far (for `user`), once there are `count`; each checked
    against Slack's limits."""
    deadline = time.monotonic() + 10
    while True:
        calls = [
            c for c in slack.posted("/api/views.publish") if user is None or c["user_id"] == user
        ]
        if len(calls) >= count or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    for call in calls:
        assert_view_within_limits(call["view"])
    return calls


def view_text(view: dict) -> str:
    out = [text_of(view)]
    for block in view["blocks"]:
        for field in block.get("fields", []):
            out.append(field["text"])
        if block.get("type") == "context":
            out += [e.get("text", "") for e in block["elements"]]
    return "\n".join(out)


def interact(client, payload: dict, team: str = "T0001", user: str = "U0001"):
    payload = {
        "team": {"id": team, "domain": "acme"},
        "api_app_id": "A0001",
        "user": {"id": user, "team_id": team, "name": "ann"},
        "trigger_id": "1337.42.abcd",
        **payload,
    }
    response = client.send(urlencode({"payload": json.dumps(payload)}))
    assert response.status == 200, response.body
    return json.loads(response.body) if response.body else {}


def click(client, action: str, value: str, *, view: dict | None = None, **who) -> dict:
    """A button on the Home tab (or, with `view`, in a modal)."""
    container = {"type": "view", "view_id": "V1"} if view else {"type": "view", "view_id": "VHOME"}
    shown = (
        {"id": "V1", "type": "modal", **(view or {})} if view else {"id": "VHOME", "type": "home"}
    )
    return interact(
        client,
        {
            "type": "block_actions",
            "container": container,
            "view": shown,
            "actions": [
                {
                    "type": "button",
                    "action_id": action,
                    "block_id": "b",
                    "value": value,
                    "action_ts": "1.3",
                }
            ],
        },
        **who,
    )


def opened(slack, path: str = "/api/views.open", count: int = 1) -> dict:
    calls = slack.wait_for(path, count)
    assert len(calls) >= count, path
    view = calls[count - 1]["view"]
    assert_view_within_limits(view)
    return view


def state(values: dict[str, str], choices: dict[str, str] | None = None) -> dict:
    """A form's `view.state.values` holding `values` typed and `choices` picked."""
    out: dict = {
        f"f_{key}": {form.VALUE: {"type": "plain_text_input", "value": text}}
        for key, text in values.items()
    }
    for block, option in (choices or {}).items():
        out[block] = {form.VALUE: {"type": "static_select", "selected_option": {"value": option}}}
    return out


def submit_form(client, view: dict, typed: dict[str, str], choices=None, **who) -> dict:
    """Submit the form `view` with the prefilled values, `typed` over them."""
    values = {
        b["block_id"][2:]: b["element"].get("initial_value", "")
        for b in view["blocks"]
        if b["type"] == "input" and b["block_id"][:2] == "f_"
    }
    values.update(typed)
    picked = {"calls_per": "day", "margin_as": "money", **(choices or {})}
    submitted = {**view, "id": "V1", "state": {"values": state(values, picked)}}
    return interact(client, {"type": "view_submission", "view": submitted}, **who)


# -- the Home tab -------------------------------------------------------------------------


def test_home_shows_the_teams_scenarios_newest_first_and_no_one_elses(client, slack, store):
    """app_home_opened → one views.publish for that user: the default verdict in the
    header, the team's scenarios newest first with verdicts, figures, who and when, and
    nothing of another team's."""
    client.roi("save q3-plan uplift=6%")
    client.roi("save q4-plan calls=12000", user="U0002")
    client.roi("save secret-plan calls=1", team="T0002")
    open_home(client)
    (call,) = published(slack)
    assert call["user_id"] == "U0001"
    view = call["view"]
    assert view["type"] == "home"
    assert view["blocks"][0] == {
        "type": "header",
        "text": {
            "type": "plain_text",
            "emoji": True,
            "text": "Cost center → Profit center with sales through service",
        },
    }
    text = view_text(view)
    assert "secret" not in text
    assert text.index("*q4-plan* v1") < text.index("*q3-plan* v1"), "newest first"
    assert (
        "*q3-plan* v1 · cost center → profit center · net margin $164,250 a year with "
        "selling · selling adds $6,077,250 a year"
    ) in text
    assert "Saved by <@U0002> · <!date^" in text
    actions = [
        [e["action_id"] for e in b["elements"]]
        for b in view["blocks"]
        if b["type"] == "actions" and b["block_id"].startswith("s:")
    ]
    assert actions == [[views.HOME_OPEN, views.HOME_WHAT_IF, views.HOME_HISTORY]] * 2


def test_home_header_is_the_teams_default(client, slack):
    """With a saved `default`, the header is its verdict, said to come from it."""
    client.roi("save default uplift=1%")
    open_home(client)
    (call,) = published(slack)
    assert call["view"]["blocks"][0]["text"]["text"] == (
        "Cost center either way; selling adds $328,500 a year"
    )
    assert "From default v1: cost center → cost center" in view_text(call["view"])


@pytest.mark.parametrize("count", [0, 1, 500])
def test_home_pages_stay_within_slacks_limits(client, slack, store, count):
    """0, 1 and 500 scenarios: every page within 100 blocks and parsed by slack-sdk; 500
    page by 25, the next page's button gives the next 25, never one twice."""
    if count:
        store.save_many(
            "T0001",
            [f"s{n:03d}" for n in range(count)],
            REFERENCE_INPUTS,
            by="U0001",
            command="bulk",
        )
    open_home(client)
    (call,) = published(slack)
    view = call["view"]
    names = [b["block_id"][2:] for b in view["blocks"] if b.get("block_id", "")[:2] == "s:"]
    if count == 0:
        assert names == [] and "No scenarios saved in this team yet" in view_text(view)
        return
    assert len(names) == min(count, 25)
    if count == 500:
        assert "Page 1 of 20" in view_text(view)
        seen = set(names)
        for page in range(2, 21):
            click(client, views.HOME_PAGE, str(page))
            next_view = published(slack, page)[-1]["view"]
            more = [
                b["block_id"][2:] for b in next_view["blocks"] if b.get("block_id", "")[:2] == "s:"
            ]
            assert len(more) == 25 and not seen & set(more)
            seen |= set(more)
        assert len(seen) == 500


def test_a_save_anywhere_in_the_team_republishes_for_its_viewers(client, slack):
    """U1 opened Home; U2 saves with /roi: U1's Home is published again with the new
    scenario. A viewer in another team is not."""
    open_home(client, "U0001")
    open_home(client, "U0009", team="T0002")
    published(slack, 2)
    reply = client.roi("save fresh-plan uplift=7%", user="U0002")
    assert reply["blocks"][0]["text"]["text"] == "Saved fresh-plan as version 1"
    calls = published(slack, 2, user="U0001")
    assert len(calls) == 2 and "*fresh-plan* v1" in view_text(calls[-1]["view"])
    client.app.runtime.drain()
    assert len(published(slack, user="U0009")) == 1
    client.roi("delete fresh-plan", user="U0002")
    calls = published(slack, 3, user="U0001")
    assert "fresh-plan" not in view_text(calls[-1]["view"])


# -- the form -------------------------------------------------------------------------------


def test_new_scenario_opens_the_form_prefilled_from_the_reference(client, slack):
    """New scenario: the form, every main field prefilled from Fig. 2 (the team has no
    default), the advanced ones behind a button; within Slack's limits."""
    click(client, views.HOME_NEW, "")
    view = opened(slack)
    assert view["callback_id"] == form.FORM_VIEW
    initial = {
        b["block_id"]: b["element"].get("initial_value")
        for b in view["blocks"]
        if b["type"] == "input" and b["element"]["type"] == "plain_text_input"
    }
    assert initial == {
        "f_calls": "9,000",
        "f_conv": "2%",
        "f_uplift": "8%",
        "f_aht": "10:40",
        "f_aht_increase": "10%",
        "f_price": "$150",
        "f_margin": "$35",
        "f_cost": "$2.50",
    }
    assert "From Fig. 2 reference values" in view_text(view)
    click(client, form.MORE_ACTION, "more", view=view)
    more = opened(slack, "/api/views.update")
    fields = [b["block_id"] for b in more["blocks"] if b["type"] == "input"]
    assert {
        "f_days",
        "f_hours",
        "f_cancel",
        "f_invest",
        "f_retained",
        "f_clv",
        "f_fee",
        "f_paid",
        "f_wage",
        "f_sl",
        "f_shrink",
        "f_occ",
        "f_overhead",
    } <= set(fields)


def test_a_valid_submit_shows_the_answer_in_the_modal(client, slack):
    """Calls changed to 12,000 a day: the modal becomes the answer (sections, no table),
    the same numbers and words as `/roi calls=12000`, with Save as…, Change inputs and
    Share."""
    click(client, views.HOME_NEW, "")
    reply = submit_form(client, opened(slack), {"calls": "12000"})
    assert reply["response_action"] == "update"
    view = reply["view"]
    assert_view_within_limits(view)
    assert all(b["type"] != "table" for b in view["blocks"])
    text = view_text(view)
    typed = client.roi("calls=12000")
    assert "From Fig. 2 reference values · what-if: calls=12000" in text
    sentences = [b["text"]["text"] for b in typed["blocks"] if b["type"] in ("header", "section")]
    assert len(sentences) >= 3 and all(sentence in text for sentence in sentences)
    assert "Sales through service adds $30,600 of net margin a day" in text
    assert "*Net margin per day*" in text and "Sales through service\n$9,000" in text
    labels = [
        e["text"]["text"] for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert labels == ["Save as…", "Change inputs"] and view["submit"]["text"] == "Share in channel"


def test_the_period_and_margin_choices_are_the_languages(client, slack):
    """270k per month and a margin of 23% of the price: the same answer as
    `/roi calls=270k/month margin=23%`."""
    click(client, views.HOME_NEW, "")
    reply = submit_form(
        client,
        opened(slack),
        {"calls": "270k", "margin": "23"},
        {"calls_per": "month", "margin_as": "share"},
    )
    typed = client.roi("calls=270k/month margin=23%")
    assert typed["blocks"][0]["text"]["text"] in view_text(reply["view"])
    assert "what-if: calls=270k/month margin=23%" in view_text(reply["view"])


BAD = {
    "calls": "lots",
    "conv": "120%",
    "uplift": "-3%",
    "aht": "10:75",
    "aht_increase": "x",
    "price": "-1",
    "margin": "abc",
    "cost": "-$2",
    "days": "0",
    "hours": "25",
    "cancel": "100%",
    "invest": "-$2",
    "retained": "-4",
    "clv": "nan",
    "fee": "-$5",
    "paid": "101%",
    "wage": "-$3",
    "sl": "80",
    "shrink": "150%",
    "occ": "0%",
    "overhead": "-$1",
}


@pytest.mark.parametrize("key", list(BAD))
def test_each_fields_refusal_is_the_command_languages_next_to_the_field(client, slack, key):
    """A bad value in any field: the form stays, the error stands next to that field, and
    it is the very sentence `/roi key=value` answers; nothing else is flagged."""
    click(client, views.HOME_NEW, "")
    view = opened(slack)
    if form.BY_KEY[key].advanced:
        click(client, form.MORE_ACTION, "more", view=view)
        view = opened(slack, "/api/views.update")
    reply = submit_form(client, view, {key: BAD[key]})
    assert reply["response_action"] == "errors"
    typed = client.roi(f"{key}={BAD[key]}")["blocks"][0]["text"]["text"]
    assert typed.startswith("⚠️ ")
    assert reply["errors"] == {f"f_{key}": typed.removeprefix("⚠️ ")}


def test_a_rule_between_fields_is_shown_against_the_changed_one(client, slack):
    """Price $10 under the margin $35: shown next to the price, as `/roi price=$10`
    says it."""
    click(client, views.HOME_NEW, "")
    reply = submit_form(client, opened(slack), {"price": "$10"})
    typed = client.roi("price=$10")["blocks"][0]["text"]["text"].removeprefix("⚠️ ")
    assert reply == {"response_action": "errors", "errors": {"f_price": typed}}


def test_what_if_prefills_from_the_scenario_and_builds_on_it(client, slack):
    """What if… on q3 v1: its values in the form; changing uplift answers from q3 v1
    with only that change on top."""
    client.roi("save q3 calls=12000 uplift=6% aht=9:30")
    click(client, views.HOME_WHAT_IF, "q3@1")
    view = opened(slack)
    initial = {
        b["block_id"]: b["element"].get("initial_value")
        for b in view["blocks"]
        if b["type"] == "input"
    }
    assert (initial["f_calls"], initial["f_uplift"], initial["f_aht"]) == ("12,000", "6%", "9:30")
    assert "From q3 v1" in view_text(view)
    reply = submit_form(client, view, {"uplift": "7%"})
    text = view_text(reply["view"])
    assert "From q3 v1 · what-if: uplift=7%" in text
    assert text_of(client.roi("q3 uplift=7%")).split("\n")[0] in text


def test_the_form_button_on_an_answer_starts_from_that_answer(client, slack):
    """Form on `/roi q3 calls+20%`: prefilled with 14,400 calls; a change keeps the
    answer's other settings."""
    client.roi("save q3 calls=12000")
    reply = client.roi("q3 calls+20%")
    value = next(
        e["value"]
        for b in reply["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == FORM_ACTION
    )
    assert json.loads(value) == {"c": "q3@1 calls+20%"}
    click(client, FORM_ACTION, value)
    view = opened(slack)
    assert (
        next(
            b["element"]["initial_value"] for b in view["blocks"] if b.get("block_id") == "f_calls"
        )
        == "14,400"
    )
    answer = submit_form(client, view, {"uplift": "6%"})
    assert "what-if: calls+20% uplift=6%" in view_text(answer["view"])


def test_another_teams_scenario_is_refused_everywhere(client, slack, store):
    """T2's scenario named in a What if…, an Open, a History or a form's metadata by a
    T1 user: refused as missing in T1, nothing of T2's shown."""
    client.roi("save secret uplift=3% calls=777", team="T0002")
    for action in (views.HOME_WHAT_IF, views.HOME_OPEN, views.HOME_HISTORY):
        click(client, action, "secret@1")
    notices = slack.wait_for("/api/views.open", 3)
    for call in notices:
        assert view_text(call["view"]) == '⚠️ no scenario "secret" in this team: see /roi list'
    forged = {
        "type": "modal",
        "callback_id": form.FORM_VIEW,
        "blocks": [],
        "private_metadata": form.metadata("secret@1", False),
    }
    reply = submit_form(client, forged, {"calls": "9000"})
    assert reply == {
        "response_action": "errors",
        "errors": {"f_calls": 'no scenario "secret" in this team: see /roi list'},
    }
    assert "777" not in json.dumps([call["body"] for call in slack.calls])


# -- Open, History and Restore, Save as… and Share from a modal --------------------------


def test_open_history_and_restore(client, slack, store):
    """Open shows a scenario's answer in a modal; History lists its versions with
    Restore; Restore saves the old version as the newest and says so."""
    client.roi("save q3 uplift=6%")
    client.roi("save q3 uplift=9%")
    click(client, views.HOME_OPEN, "q3@1")
    shown = opened(slack)
    assert shown["title"]["text"] == "q3 v1" and "uplift 6%" in view_text(shown)
    click(client, views.HOME_HISTORY, "q3", view=shown)
    history = opened(slack, "/api/views.push")
    restores = [b["accessory"]["value"] for b in history["blocks"] if "accessory" in b]
    assert restores == [json.dumps({"n": "q3", "v": 1})], "the newest is not restorable"
    click(client, views.RESTORE, restores[0], view=history)
    after = opened(slack, "/api/views.update")
    assert "Restored q3 v1 as version 3" in view_text(after)
    assert store.latest("T0001", "q3").version == 3
    assert store.latest("T0001", "q3").inputs.uplift == Decimal("0.06")


def test_save_as_and_share_from_the_answer_modal(client, slack, store):
    """Save as… from a form's answer pushes the name form; saving there confirms in the
    modal. Share posts the answer in the picked channel (or the DM), then its chart."""
    click(client, views.HOME_NEW, "")
    answer = submit_form(client, opened(slack), {"calls": "12000"})["view"]
    save_value = next(
        e["value"]
        for b in answer["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == views.RESULT_SAVE
    )
    click(client, views.RESULT_SAVE, save_value, view=answer)
    naming = opened(slack, "/api/views.push")
    assert naming["callback_id"] == views.SAVE_VIEW
    saved = client.submit("from-form", "", naming["private_metadata"])
    reply = json.loads(saved.body)
    assert reply["response_action"] == "update"
    assert view_text(reply["view"]).startswith("Saved from-form as version 1.")
    assert store.latest("T0001", "from-form").inputs.calls == 12000

    picked = {
        views.SHARE_TO: {
            views.SHARE_TO: {"type": "conversations_select", "selected_conversation": "C0777"}
        }
    }
    ack = interact(
        client,
        {"type": "view_submission", "view": {**answer, "id": "V9", "state": {"values": picked}}},
    )
    assert view_text(ack["view"]) == "Sharing…"
    (posted,) = slack.wait_for("/api/chat.postMessage")
    assert posted["channel"] == "C0777" and "Shared by <@U0001>" in json.dumps(posted)
    done = slack.wait_for("/api/views.update")[-1]
    assert done["view_id"] == "V9" and view_text(done["view"]) == "Posted in <#C0777>."
    slack.wait_for("/api/files.completeUploadExternal")


def test_share_to_a_channel_roibot_is_not_in_says_how(client, slack):
    """The picked channel refuses roibot: nothing posted, the modal says to invite it."""
    slack.not_in.add("C0888")
    click(client, views.HOME_NEW, "")
    answer = submit_form(client, opened(slack), {"calls": "12000"})["view"]
    picked = {views.SHARE_TO: {views.SHARE_TO: {"selected_conversation": "C0888"}}}
    interact(
        client,
        {"type": "view_submission", "view": {**answer, "id": "V9", "state": {"values": picked}}},
    )
    done = slack.wait_for("/api/views.update")[-1]
    assert "/invite @roibot" in view_text(done["view"])


def test_form_prefill_round_trips_through_the_language():
    """Every prefilled field, read back by the parser, gives the value it shows (rounded
    where it rounds: a prefill is for people; an untouched field is never applied)."""
    shown = form.prefill(REFERENCE_INPUTS)
    for field in form.FIELDS:
        text = shown[field.key]
        if field.key == "wage":
            assert text == ""
            continue
        try:
            parse_setting(f"{field.key}={text}")
        except Refusal as refusal:  # pragma: no cover - the failure message
            pytest.fail(f"{field.key}={text}: {refusal}")
    assert parse_command("calls=9,000").settings[0].amount == 9000
