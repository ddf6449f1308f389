"""What a selection of screen cells says: the logical characters it covers, in logical order.

The screen shows presentation forms in visual order; a reader who copies wants the text.
A drag from one cell to another covers, on its first row, the cells from where it started
to the end of that line in reading order (leftwards on a right-to-left line), every cell of
the rows between, and on its last row the cells from the start of the line to where it
ended. Each covered cell gives its characters (`Line.cell_range`: a letter with its marks,
both letters of a lam-alef); they are put in logical order, and what lies between two of
them unpainted (the space a line break ate, the line break itself) goes in too.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.layout import Line

Row = tuple[int, Line] | None
"""A row of the screen: (where the line's paragraph starts in the text, the line), or None
for a blank row."""


def covered_columns(line: Line, part: str, first: int, last: int) -> range:
    """The cells of `line` a selection covers. `part` is "only" (the selection starts and
    ends on this row: cells `first` to `last`, either order), "first" (it starts at `first`
    and goes on below), "middle" (all of them) or "last" (it ends at `last`). Columns count
    from the first cell of the line's text and may lie outside it."""
    cells = line.cells
    if part == "only":
        left, right = sorted((first, last))
    elif part == "middle":
        left, right = 0, cells - 1
    elif part == "first":
        left, right = (0, first) if line.rtl else (first, cells - 1)
    else:
        left, right = (last, cells - 1) if line.rtl else (0, last)
    return range(max(0, left), min(cells, right + 1))


def selected_offsets(rows: Sequence[Row], first: int, last: int) -> tuple[set[int], set[int]]:
    """(offsets a selection covers, offsets of every character the rows paint), in the
    text. `rows` are the screen rows from the one the selection starts on to the one it
    ends on, top to bottom; `first` is the column where it starts (on the top row), `last`
    where it ends (on the bottom row)."""
    chosen: set[int] = set()
    painted: set[int] = set()
    for k, row in enumerate(rows):
        if row is None:
            continue
        start, line = row
        if len(rows) == 1:
            part = "only"
        else:
            part = "first" if k == 0 else "last" if k == len(rows) - 1 else "middle"
        for column in covered_columns(line, part, first, last):
            begin, end = line.columns[column], line.column_ends[column]
            chosen.update(range(start + begin, start + end))
        for begin, end in zip(line.columns, line.column_ends, strict=True):
            painted.update(range(start + begin, start + end))
    return chosen, painted


def runs(offsets: set[int]) -> list[tuple[int, int]]:
    """`offsets` as runs `[start, end)` of consecutive offsets, in order."""
    out: list[tuple[int, int]] = []
    for offset in sorted(offsets):
        if out and out[-1][1] == offset:
            out[-1] = (out[-1][0], offset + 1)
        else:
            out.append((offset, offset + 1))
    return out


def selected_text(
    text: str, rows: Sequence[Row], first: int, last: int, *, breaks: Sequence[int] = ()
) -> str:
    """The characters of `text` that a selection covers (see `selected_offsets`), in
    logical order, with what lies unpainted between two of them.

    `breaks` are offsets where the rows stop showing the text in one piece (the end of a
    title drawn above an article that may be scrolled): what a selection covers on either
    side is joined by a line break, never by the text between, which may be off screen."""
    chosen, painted = selected_offsets(rows, first, last)
    pieces: list[str] = []
    previous = None
    for start, end in runs(chosen):
        if previous is not None and any(previous <= at < start for at in breaks):
            pieces.append("\n")
        elif previous is not None and not any(k in painted for k in range(previous, start)):
            pieces.append(text[previous:start])  # a space the break ate, a line break
        pieces.append(text[start:end])
        previous = end
    return "".join(pieces)
