"""Line layout of one paragraph: shape, wrap the logical text, reorder each line.

The order matters (RTL-NOTES.md): wrapping happens on the logical text, measured in cells
after shaping, and only then is each line reordered on its own, so the first words of a
paragraph are on its first line. Every line keeps a map between logical offsets and
screen columns, so any span of the original text can be highlighted later.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from bidi.mirror import MIRRORED

from reader.text.bidi import classes_of, line_levels, paragraph_level, resolve_levels, visual_order
from reader.text.shaping import Glyph, shape_text


class BidiMode(StrEnum):
    """Who does bidi: the app (visual order, shaped) or the terminal (logical order)."""

    APP = "app"
    TERMINAL = "terminal"


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line of a paragraph.

    `text` is what to paint, `cells` its width. `start`/`end` are logical offsets in the
    paragraph. Cell k shows the characters `columns[k]:column_ends[k]`: one letter, a
    letter with its marks (marks take no cell of their own), or both letters of a lam-alef
    ligature. `offsets[j]` is the first cell of logical offset `start + j` (or -1 when it
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


def layout_paragraph(
    text: str, width: int, *, bidi: BidiMode = BidiMode.APP, harakat: bool = True
) -> tuple[Line, ...]:
    """Lay out one paragraph (no newline inside) to lines of at most `width` cells."""
    return _layout(text, max(1, width), BidiMode(bidi), harakat)


@lru_cache(maxsize=4096)
def _layout(text: str, width: int, bidi: BidiMode, harakat: bool) -> tuple[Line, ...]:
    if not text:
        return (Line("", 0, 0, 0, False, (), (), ()),)
    classes = classes_of(text)
    base = paragraph_level(classes)
    app = bidi is BidiMode.APP
    words = _words(text, shape=app, harakat=harakat)
    if not app:
        return tuple(_logical_line(s, e, clusters) for s, e, clusters in _wrap(text, words, width))
    levels = resolve_levels(text, classes, base)
    return tuple(
        _visual_line(classes, levels, base, s, e, clusters)
        for s, e, clusters in _wrap(text, words, width)
    )


_SPACE = Glyph(" ", 0, 1, 1)


_Word = tuple[int, tuple[Glyph, ...], int]
"""(offset in the paragraph, glyphs, cells) of a word or a space."""
_Placed = list[tuple[int, Glyph]]
"""Glyphs of one line in logical order, each with its paragraph offset."""


def _words(text: str, *, shape: bool, harakat: bool) -> list[_Word]:
    """Split at spaces: (offset, glyphs, cells) for each word and each space.

    Glyph offsets are relative to the word; `offset + glyph.start` is in the paragraph.
    """
    words: list[_Word] = []
    offset = 0
    for word in text.split(" "):
        if word:
            glyphs, cells = _shaped_word(word, harakat, shape)
            words.append((offset, glyphs, cells))
        offset += len(word)
        if offset < len(text):
            words.append((offset, (_SPACE,), 1))
            offset += 1
    return words


@lru_cache(maxsize=262_144)
def _shaped_word(word: str, harakat: bool, shape: bool) -> tuple[tuple[Glyph, ...], int]:
    glyphs = shape_text(word, harakat, shape)
    return glyphs, sum(g.cells for g in glyphs)


def _wrap(text: str, words: list[_Word], width: int) -> Iterator[tuple[int, int, _Placed]]:
    """Greedy wrap of the logical text; a word wider than the line is cut at glyphs.

    Yields (start, end, placed) per line, `placed` being (paragraph offset, glyph) pairs.
    """
    line: list[tuple[int, Glyph]] = []
    used = 0
    line_start = 0
    for offset, glyphs, cells in words:
        if glyphs[0] is _SPACE:
            if used + 1 > width:
                # The space that ends a full line is consumed by the break.
                yield line_start, offset, line
                line, used, line_start = [], 0, offset + 1
                continue
            line.append((offset, _SPACE))
            used += 1
            continue
        if used + cells <= width:
            line.extend((offset + g.start, g) for g in glyphs)
            used += cells
            continue
        if line and cells <= width:
            # Break before this word; the spaces at the end of the line stay in the
            # previous line's logical range but are not painted (rule L1 and trimming).
            yield line_start, offset, line
            line = [(offset + g.start, g) for g in glyphs]
            used, line_start = cells, offset
            continue
        # A word longer than a line: fill the line, then cut it at glyph boundaries.
        for glyph in glyphs:
            if used + glyph.cells > width and used > 0:
                yield line_start, offset + glyph.start, line
                line, used, line_start = [], 0, offset + glyph.start
            line.append((offset + glyph.start, glyph))
            used += glyph.cells
    yield line_start, len(text), line


def _trim(placed: _Placed) -> _Placed:
    end = len(placed)
    while end and placed[end - 1][1] is _SPACE:
        end -= 1
    return placed[:end]


def _visual_line(
    classes: Sequence[str], levels: Sequence[int], base: int, start: int, end: int,
    placed: _Placed,
) -> Line:
    placed = _trim(placed)
    levels_here = line_levels(classes, levels, start, end, base)
    glyph_levels = [levels_here[at - start] for at, _ in placed]
    shown: list[tuple[int, Glyph, str]] = []
    for k in visual_order(glyph_levels):
        at, glyph = placed[k]
        text = glyph.text
        if glyph_levels[k] % 2 and text and text[0] in MIRRORED:
            text = MIRRORED[text[0]] + text[1:]  # L4: mirrored brackets at RTL levels
        shown.append((at, glyph, text))
    return _line(shown, start, end, rtl=base == 1)


def _logical_line(start: int, end: int, placed: _Placed) -> Line:
    # The terminal reorders this line itself; it is sent as it is, unpadded.
    return _line([(at, glyph, glyph.text) for at, glyph in _trim(placed)], start, end, rtl=False)


def _line(shown: list[tuple[int, Glyph, str]], start: int, end: int, *, rtl: bool) -> Line:
    """A Line from glyphs in screen order, with both maps between offsets and cells."""
    columns: list[int] = []
    ends: list[int] = []
    offsets = [-1] * (end - start)
    for at, glyph, _ in shown:
        cells = glyph.cells
        column = len(columns) if cells else -1
        if glyph.length == 1:
            offsets[at - start] = column
        else:
            for j in range(max(at, start), min(at + glyph.length, end)):
                offsets[j - start] = column
        if cells == 1:
            columns.append(at)
            ends.append(at + glyph.length)
        else:
            columns.extend([at] * cells)
            ends.extend([at + glyph.length] * cells)
    text = "".join(text for _, _, text in shown)
    return Line(
        text, len(columns), start, end, rtl, tuple(columns), tuple(offsets), tuple(ends)
    )


def one_line(text: str, *, bidi: BidiMode = BidiMode.APP, harakat: bool = True) -> str:
    """`text` laid out as a single line, as it is painted (for a notice or a label)."""
    text = " ".join(text.split())
    return layout_paragraph(text, 2 * len(text) + 1, bidi=bidi, harakat=harakat)[0].text


def first_line_index(lines: tuple[Line, ...], offset: int) -> int:
    """Index of the line that holds logical `offset` (for keeping a position on resize)."""
    starts = [line.start for line in lines]
    return max(0, bisect.bisect_right(starts, offset) - 1)
