"""The terminal's own bidi switched off while the reader draws (CSI 8 l), and back on after.

VTE (GNOME Terminal) and mintty reorder Arabic by themselves unless told to lay cells out
as sent: `CSI 8 l` (BDSM explicit). The reader sends it after the driver has entered the
alternate screen, and `CSI 8 h` (implicit, the terminals' default) before it leaves, from
the driver, so the terminal is restored even when the app ends with an exception.
"""

from __future__ import annotations

from textual.driver import Driver

from reader.text.layout import BidiMode

EXPLICIT_BIDI = "\x1b[8l"
"""CSI 8 l: the terminal shows cells in the order they are sent (the app did bidi)."""
IMPLICIT_BIDI = "\x1b[8h"
"""CSI 8 h: the terminal reorders by itself (its default)."""


def bidi_mode_sequence(mode: BidiMode) -> str:
    """What to send the terminal for `mode`: the app's visual order must not be reordered."""
    return EXPLICIT_BIDI if BidiMode(mode) is BidiMode.APP else IMPLICIT_BIDI


class BidiModeDriver(Driver):
    """Mixin for a Textual driver: sends the app's bidi mode around application mode."""

    def start_application_mode(self) -> None:
        super().start_application_mode()
        self.write(bidi_mode_sequence(getattr(self._app, "bidi", BidiMode.APP)))
        self.flush()

    def stop_application_mode(self) -> None:
        self.write(IMPLICIT_BIDI)
        super().stop_application_mode()


def with_bidi_mode(driver_class: type[Driver]) -> type[Driver]:
    """`driver_class` with `BidiModeDriver` mixed in."""
    if issubclass(driver_class, BidiModeDriver):
        return driver_class
    return type(f"BidiMode{driver_class.__name__}", (BidiModeDriver, driver_class), {})
