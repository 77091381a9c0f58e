"""The `roi` command line: the same language, text or JSON, exit 2 on refusal. In process
(`run(argv, out, err, env)`), isolated from the environment and the working directory."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from bot.terminal.cli import run


class Ran:
    """The outcome of one `roi` run: exit status and both streams."""

    def __init__(self, status: int, out: str, err: str) -> None:
        self.status, self.out, self.err = status, out, err

    def json(self):
        return json.loads(self.out, parse_float=Decimal)


@pytest.fixture
def roi(tmp_path, monkeypatch):
    """`roi ARGS…` in process, in an empty folder, with an environment of its own."""
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, env: dict[str, str] | None = None) -> Ran:
        out, err = io.StringIO(), io.StringIO()
        status = run(list(args), out, err, env={"USER": "ann", **(env or {})})
        return Ran(status, out.getvalue(), err.getvalue())

    return invoke


def test_json_reproduces_fig2_to_the_cent(roi, tmp_path):
    """`roi --json calls=9000 aht+10%` is the JSON object with Fig. 2's figures, exact."""
    ran = roi("--json", "calls=9000", "aht+10%")
    assert ran.status == 0, ran.err
    data = ran.json()
    assert set(data) == {"inputs", "service", "sales", "delta", "breakeven", "staffing"}
    assert data["service"]["net_margin_per_day"] == -16200
    assert data["sales"]["net_margin_per_day"] == 6750
    assert data["sales"]["cost_per_call"] == Decimal("2.75")
    assert data["service"]["net_margin_per_year"] == -5913000
    assert data["sales"]["net_margin_per_year"] == 2463750
    assert data["delta"]["net_margin_per_year"] == 8376750
    assert data["inputs"]["conv"] == Decimal("0.02") and data["inputs"]["aht_s"] == 640
    assert data["staffing"] is None
    assert data["breakeven"]["uplift"].quantize(Decimal("0.00001")) == Decimal("0.05857")
    column_keys = {
        "incremental_sales_per_day",
        "sales_per_day",
        "net_conversion",
        "fee_revenue_per_day",
        "revenue_per_day",
        "margin_per_day",
        "aht_s",
        "cost_per_call",
        "service_cost_per_day",
        "net_margin_per_day",
        "retention_value_per_day",
        "value_per_day",
        "revenue_per_year",
        "net_margin_per_year",
        "value_per_year",
        "margin_pct",
        "verdict",
        "verdict_with_indirect",
    }
    assert column_keys <= set(data["service"])
    assert not (tmp_path / "roi.db").exists(), "a read-only command must not create a database"


def test_json_staffing_figures_are_exact_decimals(roi):
    """Staffing's cost per call, load and heads are exact decimals (34 digits, not a float's
    17 and not the default context's 28); floats only for service level, ASA, occupancy."""
    from calc.commands import parse_command
    from calc.inputs import REFERENCE_INPUTS
    from calc.model import evaluate
    from calc.settings import apply

    text = "calls=9000 hours=12 wage=$22 aht+10%"
    data = roi("--json", *text.split()).json()
    model = evaluate(apply(REFERENCE_INPUTS, parse_command(text).settings))
    cost = data["service"]["cost_per_call"]
    assert cost == model.service.cost_per_call and len(cost.as_tuple().digits) > 30
    assert str(cost).startswith("6.5790476190476190476")
    staffing = data["staffing"]["service"]
    assert staffing["load_erlangs"] == model.staffing.service_load
    assert str(staffing["load_erlangs"]) == "133." + "3" * 31
    assert staffing["scheduled"] == model.staffing.service_scheduled
    assert str(staffing["scheduled"]).startswith("224.28571428571428571428")
    assert staffing["scheduled_heads"] == 225
    assert isinstance(staffing["service_level"], Decimal)  # parsed as Decimal, written as float
    assert len(str(staffing["service_level"])) <= 13


def test_text_table(roi):
    """The terminal table shows both columns, the difference, verdicts and break-even."""
    ran = roi("calls=9000", "aht+10%")
    assert ran.status == 0
    assert "Cost center → Profit center with sales through service" in ran.out
    assert "$(16,200)" in ran.out and "$6,750" in ran.out and "+$22,950" in ran.out
    assert (
        "The center breaks even at 5.86% uplift; selling covers its own extra handle "
        "time above 0.71%."
    ) in ran.out
    assert "calls 9,000/day · conv 2%" in ran.out
    assert "[Share in channel]" not in ran.out


@pytest.mark.parametrize("as_json", [False, True])
def test_refusal_exits_2(roi, as_json):
    """A refused command: one line on stderr (or {"error"} on stdout with --json), exit 2."""
    args = (["--json"] if as_json else []) + ["conv=0.08"]
    ran = roi(*args)
    assert ran.status == 2
    if as_json:
        assert json.loads(ran.out) == {"error": "conv=0.08 is ambiguous: write 8% or 0.08%"}
    else:
        assert ran.err.strip() == "roi: conv=0.08 is ambiguous: write 8% or 0.08%"
        assert ran.out == ""


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help_flags(roi, flag):
    """`roi -h` and `roi --help` print the usage and exit 0."""
    ran = roi(flag)
    assert ran.status == 0 and ran.out.startswith("usage: roi")


def test_help_and_sweep_and_breakeven(roi):
    """help explains the language; sweep and breakeven work without a store."""
    ran = roi("help")
    assert ran.status == 0 and "/roi sweep" in ran.out and "Examples:" in ran.out
    ran = roi("sweep", "uplift=2%..10%/2%")
    rows = [line for line in ran.out.splitlines() if line[:1].isdigit()]
    assert ran.status == 0 and [row.split()[0] for row in rows] == ["2%", "4%", "6%", "8%", "10%"]
    assert sum("profit center" in row for row in rows) == 3
    ran = roi("breakeven")
    assert ran.status == 0 and "5.86%" in ran.out and "40%" in ran.out


def test_scenarios_are_per_team_and_what_ifs_do_not_save(roi, tmp_path):
    """Team b does not see a's q3; a what-if on q3 leaves q3 unchanged."""
    db = str(tmp_path / "x.db")
    assert roi("--db", db, "--team", "a", "save", "q3", "uplift=6%").status == 0
    assert roi("--db", db, "--team", "b", "--json", "list").json()["total"] == 0
    mine = roi("--db", db, "--team", "a", "--json", "list").json()
    assert [s["name"] for s in mine["scenarios"]] == ["q3"]
    what_if = roi("--db", db, "--team", "a", "--json", "q3", "aht+15%").json()
    assert what_if["inputs"]["uplift"] == Decimal("0.06")
    assert what_if["inputs"]["aht_increase"] == Decimal("0.15")
    shown = roi("--db", db, "--team", "a", "--json", "show", "q3").json()
    assert shown["scenario"]["version"] == 1
    assert shown["result"]["inputs"]["aht_increase"] == Decimal("0.1")
    other = roi("--db", db, "--team", "b", "q3")
    assert other.status == 2 and 'no scenario "q3" in this team' in other.err


def test_roi_db_comes_from_the_given_environment(roi, tmp_path):
    """ROI_DB names the database; without it, roi.db in the working folder."""
    elsewhere = tmp_path / "elsewhere.db"
    assert roi("save", "q3", env={"ROI_DB": str(elsewhere)}).status == 0
    assert elsewhere.exists() and not (tmp_path / "roi.db").exists()
    assert roi("save", "q4").status == 0
    assert (tmp_path / "roi.db").exists()


def test_json_staffing_object(roi):
    """`roi --json calls=200/h hours=1 aht=180s wage=10 occ=100% shrink=0`: 14 agents and
    SL 0.8884 in the service column; the staffing object has the documented keys."""
    ran = roi("--json", "calls=200/h", "hours=1", "aht=180s", "wage=10", "occ=100%", "shrink=0")
    assert ran.status == 0, ran.err
    staffing = ran.json()["staffing"]
    assert staffing["service"]["agents"] == 14
    assert round(staffing["service"]["service_level"], 4) == Decimal("0.8884")
    assert set(staffing["service"]) == {
        "load_erlangs",
        "agents",
        "scheduled",
        "service_level",
        "asa_s",
        "occupancy",
        "labor_cost_per_day",
        "binding",
        "scheduled_heads",
    }
    assert staffing["extra_agents"] == staffing["sales"]["agents"] - 14
    assert "extra_scheduled" in staffing and "extra_heads" in staffing


def test_terminal_prints_user_text_exactly(roi, tmp_path):
    """A note typed as `R&D <b> @channel` prints exactly so (no Slack look-alikes); a
    terminal escape in a note never reaches the store, let alone the terminal (the front
    door makes control characters spaces)."""
    db = str(tmp_path / "x.db")
    roi("--db", db, "save", "q3", "uplift=6%", "#", "R&D", "<b>", "@channel", "\x1b[31mred")
    shown = roi("--db", db, "show", "q3").out
    assert "Note: R&D <b> @channel [31mred" in shown
    assert "\x1b" not in shown
    assert "\x1b" not in shown and "＆" not in shown and "‹" not in shown


def test_history_shows_every_version_in_the_terminal(roi, tmp_path):
    """The CLI has no table limit: all versions, newest first."""
    db = str(tmp_path / "x.db")
    for n in range(120):
        roi("--db", db, "save", "busy", f"calls={1000 + n}")
    out = roi("--db", db, "history", "busy").out
    assert "v120" in out and "v1 " in out and "Showing the newest" not in out


def test_entry_point_runs_as_a_program(tmp_path):
    """The installed `roi` script runs (one subprocess: the rest run in process)."""
    exe = Path(sys.executable).with_name("roi")
    out = subprocess.run(
        [str(exe), "--json", "calls=9000"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0 and json.loads(out.stdout)["sales"]["net_margin_per_day"] == 6750


def test_english_in_the_shell(roi):
    """`roi --json what if AHT goes up 15%?`: the answer with aht_increase 0.15 and
    "read_as"; as text, a "Read as" line; a question back is {"ask", "choices"} with
    exit 2, and as text the commands ready to paste."""
    data = roi("--json", "what", "if", "AHT", "goes", "up", "15%?").json()
    assert data["inputs"]["aht_increase"] == Decimal("0.15") and data["read_as"] == "aht+15%"
    text = roi("what", "if", "we", "get", "20%", "more", "calls?").out
    assert "Read as: /roi calls+20%" in text
    refused = roi("--json", "what", "if", "15%?")
    asked = json.loads(refused.out)
    assert refused.status == 2 and asked["ask"] == '"15%" of what?'
    assert asked["choices"] == ["aht+15%", "conv=15%", "uplift=15%"]
    plain = roi("what", "if", "15%?")
    assert plain.status == 2 and plain.err.splitlines() == [
        'roi: "15%" of what?: say which:',
        "  roi aht+15%",
        "  roi conv=15%",
        "  roi uplift=15%",
    ]
    assert roi("--json", "calls=9000").json().get("read_as") is None
