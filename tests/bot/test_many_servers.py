"""Two `roi-bot serve` processes on different ports, sharing one PostgreSQL database (two
machines behind a load balancer): saves to one name from both never lose or repeat a
version, a retried event is answered once across both, and one killed mid-load leaves the
other answering and every acknowledged save in place."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path

from bot.store.db import open_database
from bot.store.scenarios import ScenarioStore
from bot.web.signing import command_body, signed_headers
from tests.bot.conftest import SECRET, TOKEN, wait_for_saves
from tests.bot.test_events import answers, event_body
from tests.servers import running_server

ROOT = Path(__file__).parents[2]


def _env(slack, location: str) -> dict[str, str]:
    return {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.api_url,
        "ROI_DB": location,
    }


def _post(base: str, body: str, headers: dict) -> tuple[int, bytes]:
    request = urllib.request.Request(
        base + "/slack/events", data=body.encode(), headers=headers, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read()


def _save(base: str, text: str, slack) -> str:
    body = command_body(text, response_url=slack.hook())
    status, payload = _post(base, body, signed_headers(SECRET, body))
    assert status == 200
    return json.loads(payload)["blocks"][0]["text"]["text"]


def test_two_servers_share_one_postgresql(slack, postgres_url, tmp_path):
    """4 clients × 50 saves of one name, each save to the other server than the last:
    versions 1..200 exactly, each acknowledged one holding what that save sent; then one
    delivery and its retries, spread over both servers at once, answered once."""
    with ExitStack() as stack:
        bases = [
            stack.enter_context(
                running_server(
                    _env(slack, postgres_url),
                    args=("--workers", "2"),
                    log=tmp_path / f"serve-{n}.log",
                )
            )[0]
            for n in range(2)
        ]
        acknowledged: dict[int, int] = {}  # version → the calls that save sent
        failures: list[str] = []
        lock = threading.Lock()

        def client(number: int) -> None:
            for save in range(50):
                calls = 10_000 + number * 100 + save
                try:
                    line = _save(bases[(number + save) % 2], f"save shared calls={calls}", slack)
                except OSError as error:
                    line = f"no answer: {error}"
                with lock:
                    if line.startswith("Saved shared as version "):
                        version = int(line.rsplit(" ", 1)[1])
                        assert version not in acknowledged, f"version {version} given twice"
                        acknowledged[version] = calls
                    else:
                        failures.append(line)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        assert sorted(acknowledged) == list(range(1, 201))

        body = event_body("<@UBOT> are we a profit center?", event_id="EvBOTH1")
        sends = []
        for retry, base in ((None, bases[0]), (1, bases[1]), (2, bases[0]), (3, bases[1])):
            headers = {**signed_headers(SECRET, body), "content-type": "application/json"}
            if retry:
                headers["x-slack-retry-num"] = str(retry)
            sends.append(threading.Thread(target=_post, args=(base, body, headers)))
        for thread in sends:
            thread.start()
        for thread in sends:
            thread.join()
        answers(slack, 1)
        time.sleep(0.5)  # a second answer, if there were one, would be here by now
        assert len(slack.posted("/api/chat.postMessage")) == 1

    database = open_database(postgres_url)
    history = ScenarioStore(database).history("T0001", "shared")
    assert history is not None and history.total == 200
    store = ScenarioStore(database)
    for version, calls in acknowledged.items():
        stored = store.version("T0001", "shared", version)
        assert stored is not None and stored.inputs.calls == calls, version
    database.close()


def _load(base: str, count: int, save_every: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.load",
            base + "/slack/events",
            str(count),
            "8",
            str(save_every),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "SLACK_SIGNING_SECRET": SECRET, "PYTHONPATH": str(ROOT)},
    )


def test_one_server_killed_mid_load_the_other_keeps_answering(slack, postgres_url, tmp_path):
    """Both servers under a load with saves; one is killed with SIGKILL: the other answers
    every one of its requests, and every save either acknowledged is in the database."""
    env = _env(slack, postgres_url)
    with (
        running_server(env, log=tmp_path / "a.log") as (first, victim),
        running_server(env, log=tmp_path / "b.log") as (second, _),
    ):
        doomed = _load(first, 20_000, 2)
        wait_for_saves(postgres_url, 40)  # the first server is saving
        survivor = _load(second, 600, 3)
        wait_for_saves(postgres_url, 80)  # and both are, now
        os.killpg(victim.pid, signal.SIGKILL)
        cut, _ = doomed.communicate(timeout=300)
        kept, _ = survivor.communicate(timeout=300)
    cut_off, answered = json.loads(cut), json.loads(kept)
    assert cut_off["errors"] > 0 and len(cut_off["saves"]) > 10, cut_off["first_error"]
    assert answered["errors"] == 0, answered["first_error"]
    assert len(answered["saves"]) == 200
    database = open_database(postgres_url)
    store = ScenarioStore(database)
    for team, name, version, calls in cut_off["saves"] + answered["saves"]:
        stored = store.version(team, name, int(version))
        assert stored is not None and str(stored.inputs.calls) == str(calls), (name, version)
    database.close()
