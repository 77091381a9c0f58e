"""The Bolt app in process: every verb, both buttons, the modal, escapes and refusals."""

from __future__ import annotations

import json
import time

import pytest

from bot.render import SAVE_ACTION, SHARE_ACTION
from bot.signing import command_body, signed_headers
from tests.bot.conftest import SECRET, text_of
from tests.bot.slack_limits import assert_within_limits


def test_compute_reply_is_fig2_in_block_kit(client):
    """`/roi calls=9000 aht+10%`: header verdicts, native table, sentences, inputs, buttons."""
    reply = client.roi("calls=9000 aht+10%")
    kinds = [block["type"] for block in reply["blocks"]]
    assert kinds == ["header", "context", "table", "section", "section", "context", "actions"]
    assert reply["blocks"][0]["text"]["text"] == \
        "Cost center → Profit center with sales through service"
    table = reply["blocks"][2]["rows"]
    rows = {row[0]["text"]: [cell["text"] for cell in row[1:]] for row in table}
    assert rows["Net margin per day"] == ["$(16,200)", "$6,750", "+$22,950"]
    assert rows["Net margin per year"] == ["$(5,913,000)", "$2,463,750", "+$8,376,750"]
    assert rows["Cost per call"] == ["$2.50", "$2.75", "+$0.25"]
    assert rows["Margin %"] == ["-60%", "5%", " "]
    assert reply["blocks"][4]["text"]["text"] == (
        "Selling pays for itself above 5.86% uplift; AHT can rise 40% before the center "
        "slips back to a cost center.")
    assert "adds $22,950 of net margin a day, $8,376,750 a year" in text_of(reply)
    assert reply["text"] == ("Cost center → Profit center with sales through service "
                             "($8.4M a year from selling)")
    buttons = [e["text"]["text"] for e in reply["blocks"][-1]["elements"]]
    assert buttons == ["Share in channel", "Save as…"]


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
    assert "Sweep of uplift: 5 values" in sweep
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
    """A team's `default` scenario replaces the reference values for a plain /roi."""
    client.roi("save default calls=5000")
    reply = text_of(client.roi(""))
    assert "From default v1" in reply and "calls 5,000/day" in reply
    other = text_of(client.roi("", team="T0002"))
    assert "From Fig. 2 reference values" in other


def test_teams_and_enterprises_are_separate(client):
    """Same workspace id under another Enterprise org, or another workspace: no access."""
    client.roi("save secret calls=1k", team="T0001")
    assert "no scenario" in text_of(client.roi("show secret", team="T0002"))
    assert "no scenario" in text_of(client.roi("show secret", team="T0001", enterprise="E9"))
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
    reply = client.roi("save q3 uplift=6% # R&amp;D &lt;b&gt; <!channel> "
                       "<https://evil.example|click> <@U1|ann> <#C1|general>", raw=True)
    shown = text_of(client.roi("show q3"))
    assert "Note: R＆D ‹b› @\u2060channel click @\u2060ann #general" in shown
    assert "evil" not in shown
    assert_within_limits(reply)
    mention = client.roi("calls=<!channel>", raw=True)
    assert "@\u2060channel" in mention["blocks"][0]["text"]["text"]
    typed = client.roi("calls=<!channel>")
    assert "‹!channel›" in typed["blocks"][0]["text"]["text"]
    assert "<!channel>" not in json.dumps([mention, typed])


def test_share_posts_in_channel_naming_who_shared(client, slack):
    """Share in channel: the same answer, in_channel, no buttons, 'Shared by <@U…>'."""
    reply = client.roi("calls=9000 aht+10%")
    value = reply["blocks"][-1]["elements"][0]["value"]
    response = client.action(SHARE_ACTION, value, user="U0042")
    assert response.status == 200
    posted = slack.posted("/hooks/")
    assert len(posted) == 1
    message = posted[0]
    assert message["response_type"] == "in_channel" and message["replace_original"] is False
    assert_within_limits(message)
    assert all(block["type"] != "actions" for block in message["blocks"])
    assert message["blocks"][-1]["elements"][0]["text"] == "Shared by <@U0042>"
    assert "$(16,200)" in text_of(message)


def test_altered_button_value_is_revalidated(client, slack):
    """A client that alters the value gets a refusal line, never a computed lie."""
    client.action(SHARE_ACTION, json.dumps({"s": "calls=-5", "l": "x"}))
    client.action(SHARE_ACTION, "not json at all")
    client.action(SHARE_ACTION, json.dumps({"s": "conv=0.08 <!channel>", "l": "<!here>"}))
    posted = slack.posted("/hooks/")
    assert len(posted) == 3
    for message in posted:
        assert message["response_type"] == "ephemeral"
        assert message["blocks"][0]["text"]["text"].startswith("⚠️")
        assert_within_limits(message)


def test_save_as_opens_modal_and_submission_saves(client, slack, store):
    """Save as… opens a modal via views.open; the submission saves under the payload's team
    and confirms through the response_url."""
    reply = client.roi("calls=12k uplift=7%")
    value = reply["blocks"][-1]["elements"][1]["value"]
    assert client.action(SAVE_ACTION, value).status == 200
    opened = slack.posted("/api/views.open")
    assert len(opened) == 1
    view = opened[0]["view"]
    assert_within_limits(view, modal=True)
    assert view["callback_id"] == "save_as_modal" and len(view["private_metadata"]) <= 3000
    response = client.submit("q3-plan", "agreed with finance", view["private_metadata"])
    assert response.status == 200 and response.body == ""
    saved = store.latest("T0001", "q3-plan")
    assert saved.version == 1 and saved.note == "agreed with finance"
    assert str(saved.inputs.calls) == "12000"
    confirmation = slack.posted("/hooks/")[-1]
    assert "Saved q3-plan as version 1" in text_of(confirmation)
    assert_within_limits(confirmation)


def test_modal_refuses_bad_name_inline(client, slack, store):
    """A bad name comes back as a field error on the modal; nothing is saved."""
    reply = client.roi("")
    client.action(SAVE_ACTION, reply["blocks"][-1]["elements"][1]["value"])
    metadata = slack.posted("/api/views.open")[0]["view"]["private_metadata"]
    response = client.submit("list", "", metadata)
    body = json.loads(response.body)
    assert body["response_action"] == "errors"
    assert body["errors"]["name"].startswith('"list" is a command word')
    assert store.count("T0001") == 0


def test_modal_submission_from_another_team_saves_only_there(client, slack, store):
    """A submission names its own team; it can only ever write to that team."""
    reply = client.roi("")
    client.action(SAVE_ACTION, reply["blocks"][-1]["elements"][1]["value"])
    metadata = slack.posted("/api/views.open")[0]["view"]["private_metadata"]
    client.submit("shared-name", "", metadata, team="T0002")
    assert store.latest("T0002", "shared-name") is not None
    assert store.latest("T0001", "shared-name") is None


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
    from calc.inputs import REFERENCE_INPUTS

    for n in range(500):
        store.save("T0001", f"s{n:03d}", lambda _: REFERENCE_INPUTS, by="U1", command="x")
    first = client.roi("list")
    assert "Page 1 of 25" in text_of(first)
    last = client.roi("list 25")
    assert "s499" in text_of(last)
    assert "there is no page 26" in text_of(client.roi("list 26"))
    sweep = client.roi("sweep calls=1k..200k/1k")
    assert "Showing the first 99 of 200 rows" in text_of(sweep)
    staffed = client.roi("sweep aht=0..30%/5% wage=$22 hours=12")
    assert "Agents (selling)" in text_of(staffed)


def test_unexpected_error_is_one_line_and_logged(client, app, monkeypatch, caplog):
    """An internal error answers 200 with one line and a reference, and is logged."""
    import bot.service

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(bot.service.Service, "execute", broken)
    reply = client.roi("calls=9000")
    line = reply["blocks"][0]["text"]["text"]
    assert line.startswith("⚠️ something went wrong on our side (ref ")
    assert "boom" not in line
    assert any("failed (ref" in record.getMessage() for record in caplog.records)


def test_staffing_reply_says_how_many_more_agents(client):
    """`/roi calls=9000 hours=12 wage=$22 aht+10%`: the extra agents in words and the
    staffing rows in the table."""
    reply = client.roi("calls=9000 hours=12 wage=$22 aht+10%")
    text = text_of(reply)
    assert ("AHT +10% needs 16 more agents on the phones (23 more on the payroll) to hold "
            "80/20; cost per call $6.58 → $7.25.") in text
    rows = {row[0]["text"] for row in reply["blocks"][2]["rows"]}
    assert {"Agents on the phones", "Scheduled (after shrink)", "Service level",
            "Average speed of answer", "Occupancy"} <= rows


def test_saved_scenario_keeps_staffing_keys(client, store):
    """A scenario saved with staffing keys keeps them; a what-if can return to linear."""
    client.roi("save staffed calls=9000 hours=12 wage=$22 sl=90/30 shrink=35% occ=80%")
    saved = store.latest("T0001", "staffed").inputs
    assert (str(saved.wage), str(saved.sl), str(saved.sl_s), str(saved.shrink),
            str(saved.occ)) == ("22", "0.9", "30", "0.35", "0.8")
    assert "needs" in text_of(client.roi("staffed aht+5%"))
    linear = text_of(client.roi("staffed wage=none"))
    assert "cost $2.50/call" in linear and "Agents on the phones" not in linear


def test_long_history_shows_the_newest_with_a_note(client, store):
    """A scenario with 150 versions: the newest 99 shown, newest first, and a note."""
    from calc.inputs import REFERENCE_INPUTS

    for _ in range(150):
        store.save("T0001", "busy", lambda _: REFERENCE_INPUTS, by="U1", command="save busy")
    reply = client.roi("history busy")
    rows = reply["blocks"][1]["rows"]
    assert len(rows) == 100
    assert rows[1][0]["text"] == "v150" and rows[-1][0]["text"] == "v52"
    assert "Showing the newest 99 of 150 versions." in text_of(reply)
