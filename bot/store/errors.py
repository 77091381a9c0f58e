"""The store's errors a user or admin can act on (one line each, nothing changed), and
what /healthz reports: shared by the database interface and both backends."""

from __future__ import annotations

from dataclasses import dataclass

from calc.errors import Refusal

#: How long /healthz waits for any one table before calling the database busy.
HEALTH_WAIT_S = 0.5


class StoreRefusal(Refusal):
    """The database cannot do what was asked, for a reason a user or admin can act on;
    nothing was changed. `cause` is the short form, for logs and /healthz."""

    cause = "refused"


class StoreBusy(StoreRefusal):
    """Another connection held what we needed past our wait."""

    cause = "busy"

    def __init__(self, writing: bool = True) -> None:
        what = "nothing was saved" if writing else "nothing was changed"
        super().__init__(f"the database is busy; {what}", "try again")


class StoreReadOnly(StoreRefusal):
    """The database cannot be written."""

    cause = "read-only"

    def __init__(self) -> None:
        super().__init__(
            "could not save, nothing changed: the database is read-only",
            "try again, or tell your admin",
        )


class StoreFull(StoreRefusal):
    """No room left to write."""

    cause = "disk full"

    def __init__(self) -> None:
        super().__init__(
            "could not save, nothing changed: the disk is full", "try again, or tell your admin"
        )


class StoreUnavailable(StoreRefusal):
    """The database file is gone or was swapped for one that is not ours, or the server
    cannot be reached."""

    def __init__(self, why: str) -> None:
        super().__init__(
            f"could not reach the scenarios, nothing changed: {why}", "tell your admin"
        )
        self.cause = why


class StoreSetupError(StoreRefusal):
    """A database we will not open (not ours, a folder, not creatable)."""


@dataclass(frozen=True)
class Health:
    """What /healthz reports about the database: every table read and a write committed
    within HEALTH_WAIT_S each, or why not (`busy`, `read-only`, …)."""

    reachable: bool
    writable: bool
    detail: str = "ok"

    @property
    def ok(self) -> bool:
        """Healthy when every table can be read and written right now (busy is not)."""
        return self.reachable and self.writable and self.detail == "ok"
