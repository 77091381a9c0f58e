"""`roi-bot serve` on 127.0.0.1 (uvicorn, our ASGI adapter, Bolt): signed requests, forged
ones, /healthz, the posts the app makes to a fake Slack, and hostile clients on real
sockets (slow, idle, huge, junk) while legitimate commands must still be answered."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from bot.buttons import SAVE_ACTION, SHARE_ACTION
from bot.store.scenarios import ScenarioStore
from bot.store.sqlite import SqliteDatabase
from bot.web.signing import command_body, event_envelope, signed_headers
from tests.bot.conftest import SECRET, TOKEN, text_of
from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_limits import assert_view_within_limits, assert_within_limits
from tests.servers import running_server


def post(url, body, headers, timeout=10):
    data = body if isinstance(body, bytes) else body.encode()
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


class Http:
    """One test's view of the module's server: its own team and response_url, so tests that
    share the server cannot see each other's scenarios or posts."""

    def __init__(self, base: str, slack: FakeSlack, db: Path, log: Path, name: str) -> None:
        self.base, self.slack, self.db, self.log = base, slack, db, log
        self.team = "T" + hashlib.sha1(name.encode()).hexdigest()[:8].upper()
        self.hook = f"h-{self.team}"

    def store(self) -> ScenarioStore:
        return ScenarioStore(SqliteDatabase(self.db))

    def posted(self) -> list[dict]:
        return self.slack.posted(f"/hooks/{self.hook}")

    @property
    def channel(self) -> str:
        return "C" + self.team[1:]

    def wait_in_channel(self, count: int = 1) -> list[dict]:
        """The bot's own messages in this test's channel, once there are `count`."""
        deadline = time.monotonic() + 10
        while True:
            found = [
                m
                for m in self.slack.posted("/api/chat.postMessage")
                if m.get("channel") == self.channel
            ]
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.01)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One server (2 workers) and one fake Slack for the module: starting uvicorn's worker
    processes costs about a second, so the tests share it."""
    folder = tmp_path_factory.mktemp("serve")
    with FakeSlack() as slack:
        env = {
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_API_URL": slack.api_url,
            "ROI_DB": str(folder / "roi.db"),
        }
        log = folder / "serve.log"
        with running_server(env, log=log, args=("--workers", "2")) as (base, process):
            yield base, slack, folder / "roi.db", log, process


@pytest.fixture
def http(shared, request) -> Http:
    base, slack, db, log, _ = shared
    return Http(base, slack, db, log, request.node.name)


def slash(http: Http, text: str) -> dict:
    body = command_body(text, team=http.team, response_url=http.slack.hook(http.hook))
    status, answer = post(http.base + "/slack/events", body, signed_headers(SECRET, body))
    assert status == 200, answer
    reply = json.loads(answer)
    assert_within_limits(reply)
    return reply


def test_healthz_and_unknown_paths(http):
    """/healthz reports the database readable and writable; other paths 404."""
    base = http.base
    with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
        assert json.loads(response.read()) == {
            "ok": True,
            "database": "ok",
            "reachable": True,
            "writable": True,
        }
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(base + "/admin", timeout=5)
    assert missing.value.code == 404


def test_every_verb_over_http(http):
    """Each verb answers a correctly signed request through the production server."""
    assert "$(16,200)" in text_of(slash(http, "calls=9000 aht+10%"))
    assert "Saved q3 as version 1" in text_of(slash(http, "save q3 uplift=6%"))
    assert "Saved q4 as version 1" in text_of(slash(http, "save q4 uplift=9%"))
    for text, expected in [
        ("list", "Scenarios (2)"),
        ("show q3", "q3 v1"),
        ("q3 aht+15%", "what-if: aht+15%"),
        ("compare q3 q4", "q3 v1 vs q4 v1"),
        ("breakeven", "Break-even points"),
        ("sweep uplift=2..10%/4%", "Uplift from 2% to 10%: 3 values"),
        ("history q3", "History of q3"),
        ("restore q3 1", "as version 2"),
        ("delete q4", "Deleted"),
        ("help", "Examples:"),
    ]:
        assert expected in text_of(slash(http, text)), text
    assert "/api/auth.test" in http.slack.paths()
    store = http.store()
    assert store.latest(http.team, "q3").version == 2
    assert store.latest(http.team, "q4") is None


def _action(http, action_id, value, **extra):
    payload = {
        "type": "block_actions",
        "team": {"id": http.team},
        "user": {"id": "U0007", "team_id": http.team},
        "api_app_id": "A0001",
        "trigger_id": f"1.2.{http.team}",
        "response_url": http.slack.hook(http.hook),
        "channel": {"id": http.channel, "name": "leaders"},
        "actions": [{"action_id": action_id, "block_id": "b", "value": value, "type": "button"}],
        **extra,
    }
    body = "payload=" + urllib.parse.quote(json.dumps(payload))
    return post(http.base + "/slack/events", body, signed_headers(SECRET, body))


def test_buttons_and_modal_over_http(http):
    """Share posts to the response_url; Save as… opens the modal; submitting saves."""
    reply = slash(http, "calls=9000 aht+10%")
    share_value = reply["blocks"][-1]["elements"][0]["value"]
    save_value = reply["blocks"][-1]["elements"][1]["value"]
    assert _action(http, SHARE_ACTION, share_value)[0] == 200
    shared = http.wait_in_channel()
    assert shared and "Shared by <@U0007>" in json.dumps(shared[0])
    assert "$(16,200)" in json.dumps(shared[0])
    assert _action(http, SAVE_ACTION, save_value)[0] == 200
    view = next(
        call["view"]
        for call in http.slack.posted("/api/views.open")
        if call["trigger_id"] == f"1.2.{http.team}"
    )
    payload = {
        "type": "view_submission",
        "team": {"id": http.team},
        "user": {"id": "U0007", "team_id": http.team},
        "api_app_id": "A0001",
        "view": {
            "id": "V1",
            "callback_id": "save_as_modal",
            "type": "modal",
            "private_metadata": view["private_metadata"],
            "state": {
                "values": {
                    "name": {"name": {"value": "from-modal"}},
                    "note": {"note": {"value": "hi"}},
                }
            },
        },
    }
    body = "payload=" + urllib.parse.quote(json.dumps(payload))
    assert post(http.base + "/slack/events", body, signed_headers(SECRET, body))[0] == 200
    assert http.store().latest(http.team, "from-modal").note == "hi"


def test_home_tab_over_http(http):
    """app_home_opened through the real server: its Home tab published for that user with
    the team's scenario; a save then republishes it (another worker may take either)."""
    slash(http, "save over-http uplift=6%")
    user = "U" + http.team[1:]
    event = {"type": "app_home_opened", "user": user, "channel": "D0001", "tab": "home"}
    body = event_envelope(event, team=http.team, event_id=f"EvHomeHttp{http.team}")
    headers = {**signed_headers(SECRET, body), "content-type": "application/json"}
    assert post(http.base + "/slack/events", body, headers)[0] == 200

    def published(version: str) -> list[dict]:
        """The views published for the user, once one shows `version` (or 10 s have gone)."""
        deadline = time.monotonic() + 10
        while True:
            found = [
                c["view"] for c in http.slack.posted("/api/views.publish") if c["user_id"] == user
            ]
            if any(version in json.dumps(v) for v in found) or time.monotonic() > deadline:
                return found
            time.sleep(0.01)

    # The first save's own republish may still be running when the tab is opened, and then
    # publishes to the new viewer too: one view or two, each of version 1.
    views = published("*over-http* v1")
    assert views and all("*over-http* v1" in json.dumps(v) for v in views)
    for view in views:
        assert_view_within_limits(view)
    slash(http, "save over-http uplift=7%")
    views = published("*over-http* v2")
    assert any("*over-http* v2" in json.dumps(v) for v in views)


@pytest.mark.parametrize("case", ["forged", "stale", "word timestamp", "no headers"])
def test_forged_or_stale_requests_get_401(http, case):
    """A forged signature, a timestamp over five minutes old or not a number, or none:
    401, nothing changes."""
    body = command_body(
        "save hacked calls=1k", team=http.team, response_url=http.slack.hook(http.hook)
    )
    headers = signed_headers(SECRET, body)
    if case == "forged":
        headers = signed_headers("wrong-secret", body)
    elif case == "stale":
        headers = signed_headers(SECRET, body, timestamp=int(time.time()) - 600)
    elif case == "word timestamp":
        headers = {**headers, "x-slack-request-timestamp": "soon"}
    else:
        headers = {"content-type": "application/x-www-form-urlencoded"}
    status, _ = post(http.base + "/slack/events", body, headers)
    assert status == 401
    assert http.store().count(http.team) == 0
    assert http.posted() == []


def test_unsigned_junk_is_401_with_at_most_one_log_line(http):
    """104 junk requests of at most 10 bytes: each 401 (never 500), and the log holds at
    most one short line about them (per worker, summarised each minute), through the
    redaction."""
    base, log = http.base, http.log
    before = log.read_text() if log.exists() else ""
    junk = [b"", b"{", b"payload=", b"{]", b"\xff\xfe", b"a=b&c", b"[1,2]", b"x" * 10]
    statuses = set()
    for n in range(104):
        body = junk[n % len(junk)]
        kind = "application/json" if n % 2 else "application/x-www-form-urlencoded"
        statuses.add(post(base + "/slack/events", body, {"content-type": kind})[0])
    assert statuses == {401}
    written = log.read_text()[len(before) :]
    assert "Traceback" not in written
    assert len(written.splitlines()) <= 2 and len(written) < 400, written
    assert all("refused requests since the last report" in line for line in written.splitlines()), (
        written
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"text": "save payload-plan uplift=6%"},
        {"text": "save q3 uplift=6% # payload"},
        {"channel": "C0001", "channel_name": "payload-team"},
        {"user_name": "payloader"},
        {"team_domain": "payloadco"},
    ],
)
def test_payload_word_in_any_field_is_a_command(client, fields):
    """The word "payload" anywhere in a slash command's form (text, note, channel, user,
    workspace) is still a command, answered (slack_bolt 1.30.0 read such a body as an
    empty interaction payload: 404 "unhandled request"). Bolt's signature check still
    runs over the exact bytes."""
    from urllib.parse import parse_qsl, urlencode

    text = fields.pop("text", "calls=9000")
    base = dict(parse_qsl(command_body(text, response_url=client.slack.hook())))
    body = urlencode({**base, **fields})
    assert "payload" in body
    response = client.send(body)
    assert response.status == 200, response.body
    reply = json.loads(response.body)
    assert not reply["blocks"][0]["text"]["text"].startswith("⚠️"), reply
    forged = client.send(body, signed_headers("not-the-secret", body))
    assert forged.status == 401


def test_payload_word_over_http(http):
    """The same through the production server: `save payload-plan` saves."""
    reply = slash(http, "save payload-plan uplift=6% # payload")
    assert text_of(reply).startswith("Saved payload-plan as version 1")


@pytest.mark.parametrize(
    "extra", [{"actions": []}, {"actions": [None]}, {"response_url": 12345}, {"actions": "share"}]
)
def test_malformed_signed_interactions_are_handled(http, extra):
    """Signed interaction payloads with `actions: []`, a non-object action, a numeric
    response_url: 200 with a one-line answer, never a 500."""
    status, _ = _action(http, SHARE_ACTION, "{}", **extra)
    assert status == 200
    assert "Traceback" not in http.log.read_text()
    told = http.posted()
    if "response_url" in extra:
        assert told == [], "a response_url that is not a URL is never posted to"
    else:
        assert [m["text"] for m in told] == [
            "That button could not be read; nothing was changed. Run the command again."
        ]


def test_body_over_the_limit_is_refused_before_it_is_read(http):
    """Content-Length of 10 MB: 413 at once, without the server reading the body; a
    chunked body past 1 MiB: 413 after at most the limit."""
    base = http.base
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: "
            b"application/x-www-form-urlencoded\r\nContent-Length: 10485760\r\n\r\n"
        )
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        chunk = b"x" * 65536
        answer = b""
        try:
            for _ in range(32):  # 2 MiB offered
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            pass  # the server stopped reading and closed: that is the point
        try:
            answer = sock.recv(4096)
        except OSError:
            answer = b""
    assert answer.startswith(b"HTTP/1.1 413") or answer == b""


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total = 0.0
    for proc in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{proc}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except FileNotFoundError:
            pass
    return total


def _children(pid: int) -> list[int]:
    try:
        direct = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []
    return direct + [grand for child in direct for grand in _children(child)]


@pytest.fixture
def server(slack, tmp_path):
    """A server of the test's own (its memory is measured)."""
    env = {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": str(tmp_path / "roi.db"),
    }
    with running_server(env, args=("--workers", "2")) as (base, process):
        yield base, process


def test_hostile_clients_do_not_stop_legitimate_commands(server, slack):
    """While 20 clients send half a request (10 of them a byte at a time), 100 connections
    sit idle and 4 clients keep sending 10 MB unsigned bodies: a signed `/roi` is answered
    within 3 s at least 9 times in 10, and the server's processes stay within 250 MB."""
    base, process = server
    host, port = base.removeprefix("http://").split(":")
    address = (host, int(port))
    stop = threading.Event()
    sockets: list[socket.socket] = []

    def hold(sock: socket.socket) -> None:
        sockets.append(sock)

    def connect() -> socket.socket | None:
        try:
            return socket.create_connection(address, timeout=5)
        except OSError:
            return None

    def idle() -> None:
        while not stop.is_set():
            sock = connect()
            if sock:
                hold(sock)
            stop.wait(2)

    def half_sent(trickle: bool) -> None:
        while not stop.is_set():
            sock = connect()
            if sock is None:
                continue
            hold(sock)
            try:
                sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 50000\r\n")
                if trickle:
                    sock.sendall(b"\r\n")
                    while not stop.is_set():
                        sock.sendall(b"a")
                        stop.wait(0.2)
                else:
                    stop.wait(30)
            except OSError:
                pass  # closed by the server's deadline: connect again

    def flood() -> None:
        payload = b"x" * (10 * 1024 * 1024)
        while not stop.is_set():
            sock = connect()
            if sock is None:
                continue
            try:
                sock.sendall(
                    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: "
                    + str(len(payload)).encode()
                    + b"\r\n\r\n"
                )
                sock.sendall(payload)
            except OSError:
                pass
            finally:
                sock.close()

    attackers = [
        threading.Thread(target=half_sent, args=(n % 2 == 0,), daemon=True) for n in range(20)
    ]
    attackers += [threading.Thread(target=flood, daemon=True) for _ in range(4)]
    for _ in range(100):
        sock = connect()
        if sock:
            hold(sock)
    attackers.append(threading.Thread(target=idle, daemon=True))
    for thread in attackers:
        thread.start()
    peak = 0.0
    answered = 0
    try:
        time.sleep(2)
        for _ in range(10):
            started = time.monotonic()
            try:
                body = command_body("calls=9000 aht+10%", response_url=slack.hook())
                status, answer = post(
                    base + "/slack/events", body, signed_headers(SECRET, body), timeout=3
                )
                if status == 200 and "Profit center" in answer and time.monotonic() - started < 3:
                    answered += 1
            except OSError:
                pass
            peak = max(peak, _rss_mb(process.pid))
            time.sleep(max(0.0, 1 - (time.monotonic() - started)))
    finally:
        stop.set()
        for sock in sockets:
            sock.close()
    print(f"answered {answered}/10 within 3 s; peak RSS {peak:.0f} MB")
    assert answered >= 9, answered
    assert peak < 250, peak
