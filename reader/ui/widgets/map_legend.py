"""The places a map cannot show (no coordinates known), one laid-out Arabic name a row."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from reader.text.layout import BidiMode, layout_paragraph

HEADING = "أماكن بلا إحداثيات"


@dataclass(frozen=True, slots=True)
class LegendEntry:
    number: int
    name: str
    count: int


class MapLegend(Widget):
    """A heading, then each place with its count on the left and its name flush right."""

    COMPONENT_CLASSES = {"map-legend--heading", "map-legend--chosen"}
    DEFAULT_CSS = """
    MapLegend { width: 26; height: 1fr; padding: 0 1; }
    MapLegend > .map-legend--heading { text-style: bold; }
    MapLegend > .map-legend--chosen { text-style: bold reverse; }
    """

    entries: reactive[tuple[LegendEntry, ...]] = reactive(())
    chosen: reactive[int | None] = reactive(None)
    bidi: reactive[BidiMode] = reactive(BidiMode.APP)
    harakat: reactive[bool] = reactive(True)

    @dataclass
    class EntryClicked(Message):
        number: int

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        base = self.rich_style
        if y == 0 and self.entries:
            style = base + self.get_component_rich_style("map-legend--heading", partial=True)
            return self._row(HEADING, "", width, style)
        k = y - 2
        if not 0 <= k < len(self.entries):
            return Strip.blank(width, base)
        entry = self.entries[k]
        style = base
        if entry.number == self.chosen:
            style += self.get_component_rich_style("map-legend--chosen", partial=True)
        return self._row(entry.name, f"{entry.count:>2}", width, style)

    def _row(self, name: str, count: str, width: int, style) -> Strip:
        room = max(1, width - len(count) - 1)
        line = layout_paragraph(name, room, bidi=self.bidi, harakat=self.harakat)[0]
        gap = max(1, width - len(count) - line.cells)
        return Strip([Segment(count, style), Segment(" " * gap, style),
                      Segment(line.text, style)]).crop_extend(0, width, style)

    def on_click(self, event: Click) -> None:
        at = event.get_content_offset(self)
        if at is not None and 0 <= at.y - 2 < len(self.entries):
            self.post_message(self.EntryClicked(self.entries[at.y - 2].number))
