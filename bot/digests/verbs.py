"""`/roi digest add|list|delete|pause|resume` for a caller: a team's digests are its own,
and guests from another organisation can neither see nor change them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from bot.store.digests import Digest, DigestStore
from bot.store.scenarios import ScenarioStore
from calc.digests import DigestAdd, DigestChange, DigestCommand, DigestList
from calc.errors import Refusal
from calc.schedule import check_zone

DIGEST_GUEST_RULE = Refusal(
    "a team's digests belong to the workspace that installed roibot, and you are a guest "
    "from another organisation",
    "ask someone in the workspace to set one up",
)
MAX_DIGESTS = 20  # a team's digests: enough for every leadership channel, never a flood


@dataclass(frozen=True)
class DigestAdded:
    """A new digest, when it first runs, and whether Slack gave the creator's time zone."""

    digest: Digest
    now: datetime
    zone_known: bool


@dataclass(frozen=True)
class DigestListing:
    """A team's digests."""

    digests: list[Digest]
    now: datetime


@dataclass(frozen=True)
class DigestChanged:
    """A digest deleted, paused or resumed."""

    action: str
    number: int
    digest: Digest | None  # None once deleted
    now: datetime


DigestOutcome = DigestAdded | DigestListing | DigestChanged


class DigestVerbs:
    """The digest verbs over a team's digests and scenarios."""

    def __init__(
        self,
        digests: DigestStore,
        scenarios: ScenarioStore,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.digests, self.scenarios, self.clock = digests, scenarios, clock

    def execute(
        self, command: DigestCommand, team: str, user: str, guest: bool, tz: str | None
    ) -> DigestOutcome:
        """Carry out `command` for `user` of `team` (their Slack time zone `tz`, if known)."""
        if guest:
            raise DIGEST_GUEST_RULE
        now = self.clock()
        match command:
            case DigestAdd():
                return self._add(command, team, user, tz, now)
            case DigestList():
                return DigestListing(self.digests.of_team(team), now)
            case DigestChange(action, number):
                return self._change(action, number, team, now)
        raise AssertionError(command)  # pragma: no cover

    def _add(
        self, command: DigestAdd, team: str, user: str, tz: str | None, now: datetime
    ) -> DigestAdded:
        missing = [name for name in command.scenarios if self.scenarios.latest(team, name) is None]
        if missing:
            raise Refusal(f'no scenario "{missing[0]}" in this team', "see /roi list")
        if len(self.digests.of_team(team)) >= MAX_DIGESTS:
            raise Refusal(
                f"a team has at most {MAX_DIGESTS} digests", "delete one first: /roi digest list"
            )
        zone = check_zone(tz) if tz else "UTC"
        schedule = replace(command.schedule, tz=zone)
        channel = command.channel
        digest = self.digests.add(
            team, channel.id, channel.name, schedule, command.scenarios, by=user, now=now
        )
        return DigestAdded(digest, now, zone_known=bool(tz) and zone == tz)

    def _change(self, action: str, number: int, team: str, now: datetime) -> DigestChanged:
        if action == "delete":
            if not self.digests.delete(team, number):
                raise _missing(number)
            return DigestChanged(action, number, None, now)
        found = self.digests.pause(team, number, "paused" if action == "pause" else None, now)
        if found is None:
            raise _missing(number)
        return DigestChanged(action, number, found, now)


def _missing(number: int) -> Refusal:
    return Refusal(f"no digest {number} in this team", "see /roi digest list")
