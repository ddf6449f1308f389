"""Line layout of one paragraph: shape, wrap the logical text, reorder each line.

The order matters (RTL-NOTES.md): wrapping happens on the logical text, measured in cells
after shaping, and only then is each line reordered on its own, so the first words of a
paragraph are on its first line. Every line keeps a map between logical offsets and
screen columns, so any span of the original text can be highlighted later.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from bidi.mirror import MIRRORED

from reader.text.bidi import classes_of, line_levels, paragraph_level, resolve_levels, visual_order
from reader.text.shaping import Glyph, shape_word


class BidiMode(StrEnum):
    """Who does bidi: the app (visual order, shaped) or the terminal (logical order)."""

    APP = "app"
    TERMINAL = "terminal"


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line of a paragraph.

    `text` is what to paint, `cells` its width. `start`/`end` are logical offsets in the
    paragraph. `columns[k]` is the logical offset shown in cell k; `offsets[j]` is the
    first cell of logical offset `start + j` (or -1 when it has no cell: a dropped space
    or an invisible character).
    """

    text: str
    cells: int
    start: int
    end: int
    rtl: bool
    columns: tuple[int, ...]
    offsets: tuple[int, ...]

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

    def span_columns(self, start: int, end: int) -> list[tuple[int, int]]:
        """Runs of cells `[left, right)` that show logical range `start:end`, left to right."""
        cells = sorted(
            {k for k, offset in enumerate(self.columns) if start <= offset < end}
        )
        runs: list[tuple[int, int]] = []
        for k in cells:
            if runs and runs[-1][1] == k:
                runs[-1] = (runs[-1][0], k + 1)
            else:
                runs.append((k, k + 1))
        return runs


@dataclass(frozen=True, slots=True)
class _Cluster:
    glyph: Glyph
    offset: int  # logical offset of the glyph's first character in the paragraph


def layout_paragraph(
    text: str, width: int, *, bidi: BidiMode = BidiMode.APP, harakat: bool = True
) -> tuple[Line, ...]:
    """Lay out one paragraph (no newline inside) to lines of at most `width` cells."""
    return _layout(text, max(1, width), BidiMode(bidi), harakat)


@lru_cache(maxsize=4096)
def _layout(text: str, width: int, bidi: BidiMode, harakat: bool) -> tuple[Line, ...]:
    if not text:
        return (Line("", 0, 0, 0, False, (), ()),)
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


def _words(text: str, *, shape: bool, harakat: bool) -> list[tuple[int, list[_Cluster], int]]:
    """Split at spaces: (offset, clusters, cells) for each word and each space."""
    words = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        if text[i] == " ":
            j = i + 1
            clusters = [_Cluster(Glyph(" ", 0, 1, 1), i)]
            words.append((i, clusters, 1))
        else:
            while j < n and text[j] != " ":
                j += 1
            glyphs = shape_word(text[i:j], harakat, shape)
            clusters = [_Cluster(g, i + g.start) for g in glyphs]
            words.append((i, clusters, sum(g.cells for g in glyphs)))
        i = j
    return words


def _wrap(text, words, width):
    """Greedy wrap of the logical text; a word wider than the line is cut at glyphs."""
    line: list[_Cluster] = []
    used = 0
    line_start = 0
    for offset, clusters, cells in words:
        is_space = text[offset] == " "
        if is_space:
            if used + 1 > width:
                # The space that ends a full line is consumed by the break.
                yield line_start, offset, line
                line, used, line_start = [], 0, offset + 1
                continue
            line.extend(clusters)
            used += 1
            continue
        if used + cells <= width:
            line.extend(clusters)
            used += cells
            continue
        if line and cells <= width:
            # Break before this word; the spaces at the end of the line stay in the
            # previous line's logical range but are not painted (rule L1 and trimming).
            yield line_start, offset, line
            line, used, line_start = [], 0, offset
            line.extend(clusters)
            used = cells
            continue
        # A word longer than a line: fill the line, then cut it at glyph boundaries.
        for cluster in clusters:
            if used + cluster.glyph.cells > width and used > 0:
                yield line_start, cluster.offset, line
                line, used, line_start = [], 0, cluster.offset
            line.append(cluster)
            used += cluster.glyph.cells
    yield line_start, len(text), line


def _trim(clusters: list[_Cluster]) -> list[_Cluster]:
    end = len(clusters)
    while end and clusters[end - 1].glyph.text == " ":
        end -= 1
    return clusters[:end]


def _visual_line(classes, levels, base, start, end, clusters) -> Line:
    clusters = _trim(clusters)
    levels_here = line_levels(classes, levels, start, end, base)
    cluster_levels = [levels_here[c.offset - start] for c in clusters]
    order = visual_order(cluster_levels)
    pieces: list[str] = []
    columns: list[int] = []
    offsets = [-1] * (end - start)
    for k in order:
        cluster = clusters[k]
        glyph = cluster.glyph
        shown = glyph.text
        if cluster_levels[k] % 2 and shown and shown[0] in MIRRORED:
            shown = MIRRORED[shown[0]] + shown[1:]  # L4: mirrored brackets at RTL levels
        column = len(columns)
        for j in range(cluster.offset, cluster.offset + glyph.length):
            if start <= j < end:
                offsets[j - start] = column if glyph.cells else -1
        pieces.append(shown)
        columns.extend([cluster.offset] * glyph.cells)
    rtl = base == 1
    return Line("".join(pieces), len(columns), start, end, rtl, tuple(columns), tuple(offsets))


def _logical_line(start, end, clusters) -> Line:
    clusters = _trim(clusters)
    pieces: list[str] = []
    columns: list[int] = []
    offsets = [-1] * (end - start)
    for cluster in clusters:
        glyph = cluster.glyph
        column = len(columns)
        for j in range(cluster.offset, cluster.offset + glyph.length):
            if start <= j < end:
                offsets[j - start] = column if glyph.cells else -1
        pieces.append(glyph.text)
        columns.extend([cluster.offset] * glyph.cells)
    # The terminal reorders this line itself; it is sent as it is, unpadded.
    return Line("".join(pieces), len(columns), start, end, False, tuple(columns), tuple(offsets))


def first_line_index(lines: tuple[Line, ...], offset: int) -> int:
    """Index of the line that holds logical `offset` (for keeping a position on resize)."""
    starts = [line.start for line in lines]
    return max(0, bisect.bisect_right(starts, offset) - 1)
