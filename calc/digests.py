"""The `digest` verbs of the command language: a schedule that posts the team's verdicts to
a channel (`digest add`), and listing, deleting, pausing and resuming them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from calc.errors import Refusal, echo
from calc.names import check_name
from calc.numbers import whole_number
from calc.schedule import USAGE, Schedule, parse_schedule

MAX_DIGEST_SCENARIOS = 10
# A channel as Slack sends it with escaping on (`<#C0123|leadership>`, `<#C0123>`), or a
# name as typed elsewhere (`#leadership`).
_CHANNEL = re.compile(
    r"<#(?P<id>[CG][A-Z0-9]{2,20})(?:\|(?P<label>[^>]{0,80}))?>|#(?P<name>[a-z0-9][a-z0-9._-]{0,79})"
)


@dataclass(frozen=True)
class Channel:
    """Where a digest posts: Slack's id when it came with one, and the name to show."""

    id: str  # `C0123`, or `#leadership` where only a name was given
    name: str  # `leadership`

    @property
    def shown(self) -> str:
        return f"#{self.name}"


@dataclass(frozen=True)
class DigestAdd:
    """`digest add CHANNEL (daily|weekly DAY|monthly N) HH:MM [SCENARIO ...]`."""

    channel: Channel
    schedule: Schedule
    scenarios: tuple[str, ...] = ()


@dataclass(frozen=True)
class DigestList:
    """`digest list`."""


@dataclass(frozen=True)
class DigestChange:
    """`digest delete|pause|resume ID`."""

    action: str
    id: int


DigestCommand = DigestAdd | DigestList | DigestChange


def parse_channel(text: str) -> Channel:
    """A channel reference, or a Refusal saying how to name one."""
    match = _CHANNEL.fullmatch(text)
    if match is None:
        raise Refusal(
            f'"{echo(text)}" is not a channel', "write #leadership (pick it from the list)"
        )
    if match["id"]:
        return Channel(match["id"], (match["label"] or match["id"]).lstrip("#"))
    return Channel(f"#{match['name']}", match["name"])


def parse_digest(words: list[str]) -> DigestCommand:
    """The words after `digest`."""
    action = words[0].lower() if words else ""
    rest = words[1:]
    if action == "add":
        if not rest:
            raise Refusal("digest add needs a channel", f"write /roi {USAGE}")
        channel = parse_channel(rest[0])
        schedule, names = parse_schedule(rest[1:])
        if len(names) > MAX_DIGEST_SCENARIOS:
            raise Refusal(
                f"a digest shows at most {MAX_DIGEST_SCENARIOS} scenarios", "pick the ones to watch"
            )
        scenarios = tuple(dict.fromkeys(check_name(n, saving=False) for n in names))
        return DigestAdd(channel, schedule, scenarios)
    if action == "list" and not rest:
        return DigestList()
    if action in ("delete", "pause", "resume"):
        number = whole_number(rest[0].lstrip("#")) if len(rest) == 1 else None
        if number is None or number < 1:
            raise Refusal(
                f"digest {action} needs the digest's number",
                f"write /roi digest {action} 3 (see /roi digest list)",
            )
        return DigestChange(action, number)
    raise Refusal(
        f'unexpected "{echo(" ".join(words))}"',
        "write /roi digest add …, digest list, or digest delete|pause|resume ID",
    )


def digest_text(command: DigestCommand) -> str:
    """The command language's text of a digest command."""
    match command:
        case DigestAdd(channel, schedule, scenarios):
            day = ""
            if schedule.cadence == "weekly":
                day = f" {('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')[schedule.day or 0]}"
            elif schedule.cadence == "monthly":
                day = f" {schedule.day}"
            where = (
                f"<#{channel.id}|{channel.name}>" if not channel.id.startswith("#") else channel.id
            )
            names = "".join(f" {name}" for name in scenarios)
            return f"digest add {where} {schedule.cadence}{day} {schedule.at}{names}"
        case DigestList():
            return "digest list"
        case DigestChange(action, number):
            return f"digest {action} {number}"
    raise AssertionError(command)  # pragma: no cover
