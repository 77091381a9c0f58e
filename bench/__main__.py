"""`python -m bench [--quick]`: every benchmark, one table, bench/results.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from dataclasses import asdict
from pathlib import Path

from bench import (
    charts_bench,
    coldstart,
    core,
    dispatch,
    http_bench,
    mention_bench,
    postgres_bench,
    scale,
    suite,
)
from bench.stats import Row


def table(rows: list[Row]) -> str:
    """The results as aligned text."""
    head = ("section", "benchmark", "median", "p99", "unit", "floor", "ratio", "target", "met")
    lines = [head]
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else ""
        floor = f"{row.floor} {row.floor_median:,.1f}" if row.floor_median else row.floor
        met = "" if row.met is None else ("yes" if row.met else "NO")
        lines.append(
            (
                row.section,
                row.name,
                f"{row.median:,.1f}",
                f"{row.p99:,.1f}",
                row.unit,
                floor,
                ratio,
                row.target,
                met,
            )
        )
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(head))]
    return "\n".join(
        "  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def main() -> None:
    """Run everything (or a tiny version with --quick) and print the table."""
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true", help="tiny counts: a smoke test")
    parser.add_argument("--out", default=str(Path(__file__).with_name("results.json")))
    args = parser.parse_args()
    quick = args.quick
    started = time.perf_counter()
    print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows: list[Row] = []
    rows += core.run(repeat=50 if quick else 5000)
    rows += core.run_reader(repeat=50 if quick else 5000)
    rows += core.run_staffing(repeat=2 if quick else 15)
    rows += core.run_goals(repeat=10 if quick else 400)
    rows += dispatch.run(repeat=50 if quick else 5000)
    rows += http_bench.run(count=60 if quick else 3000)
    rows += mention_bench.run(count=20 if quick else 300)
    rows += charts_bench.run(repeat=5 if quick else 100, mentions=12 if quick else 120)
    cold, imports = coldstart.run(repeat=1 if quick else 7)
    rows += cold
    sizes = (10, 100) if quick else (10, 1000, 10000)
    rows += scale.run(repeat=3 if quick else 50, sizes=sizes)
    rows += postgres_bench.run(count=60 if quick else 3000, repeat=3 if quick else 50, sizes=sizes)
    if not quick:  # the whole suite takes a minute and more: the full run only
        rows += suite.run()
    print(table(rows))
    print("\nlargest imports on the console's cold start (cumulative ms):")
    for ms, name in imports:
        print(f"  {ms:8.1f}  {name}")
    elapsed = time.perf_counter() - started
    print(
        f"\n{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}; {elapsed:.0f} s"
    )
    Path(args.out).write_text(
        json.dumps(
            {"rows": [asdict(r) for r in rows], "imports": imports, "seconds": elapsed}, indent=2
        )
    )


if __name__ == "__main__":
    main()
