"""Holds SQLite's write lock on DB for SECONDS, from a separate process:
`python lock_holder.py DB SECONDS`. Prints `locked` once it holds the lock."""

import sqlite3
import sys
import time


def main() -> None:
    path, seconds = sys.argv[1], float(sys.argv[2])
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(seconds)
    conn.execute("ROLLBACK")
    conn.close()


if __name__ == "__main__":
    main()
