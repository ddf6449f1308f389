"""Where the reader is and who does bidi: `app · 42%`, in the corner of the header."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widget import Widget

from reader.text.layout import BidiMode


def position_label(row: int, last_row: int) -> str:
    """As vim says it: All (everything fits), Top, Bot, or the percentage scrolled."""
    if last_row <= 0:
        return "All"
    if row <= 0:
        return "Top"
    if row >= last_row:
        return "Bot"
    return f"{100 * row // last_row}%"


class ReadingStatus(Widget):
    """A short label: the bidi mode and the position in the article."""

    bidi: reactive[BidiMode] = reactive(BidiMode.APP, layout=True)
    """The mode's name changes the label's width, hence layout."""
    row: reactive[int] = reactive(0)  # labels are at most three cells: "Top", "99%"
    last_row: reactive[int] = reactive(0)

    def render(self) -> str:
        return f"{BidiMode(self.bidi).value} · {position_label(self.row, self.last_row)}"
