"""One laid-out screen line of a paragraph, with its maps between offsets and cells."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BidiMode(StrEnum):
    """Who does bidi: the app (visual order, shaped) or the terminal (logical order)."""

    APP = "app"
    TERMINAL = "terminal"


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line of a paragraph.

    `text` is what to paint, `cells` its width. `start`/`end` are logical offsets in the
    paragraph. Cell k shows the characters `columns[k]:column_ends[k]`: one letter, a
    letter with its marks (marks take no cell of their own), both letters of a lam-alef
    ligature, or a grapheme cluster (an emoji sequence or a flag, two cells showing the
    same characters). `offsets[j]` is the first cell of logical offset `start + j` (or -1 when it
    has no cell: a dropped space or an invisible character).
    """

    text: str
    cells: int
    start: int
    end: int
    rtl: bool
    columns: tuple[int, ...]
    offsets: tuple[int, ...]
    column_ends: tuple[int, ...]

    def padding(self, width: int) -> int:
        """Cells of space before the text: RTL lines are flush right, LTR flush left."""
        return max(0, width - self.cells) if self.rtl else 0

    def aligned(self, width: int) -> str:
        """The line padded to `width` cells as it is painted."""
        pad = self.padding(width)
        return " " * pad + self.text + " " * max(0, width - pad - self.cells)

    def visual_to_logical(self, column: int) -> int | None:
        """The logical offset shown in `column` (0 = first cell of `text`), if any."""
        if 0 <= column < len(self.columns):
            return self.columns[column]
        return None

    def logical_to_visual(self, offset: int) -> int | None:
        """The first cell (from the left of `text`) of logical `offset`, if shown."""
        if self.start <= offset < self.end:
            column = self.offsets[offset - self.start]
            return None if column < 0 else column
        return None

    def cell_range(self, column: int) -> tuple[int, int] | None:
        """The logical characters `start:end` shown in cell `column`, if it is one."""
        if 0 <= column < len(self.columns):
            return self.columns[column], self.column_ends[column]
        return None

    def span_columns(self, start: int, end: int) -> list[tuple[int, int]]:
        """Runs of cells `[left, right)` that show any of logical range `start:end`, left
        to right. A cell is in when one of its characters is: a mention that begins at
        the alef of a lam-alef ligature still marks the ligature's cell."""
        runs: list[tuple[int, int]] = []
        for k, (first, last) in enumerate(zip(self.columns, self.column_ends, strict=True)):
            if first < end and start < last:
                if runs and runs[-1][1] == k:
                    runs[-1] = (runs[-1][0], k + 1)
                else:
                    runs.append((k, k + 1))
        return runs
