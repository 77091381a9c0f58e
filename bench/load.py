"""A bounded load of signed requests from a second process: `python -m bench.load URL COUNT
CONCURRENCY SAVE_EVERY`. Prints one JSON line: requests per second, latency, errors."""

from __future__ import annotations

import http.client
import json
import os
import sys
import threading
import time
from urllib.parse import urlparse

from bench.stats import percentile
from bot.web.signing import command_body, signed_headers


def requests(
    count: int, save_every: int, secret: str
) -> list[tuple[str, dict[str, str], tuple[str, int] | None]]:
    """`count` signed slash commands; every `save_every`-th one a save (0: none). The third
    item names a save's team and calls, to check it afterwards."""
    out = []
    for n in range(count):
        team = f"T{n % 7}"
        save = None
        if save_every and n % save_every == save_every - 1:
            text = f"save load-{n % 50} calls={9000 + n} uplift=6%"
            save = (team, 9000 + n)
        else:
            text = "calls=9000 aht+10%"
        body = command_body(text, team=team)
        headers = {k: str(v) for k, v in signed_headers(secret, body).items()}
        out.append((body, headers, save))
    return out


def main() -> None:
    """Run the load; the process stops by itself when every request is answered."""
    url, count, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    save_every = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    target = urlparse(url)
    work = requests(count, save_every, os.environ["SLACK_SIGNING_SECRET"])
    latencies: list[float] = []
    save_latencies: list[float] = []
    failures: list[str] = []
    saves_ok: list[list[object]] = []
    lock = threading.Lock()
    cursor = iter(range(count))

    def client() -> None:
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        while True:
            with lock:
                index = next(cursor, None)
            if index is None:
                break
            body, headers, save = work[index]
            start = time.perf_counter()
            try:
                conn.request("POST", target.path, body=body, headers=headers)
                response = conn.getresponse()
                payload = response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                ok, payload = False, str(error).encode()
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if save is not None:
                    save_latencies.append(elapsed)
                if not ok:
                    failures.append(payload[:100].decode(errors="replace"))
                elif save is not None:
                    # "Saved load-7 as version 12": the acknowledgement the user saw.
                    title = json.loads(payload)["blocks"][0]["text"]["text"]
                    words = title.split()
                    if title.startswith("Saved "):
                        saves_ok.append([save[0], words[1], int(words[-1]), save[1]])
                    else:  # a refusal ("busy") is answered, but it is not a save
                        failures.append(f"save refused: {title}")
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    print(
        json.dumps(
            {
                "requests": count,
                "concurrency": concurrency,
                "rps": count / wall,
                "p50_ms": percentile(latencies, 0.5) * 1e3,
                "p99_ms": percentile(latencies, 0.99) * 1e3,
                "save_p50_ms": percentile(save_latencies, 0.5) * 1e3 if save_latencies else 0,
                "save_p99_ms": percentile(save_latencies, 0.99) * 1e3 if save_latencies else 0,
                "errors": len(failures),
                "first_error": failures[0] if failures else "",
                "saves": saves_ok,
            }
        )
    )


if __name__ == "__main__":
    main()
