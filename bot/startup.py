"""The entry points, with the cycle collector held off while the process starts.

Starting allocates a few hundred thousand objects that live as long as the process
(modules, classes, pydantic's validators, the Bolt app), and the cycle collector walks them
again and again as they pile up: 30 ms of the console's 240 ms to its first answer, in
which it finds nothing to free. So it waits until the process is set up; then what exists is
frozen out of later collections (`gc.freeze`), which walk only what requests make."""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Hold the cycle collector off: an entry point's first line."""
    global _held
    _held = True
    gc.disable()


def started() -> None:
    """Collect again, from now on, only what is made after this point (nothing when the
    process did not start through an entry point here: a test calling main())."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def roi() -> None:
    """`roi`: one answer and exit (the collector is not needed before it is printed)."""
    hold()
    from bot.terminal.cli import main

    main()


def roi_bot() -> None:
    """`roi-bot`: each mode calls started() once it is set up."""
    hold()
    from bot.main import run

    run()
