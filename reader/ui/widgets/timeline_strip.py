"""The timeline: a row a year (or a month), its track marked where the dated events fall,
their Arabic names laid out flush right."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.events import Click, Resize
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.text.layout import BidiMode, layout_paragraph

SEPARATOR = "، "
LABEL_CELLS = 8


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A date of the article: `number` is its entity's number on the screen that owns it."""

    number: int
    name: str


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One row: `label` (a year, a month, or a date's value in words) on the left, then
    `track` (a cell a month or a day), then the names of the events it holds. A row with
    a `heading` shows only that Arabic text."""

    label: str
    track: str
    events: tuple[TimelineEvent, ...]
    heading: str = ""


class TimelineStrip(ScrollView, can_focus=True, inherit_bindings=False):
    """The rows, the chosen event's name reversed and its row kept in view."""

    BINDINGS: ClassVar[list[BindingType]] = []
    COMPONENT_CLASSES = {"timeline-strip--label", "timeline-strip--track",
                         "timeline-strip--heading", "timeline-strip--chosen"}
    DEFAULT_CSS = """
    TimelineStrip { height: 1fr; overflow-x: hidden; }
    TimelineStrip > .timeline-strip--label { text-style: dim; }
    TimelineStrip > .timeline-strip--track { text-style: bold; }
    TimelineStrip > .timeline-strip--heading { text-style: bold; }
    TimelineStrip > .timeline-strip--chosen { text-style: bold reverse; }
    """

    rows: reactive[tuple[TimelineRow, ...]] = reactive((), init=False)
    chosen: reactive[int | None] = reactive(None, init=False)
    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    harakat: reactive[bool] = reactive(True, init=False)

    @dataclass
    class EventClicked(Message):
        number: int

    def row_of(self, number: int) -> int | None:
        for k, row in enumerate(self.rows):
            if any(e.number == number for e in row.events):
                return k
        return None

    def watch_rows(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows))
        self.refresh()

    def watch_chosen(self, number: int | None) -> None:
        row = None if number is None else self.row_of(number)
        if row is not None and self.is_mounted:
            self.scroll_to_region(Region(0, row, 1, 1), animate=False, immediate=True)
        self.refresh()

    def watch_bidi(self) -> None:
        self.refresh()

    def on_resize(self, event: Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = max(1, self.scrollable_content_region.width)
        number = round(self.scroll_y) + y
        base = self.rich_style
        if not 0 <= number < len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[number]
        if row.heading:
            style = base + self.get_component_rich_style("timeline-strip--heading", partial=True)
            line = layout_paragraph(row.heading, width, bidi=self.bidi, harakat=self.harakat)[0]
            return Strip([Segment(" " * line.padding(width) + line.text, style)]).crop_extend(
                0, width, style
            )
        label_style = base + self.get_component_rich_style("timeline-strip--label", partial=True)
        track_style = base + self.get_component_rich_style("timeline-strip--track", partial=True)
        left = [Segment(f"{row.label:>{LABEL_CELLS}} ", label_style)]
        if row.track:
            left += [Segment("│", label_style), Segment(row.track, track_style),
                     Segment("│ ", label_style)]
        used = sum(len(s.text) for s in left)
        names = self._names(row.events, max(1, width - used), base)
        room = width - used - sum(len(s.text) for s in names)
        return Strip([*left, Segment(" " * max(0, room), base), *names]).crop_extend(
            0, width, base
        )

    def _names(self, events: tuple[TimelineEvent, ...], room: int, base: Style) -> list[Segment]:
        """The names, the first rightmost (they read from the right), as many as fit."""
        chosen = base + self.get_component_rich_style("timeline-strip--chosen", partial=True)
        segments: list[Segment] = []
        used = 0
        for k, event in enumerate(events):
            line = layout_paragraph(event.name, room, bidi=self.bidi, harakat=self.harakat)[0]
            gap = 0 if k == 0 else len(SEPARATOR)
            if used + gap + line.cells > room:
                break
            if k:
                segments.insert(0, Segment(SEPARATOR[::-1], base))
            segments.insert(0, Segment(line.text, chosen if event.number == self.chosen else base))
            used += gap + line.cells
        return segments

    def on_click(self, event: Click) -> None:
        at = event.get_content_offset(self)
        if at is None:
            return
        number = round(self.scroll_y) + at.y
        if 0 <= number < len(self.rows) and self.rows[number].events:
            # The click's event: the names are laid out from the right, the first rightmost.
            self.post_message(self.EventClicked(self._event_at(self.rows[number], at.x)))

    def _event_at(self, row: TimelineRow, x: int) -> int:
        width = max(1, self.scrollable_content_region.width)
        right = width
        for event in row.events:
            cells = layout_paragraph(event.name, width, bidi=self.bidi)[0].cells
            if x >= right - cells:
                return event.number
            right -= cells + len(SEPARATOR)
        return row.events[-1].number
