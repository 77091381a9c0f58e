"""The project's own promises: the manifest is valid, the docs list every verb."""

import json
import re
from pathlib import Path

import jsonschema
import yaml

from calc.help import VERB_LINES, help_text
from calc.names import VERBS

ROOT = Path(__file__).parents[1]
SCHEMA = ROOT.parent / "shared" / "slack-manifest" / "manifest.schema.1.0.0.json"
VENDORED_SCHEMA = ROOT / "tests" / "data" / "manifest.schema.1.0.0.json"


def test_manifest_is_valid_for_slack():
    """manifest.yml validates against Slack's published manifest schema and asks only for
    the `commands` scope."""
    schema_path = SCHEMA if SCHEMA.exists() else VENDORED_SCHEMA
    schema = json.loads(schema_path.read_text())
    manifest = yaml.safe_load((ROOT / "manifest.yml").read_text())
    jsonschema.validate(manifest, schema)
    assert manifest["oauth_config"]["scopes"]["bot"] == ["commands"]
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/roi"]
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True


def test_help_and_readme_list_every_verb():
    """Every verb of the language is in `/roi help` and in the README."""
    overview = help_text()
    readme = (ROOT / "README.md").read_text()
    assert len(VERB_LINES) == len(VERBS) + 1
    for verb in VERBS:
        assert re.search(rf"/roi {verb}\b", overview), verb
        assert re.search(rf"/roi {verb}\b", readme), verb


def test_readme_sample_is_the_real_reply(tmp_path):
    """The README's first-screen sample is exactly what the console prints today."""
    from bot.cli import run

    readme = (ROOT / "README.md").read_text()
    sample = readme.split("```")[1].strip("\n")
    import io

    out = io.StringIO()
    run(["calls=9000", "aht+10%"], out=out)
    printed = out.getvalue().rstrip("\n")
    assert sample.replace("\n[Share in channel] [Save as…]", "") == printed
