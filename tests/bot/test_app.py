"""The Bolt app in process: every verb, the buttons, the modal, escapes and refusals."""

from __future__ import annotations

import json
import time

import pytest

from bot.buttons import SAVE_ACTION, SHARE_ACTION
from bot.web.signing import command_body, signed_headers
from calc.inputs import REFERENCE_INPUTS
from tests.bot.conftest import SECRET, text_of
from tests.bot.slack_limits import assert_within_limits


def buttons(reply):
    return {
        e["text"]["text"]: e
        for e in reply["blocks"][-1].get("elements", [])
        if reply["blocks"][-1]["type"] == "actions"
    }


def test_compute_reply_is_fig2_in_block_kit(client):
    """`/roi calls=9000 aht+10%`: header verdicts, native table, sentences, inputs, buttons."""
    reply = client.roi("calls=9000 aht+10%")
    kinds = [block["type"] for block in reply["blocks"]]
    assert kinds == ["header", "context", "table", "section", "section", "context", "actions"]
    assert (
        reply["blocks"][0]["text"]["text"]
        == "Cost center → Profit center with sales through service"
    )
    table = reply["blocks"][2]["rows"]
    rows = {row[0]["text"]: [cell["text"] for cell in row[1:]] for row in table}
    assert rows["Net margin per day"] == ["$(16,200)", "$6,750", "+$22,950"]
    assert rows["Net margin per year"] == ["$(5,913,000)", "$2,463,750", "+$8,376,750"]
    assert rows["Cost per call"] == ["$2.50", "$2.75", "+$0.25"]
    assert rows["Margin %"] == ["-60%", "5%", " "]
    assert reply["blocks"][4]["text"]["text"] == (
        "The center breaks even at 5.86% uplift; selling covers its own extra handle time "
        "above 0.71%.\nAHT can rise 40% over base (+10% now) before the center slips back to "
        "a cost center."
    )
    assert "adds $22,950 of net margin a day, $8,376,750 a year" in text_of(reply)
    assert reply["text"] == (
        "Cost center → Profit center with sales through service (selling adds $8.4M a year)"
    )
    assert list(buttons(reply)) == ["Share in channel", "Save as…", "Form", "Solve for…"]


def test_every_verb(client):
    """save, list, show, what-if, compare, breakeven, sweep, history, restore, delete, help."""
    assert "Saved q3 as version 1" in text_of(client.roi("save q3 uplift=6% # plan A"))
    assert "Saved q4 as version 1" in text_of(client.roi("save q4 uplift=10% aht+15%"))
    listing = text_of(client.roi("list"))
    assert "Scenarios (2)" in listing and "q3" in listing and "q4" in listing
    shown = text_of(client.roi("show q3"))
    assert "q3 v1" in shown and "Note: plan A" in shown and "uplift 6%" in shown
    what_if = text_of(client.roi("q3 aht+15%"))
    assert "From q3 v1 · what-if: aht+15%" in what_if and "AHT 10:40 (+15%)" in what_if
    assert "v1" in text_of(client.roi("show q3")), "a what-if saves nothing"
    compare = text_of(client.roi("compare q3 q4"))
    assert "q3 v1 vs q4 v1" in compare and "Break-even uplift" in compare
    breakeven = text_of(client.roi("breakeven q4"))
    assert "Break-even uplift" in breakeven and "Max AHT increase" in breakeven
    sweep = text_of(client.roi("sweep uplift=2%..10%/2%"))
    assert "Uplift from 2% to 10%: 5 values" in sweep
    client.roi("save q3 calls=10k")
    history = text_of(client.roi("history q3"))
    assert history.index("v2") < history.index("v1")
    restored = text_of(client.roi("restore q3 1"))
    assert "Restored q3 v1 as version 3" in restored
    assert "Deleted" in text_of(client.roi("delete q3"))
    assert "no scenario" in text_of(client.roi("show q3"))
    assert "Scenarios (1)" in text_of(client.roi("list"))
    assert "/roi sweep" in text_of(client.roi("help"))
    assert "Erlang C" in text_of(client.roi("help staffing"))


def test_default_scenario_is_where_plain_roi_starts(client):
    """A team's `default` scenario replaces the reference values for a plain /roi;
    `reference` (or `fig2`) always names Fig. 2."""
    client.roi("save default calls=5000")
    reply = text_of(client.roi(""))
    assert "From default v1" in reply and "calls 5,000/day" in reply
    for name in ("reference", "fig2", "REFERENCE"):
        fig2 = text_of(client.roi(f"{name} aht+10%"))
        assert "From Fig. 2 reference values" in fig2 and "calls 9,000/day" in fig2
    other = text_of(client.roi("", team="T0002"))
    assert "From Fig. 2 reference values" in other
    assert "always means the Fig. 2 reference values" in text_of(client.roi("save reference"))


def test_teams_and_enterprises_are_separate(client):
    """Same workspace id under another Enterprise org, or another workspace: no access."""
    client.roi("save secret calls=1k", team="T0001")
    assert "no scenario" in text_of(client.roi("show secret", team="T0002"))
    assert "no scenario" in text_of(client.roi("show secret", team="T0001", enterprise="E9"))
    assert "no scenario" in text_of(client.roi("secret@1", team="T0002"))
    assert "Scenarios (1)" in text_of(client.roi("list", team="T0001"))


def test_refusal_is_one_plain_line(client):
    """A refused command: one ephemeral plain-text section with reason and hint."""
    reply = client.roi("aht_incr=10%")
    assert len(reply["blocks"]) == 1
    block = reply["blocks"][0]
    assert block["text"]["type"] == "plain_text"
    assert block["text"]["text"] == '⚠️ unknown key "aht_incr": did you mean "aht+N%"?'


def test_slack_escapes_are_read_as_typed(client):
    """`&amp;` `&lt;` `&gt;`, mentions and links arrive escaped; the parser sees the typed
    text, and what is shown back cannot mention or link."""
    reply = client.roi(
        "save q3 uplift=6% # R&amp;D &lt;b&gt; <!channel> <https://evil.example|click> <@U1|ann>",
        raw=True,
    )
    shown = text_of(client.roi("show q3"))
    assert "Note: R＆D ‹b› @\u2060channel click @\u2060ann" in shown
    assert "evil" not in shown
    assert_within_limits(reply)
    mention = client.roi("calls=<!channel>", raw=True)
    assert "@\u2060channel" in mention["blocks"][0]["text"]["text"]
    typed = client.roi("calls=<!channel>")
    assert "‹!channel›" in typed["blocks"][0]["text"]["text"]
    assert "<!channel>" not in json.dumps([mention, typed])


def shared_message(slack, count: int = 1) -> dict:
    """The `count`-th message roibot posted in the channel (a share is posted after the
    ack)."""
    posted = slack.wait_for("/api/chat.postMessage", count)
    assert len(posted) == count, "one message per share"
    return posted[-1]


def refusals(slack, count: int) -> list[dict]:
    """The ephemeral refusals sent through the response_url, once there are `count`."""
    return slack.wait_for("/hooks/", count)


def test_share_posts_in_channel_naming_who_shared(client, slack):
    """Share in channel: the same answer as the bot's own message in the channel, no
    buttons, 'Shared by <@U…>'."""
    reply = client.roi("calls=9000 aht+10%")
    response = client.action(
        SHARE_ACTION, buttons(reply)["Share in channel"]["value"], user="U0042"
    )
    assert response.status == 200
    message = shared_message(slack)
    assert message["channel"] == "C0001"
    assert slack.posted("/hooks/") == []
    assert_within_limits(message)
    assert all(block["type"] != "actions" for block in message["blocks"])
    assert message["blocks"][-1]["elements"][0]["text"] == "Shared by <@U0042>"
    assert "$(16,200)" in text_of(message)


@pytest.mark.parametrize(
    "text",
    [
        "calls=9000 aht+10%",
        "breakeven cost=$3",
        "compare a b",
        "sweep uplift=2%..6%/2%",
        "show a",
        "a calls+20%",
    ],
)
def test_every_answer_to_a_question_can_be_shared(client, slack, text):
    """Compute, breakeven, compare, sweep and show each carry Share in channel, and the
    shared message is that same answer."""
    client.roi("save a uplift=6%")
    client.roi("save b uplift=9%")
    reply = client.roi(text)
    value = buttons(reply)["Share in channel"]["value"]
    client.action(SHARE_ACTION, value)
    shared = shared_message(slack)
    assert shared["blocks"][0] == reply["blocks"][0]
    assert [b for b in shared["blocks"] if b["type"] == "table"] == [
        b for b in reply["blocks"] if b["type"] == "table"
    ]


def test_share_shows_the_version_the_user_saw(client, slack):
    """A Share pressed after someone saved a newer version shares the answer the user saw
    (its base is pinned to the version), not the newer one."""
    client.roi("save default calls=5000")
    reply = client.roi("uplift=6%")
    client.roi("save default calls=7000")
    client.action(SHARE_ACTION, buttons(reply)["Share in channel"]["value"])
    shared = text_of(shared_message(slack))
    assert "From default v1" in shared and "calls 5,000/day" in shared


def test_share_never_runs_a_write(client, slack, store):
    """An altered Share value naming a write (save, delete, restore) is refused."""
    client.roi("save keep uplift=6%")
    for count, command in enumerate(
        ("delete keep", "save keep calls=1", "restore keep 1"), start=1
    ):
        client.action(SHARE_ACTION, json.dumps({"c": command}))
        assert refusals(slack, count)[-1]["blocks"][0]["text"]["text"].startswith("⚠️")
    assert store.latest("T0001", "keep").version == 1
    assert slack.posted("/api/chat.postMessage") == []


def test_altered_button_value_is_revalidated(client, slack):
    """A client that alters the value gets a refusal line, never a computed lie."""
    client.action(SHARE_ACTION, json.dumps({"c": "calls=-5"}))
    client.action(SHARE_ACTION, "not json at all")
    client.action(SHARE_ACTION, json.dumps({"c": "conv=0.08 <!channel>"}))
    client.action(SHARE_ACTION, json.dumps(["c"]))
    posted = refusals(slack, 4)
    assert len(posted) == 4 and slack.posted("/api/chat.postMessage") == []
    for message in posted:
        assert message["response_type"] == "ephemeral"
        assert message["blocks"][0]["text"]["text"].startswith("⚠️")
        assert_within_limits(message)


def test_save_as_opens_modal_and_submission_saves_exactly_the_answer(client, slack, store):
    """Save as… opens a modal via views.open; the submission saves the answer's inputs
    exactly (whatever the name held before) under the payload's team, and confirms."""
    client.roi("save q3-plan wage=$22 hours=12 uplift=5%")
    reply = client.roi("calls=12k uplift=7%")
    assert client.action(SAVE_ACTION, buttons(reply)["Save as…"]["value"]).status == 200
    opened = slack.posted("/api/views.open")
    assert len(opened) == 1
    view = opened[0]["view"]
    assert_within_limits(view, modal=True)
    assert view["callback_id"] == "save_as_modal" and len(view["private_metadata"]) <= 3000
    response = client.submit("q3-plan", "agreed with finance", view["private_metadata"])
    assert response.status == 200 and response.body == ""
    saved = store.latest("T0001", "q3-plan")
    assert saved.version == 2 and saved.note == "agreed with finance"
    assert saved.inputs == client_inputs("calls=12k uplift=7%")
    confirmation = slack.posted("/hooks/")[-1]
    assert "Saved q3-plan as version 2" in text_of(confirmation)
    assert_within_limits(confirmation)


def client_inputs(text):
    from calc.commands import parse_command
    from calc.settings import apply

    return apply(REFERENCE_INPUTS, parse_command(text).settings)


def test_modal_refuses_bad_name_inline(client, slack, store):
    """A bad name comes back as a field error on the modal; nothing is saved."""
    reply = client.roi("")
    client.action(SAVE_ACTION, buttons(reply)["Save as…"]["value"])
    metadata = slack.posted("/api/views.open")[0]["view"]["private_metadata"]
    response = client.submit("list", "", metadata)
    body = json.loads(response.body)
    assert body["response_action"] == "errors"
    assert body["errors"]["name"].startswith('"list" is a command word')
    assert store.count("T0001") == 0


def test_modal_submission_from_another_team_saves_only_there(client, slack, store):
    """A submission names its own team; it can only ever write to that team."""
    reply = client.roi("")
    client.action(SAVE_ACTION, buttons(reply)["Save as…"]["value"])
    metadata = slack.posted("/api/views.open")[0]["view"]["private_metadata"]
    client.submit("shared-name", "", metadata, team="T0002")
    assert store.latest("T0002", "shared-name") is not None
    assert store.latest("T0001", "shared-name") is None


def test_views_open_failing_is_told_to_the_user(client, slack, caplog):
    """Slack refusing to open the form: the user hears it on the response_url, logged once."""
    reply = client.roi("")
    slack.fail_paths["/api/views.open"] = 500
    client.action(SAVE_ACTION, buttons(reply)["Save as…"]["value"])
    assert len([r for r in caplog.records if "views.open failed" in r.getMessage()]) == 1
    told = slack.posted("/hooks/")
    assert len(told) == 1
    assert told[0]["blocks"][0]["text"]["text"].startswith("⚠️ Slack would not open the form")


@pytest.mark.parametrize("case", ["forged", "old", "missing", "altered", "other-body"])
def test_bad_signatures_get_401_and_change_nothing(client, slack, store, case):
    """Wrong signature, stale timestamp, missing headers, altered body, another body's
    signature: 401, nothing stored, nothing posted."""
    body = command_body("save hacked calls=1k", response_url=slack.hook())
    headers = signed_headers(SECRET, body)
    if case == "forged":
        headers = signed_headers("not-the-secret", body)
    elif case == "old":
        headers = signed_headers(SECRET, body, timestamp=int(time.time()) - 301)
    elif case == "missing":
        headers = {"content-type": "application/x-www-form-urlencoded"}
    elif case == "altered":
        body = body.replace("hacked", "hacker")
    elif case == "other-body":
        headers = signed_headers(SECRET, command_body("list"))
    response = client.send(body, headers)
    assert response.status == 401
    assert store.count("T0001") == 0
    assert slack.posted("/hooks/") == []


def test_long_list_and_sweep_stay_within_limits(client, store):
    """500 scenarios paginate; a 200-row sweep truncates with a note; both within limits."""
    store.save_many(
        "T0001", [f"s{n:03d}" for n in range(500)], REFERENCE_INPUTS, by="U1", command="x"
    )
    first = client.roi("list")
    assert "Page 1 of 25" in text_of(first)
    last = client.roi("list 25")
    assert "s499" in text_of(last)
    assert "there is no page 26" in text_of(client.roi("list 26"))
    sweep = client.roi("sweep calls=1k..200k/1k")
    assert "Showing the first 99 of 200 rows" in text_of(sweep)
    staffed = client.roi("sweep aht=0..30%/5% wage=$22 hours=12")
    assert "Agents (selling)" in text_of(staffed)


def test_unexpected_error_is_one_line_logged_with_a_reference(client, monkeypatch, caplog):
    """An internal error reaches the app's one error handler: 200 with one line and a
    reference; the traceback is logged with the same reference."""
    import bot.service

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(bot.service.Service, "execute", broken)
    reply = client.roi("calls=9000")
    line = reply["blocks"][0]["text"]["text"]
    assert line.startswith("⚠️ something went wrong on our side (ref ")
    assert "boom" not in line
    ref = line.split("(ref ")[1][:8]
    logged = [r for r in caplog.records if f"(ref {ref})" in r.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info is not None


def test_staffing_reply_names_what_sets_the_agents(client):
    """`/roi calls=9000 hours=12 wage=$22 aht+10%`: the occupancy cap binds, not 80/20,
    and the sentence says so; heads to schedule are whole people."""
    reply = client.roi("calls=9000 hours=12 wage=$22 aht+10%")
    text = text_of(reply)
    assert (
        "AHT +10% needs 16 more agents on the phones (23 more on the payroll) to keep "
        "occupancy at or under 85%; cost per call ≈$6.58 → ≈$7.25."
    ) in text
    rows = {row[0]["text"]: [c.get("text") for c in row[1:]] for row in reply["blocks"][2]["rows"]}
    assert rows["Heads to schedule (after shrink)"] == ["225", "248", "+23"]
    assert rows["Agents set by"] == ["85% occupancy cap", "85% occupancy cap", " "]


def test_saved_scenario_keeps_staffing_keys(client, store):
    """A scenario saved with staffing keys keeps them; a what-if can return to linear."""
    client.roi("save staffed calls=9000 hours=12 wage=$22 sl=90/30 shrink=35% occ=80%")
    saved = store.latest("T0001", "staffed").inputs
    assert (str(saved.wage), str(saved.sl), str(saved.sl_s), str(saved.shrink), str(saved.occ)) == (
        "22",
        "0.9",
        "30",
        "0.35",
        "0.8",
    )
    assert "needs" in text_of(client.roi("staffed aht+5%"))
    linear = text_of(client.roi("staffed wage=none"))
    assert "cost $2.50/call" in linear and "Agents on the phones" not in linear


def test_long_history_shows_the_newest_with_a_note(client, store):
    """A scenario with 150 versions: the newest 99 shown, newest first, and a note."""
    for _ in range(150):
        store.save("T0001", "busy", lambda _: REFERENCE_INPUTS, by="U1", command="save busy")
    reply = client.roi("history busy")
    rows = reply["blocks"][1]["rows"]
    assert len(rows) == 100
    assert rows[1][0]["text"] == "v150" and rows[-1][0]["text"] == "v52"
    assert "Showing the newest 99 of 150 versions." in text_of(reply)


def test_history_names_people_and_times_the_slack_way(client):
    """Who saved each version is a user mention and when is a date element (shown in the
    reader's own time zone), not a raw id and UTC text."""
    client.roi("save q3 uplift=6%", user="U0042")
    rows = client.roi("history q3")["blocks"][1]["rows"]
    saved, by = rows[1][1], rows[1][2]
    assert by == {
        "type": "rich_text",
        "elements": [
            {"type": "rich_text_section", "elements": [{"type": "user", "user_id": "U0042"}]}
        ],
    }
    date = saved["elements"][0]["elements"][0]
    assert date["type"] == "date" and abs(date["timestamp"] - time.time()) < 60
    assert date["fallback"].endswith("UTC")
