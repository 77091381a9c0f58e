"""Making a file or folder read-only for this process, even as root.

Root ignores file modes, and CI runs as root: there the immutable flag (`chattr +i`) is
what root cannot write through. As any other user, the file mode does it.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` cannot be written (nor, for a folder, written into) inside the block."""
    if os.geteuid() != 0:
        mode = stat.S_IMODE(path.stat().st_mode)
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:  # pragma: no cover - a filesystem without the flag
        pytest.fail(f"cannot make {path} read-only for root: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
