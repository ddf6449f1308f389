"""Which screen row shows which paragraph line, for one width: laid out lazily, estimated before."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from reader.text.layout import BidiMode, Line, first_line_index, layout_paragraph

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Column = list[int] | npt.NDArray[np.int64]

VECTOR_FROM = 5_000
"""Paragraphs from which counts and row starts are numpy arrays (a 50 MB article has some
200,000). Below, plain lists: importing numpy costs 60 to 130 ms, most of the margin of a
first frame, and a list of a few thousand sums is rebuilt in well under a millisecond."""

# Word wrap leaves cells free at the end of each line, lam-alef ligatures and harakat
# take fewer cells than characters; on news prose the two about cancel out, less one cell
# (measured on the bundled article at 20 to 115 columns: within 5 %).
_WRAP_SLACK = 1


def estimate_line_count(text: str, width: int) -> int:
    """A cheap guess of how many lines `text` takes at `width` (no shaping, no layout)."""
    usable = max(1, width - _WRAP_SLACK) if width > 10 else max(1, width)
    return max(1, -(-len(text) // usable))


class LineIndex:
    """Rows of a column of paragraphs separated by `gap` blank rows, at one width and mode.

    A paragraph's row count is estimated until it is laid out (`lines`), so opening a huge
    file costs one pass of `len()`; rows below the first laid-out ones move when a guess is
    corrected, which is why callers keep their position as (paragraph, offset). Counts and
    row starts of a long article are numpy arrays (see VECTOR_FROM): a resize of a 50 MB
    article makes a new index, and each correction of a guess recomputes the starts.
    """

    def __init__(
        self,
        texts: Sequence[str],
        width: int,
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        gap: int = 1,
    ) -> None:
        self.width = max(1, width)
        self.bidi = BidiMode(bidi)
        self.harakat = harakat
        self.gap = gap
        self._texts = texts
        # estimate_line_count for every paragraph at once.
        usable = max(1, self.width - _WRAP_SLACK) if self.width > 10 else self.width
        self._counts: Column
        if len(texts) >= VECTOR_FROM:
            import numpy as np  # here only: see VECTOR_FROM

            self._counts = np.maximum(1, -(-_lengths(texts) // usable))
        else:
            self._counts = [max(1, -(-len(text) // usable)) for text in texts]
        self._exact = bytearray(len(texts))
        self._starts: Column | None = None

    def __len__(self) -> int:
        return len(self._texts)

    @property
    def height(self) -> int:
        """Rows of the whole column (estimated for paragraphs not laid out yet)."""
        if not self._texts:
            return 0
        return int(self._row_starts()[-1] + self._counts[-1])

    def is_laid_out(self, index: int) -> bool:
        return bool(self._exact[index])

    def laid_out_count(self) -> int:
        """How many paragraphs have been laid out (the rest are estimates)."""
        return sum(self._exact)

    def lines(self, index: int) -> tuple[Line, ...]:
        """The laid-out lines of paragraph `index`; corrects its row count on first use."""
        lines = layout_paragraph(
            self._texts[index], self.width, bidi=self.bidi, harakat=self.harakat
        )
        if not self._exact[index]:
            self._exact[index] = 1
            if self._counts[index] != len(lines):
                self._counts[index] = len(lines)
                self._starts = None
        return lines

    def row_count(self, index: int) -> int:
        """Rows paragraph `index` takes, its gap included (estimated if not laid out)."""
        return int(self._counts[index]) + (self.gap if index < len(self._texts) - 1 else 0)

    def start(self, index: int) -> int:
        """The row of the first line of paragraph `index`."""
        return int(self._row_starts()[index])

    def locate(self, row: int) -> tuple[int, int]:
        """(paragraph, line within it) shown at `row`; the line may be one of the gap rows."""
        starts = self._row_starts()
        found = bisect.bisect_right(starts, row) - 1
        index = max(0, min(len(self._texts) - 1, found))
        return index, row - int(starts[index])

    def position_at(
        self, row: int, keep: tuple[int, int] | None = None, *, at_end: bool = False
    ) -> tuple[int, int]:
        """(paragraph, offset) of a view whose top row is `row`.

        `keep`, the position it had, while `row` still holds it (or, `at_end`, when the
        view is scrolled as far as it goes, lies below it): so a position survives any
        number of re-wraps exactly, where the start of the top line would move back a
        little at each. Otherwise the start of the line at `row` (of the next paragraph
        for a gap row).
        """
        if keep is not None and 0 <= keep[0] < len(self._texts):
            kept = self.row_of(*keep)
            if kept == row or (at_end and kept > row):
                return keep
        paragraph, line = self.locate(row)
        lines = self.lines(paragraph)
        if line < len(lines):
            return paragraph, lines[line].start
        if paragraph + 1 < len(self._texts):
            return paragraph + 1, 0
        return paragraph, lines[-1].start

    def row_of(self, index: int, offset: int) -> int:
        """The row of the line of paragraph `index` that holds logical `offset`."""
        lines = self.lines(index)
        return self.start(index) + first_line_index(lines, offset)

    def _row_starts(self) -> Column:
        if self._starts is None:
            counts, gap = self._counts, self.gap
            if isinstance(counts, list):
                self._starts = list(accumulate((count + gap for count in counts[:-1]),
                                               initial=0))
            else:
                import numpy as np

                starts = np.zeros(len(counts), dtype=np.int64)
                np.cumsum(counts[:-1] + gap, out=starts[1:])
                self._starts = starts
        return self._starts


_last_lengths: tuple[Sequence[str], npt.NDArray[np.int64]] | None = None


def _lengths(texts: Sequence[str]) -> npt.NDArray[np.int64]:
    """len() of every text, kept for the last sequence seen (a resize asks again)."""
    import numpy as np

    global _last_lengths
    if _last_lengths is None or _last_lengths[0] is not texts:
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        _last_lengths = (texts, lengths)
    return _last_lengths[1]
