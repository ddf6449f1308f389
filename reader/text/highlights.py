"""Highlights of a document: spans of text with a kind, and a bisect index to step between them."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rich.cells import cell_len

from reader.text.layout import Line


@dataclass(frozen=True, slots=True)
class Span:
    """Characters `start:end` of a text, marked as `kind` ("person", "place", "search"…).

    Ordered by position, so a sorted list of spans is in reading order.
    """

    start: int
    end: int
    kind: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"not a span: {self.start}:{self.end}")

    def __lt__(self, other: Span) -> bool:
        # By hand, not order=True: the four generated comparisons cost a start ~1 ms.
        return (self.start, self.end, self.kind) < (other.start, other.end, other.kind)

    def overlaps(self, start: int, end: int) -> bool:
        """True when the span shares at least one character with `start:end`."""
        return self.start < end and start < self.end

    def shifted(self, by: int) -> Span:
        """The same span, its offsets moved by `by` (into or out of a paragraph)."""
        return Span(self.start + by, self.end + by, self.kind)


class Step(NamedTuple):
    """Where a move between spans landed: the span, and whether it wrapped past an end."""

    span: Span
    wrapped: bool


class SpanIndex:
    """Spans in reading order; finds the next or previous one from a position by bisect."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans: tuple[Span, ...] = tuple(sorted(spans))
        self._starts = [span.start for span in self.spans]
        self._longest = max((span.end - span.start for span in self.spans), default=0)

    def __len__(self) -> int:
        return len(self.spans)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def position_of(self, span: Span) -> int:
        """Index of `span` among the spans (ValueError when it is not one of them)."""
        k = bisect.bisect_left(self.spans, span)
        if k < len(self.spans) and self.spans[k] == span:
            return k
        raise ValueError(f"{span} is not in the index")

    def after(self, offset: int, *, inclusive: bool = False) -> Step | None:
        """The first span starting after `offset` (at or after it with `inclusive`),
        wrapping to the first span when there is none; None when there are no spans."""
        if not self.spans:
            return None
        if inclusive:
            k = bisect.bisect_left(self._starts, offset)
        else:
            k = bisect.bisect_right(self._starts, offset)
        if k < len(self.spans):
            return Step(self.spans[k], wrapped=False)
        return Step(self.spans[0], wrapped=True)

    def before(self, offset: int) -> Step | None:
        """The last span starting before `offset`, wrapping to the last span."""
        if not self.spans:
            return None
        k = bisect.bisect_left(self._starts, offset)
        if k > 0:
            return Step(self.spans[k - 1], wrapped=False)
        return Step(self.spans[-1], wrapped=True)

    def step(self, span: Span, direction: int) -> Step | None:
        """The span after (`direction` > 0) or before `span` itself, wrapping."""
        if not self.spans:
            return None
        k = self.position_of(span) + (1 if direction > 0 else -1)
        wrapped = not 0 <= k < len(self.spans)
        return Step(self.spans[k % len(self.spans)], wrapped)

    def at(self, offset: int) -> Span | None:
        """The span holding character `offset`, if any (the one starting last, if several)."""
        found = self.within(offset, offset + 1)
        return found[-1] if found else None

    def within(self, start: int, end: int) -> list[Span]:
        """The spans that overlap `start:end`, in reading order."""
        # No span is longer than the longest, so none starting before that can reach `start`.
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, end)
        return [span for span in self.spans[first:last] if span.end > start]


class MentionIndex:
    """The mentions of a text's entities (entity k's spans, all of one kind): the next or
    previous mention of a kind or of one entity from a position, and whose a mention is."""

    def __init__(self, entities: Iterable[Iterable[Span]]) -> None:
        self._entity_of: dict[Span, int] = {}
        by_entity: list[SpanIndex] = []
        for k, spans in enumerate(entities):
            index = SpanIndex(spans)
            by_entity.append(index)
            for span in index.spans:
                self._entity_of.setdefault(span, k)
        self._by_entity = tuple(by_entity)
        self.all = SpanIndex(self._entity_of)
        kinds: dict[str, list[Span]] = {}
        for span in self.all.spans:
            kinds.setdefault(span.kind, []).append(span)
        self._by_kind = {kind: SpanIndex(spans) for kind, spans in kinds.items()}

    def __len__(self) -> int:
        return len(self._by_entity)

    def of_kind(self, kind: str) -> SpanIndex:
        """Every mention of `kind`, in reading order (empty when there is none)."""
        return self._by_kind.get(kind) or SpanIndex(())

    def of_entity(self, entity: int) -> SpanIndex:
        """Every mention of entity number `entity`, in reading order."""
        return self._by_entity[entity]

    def entity_of(self, span: Span) -> int | None:
        """The entity `span` is a mention of, if it is one."""
        return self._entity_of.get(span)

    def rank(self, span: Span) -> tuple[int, int]:
        """(i, n): `span` is mention i (from 1) of its entity's n mentions."""
        entity = self._entity_of[span]
        mentions = self._by_entity[entity]
        return mentions.position_of(span) + 1, len(mentions)


def split_spans(
    spans: Iterable[Span], paragraphs: Sequence[tuple[int, int]]
) -> tuple[tuple[Span, ...], ...]:
    """Spans of a text cut to its paragraphs (`(start, end)` in the text, in order), in
    each paragraph's offsets. A span over a line break is marked in both paragraphs."""
    starts = [start for start, _ in paragraphs]
    parts: list[list[Span]] = [[] for _ in paragraphs]
    for span in sorted(spans):
        k = max(0, bisect.bisect_right(starts, span.start) - 1)
        while k < len(paragraphs) and paragraphs[k][0] < span.end:
            start, end = paragraphs[k]
            parts[k].extend(clip((span,), start, end))
            k += 1
    return tuple(tuple(part) for part in parts)


def clip(spans: Sequence[Span], start: int, end: int) -> tuple[Span, ...]:
    """The parts of `spans` inside `start:end`, with offsets relative to `start`."""
    out = []
    for span in spans:
        if span.overlaps(start, end):
            out.append(Span(max(span.start, start) - start, min(span.end, end) - start, span.kind))
    return tuple(out)


def paint_runs(
    line: Line, spans: Sequence[Span], current: Span | None = None, room: int | None = None
) -> list[tuple[str, tuple[str, ...]]]:
    """`line.text` cut into runs of cells that carry the same marks, left to right: each
    run is (text, kinds of the spans over it), "current" added for the `current` span.

    Offsets of `spans` and `current` are the paragraph's, like the line's. Marks follow
    their letter, so a run never splits a letter from its harakat. With `room`, the line
    is cut to that many cells between units: a unit that does not fit whole (an emoji
    in a view one cell wide) is painted as the spaces of its cells that do.
    """
    marked = [span for span in spans if span.overlaps(line.start, line.end)]
    if current is not None and current.overlaps(line.start, line.end):
        marked.append(Span(current.start, current.end, "current"))
    if room is not None and line.cells > room:
        pieces = [
            (piece if column + cells <= room else " " * max(0, room - column), column)
            for piece, column, cells in _cells(line) if column < room
        ]
    elif not marked:
        return [(line.text, ())]
    else:
        pieces = [(piece, column) for piece, column, _ in _cells(line)]
    kinds_of_cell: list[tuple[str, ...]] = [()] * line.cells
    for span in marked:
        for left, right in line.span_columns(span.start, span.end):
            for k in range(left, right):
                if span.kind not in kinds_of_cell[k]:
                    kinds_of_cell[k] = (*kinds_of_cell[k], span.kind)
    runs: list[tuple[str, tuple[str, ...]]] = []
    for piece, column in pieces:
        kinds = kinds_of_cell[column] if column < line.cells else ()
        if runs and runs[-1][1] == kinds:
            runs[-1] = (runs[-1][0] + piece, kinds)
        else:
            runs.append((piece, kinds))
    return runs


def _cells(line: Line) -> list[tuple[str, int, int]]:
    """`line.text` cut into what each of the line's units shows, with its first cell and
    its width.

    A unit is a run of cells showing the same characters (`columns`/`column_ends`): a
    letter with its marks, a ligature, a whole grapheme cluster (`👨‍👩‍👧‍👦`, two cells). Its
    piece of text is as wide as rich measures it, and takes the characters after it that
    add no width (its marks, the joined emoji of a sequence).
    """
    text = line.text
    pieces: list[tuple[str, int, int]] = []
    at = column = 0
    for unit in _unit_widths(line):
        start = at
        cells = 0
        while at < len(text):
            grown = cell_len(text[start:at + 1])  # rich measures a ZWJ sequence whole
            if cells >= unit and grown > cells:
                break  # the next unit's first character
            cells = grown
            at += 1
        pieces.append((text[start:at], column, unit))
        column += unit
    if at < len(text):  # shown in no cell (a line of no cells)
        pieces.append((text[at:], column, 0))
    return pieces


def _unit_widths(line: Line) -> list[int]:
    """Cells per unit of `line`, left to right."""
    widths: list[int] = []
    last: tuple[int, int] | None = None
    for cell in zip(line.columns, line.column_ends, strict=True):
        if cell == last:
            widths[-1] += 1
        else:
            widths.append(1)
            last = cell
    return widths
