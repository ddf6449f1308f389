"""The reader's driver: the terminal's own bidi off while it draws, restored on exit or kill.

VTE (GNOME Terminal) and mintty reorder Arabic by themselves unless told to lay cells out
as sent: `CSI 8 l` (BDSM explicit). The reader sends it after the driver has entered the
alternate screen, and `CSI 8 h` (implicit, the terminals' default) before it leaves, from
the driver, so the terminal is restored even when the app ends with an exception.

SIGTERM (a plain `kill`) and SIGHUP (the terminal or the SSH link closed) would end the
process where it stands, in the alternate screen with mouse tracking on and the cursor
hidden. The driver turns them into the same exit as `q`.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
from types import FrameType
from typing import Any

from textual.driver import Driver

from reader.text.layout import BidiMode

EXPLICIT_BIDI = "\x1b[8l"
"""CSI 8 l: the terminal shows cells in the order they are sent (the app did bidi)."""
IMPLICIT_BIDI = "\x1b[8h"
"""CSI 8 h: the terminal reorders by itself (its default)."""

CLEAR_SCREEN = "\x1b[0m\x1b[H\x1b[2J"
"""Sent just before leaving the alternate screen: tmux (3.3) reflows the alternate screen's
lines into the shell's screen when a window has grown wider and taller since the app
started; blank lines leave nothing behind."""

TERMINATION_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
EXIT_GRACE_SECONDS = 2.0
"""How long the app has to quit after a termination signal before the driver forces it."""
TERMINAL_RESET = (
    "\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l"  # mouse tracking off
    "\x1b[?2004l\x1b[?7h"  # bracketed paste off, line wrap on
    + CLEAR_SCREEN
    + "\x1b[<u\x1b[?1049l\x1b[?25h\x1b[?1004l"  # keyboard protocol, alternate screen, cursor
    + IMPLICIT_BIDI
)
"""What leaving application mode writes (Textual's Linux driver and this one), in one write."""


def bidi_mode_sequence(mode: BidiMode) -> str:
    """What to send the terminal for `mode`: the app's visual order must not be reordered."""
    return EXPLICIT_BIDI if BidiMode(mode) is BidiMode.APP else IMPLICIT_BIDI


class BidiModeDriver(Driver):
    """Mixin for a Textual driver: sends the app's bidi mode around application mode, and
    quits the app as `q` does on SIGTERM or SIGHUP."""

    _previous_handlers: dict[int, Any]
    _in_application_mode = False

    def start_application_mode(self) -> None:
        super().start_application_mode()  # type: ignore[safe-super]  # a mixin
        self.write(bidi_mode_sequence(getattr(self._app, "bidi", BidiMode.APP)))
        self.flush()
        self._in_application_mode = True
        self._catch_termination_signals()

    def stop_application_mode(self) -> None:
        self._release_termination_signals()
        self.write(IMPLICIT_BIDI)
        self.write(CLEAR_SCREEN)
        super().stop_application_mode()  # type: ignore[safe-super]  # a mixin
        self._in_application_mode = False

    def _catch_termination_signals(self) -> None:
        self._previous_handlers = {}
        if self.is_headless or threading.current_thread() is not threading.main_thread():
            return  # tests drive the app headless: the test runner keeps its own signals
        loop = asyncio.get_running_loop()
        for number in TERMINATION_SIGNALS:
            self._previous_handlers[number] = signal.signal(
                number, lambda signum, frame: self._on_termination(loop, signum, frame)
            )

    def _release_termination_signals(self) -> None:
        for number, handler in getattr(self, "_previous_handlers", {}).items():
            signal.signal(number, handler)
        self._previous_handlers = {}

    def _on_termination(
        self, loop: asyncio.AbstractEventLoop, signum: int, _frame: FrameType | None
    ) -> None:
        # A signal handler runs between two bytecodes of the main thread, which is the
        # event loop's: hand the exit to the loop (call_soon_threadsafe is signal-safe).
        return_code = 128 + signum  # as a shell reports a process killed by the signal
        try:
            loop.call_soon_threadsafe(self._app.exit, None, return_code)
        except RuntimeError:  # the loop is closed: the app is already gone
            return
        # If the loop is stuck (a long layout, a dead terminal), restore and leave anyway.
        watchdog = threading.Timer(EXIT_GRACE_SECONDS, self._force_exit, args=(return_code,))
        watchdog.daemon = True
        watchdog.start()

    def _force_exit(self, return_code: int) -> None:
        # Still alive after the grace period: the exit is stuck (a closed terminal leaves
        # Textual's writer thread, and the shutdown waiting for it, blocked for good).
        if self._in_application_mode:
            self._restore_terminal()
        os._exit(return_code)

    def _restore_terminal(self) -> None:
        try:
            stream = getattr(self, "_file", None) or sys.__stderr__
            if stream is not None:
                os.write(stream.fileno(), TERMINAL_RESET.encode())
            attrs = getattr(self, "attrs_before", None)
            if attrs is not None:
                import termios

                termios.tcsetattr(getattr(self, "fileno", 0), termios.TCSANOW, attrs)
        except Exception:  # the terminal is gone (SIGHUP): nothing left to restore
            pass


def with_bidi_mode(driver_class: type[Driver]) -> type[Driver]:
    """`driver_class` with `BidiModeDriver` mixed in."""
    if issubclass(driver_class, BidiModeDriver):
        return driver_class
    return type(f"BidiMode{driver_class.__name__}", (BidiModeDriver, driver_class), {})
