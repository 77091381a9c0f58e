"""calc/ is the pure core: importing all of it pulls in no Slack, no SQLite and no web."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import calc


def test_calc_imports_no_slack_or_storage():
    """A fresh interpreter importing every calc module loads none of the shell's libraries."""
    modules = [f"calc.{m.name}" for m in pkgutil.iter_modules([str(Path(calc.__file__).parent)])]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.split('.')[0] in "
        "{'slack_bolt', 'slack_sdk', 'sqlite3', 'sqlite_utils', 'bot', 'urllib3', 'http', "
        "'psycopg', 'matplotlib', 'uvicorn', 'asyncio'}]\n"
        "print(','.join(sorted(bad)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) >= 10
    assert out.stdout.strip() == ""


def test_pint_is_only_loaded_for_units():
    """A plain command never imports pint (it costs ~150 ms); a time with a unit does."""
    code = (
        "import sys\nfrom calc.commands import parse_command\n"
        "parse_command('calls=9000 aht+10% aht=640')\nprint('pint' in sys.modules)\n"
        "parse_command('aht=10.5min')\nprint('pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
