"""Who does bidi and where the reader is, in words: `bidi: app · 35%`, in the header's corner."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widget import Widget

from reader.text.layout import BidiMode


def position_label(row: int, last_row: int) -> str:
    """How far through the article the top row is: "all" (everything fits), "top", "end",
    or the percentage scrolled."""
    if last_row <= 0:
        return "all"
    if row <= 0:
        return "top"
    if row >= last_row:
        return "end"
    return f"{100 * row // last_row}%"


class ReadingStatus(Widget):
    """A short label: the bidi mode and the position in the article."""

    bidi: reactive[BidiMode] = reactive(BidiMode.APP, layout=True)
    """The mode's name changes the label's width, hence layout."""
    row: reactive[int] = reactive(0)  # the position is at most three cells: "top", "99%"
    last_row: reactive[int] = reactive(1)
    """Until the article reports its length, there is more than a screen: the first frame
    says `top`, not `all` (which a moment later would turn into `top`)."""

    def render(self) -> str:
        where = position_label(self.row, self.last_row)
        if BidiMode(self.bidi) is BidiMode.TERMINAL:
            # A `t` pressed by accident makes a terminal without bidi show the text backwards:
            # say how to undo it. Latin only, so a terminal that does bidi keeps it in order.
            return f"bidi: terminal · backwards? press t · {where}"
        return f"bidi: app · {where}"
