"""Line layout of one paragraph: shape, wrap the logical text, reorder each line.

The order matters (RTL-NOTES.md): wrapping happens on the logical text, measured in cells
after shaping, and only then is each line reordered on its own, so the first words of a
paragraph are on its first line. Every line keeps a map between logical offsets and
screen columns, so any span of the original text can be highlighted later.

It is fast because the work is done once per paragraph and per word, never once per
character in Python: the levels are resolved once for the paragraph (`levels`) and
sliced per line; each word is shaped once (`words`) and the paragraph's arrays are the
concatenation of its words' arrays; a line is a few runs of one level, each copied
forward or backward as a slice (a line of one level, most Arabic lines, is one run).
Units wider than one cell (CJK, emoji), and units with no cell in a paragraph of several
levels, go through `layout_reference`, which places one unit at a time; the property
tests hold the two to the same lines and maps.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import add, sub

from reader.text.bidi import visual_order
from reader.text.layout_reference import reference_layout
from reader.text.levels import ParagraphLevels, paragraph_levels
from reader.text.line import BidiMode, Line
from reader.text.words import ShapedWord, shaped_word

__all__ = ["BidiMode", "Line", "first_line_index", "lay_out", "layout_paragraph", "one_line"]

_RUN = re.compile(rb"(.)\1*", re.DOTALL)
_SEGMENT_SEPARATOR = re.compile("[SB]")


def layout_paragraph(
    text: str, width: int, *, bidi: BidiMode = BidiMode.APP, harakat: bool = True
) -> tuple[Line, ...]:
    """Lay out one paragraph (no newline inside) to lines of at most `width` cells."""
    return _cached(text, max(1, width), BidiMode(bidi), harakat)


@lru_cache(maxsize=4096)
def _cached(text: str, width: int, bidi: BidiMode, harakat: bool) -> tuple[Line, ...]:
    return lay_out(text, width, bidi, harakat)


def lay_out(text: str, width: int, bidi: BidiMode, harakat: bool) -> tuple[Line, ...]:
    """`layout_paragraph` without its cache (for output that is written and forgotten)."""
    width = max(1, width)
    if not text:
        return (Line("", 0, 0, 0, False, (), (), ()),)
    app = bidi is BidiMode.APP
    parts = text.split(" ")
    words = [shaped_word(part, harakat, app) for part in parts]
    if any(word.wide for word in words):
        return reference_layout(text, width, bidi, harakat)
    levels = paragraph_levels(text) if app else None
    if levels is not None and levels.levels is not None and any(w.hidden for w in words):
        # A unit with no cell still has a level and can split a run (an LRM between two
        # Arabic letters in a left-to-right paragraph): placed one by one.
        return reference_layout(text, width, bidi, harakat)
    paragraph = _Paragraph(text, words, levels)
    return tuple(paragraph.line(*span) for span in _wrap(parts, words, width))


def _wrap(
    parts: Sequence[str], words: Sequence[ShapedWord], width: int
) -> list[tuple[int, int, int, int]]:
    """Greedy wrap of the logical text, every unit one cell wide; a word wider than the
    line is cut between units. (start, end, first unit, end unit) per line, the space
    consumed by a break in neither line."""
    lines: list[tuple[int, int, int, int]] = []
    used = offset = line_start = line_unit = unit = 0
    last = len(parts) - 1
    for k, part in enumerate(parts):
        if part:
            cells = words[k].cells
            if used + cells <= width:
                used += cells
                unit += cells
            elif used and cells <= width:
                # Break before this word; the spaces before it end the previous line
                # (in its range, not painted).
                lines.append((line_start, offset, line_unit, unit))
                line_start, line_unit = offset, unit
                used = cells
                unit += cells
            else:
                starts = words[k].starts
                for at in compress(range(len(part)), starts):
                    if used + 1 > width and used > 0:
                        lines.append((line_start, offset + at, line_unit, unit))
                        line_start, line_unit, used = offset + at, unit, 0
                    used += 1
                    unit += 1
            offset += len(part)
        if k < last:
            unit += 1
            if used + 1 > width:
                # The space that ends a full line is consumed by the break.
                lines.append((line_start, offset, line_unit, unit - 1))
                line_start, line_unit, used = offset + 1, unit, 0
            else:
                used += 1
            offset += 1
    lines.append((line_start, offset, line_unit, unit))
    return lines


class _Paragraph:
    """A paragraph's units as flat arrays, made once for all its lines.

    `unit_start[g]`, `unit_end[g]`: the characters unit g covers; `texts[g]` what it
    shows (`mirrored[g]` at an odd level); `units_to[i]`: units that start at or
    before character i (so character i belongs to unit `units_to[i] - 1`).
    """

    def __init__(
        self, text: str, words: Sequence[ShapedWord], levels: ParagraphLevels | None
    ) -> None:
        self.text = text
        starts = b"".join([word.starts for word in words])
        self.unit_start = list(compress(range(len(starts)), starts))
        self.unit_end = list(
            map(add, self.unit_start, chain.from_iterable([word.lengths for word in words]))
        )
        self.texts = list(chain.from_iterable([word.texts for word in words]))
        self.mirrored = (
            self.texts if all(word.mirrored is word.texts for word in words)
            else list(chain.from_iterable([word.mirrored for word in words]))
        )
        self.units_to = list(accumulate(starts))
        self.hidden = _hidden(words) if any(word.hidden for word in words) else []
        self.levels = levels
        self.unit_levels = (
            bytes(compress(levels.levels, starts))
            if levels is not None and levels.levels is not None else None
        )

    def line(self, start: int, end: int, first: int, stop: int) -> Line:
        """The line of characters `start:end`, units `first:stop`; spaces at its end are
        not painted."""
        shown_end = start + len(self.text[start:end].rstrip(" "))
        stop -= end - shown_end
        levels = self._unit_levels(start, end, shown_end, first, stop)
        rtl = self.levels is not None and self.levels.base == 1
        units_to = self.units_to[start:shown_end]
        if levels is None or levels.count(levels[0]) == len(levels):
            odd = rtl if levels is None else bool(levels[0] % 2)
            if odd:
                columns = self.unit_start[first:stop][::-1]
                ends = self.unit_end[first:stop][::-1]
                text = "".join(self.mirrored[first:stop][::-1])
                offsets = list(map(sub, repeat(stop), units_to))
            else:
                columns = self.unit_start[first:stop]
                ends = self.unit_end[first:stop]
                text = "".join(self.texts[first:stop])
                offsets = list(map(sub, units_to, repeat(first + 1)))
        else:
            columns, ends, text, offsets = self._runs(levels, first, units_to)
        offsets.extend(repeat(-1, end - shown_end))
        if self.hidden:
            hidden = self.hidden
            for at in hidden[bisect.bisect_left(hidden, start):bisect.bisect_left(hidden, end)]:
                offsets[at - start] = -1
        return Line(
            text, len(columns), start, end, rtl, tuple(columns), tuple(offsets), tuple(ends)
        )

    def _unit_levels(
        self, start: int, end: int, shown_end: int, first: int, stop: int
    ) -> bytes | None:
        """Levels of the units shown, after rule L1; None if all are at the paragraph's."""
        paragraph = self.levels
        if paragraph is None or self.unit_levels is None or stop <= first:
            return None
        codes = paragraph.codes
        if codes[shown_end - 1] not in "wbxiSB" and not _SEGMENT_SEPARATOR.search(
            codes, start, shown_end
        ):
            return self.unit_levels[first:stop]
        assert paragraph.levels is not None
        levels = _line_rules(codes, paragraph.levels, start, end, paragraph.base)
        return bytes(levels[at - start] for at in self.unit_start[first:stop])

    def _runs(
        self, levels: bytes, first: int, units_to: list[int]
    ) -> tuple[list[int], list[int], str, list[int]]:
        """Columns, ends, text and offsets of a line of several levels (rule L2 on runs
        of one level: each run is copied forward, or backward at an odd level)."""
        runs = [match.span() for match in _RUN.finditer(levels)]
        run_levels = [levels[a] for a, _ in runs]
        columns: list[int] = []
        ends: list[int] = []
        texts: list[str] = []
        column_of = [0] * len(levels)
        x = 0
        for r in visual_order(run_levels):
            a, b = runs[r]
            ga, gb = first + a, first + b
            if run_levels[r] % 2:
                columns += reversed(self.unit_start[ga:gb])
                ends += reversed(self.unit_end[ga:gb])
                texts += reversed(self.mirrored[ga:gb])
                column_of[a:b] = range(x + b - a - 1, x - 1, -1)
            else:
                columns += self.unit_start[ga:gb]
                ends += self.unit_end[ga:gb]
                texts += self.texts[ga:gb]
                column_of[a:b] = range(x, x + b - a)
            x += b - a
        offsets = list(map(column_of.__getitem__, map(sub, units_to, repeat(first + 1))))
        return columns, ends, "".join(texts), offsets


def _hidden(words: Sequence[ShapedWord]) -> list[int]:
    """Paragraph offsets of the characters of units that take no cell."""
    hidden: list[int] = []
    offset = 0
    for word in words:
        hidden.extend(offset + at for at in word.hidden)
        offset += len(word.starts)
    return hidden


def _line_rules(codes: str, levels: bytes, start: int, end: int, base: int) -> bytearray:
    """Rule L1 on the line `start:end`: segment separators, and whitespace before them
    or at the end of the line, return to the paragraph level (`bidi.line_levels`)."""
    out = bytearray(levels[start:end])
    trailing = True
    for i in range(end - 1, start - 1, -1):
        code = codes[i]
        if code in "SB":
            out[i - start] = base
            trailing = True
        elif code in "wbxi":
            if trailing:
                out[i - start] = base
        else:
            trailing = False
    return out


def one_line(text: str, *, bidi: BidiMode = BidiMode.APP, harakat: bool = True) -> str:
    """`text` laid out as a single line, as it is painted (for a notice or a label)."""
    text = " ".join(text.split())
    return layout_paragraph(text, 2 * len(text) + 1, bidi=bidi, harakat=harakat)[0].text


def first_line_index(lines: tuple[Line, ...], offset: int) -> int:
    """Index of the line that holds logical `offset` (for keeping a position on resize)."""
    starts = [line.start for line in lines]
    return max(0, bisect.bisect_right(starts, offset) - 1)
