"""Line layout one unit at a time: the reference the fast layout must equal, line for line.

Every unit of the paragraph is placed with its own level (rule L2 on a list of levels)
and every map is filled one unit at a time. `layout` uses it for what its fast path
does not cover (units wider than one cell), and the property tests compare the two on
random text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from bidi.mirror import MIRRORED

from reader.text.bidi import classes_of, line_levels, paragraph_level, resolve_levels, visual_order
from reader.text.line import BidiMode, Line
from reader.text.shaping import Glyph
from reader.text.words import word_units

_SPACE = Glyph(" ", 0, 1, 1)

_Word = tuple[int, tuple[Glyph, ...], int]
"""(offset in the paragraph, units, cells) of a word or a space."""
_Placed = list[tuple[int, Glyph]]
"""Units of one line in logical order, each with its paragraph offset."""


def reference_layout(text: str, width: int, bidi: BidiMode, harakat: bool) -> tuple[Line, ...]:
    """Lay out one paragraph (no newline inside) to lines of at most `width` cells."""
    if not text:
        return (Line("", 0, 0, 0, False, (), (), ()),)
    width = max(1, width)
    app = bidi is BidiMode.APP
    words = _words(text, shape=app, harakat=harakat)
    if not app:
        return tuple(_logical_line(s, e, placed) for s, e, placed in _wrap(text, words, width))
    classes = classes_of(text)
    base = paragraph_level(classes)
    levels = resolve_levels(text, classes, base)
    return tuple(
        _visual_line(classes, levels, base, s, e, placed)
        for s, e, placed in _wrap(text, words, width)
    )


def _words(text: str, *, shape: bool, harakat: bool) -> list[_Word]:
    """Split at spaces: (offset, units, cells) for each word and each space.

    Unit offsets are relative to the word; `offset + unit.start` is in the paragraph.
    """
    words: list[_Word] = []
    offset = 0
    for word in text.split(" "):
        if word:
            units = word_units(word, harakat, shape)
            words.append((offset, units, sum(unit.cells for unit in units)))
        offset += len(word)
        if offset < len(text):
            words.append((offset, (_SPACE,), 1))
            offset += 1
    return words


def _wrap(text: str, words: list[_Word], width: int) -> Iterator[tuple[int, int, _Placed]]:
    """Greedy wrap of the logical text; a word wider than the line is cut at units.

    Yields (start, end, placed) per line, `placed` being (paragraph offset, unit) pairs.
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
        # A word longer than a line: fill the line, then cut it at unit boundaries.
        for glyph in glyphs:
            # A unit of no cell stays on its line, even one that a wide character already
            # overfills (at width 1): a joiner goes with the character it follows.
            if glyph.cells and used + glyph.cells > width and used > 0:
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
    """A Line from units in screen order, with both maps between offsets and cells."""
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
