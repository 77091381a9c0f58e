"""The `roi` command line: the same language, text or JSON, exit 2 on refusal."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def roi(*args, cwd, env=None):
    environment = {**os.environ, **(env or {})}
    environment.pop("ROI_DB", None)
    return subprocess.run([str(Path(sys.executable).parent / "roi"), *args], cwd=cwd,
                          capture_output=True, text=True, env=environment, timeout=60)


def test_json_reproduces_fig2_to_the_cent(tmp_path):
    """`roi --json calls=9000 aht+10%` is section 4's object with Fig. 2's figures."""
    out = roi("--json", "calls=9000", "aht+10%", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"inputs", "service", "sales", "delta", "breakeven", "staffing"}
    assert data["service"]["net_margin_per_day"] == -16200
    assert data["sales"]["net_margin_per_day"] == 6750
    assert data["sales"]["cost_per_call"] == 2.75
    assert data["service"]["net_margin_per_year"] == -5913000
    assert data["sales"]["net_margin_per_year"] == 2463750
    assert data["delta"]["net_margin_per_year"] == 8376750
    assert data["inputs"]["conv"] == 0.02 and data["inputs"]["aht_s"] == 640
    assert data["staffing"] is None
    assert round(data["breakeven"]["uplift"], 5) == 0.05857
    column_keys = {"incremental_sales_per_day", "sales_per_day", "net_conversion",
                   "fee_revenue_per_day", "revenue_per_day", "margin_per_day", "aht_s",
                   "cost_per_call", "service_cost_per_day", "net_margin_per_day",
                   "retention_value_per_day", "value_per_day", "revenue_per_year",
                   "net_margin_per_year", "value_per_year", "margin_pct", "verdict",
                   "verdict_with_indirect"}
    assert column_keys <= set(data["service"])
    assert not (tmp_path / "roi.db").exists(), "a read-only command must not create a database"


def test_text_table(tmp_path):
    """The terminal table shows both columns, the difference, verdicts and break-even."""
    out = roi("calls=9000", "aht+10%", cwd=tmp_path)
    assert out.returncode == 0
    assert "Cost center → Profit center with sales through service" in out.stdout
    assert "$(16,200)" in out.stdout and "$6,750" in out.stdout and "+$22,950" in out.stdout
    assert "Selling pays for itself above 5.86% uplift" in out.stdout
    assert "calls 9,000/day · conv 2%" in out.stdout


@pytest.mark.parametrize("as_json", [False, True])
def test_refusal_exits_2(tmp_path, as_json):
    """A refused command: one line on stderr (or {"error"} on stdout with --json), exit 2."""
    args = (["--json"] if as_json else []) + ["conv=0.08"]
    out = roi(*args, cwd=tmp_path)
    assert out.returncode == 2
    if as_json:
        assert json.loads(out.stdout) == {"error": "conv=0.08 is ambiguous: write 8% or 0.08%"}
    else:
        assert out.stderr.strip() == "roi: conv=0.08 is ambiguous: write 8% or 0.08%"
        assert out.stdout == ""


def test_help_and_sweep_and_breakeven(tmp_path):
    """help explains the language; sweep and breakeven work without a store."""
    out = roi("help", cwd=tmp_path)
    assert out.returncode == 0 and "/roi sweep" in out.stdout and "Examples:" in out.stdout
    out = roi("sweep", "uplift=2%..10%/2%", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.count("profit center") == 3
    out = roi("breakeven", cwd=tmp_path)
    assert out.returncode == 0 and "5.86%" in out.stdout and "40%" in out.stdout


def test_scenarios_are_per_team_and_what_ifs_do_not_save(tmp_path):
    """Issue 3's check: team b does not see a's q3; a what-if on q3 leaves q3 unchanged."""
    db = str(tmp_path / "x.db")
    assert roi("--db", db, "--team", "a", "save", "q3", "uplift=6%", cwd=tmp_path).returncode == 0
    listing = json.loads(roi("--db", db, "--team", "b", "--json", "list", cwd=tmp_path).stdout)
    assert listing["total"] == 0
    mine = json.loads(roi("--db", db, "--team", "a", "--json", "list", cwd=tmp_path).stdout)
    assert [s["name"] for s in mine["scenarios"]] == ["q3"]
    what_if = json.loads(roi("--db", db, "--team", "a", "--json", "q3", "aht+15%",
                             cwd=tmp_path).stdout)
    assert what_if["inputs"]["uplift"] == 0.06 and what_if["inputs"]["aht_increase"] == 0.15
    shown = json.loads(roi("--db", db, "--team", "a", "--json", "show", "q3", cwd=tmp_path).stdout)
    assert shown["scenario"]["version"] == 1
    assert shown["result"]["inputs"]["aht_increase"] == 0.1
    other = roi("--db", db, "--team", "b", "q3", cwd=tmp_path)
    assert other.returncode == 2 and 'no scenario "q3" in this team' in other.stderr


def test_json_staffing_object(tmp_path):
    """`roi --json calls=200/h hours=1 aht=180s wage=10 occ=100% shrink=0`: 14 agents and
    SL 0.8884 in the service column; the staffing object has section 7's keys."""
    out = roi("--json", "calls=200/h", "hours=1", "aht=180s", "wage=10", "occ=100%",
              "shrink=0", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    staffing = json.loads(out.stdout)["staffing"]
    assert staffing["service"]["agents"] == 14
    assert round(staffing["service"]["service_level"], 4) == 0.8884
    assert set(staffing["service"]) == {"load_erlangs", "agents", "scheduled", "service_level",
                                        "asa_s", "occupancy", "labor_cost_per_day"}
    assert staffing["extra_agents"] == staffing["sales"]["agents"] - 14
    assert "extra_scheduled" in staffing
