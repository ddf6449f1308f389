"""A cold start without the cycle collector's full passes.

Importing Textual and the reader creates some 70,000 long-lived objects, and each of the
collector's passes over them costs tens of milliseconds; a start would run about a hundred
young passes and one or two full ones before the first frame. The command line holds the
collector from its first line (`hold`); the reader lets it go once its first screen is on
the terminal (`release`), moving everything alive then — modules, classes, the laid-out
article — to the permanent generation (`gc.freeze`), which later passes skip. Only the
garbage cycles of the start itself are never freed; they are a few kilobytes.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Stop the cycle collector until `release` (reference counting still frees)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Start the collector again, if `hold` stopped it, past what the start built."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
