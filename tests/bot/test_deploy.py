"""deploy/nginx.conf, the production recipe's reverse proxy: its limits are roibot's own,
it routes only roibot's paths, and (where nginx is installed) a real nginx in front of a
real `roi-bot serve` passes a signed /roi through unchanged and refuses what roibot would
refuse before it reaches roibot."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.web.http_app import BODY_TIMEOUT_S, EVENTS_PATH, HEALTH_PATH, MAX_BODY
from bot.web.oauth import INSTALL_PATH, REDIRECT_PATH
from bot.web.serve import HEADER_TIMEOUT_S, KEEP_ALIVE_S
from bot.web.signing import command_body, signed_headers
from tests.bot.conftest import SECRET, TOKEN
from tests.servers import free_port, running_server

CONFIG = Path(__file__).parents[2] / "deploy" / "nginx.conf"
HOW = "the nginx tests need nginx on PATH (e.g. apt-get install nginx-light)"


def directives(text: str) -> dict[str, list[str]]:
    """Every `name value…;` of the file, by name (comments left out)."""
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        match = re.match(r"^([a-z_0-9]+)\s+(.*);$", line)
        if match:
            out.setdefault(match[1], []).append(match[2])
    return out


def test_the_proxy_keeps_roibots_own_limits():
    """Body size, header, body and keep-alive deadlines as roibot's; whole requests
    buffered; no version in headers; a POST never retried on another instance."""
    found = directives(CONFIG.read_text())
    assert found["client_max_body_size"] == [f"{MAX_BODY // (1024 * 1024)}m"]
    assert found["client_body_timeout"] == [f"{BODY_TIMEOUT_S:g}s"]
    assert found["client_header_timeout"] == [f"{HEADER_TIMEOUT_S:g}s"]
    assert found["keepalive_timeout"] == [f"{KEEP_ALIVE_S:g}s"]
    assert found["proxy_request_buffering"] == ["on"]
    assert set(found["server_tokens"]) == {"off"}
    assert "non_idempotent" not in " ".join(found["proxy_next_upstream"])
    assert found["limit_conn"] and found["limit_conn_zone"]


def test_the_proxy_routes_only_roibots_paths():
    """/slack/events, the OAuth install and redirect, /healthz; everything else is 404."""
    locations = re.findall(r"location\s+(=?)\s*(\S+)\s*\{([^}]*)\}", CONFIG.read_text())
    routed = {path for exact, path, body in locations if exact and "proxy_pass" in body}
    assert routed == {EVENTS_PATH, INSTALL_PATH, REDIRECT_PATH, HEALTH_PATH}
    assert ("", "/", "\n        return 404;\n    ") in locations


@contextmanager
def nginx_in_front(upstream: str, tmp_path: Path) -> Iterator[str]:
    """A real nginx with deploy/nginx.conf (plain HTTP on a free port instead of TLS: the
    certificate lines are the only ones left out), proxying to `upstream`."""
    port, redirect_port = free_port(), free_port()
    site = CONFIG.read_text()
    site = re.sub(r"listen 443 ssl;", f"listen 127.0.0.1:{port};", site)
    site = re.sub(r"listen 80;", f"listen 127.0.0.1:{redirect_port};", site)
    site = re.sub(r"^\s*ssl_.*$", "", site, flags=re.MULTILINE)
    site = site.replace("server 127.0.0.1:3000", f"server {upstream}")
    (tmp_path / "roibot.conf").write_text(site)
    user = "user root;" if os.geteuid() == 0 else ""  # temp paths under a 0700 folder
    main = (
        f"{user}\ndaemon off;\npid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;"
        f"\nworker_processes 1;\nevents {{ worker_connections 256; }}\nhttp {{\n"
        f"access_log off;\nclient_body_temp_path {tmp_path}/body;\n"
        f"proxy_temp_path {tmp_path}/proxy;\nfastcgi_temp_path {tmp_path}/fcgi;\n"
        f"uwsgi_temp_path {tmp_path}/uwsgi;\nscgi_temp_path {tmp_path}/scgi;\n"
        f"include {tmp_path}/roibot.conf;\n}}\n"
    )
    (tmp_path / "nginx.conf").write_text(main)
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    checked = subprocess.run(
        [nginx, "-t", "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(
        [nginx, "-c", str(tmp_path / "nginx.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with urllib.request.urlopen(base + HEALTH_PATH, timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield base
    finally:
        process.send_signal(signal.SIGQUIT)  # graceful: finish, then exit
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.skipif(not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()), reason=HOW)
def test_a_real_nginx_in_front_of_roibot(slack, tmp_path):
    """nginx -t accepts the file; a signed /roi comes back answered through nginx; a forged
    one is roibot's 401; a 2 MiB body is nginx's 413 and never reaches roibot."""
    env = {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": str(tmp_path / "roi.db"),
    }
    with (
        running_server(env, args=("--workers", "1")) as (base, _),
        nginx_in_front(base.removeprefix("http://"), tmp_path) as front,
    ):
        body = command_body("calls=9000 aht+10%", response_url=slack.hook())
        status, reply = _post(
            front + EVENTS_PATH,
            body.encode(),
            {k: str(v) for k, v in signed_headers(SECRET, body).items()},
        )
        assert status == 200
        assert json.loads(reply)["blocks"][0]["text"]["text"] == (
            "Cost center → Profit center with sales through service"
        )
        forged = {k: str(v) for k, v in signed_headers("not-the-secret", body).items()}
        assert _post(front + EVENTS_PATH, body.encode(), forged)[0] == 401
        huge = b"x" * (2 * MAX_BODY)
        assert _post(front + EVENTS_PATH, huge, {"content-type": "text/plain"})[0] == 413
        assert _post(front + "/admin", b"", {})[0] == 404
