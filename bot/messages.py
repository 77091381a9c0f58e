"""Every sentence the bot itself says (not about results: those are calc.report's): labels,
confirmations, errors. Tests pin the important ones."""

from __future__ import annotations

from calc.errors import Refusal

SHARE = "Share in channel"
SAVE_AS = "Save as…"
FORM = "Form"
SOLVE_FOR = "Solve for…"
REFUSED_TEXT = "roibot could not read that"
NO_SCENARIOS = "No scenarios saved in this team yet. Save one with `/roi save q3-plan uplift=6%`."
OUTSIDE_WORKSPACE = Refusal("roibot works inside a Slack workspace", "try again")
STALE_BUTTON = Refusal("that button is out of date", "run the command again")
BUTTON_TOO_LARGE = Refusal("that answer is too large to save from a button", "use /roi save NAME …")
UNREADABLE_ACTION = "That button could not be read; nothing was changed. Run the command again."
SAVE_FORM_TITLE = "Save scenario"
SAVE_NAME_HINT = (
    "Letters, digits, - _ and . (e.g. q3-plan). Saving an existing name adds a version."
)
SAVE_FAILED = "Could not save; nothing changed."
READ_AS = "Read as: "
FROM_THREAD = "In this thread: "
ASK_WHICH = "Which did you mean?"
CHOSEN = "Chose "
NO_CHART_HERE = (
    "roibot is not in this channel, so this answer is shared without its chart: "
    "`/invite @roibot` to share answers here with charts."
)


NEW_SCENARIO = "New scenario"
CHANGE_INPUTS = "Change inputs"
HOME_NO_DEFAULT = (
    "These are Fig. 2's reference values. Save your team's own with `/roi save "
    "default calls=…`, or New scenario and Save as… default."
)
SHARE_TO = "Share in"
SHARE_TO_HINT = "Pick a channel roibot is in, or leave empty for your DM with roibot."
SHARING = "Sharing…"
NOT_IN_CHANNEL = (
    "roibot is not in that channel, so nothing was posted: `/invite @roibot` "
    "there, or pick another channel."
)


def home_count(total: int) -> str:
    """The Home tab's heading over the scenarios."""
    return f"{total:,} scenario{'s' if total != 1 else ''}"


def restore_confirm(name: str, version: int) -> str:
    """What a Restore button asks before it saves."""
    return (
        f"Save v{version} of {name} again as its newest version? Nothing is lost: every "
        "version stays in the history."
    )


def shared_in(channel: str, dm: bool) -> str:
    """Where a share from a modal was posted."""
    return "Posted in your DM with roibot." if dm else f"Posted in <#{channel}>."


def saved_line(name: str, version: int, headline: str) -> str:
    """A save's confirmation in a modal: what was saved and what it says."""
    return f"{saved_title(name, version)}. {headline}"


def failure(ref: str) -> Refusal:
    """The one line for an error on our side: a reference the user can quote."""
    return Refusal(
        f"something went wrong on our side (ref {ref})", "nothing was changed; try again"
    )


def form_unavailable(why: str) -> Refusal:
    """A modal that Slack would not open."""
    return Refusal(f"Slack would not open the form ({why})", "try the button again")


def saved_title(name: str, version: int) -> str:
    """The heading of a save's confirmation."""
    return f"Saved {name} as version {version}"


def restored_title(name: str, old: int, new: int) -> str:
    """The heading of a restore's confirmation."""
    return f"Restored {name} v{old} as version {new}"


def deleted(name: str) -> str:
    """A delete's confirmation: nothing is lost, and how to get it back."""
    return (
        f"Deleted. Its versions are kept: `/roi history {name}` lists them and "
        f"`/roi restore {name} VERSION` brings one back."
    )


def shared_by(user_mention: str) -> str:
    """The line under an answer shared in a channel."""
    return f"Shared by {user_mention}"
