"""A mouse drag over a widget's text, reported as cells: the title's and the article's.

The widget says where a drag's row is (the article adds its scroll) and which message
carries it; a drag ends a click, so a click at the end of a drag is no click on a mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.events import MouseDown, MouseMove, MouseUp
from textual.message import Message

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    _Base = object


class DragSelection(_Base):
    """Posts `selection(start, end, final)` as the mouse is dragged with the first button
    down, each end a (row, column) cell of the content; `final` once it is let go. The
    cells may lie outside the widget (the mouse is captured while the button is down)."""

    _drag_from: tuple[int, int] | None = None
    _drag_to: tuple[int, int] | None = None
    _dragged = False

    def drag_row(self, y: int) -> int:
        """The row a drag at content row `y` is on (the article adds its scroll)."""
        return y

    def selection(self, start: tuple[int, int], end: tuple[int, int], final: bool) -> Message:
        """The widget's message for a drag from `start` to `end`."""
        raise NotImplementedError

    def ends_a_drag(self) -> bool:
        """For `on_click`: True (once) when the click is the end of a drag."""
        dragged, self._dragged = self._dragged, False
        return dragged

    def on_mouse_down(self, event: MouseDown) -> None:
        at = event.get_content_offset(self)
        if at is not None and event.button == 1:
            self._drag_from = (self.drag_row(at.y), at.x)
            self.capture_mouse()

    def on_mouse_move(self, event: MouseMove) -> None:
        if self._drag_from is None:
            return
        at = event.get_content_offset_capture(self)
        end = (self.drag_row(at.y), at.x)
        if end != self._drag_to:
            self._drag_to = end
            self.post_message(self.selection(self._drag_from, end, False))

    def on_mouse_up(self, event: MouseUp) -> None:
        start, moved = self._drag_from, self._drag_to is not None
        self._drag_from = self._drag_to = None
        self.capture_mouse(False)
        at = event.get_content_offset_capture(self)
        end = (self.drag_row(at.y), at.x)
        self._dragged = start is not None and start != end
        if start is not None and (self._dragged or moved):
            self.post_message(self.selection(start, end, True))
