"""Mentions and DMs through the real Bolt app (signed event requests) against the fake Web
API: answered in the thread with the same reply as /roi plus a "Read as" line, follow-ups
building on the thread, retries answered once, bots and edits ignored."""

from __future__ import annotations

import itertools
import json
import time
import urllib.request

import pytest

from bot.web.signing import event_envelope, signed_headers
from tests.bot.conftest import SECRET, TOKEN
from tests.bot.slack_limits import assert_within_limits
from tests.servers import running_server

_ids = itertools.count(1)


def event_body(
    text: str,
    *,
    kind: str = "app_mention",
    channel: str = "C0001",
    team: str = "T0001",
    user: str = "U0001",
    ts: str | None = None,
    thread_ts: str | None = None,
    event_id: str | None = None,
    **extra: object,
) -> str:
    ts = ts or f"1700000{next(_ids):03d}.000100"
    event = {
        "type": kind,
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "team": team,
        **extra,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    if kind == "message":
        event.setdefault("channel_type", "im")
    return event_envelope(event, team=team, event_id=event_id or f"Ev{next(_ids):06d}")


def send_event(client, body: str, retry: int | None = None):
    headers = {**signed_headers(SECRET, body), "content-type": "application/json"}
    if retry:
        headers.update({"x-slack-retry-num": str(retry), "x-slack-retry-reason": "http_timeout"})
    return client.send(body, headers)


def answers(slack, count=1):
    posted = slack.wait_for("/api/chat.postMessage", count)
    for message in posted:
        assert_within_limits(message)
    return posted


def line(message, index=0) -> str:
    block = message["blocks"][index]
    return block["text"]["text"] if "text" in block else block["elements"][0]["text"]


def read_as(message) -> str:
    notes = [b["elements"][0]["text"] for b in message["blocks"] if b["type"] == "context"]
    return next(n for n in notes if n.startswith("Read as: "))


def test_mention_is_answered_in_its_thread_with_read_as(client, slack):
    """`@roibot what if AHT goes up 15%?` in a channel: one reply, in that message's thread,
    with the table, the sentences, the command it ran, and Save as… (no Share: it is
    already in the channel)."""
    response = send_event(
        client, event_body("<@UBOT> what if AHT goes up 15%?", ts="1700000100.000100")
    )
    assert response.status == 200 and response.body == ""
    (message,) = answers(slack)
    assert message["channel"] == "C0001" and message["thread_ts"] == "1700000100.000100"
    assert line(message) == "Cost center → Profit center with sales through service"
    assert read_as(message) == "Read as: /roi aht+15%"
    assert any(b["type"] == "table" for b in message["blocks"])
    labels = [
        e["text"]["text"]
        for b in message["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    ]
    assert labels == ["Save as…", "Form", "Solve for…"]


def test_follow_ups_build_on_the_thread(client, slack):
    """A three-message thread: the second adds calls, the third replaces the AHT increase
    with a bare value."""
    root = "1700000200.000100"
    send_event(client, event_body("<@UBOT> what if AHT goes up 15%?", ts=root))
    answers(slack, 1)  # people read the answer before they follow up
    send_event(
        client, event_body("<@UBOT> and with 12k calls?", ts="1700000201.000100", thread_ts=root)
    )
    answers(slack, 2)
    send_event(
        client, event_body("<@UBOT> what about 20%?", ts="1700000202.000100", thread_ts=root)
    )
    posted = answers(slack, 3)
    assert [read_as(m) for m in posted] == [
        "Read as: /roi aht+15%",
        "Read as: /roi aht+15% calls=12k",
        "Read as: /roi aht+20% calls=12k",
    ]
    assert {m["thread_ts"] for m in posted} == {root}


def test_two_threads_and_two_teams_are_kept_apart(client, slack):
    """A follow-up in another thread, or from another team, starts from nothing."""
    send_event(client, event_body("<@UBOT> what if AHT goes up 15%?", ts="1700000300.000100"))
    answers(slack, 1)
    send_event(
        client,
        event_body(
            "<@UBOT> and with 12k calls", ts="1700000301.000100", thread_ts="1700000399.000100"
        ),
    )
    send_event(
        client,
        event_body(
            "<@UBOT> and with 12k calls",
            ts="1700000302.000100",
            thread_ts="1700000300.000100",
            team="T0002",
        ),
    )
    posted = answers(slack, 3)
    assert [read_as(m) for m in posted[1:]] == [
        "Read as: /roi calls=12k",
        "Read as: /roi calls=12k",
    ]


def test_save_this_as_saves_the_thread_then_start_over(client, slack, store):
    """ "save this as q3-plan" saves the thread's settings as a new version; "start over"
    returns to the team's default."""
    root = "1700000400.000100"
    for count, text in enumerate(
        [
            "what if AHT goes up 15% with 12k calls",
            "save this as q3-plan",
            "start over",
            "and with 10k calls",
        ],
        start=1,
    ):
        send_event(
            client,
            event_body(
                f"<@UBOT> {text}",
                ts=root if count == 1 else None,
                thread_ts=None if count == 1 else root,
            ),
        )
        posted = answers(slack, count)
    assert line(posted[1]) == "Saved q3-plan as version 1"
    saved = store.latest("T0001", "q3-plan").inputs
    assert (str(saved.calls), str(saved.aht_increase)) == ("12000", "0.15")
    assert read_as(posted[1]) == "Read as: /roi save q3-plan from reference aht+15% calls=12k"
    assert read_as(posted[2]) == "Read as: /roi"
    notes = [b["elements"][0]["text"] for b in posted[2]["blocks"] if b["type"] == "context"]
    assert "In this thread: started over, its settings cleared" in notes
    assert read_as(posted[3]) == "Read as: /roi calls=10k"


def test_a_dm_is_answered_in_the_dm(client, slack):
    """A DM is answered in the DM (not threaded when the question was not), and follow-ups
    in the DM build on it."""
    send_event(
        client, event_body("what if conversion drops to 1.5%?", kind="message", channel="D0001")
    )
    answers(slack, 1)
    send_event(client, event_body("and with 20% more calls", kind="message", channel="D0001"))
    posted = answers(slack, 2)
    assert [m["channel"] for m in posted] == ["D0001", "D0001"]
    assert [m.get("thread_ts") for m in posted] == [None, None]
    assert read_as(posted[1]) == "Read as: /roi conv=1.5% calls+20%"


def test_a_retried_delivery_is_answered_once(client, slack):
    """The same event delivered again (X-Slack-Retry-Num) is not answered twice."""
    body = event_body("<@UBOT> are we a profit center?", event_id="EvRETRY1")
    send_event(client, body)
    send_event(client, body, retry=1)
    send_event(client, body, retry=2)
    client.app.runtime.drain()  # every delivery handled: answered or ignored
    assert len(slack.posted("/api/chat.postMessage")) == 1


@pytest.mark.parametrize(
    "extra",
    [
        {"bot_id": "B0009"},
        {"subtype": "message_changed"},
        {"subtype": "message_deleted"},
        {"user": "UBOT"},
        {"subtype": "bot_message"},
    ],
)
def test_bots_edits_and_deletions_are_ignored(client, slack, extra):
    """Messages from bots (ours included), edits and deletions get no answer."""
    send_event(
        client, event_body("what if AHT goes up 15%?", kind="message", channel="D0001", **extra)
    )
    client.app.runtime.drain()
    assert slack.posted("/api/chat.postMessage") == []


def test_channel_messages_are_not_answered_twice(client, slack):
    """A mention arrives as app_mention and, if subscribed, as a channel message: it is
    answered once (from app_mention)."""
    send_event(
        client,
        event_body("<@UBOT> what if AHT goes up 15%?", channel="C0002", ts="1700000500.000100"),
    )
    send_event(
        client,
        event_body(
            "<@UBOT> what if AHT goes up 15%?",
            kind="message",
            channel="C0002",
            ts="1700000500.000100",
            channel_type="channel",
        ),
    )
    client.app.runtime.drain()
    assert len(slack.posted("/api/chat.postMessage")) == 1


def _choices(message) -> dict[str, dict]:
    """A question back's buttons by label."""
    found = [b for b in message["blocks"] if b["type"] == "actions"]
    return {e["text"]["text"]: e for block in found for e in block["elements"]}


def test_a_vague_question_is_asked_back_and_a_button_runs_the_reading_in_the_thread(client, slack):
    """`@roibot what if 15%?`: a question in the thread with one button per reading, and
    nothing computed (the thread keeps nothing: the next message starts from the base).
    A button runs its reading in the thread, on top of what the thread holds by then; the
    question then shows who chose what, and has no buttons left."""
    root = "1700000600.000100"
    send_event(client, event_body("<@UBOT> what if 15%?", ts=root))
    asked = answers(slack, 1)[0]
    assert line(asked) == '❓ "15%" of what?' and asked["thread_ts"] == root
    buttons = _choices(asked)
    assert list(buttons) == ["/roi aht+15%", "/roi conv=15%", "/roi uplift=15%"]
    assert [b["action_id"] for b in buttons.values()] == [
        "ask_choice_0",
        "ask_choice_1",
        "ask_choice_2",
    ]
    assert not any(b["type"] == "table" for b in asked["blocks"])
    send_event(client, event_body("<@UBOT> and with 12k calls", thread_ts=root))
    assert read_as(answers(slack, 2)[1]) == "Read as: /roi calls=12k"

    hook = slack.hook("ask1")
    client.action(
        "ask_choice_1",
        buttons["/roi conv=15%"]["value"],
        response_url=hook,
        message={"ts": "1700000600.000200", "thread_ts": root, "text": asked["text"]},
    )
    client.app.runtime.drain()
    chosen = answers(slack, 3)[2]
    assert chosen["thread_ts"] == root
    assert read_as(chosen) == "Read as: /roi calls=12k conv=15%"
    replaced = slack.wait_for("/hooks/ask1")[0]
    assert replaced["replace_original"] is True
    assert not any(b["type"] == "actions" for b in replaced["blocks"])
    assert "Chose /roi conv=15%" in replaced["blocks"][-1]["elements"][0]["text"]


def test_a_question_back_under_roi_is_answered_in_its_place(client, slack):
    """`/roi what if sales go up?` asks which sales; a button under that ephemeral answer
    replaces the question with the answer, saying what it ran."""
    reply = client.roi("what if sales go up?")
    buttons = _choices(reply)
    assert list(buttons) == ["/roi calls+10%", "/roi conv+1pp", "/roi uplift+1pp"]
    hook = slack.hook("ask2")
    client.action(
        "ask_choice_0",
        buttons["/roi calls+10%"]["value"],
        response_url=hook,
        container={"type": "message", "message_ts": "1.2", "is_ephemeral": True},
    )
    client.app.runtime.drain()
    answer = slack.wait_for("/hooks/ask2")[0]
    assert answer["replace_original"] is True
    assert read_as(answer) == "Read as: /roi calls+10%"
    assert any(b["type"] == "table" for b in answer["blocks"])


def test_a_forged_choice_never_writes(client, slack, store):
    """A question back's button whose value was altered to a write (or to nonsense) is
    refused as out of date; nothing is saved."""
    for value in (json.dumps({"c": "save q3 uplift=6%"}), json.dumps({"c": "calls="}), "{"):
        client.action("ask_choice_0", value, response_url=slack.hook("forged"))
    client.app.runtime.drain()
    said = slack.wait_for("/hooks/forged", 3)
    assert len(said) == 3
    assert all("that button is out of date" in json.dumps(m) for m in said)
    assert store.count("T0001") == 0


def test_forged_event_is_401_and_nothing_is_posted(client, slack):
    """An event with a wrong signature: 401, nothing answered."""
    body = event_body("<@UBOT> what if AHT goes up 15%?")
    response = client.send(
        body, {**signed_headers("not-the-secret", body), "content-type": "application/json"}
    )
    assert response.status == 401
    client.app.runtime.drain()
    assert slack.posted("/api/chat.postMessage") == []


def test_messages_tab_shows_suggested_prompts(client, slack):
    """Opening the Messages tab sets up to four suggested prompts, without a thread_ts (with
    one, the agent view fails silently)."""
    body = event_envelope(
        {"type": "app_home_opened", "user": "U0001", "channel": "D0001", "tab": "messages"},
        team="T0001",
        event_id="EvHOME1",
    )
    send_event(client, body)
    (call,) = slack.wait_for("/api/assistant.threads.setSuggestedPrompts")
    assert call["channel_id"] == "D0001" and "thread_ts" not in call
    prompts = call["prompts"] if isinstance(call["prompts"], list) else json.loads(call["prompts"])
    assert 1 <= len(prompts) <= 4 and all({"title", "message"} <= set(p) for p in prompts)


def test_how_many_agents_without_a_wage_says_how(client, slack):
    """ "how many agents?" with no wage anywhere: said so, with the question that works."""
    send_event(client, event_body("<@UBOT> how many agents do we need?"))
    (message,) = answers(slack)
    assert line(message) == (
        '⚠️ "how many agents" needs a loaded agent wage: ask "how many '
        'agents at $22 an hour?", or write /roi wage=$22 (see /roi help '
        "staffing)"
    )


def test_slash_command_in_english_shows_read_as(client):
    """/roi with English text: the same reader, and the reply says how it read it."""
    reply = client.roi("what if we get 20% more calls and conversion drops to 1.5%?")
    notes = [b["elements"][0]["text"] for b in reply["blocks"] if b["type"] == "context"]
    assert "Read as: /roi calls+20% conv=1.5%" in notes


def test_retry_is_answered_once_across_two_workers(slack, tmp_path):
    """`roi-bot serve` with two worker processes sharing the database: a delivery and its
    retries, sent at once to whichever worker takes them, are answered once."""
    env = {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": str(tmp_path / "roi.db"),
    }
    with running_server(env, args=("--workers", "2")) as (base, _):
        for n in range(5):
            body = event_body("<@UBOT> are we a profit center?", event_id=f"EvTWO{n}")
            for retry in (None, 1, 2, 3):
                headers = {**signed_headers(SECRET, body), "content-type": "application/json"}
                if retry:
                    headers["x-slack-retry-num"] = str(retry)
                request = urllib.request.Request(
                    base + "/slack/events", data=body.encode(), headers=headers, method="POST"
                )
                with urllib.request.urlopen(request, timeout=10) as response:
                    assert response.status == 200
        answers(slack, 5)
        time.sleep(0.5)
    assert len(slack.posted("/api/chat.postMessage")) == 5
