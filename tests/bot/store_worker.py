"""A separate process that saves scenarios and reports each save that succeeded.

Used by the concurrency and crash tests: `python store_worker.py DB WORKER COUNT [forever]`
(DB a SQLite path or a postgresql:// URL). Each success prints `name version calls` and is
flushed before the next save starts, so the parent knows exactly which saves were
acknowledged.
"""

import sys
from decimal import Decimal

from bot.store.db import CLI_WRITE_WAIT_S, open_database
from bot.store.scenarios import ScenarioStore
from calc.errors import Refusal
from calc.inputs import REFERENCE_INPUTS


def main() -> None:
    location, worker, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    forever = len(sys.argv) > 4
    store = ScenarioStore(
        open_database(location, write_wait_s=CLI_WRITE_WAIT_S, read_wait_s=CLI_WRITE_WAIT_S)
    )
    n = 0
    while forever or n < count:
        name = "shared" if n % 2 == 0 else f"own-{worker}"
        calls = Decimal(1000 + worker * 1000 + n)
        try:
            saved = store.save(
                "team",
                name,
                lambda base, c=calls: REFERENCE_INPUTS.with_values(**{"calls": c}),
                by=f"w{worker}",
                command=f"save {name} calls={calls}",
            )
        except Refusal as error:  # reported to the parent, which fails the test
            print(f"ERROR {error}", flush=True)
            n += 1
            continue
        print(f"{saved.name} {saved.version} {calls}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
