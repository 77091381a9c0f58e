"""Digests and feedback through the real Bolt app against the fake Slack Web API: `/roi
digest add` with the channel as Slack escapes it and the creator's time zone from
users.info; the digest posted as roibot's own message with its chart in its thread; a
channel roibot is not in pausing the digest with one DM; uninstalling stopping the team's
digests and deleting its votes; "not right" votes kept and reported."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from bot.config import BotSettings
from bot.store.digests import DigestStore
from bot.store.feedback import FeedbackStore
from bot.terminal.admin import print_feedback
from bot.web.signing import event_envelope, signed_headers
from tests.bot.conftest import SECRET
from tests.bot.slack_limits import assert_within_limits
from tests.bot.test_events import answers, event_body, send_event


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _texts(message: dict) -> str:
    from tests.bot.conftest import text_of

    return text_of(message)


def _add(client, slack, text="weekly mon 09:00 q3-plan") -> dict:
    slack.time_zones["U0001"] = "America/New_York"
    client.roi("save q3-plan uplift=6%")
    return client.roi(f"digest add <#C0123|leadership> {text}", raw=True)


def test_digest_add_in_slack_uses_the_channel_id_and_the_creators_time_zone(client, slack):
    """With escaping on, Slack sends `<#C0123|leadership>`: the digest posts to C0123, at
    09:00 in the creator's time zone (users.info), and says when it first runs."""
    reply = _add(client, slack)
    text = _texts(reply)
    assert "Every Monday at 09:00 America/New_York to #leadership: q3-plan. Next: " in text
    assert "UTC" not in text
    (digest,) = DigestStore(client.app.runtime.service.store.db).of_team("T0001")
    assert (digest.channel, digest.channel_name, digest.schedule.tz) == (
        "C0123",
        "leadership",
        "America/New_York",
    )
    assert slack.posted("/api/users.info")[0]["user"] == "U0001"


def test_a_due_digest_is_posted_in_the_channel_with_its_chart_in_its_thread(client, slack):
    _add(client, slack, "daily 09:00 q3-plan")
    runtime = client.app.runtime
    report = runtime.run_digests(utc("2030-01-07T14:05"))  # 09:05 in New York
    runtime.drain()
    assert len(report.posted) == 1
    posted = [m for m in slack.posted("/api/chat.postMessage") if m["channel"] == "C0123"]
    assert len(posted) == 1
    message = posted[0]
    assert_within_limits(message)
    assert "thread_ts" not in message  # roibot's own message, in the channel
    blocks = (
        json.loads(message["blocks"]) if isinstance(message["blocks"], str) else message["blocks"]
    )
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Daily digest for #leadership", "emoji": True},
    }
    assert any(block["type"] == "table" for block in blocks)
    uploaded = slack.wait_for("/api/files.completeUploadExternal")
    assert uploaded[0]["channel_id"] == "C0123" and uploaded[0]["thread_ts"].startswith(
        "1700000000."
    )
    assert runtime.run_digests(utc("2030-01-07T14:30")).posted == []


def test_a_change_names_who_saved_it_as_a_mention_and_the_scenario_as_literal_text(client, slack):
    """ "q3-plan v1 → v2 by @dana": the saver is a mention (a user element), the name they
    typed stays literal text (rich text never parses it), within Slack's limits."""
    _add(client, slack, "daily 09:00 q3-plan")
    runtime = client.app.runtime
    runtime.run_digests(utc("2030-01-07T14:05"))
    client.roi("save q3-plan uplift=9%", user="U0DANA1")
    runtime.run_digests(utc("2030-01-08T14:05"))
    runtime.drain()
    posted = [m for m in slack.posted("/api/chat.postMessage") if m["channel"] == "C0123"]
    assert len(posted) == 2
    assert_within_limits(posted[1])
    blocks = posted[1]["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    (rich,) = [block for block in blocks if block["type"] == "rich_text"]
    elements = rich["elements"][0]["elements"]
    assert elements[0] == {"type": "text", "text": "q3-plan v1 → v2 by "}
    assert elements[1] == {"type": "user", "user_id": "U0DANA1"}
    assert elements[2]["text"].startswith(": still a profit center with selling, net a year with")


def test_a_channel_roibot_is_not_in_pauses_the_digest_with_one_dm(client, slack):
    _add(client, slack, "daily 09:00")
    slack.not_in.add("C0123")
    runtime = client.app.runtime
    assert len(runtime.run_digests(utc("2030-01-07T14:05")).paused) == 1
    assert runtime.run_digests(utc("2030-01-08T14:05")).paused == []
    dms = [m for m in slack.posted("/api/chat.postMessage") if m["channel"] == "U0001"]
    assert len(dms) == 1 and "/invite @roibot" in dms[0]["text"]
    listing = _texts(client.roi("digest list"))
    assert "paused: roibot is not in the channel" in listing


def test_uninstalling_stops_the_teams_digests_and_deletes_its_votes(client, slack):
    _add(client, slack, "daily 09:00")
    runtime = client.app.runtime
    runtime.feedback.add("T0001", "what if sales go up", "/roi", datetime.now(UTC))
    body = event_envelope({"type": "app_uninstalled"}, team="T0001", event_id="EvGone1")
    response = client.send(
        body, {**signed_headers(SECRET, body), "content-type": "application/json"}
    )
    assert response.status == 200
    assert DigestStore(runtime.service.store.db).of_team("T0001") == []
    assert runtime.run_digests(utc("2030-01-07T14:05")).posted == []
    assert runtime.feedback.misreads(datetime.now(UTC)) == []


def test_answers_in_threads_carry_feedback_buttons_and_a_not_right_vote_is_kept(
    client, slack, settings
):
    """A mention's answer ends with Slack's feedback buttons; "not right" keeps the
    question and what it was read as; "good" keeps nothing; `roi-bot feedback` reports
    the misreads grouped, most frequent first."""
    send_event(client, event_body("<@UBOT> what if AHT goes up 15%?", ts="1700000900.000100"))
    posted = answers(slack, 1)[0]
    blocks = json.loads(posted["blocks"]) if isinstance(posted["blocks"], str) else posted["blocks"]
    feedback = blocks[-1]
    assert feedback["type"] == "context_actions"
    buttons = feedback["elements"][0]
    assert buttons["type"] == "feedback_buttons" and buttons["action_id"] == "feedback"
    assert buttons["positive_button"]["value"] == "good"
    assert json.loads(buttons["negative_button"]["value"]) == {
        "q": "what if AHT goes up 15%?",
        "r": "/roi aht+15%",
    }
    client.action("feedback", "good")
    for _ in range(2):
        client.action("feedback", buttons["negative_button"]["value"])
    client.action("feedback", json.dumps({"q": "make it 20%", "r": "/roi aht+20%"}))
    client.app.runtime.drain()
    store = FeedbackStore(client.app.runtime.service.store.db)
    misreads = store.misreads(datetime.now(UTC))
    assert [(m.read_as, m.count) for m in misreads] == [("/roi aht+15%", 2), ("/roi aht+20%", 1)]
    out = io.StringIO()
    print_feedback(BotSettings(roi_db=settings.roi_db), 90, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "Answers voted not right in the last 90 days, by what they were read as:"
    assert "   2 × /roi aht+15%" in lines and "       'what if AHT goes up 15%?'" in lines
    thanks = slack.wait_for("/hooks/r1", 3)
    assert all(m.get("response_type") == "ephemeral" for m in thanks)
