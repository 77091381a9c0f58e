"""A fake Slack Web API on 127.0.0.1, started and stopped by the test that uses it.

It records every request (path, form or JSON body) and answers like Slack: `auth.test`,
`views.open`, `chat.postMessage`, and `/hooks/...` paths that stand in for response_urls.
A test can make it fail (a status code) or hang (a delay) to see the bot stay up.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs


class FakeSlack:
    """Start with `with FakeSlack() as slack:`; `slack.api_url` is the Web API base URL."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail_status: int | None = None
        self.fail_paths: dict[str, int] = {}  # path prefix → status, for one API only
        self.redirects: dict[str, str] = {}  # path → where a 302 sends the client
        self.auth_error: str | None = None  # auth.test answers ok=false with this error
        self.rotating: set[str] = set()  # workspaces whose installs get expiring tokens
        self.refreshed = 0
        self.messages = 0
        self.file_count = 0
        self.uploads: dict[str, bytes] = {}  # file id → the bytes uploaded
        self.not_in: set[str] = set()  # channels where chat.postMessage says not_in_channel
        self.time_zones: dict[str, str] = {}  # user → the tz users.info gives
        self.delay_s = 0.0
        self.delay_paths: dict[str, float] = {}  # path prefix → seconds, for one API only
        self._lock = threading.Lock()
        # Notified at every call received: waiting on it, a test (or the mention bench)
        # neither sleeps past an arrival nor takes the GIL from the handler it waits for.
        self._arrived = threading.Condition(self._lock)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length)
                if self.path.startswith("/upload/"):  # a file's bytes, step 2 of an upload
                    with fake._lock:
                        fake.uploads[self.path.removeprefix("/upload/")] = data
                        fake.calls.append(
                            {
                                "path": self.path,
                                "body": {"bytes": len(data)},
                                "auth": self.headers.get("Authorization"),
                            }
                        )
                        fake._arrived.notify_all()
                    failing = fake.fail_paths.get("/upload/")
                    self.send_response(failing or 200)
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"OK")
                    return
                raw = data.decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = {k: v[0] for k, v in parse_qs(raw).items()}
                    if "view" in body:
                        body["view"] = json.loads(body["view"])
                with fake._lock:
                    fake.calls.append(
                        {
                            "path": self.path,
                            "body": body,
                            "auth": self.headers.get("Authorization"),
                            "at": time.perf_counter(),
                        }
                    )
                    fake._arrived.notify_all()
                delay = fake.delay_s or next(
                    (
                        seconds
                        for prefix, seconds in fake.delay_paths.items()
                        if self.path.startswith(prefix)
                    ),
                    0.0,
                )
                if delay:
                    time.sleep(delay)
                if self.path in fake.redirects:
                    self.send_response(302)
                    self.send_header("Location", fake.redirects[self.path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                failing = fake.fail_status or next(
                    (
                        status
                        for prefix, status in fake.fail_paths.items()
                        if self.path.startswith(prefix)
                    ),
                    None,
                )
                if failing:
                    self.send_response(failing)
                    self.end_headers()
                    return
                if self.path.startswith("/hooks/"):
                    payload = b"ok"
                    kind = "text/plain"
                else:
                    answer: dict[str, Any] = {"ok": True}
                    token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                    if self.path.endswith("auth.test") and fake.auth_error:
                        answer = {"ok": False, "error": fake.auth_error}
                    elif self.path.endswith("auth.test"):
                        team = fake.team_of(token)
                        answer.update(
                            team_id=team, user_id="UBOT", bot_id="BBOT", team="acme", user="roibot"
                        )
                    elif self.path.endswith("users.info"):
                        user = str(body.get("user") or "")
                        found: dict[str, Any] = {"id": user}
                        if user in fake.time_zones:
                            found["tz"] = fake.time_zones[user]
                        answer["user"] = found
                    elif self.path.endswith("oauth.v2.access"):
                        answer = fake.oauth_access(body)
                    elif self.path.endswith("files.getUploadURLExternal"):
                        with fake._lock:
                            fake.file_count += 1
                            file_id = f"F{fake.file_count:04d}"
                        answer.update(
                            file_id=file_id,
                            upload_url=f"http://127.0.0.1:{fake.port}/upload/{file_id}",
                        )
                    elif self.path.endswith("files.completeUploadExternal"):
                        files = body.get("files")
                        files = json.loads(files) if isinstance(files, str) else files or []
                        answer.update(
                            files=[{"id": f["id"], "title": f.get("title")} for f in files]
                        )
                    elif (
                        self.path.endswith("chat.postMessage")
                        and body.get("channel") in fake.not_in
                    ):
                        answer = {"ok": False, "error": "not_in_channel"}
                    elif self.path.endswith("chat.postMessage"):
                        with fake._lock:
                            fake.messages += 1
                            stamp = f"1700000000.{fake.messages:06d}"
                        answer.update(
                            ts=stamp,
                            channel=body.get("channel"),
                            message={"ts": stamp, "thread_ts": body.get("thread_ts")},
                        )
                    payload = json.dumps(answer).encode()
                    kind = "application/json"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.api_url = f"http://127.0.0.1:{self.port}/api/"
        # A short poll: shutdown() waits for the serving loop to notice, and the default
        # half-second poll cost about half a second per test that starts a fake.
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.005}, daemon=True
        )

    @staticmethod
    def team_of(token: str) -> str:
        """The workspace a token was issued to: `xoxb-T9-…` is T9's (others are T0001's)."""
        parts = token.split("-")
        return parts[1] if len(parts) > 2 and parts[1].startswith("T") else "T0001"

    def oauth_access(self, body: dict[str, Any]) -> dict[str, Any]:
        """`oauth.v2.access`: a code `code-T9` installs in T9; a refresh token renews one."""
        if body.get("grant_type") == "refresh_token":
            team = str(body.get("refresh_token", "")).split("-")[1]
            self.refreshed += 1
            return {
                "ok": True,
                "token_type": "bot",
                "access_token": f"xoxb-{team}-renewed{self.refreshed}",
                "refresh_token": f"xoxe-{team}-r2",
                "expires_in": 43200,
                "team": {"id": team},
                "enterprise": None,
                "bot_user_id": "UBOT",
                "app_id": "A0001",
                "scope": "commands,chat:write",
            }
        code = str(body.get("code", ""))
        if not code.startswith("code-T"):
            return {"ok": False, "error": "invalid_code"}
        team = code.removeprefix("code-")
        answer: dict[str, Any] = {
            "ok": True,
            "app_id": "A0001",
            "authed_user": {"id": "U0042"},
            "scope": "commands,chat:write,app_mentions:read,im:history,files:write",
            "token_type": "bot",
            "access_token": f"xoxb-{team}-installed",
            "bot_user_id": "UBOT",
            "team": {"id": team, "name": f"team {team}"},
            "enterprise": None,
            "is_enterprise_install": False,
        }
        if team in self.rotating:
            answer.update(refresh_token=f"xoxe-{team}-r1", expires_in=1)
        return answer

    def wait_for(self, prefix: str, count: int = 1, timeout_s: float = 10) -> list[dict[str, Any]]:
        """The bodies posted to `prefix`, once there are at least `count` (work after an ack
        arrives a moment later)."""
        with self._arrived:
            found = self._arrived_at_least(prefix, count, timeout_s)
        return [call["body"] for call in found]

    def arrival(self, prefix: str, count: int, timeout_s: float = 10) -> dict[str, Any]:
        """The `count`-th call received on paths starting with `prefix` (its "at" is when,
        by perf_counter), waited for; TimeoutError if it does not come in time."""
        with self._arrived:
            found = self._arrived_at_least(prefix, count, timeout_s)
        if len(found) < count:
            raise TimeoutError(f"no call {count} to {prefix} within {timeout_s} s")
        return found[count - 1]

    def _arrived_at_least(self, prefix: str, count: int, timeout_s: float) -> list[dict[str, Any]]:
        # Called with the lock held: the calls to `prefix` once there are `count` of them,
        # or as many as came within `timeout_s`.
        self._arrived.wait_for(lambda: len(self._matching(prefix)) >= count, timeout_s)
        return self._matching(prefix)

    def _matching(self, prefix: str) -> list[dict[str, Any]]:
        # Called with the lock held.
        return [call for call in self.calls if call["path"].startswith(prefix)]

    def hook(self, name: str = "r1") -> str:
        """A response_url served by this fake."""
        return f"http://127.0.0.1:{self.port}/hooks/{name}"

    def paths(self) -> list[str]:
        """Every path received so far."""
        with self._lock:
            return [call["path"] for call in self.calls]

    def posted(self, prefix: str) -> list[dict[str, Any]]:
        """The bodies received on paths starting with `prefix`."""
        with self._lock:
            return [call["body"] for call in self._matching(prefix)]

    def __enter__(self) -> FakeSlack:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
