"""The world map in braille cells, with a mark and a laid-out Arabic name for each place."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.events import Click, Resize
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from reader.geo.canvas import Projection, Raster, Viewport, fit, raster
from reader.geo.world import world_lines
from reader.text.layout import BidiMode, layout_paragraph

LABEL_ROOM = 24
"""Cells a place's name may take beside its mark."""
# A mark's symbol by how many times the article names the place.
SYMBOLS = ((5, "◉"), (2, "●"), (1, "•"))


@dataclass(frozen=True, slots=True)
class MapMark:
    """A place on the map: `number` is its place in the screen's list of places."""

    number: int
    name: str
    longitude: float
    latitude: float
    count: int


def symbol_for(count: int) -> str:
    return next(symbol for least, symbol in SYMBOLS if count >= least)


# What a cell shows: the map's lines, a mark, a name, the chosen mark or its name.
_BLANK, _COAST, _BORDER, _MARK, _LABEL, _CHOSEN = range(6)


class MapView(Widget, can_focus=True):
    """Coastlines bright, borders dim, marks bold; the chosen mark and its name reversed."""

    COMPONENT_CLASSES = {"map-view--coast", "map-view--border", "map-view--mark",
                         "map-view--label", "map-view--chosen"}
    DEFAULT_CSS = """
    MapView { height: 1fr; }
    MapView > .map-view--border { text-style: dim; }
    MapView > .map-view--mark { text-style: bold; }
    MapView > .map-view--chosen { text-style: bold reverse; }
    """

    marks: reactive[tuple[MapMark, ...]] = reactive((), init=False)
    chosen: reactive[int | None] = reactive(None, init=False)
    """The number of the chosen mark, if a mark is chosen."""
    view: reactive[Viewport | None] = reactive(None, init=False)
    """What the map shows; None until it is fitted to the marks at the first layout."""
    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    harakat: reactive[bool] = reactive(True, init=False)
    blocks: reactive[bool] = reactive(False, init=False)
    """Quadrant blocks instead of braille dots (for a font without braille)."""

    @dataclass
    class MarkClicked(Message):
        """The user clicked mark `number` (or its name)."""

        number: int

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._cells: list[list[tuple[str, int]]] = []
        self._owner: dict[tuple[int, int], int] = {}  # cell -> mark number, for clicks

    # -- the viewport ----------------------------------------------------------------

    def fit_marks(self) -> None:
        """Zoom to the region the marks span (the world when there are none)."""
        points = [(m.longitude, m.latitude) for m in self.marks]
        self.view = fit(points, max(1, self.size.width), max(1, self.size.height))

    def zoom(self, steps: int) -> None:
        if self.view is not None:
            self.view = self.view.zoomed(steps)

    def pan(self, columns: int, rows: int) -> None:
        if self.view is not None:
            self.view = self.view.panned(columns, rows, self.size.width, self.size.height)

    def cell_of(self, number: int) -> tuple[int, int] | None:
        """The (column, row) of mark `number` on screen, if it is in view."""
        mark = next((m for m in self.marks if m.number == number), None)
        if mark is None or self.view is None:
            return None
        return self._projection(self.view).cell(mark.longitude, mark.latitude)

    def _projection(self, view: Viewport) -> Projection:
        return Projection(view, max(1, self.size.width), max(1, self.size.height))

    # -- reacting ----------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        if self.view is None:
            self.fit_marks()
        self._redraw()

    def watch_marks(self) -> None:
        if self.size.width:
            self.fit_marks()

    def watch_view(self) -> None:
        self._redraw()

    def watch_chosen(self) -> None:
        self._redraw()

    def watch_bidi(self) -> None:
        self._redraw()

    def watch_harakat(self) -> None:
        self._redraw()

    def watch_blocks(self) -> None:
        self._redraw()

    # -- drawing ---------------------------------------------------------------------

    def _redraw(self) -> None:
        width, height = self.size.width, self.size.height
        if not width or not height or self.view is None:
            return
        projection = self._projection(self.view)
        self._cells = _base_cells(raster(world_lines(), projection, blocks=self.blocks), width)
        self._owner = {}
        taken: set[tuple[int, int]] = set()
        placed = []
        for mark in self.marks:
            cell = projection.cell(mark.longitude, mark.latitude)
            if cell is not None:
                placed.append((mark, cell))
                taken.add(cell)
        # The chosen mark's name first, then the most named places', while there is room.
        placed.sort(key=lambda item: (item[0].number != self.chosen, -item[0].count))
        for mark, (column, row) in placed:
            chosen = mark.number == self.chosen
            self._put(column, row, symbol_for(mark.count), _CHOSEN if chosen else _MARK, mark)
            self._label(mark, column, row, taken, chosen)
        self.refresh()

    def _put(self, column: int, row: int, text: str, kind: int, mark: MapMark) -> None:
        self._cells[row][column] = (text, kind)
        self._owner[(column, row)] = mark.number

    def _label(
        self, mark: MapMark, column: int, row: int, taken: set[tuple[int, int]], chosen: bool
    ) -> None:
        line = layout_paragraph(mark.name, LABEL_ROOM, bidi=self.bidi, harakat=self.harakat)[0]
        text, cells = line.text, line.cells
        width = self.size.width
        # An Arabic name reads from the right: beside the mark on its left first, so it
        # ends at the mark; else on its right.
        for start in (column - 1 - cells, column + 2):
            span = {(c, row) for c in range(start - 1, start + cells + 1)}
            if start - 1 < 0 or start + cells + 1 > width:
                continue
            if not chosen and span & taken:
                continue
            taken |= span
            kind = _CHOSEN if chosen else _LABEL
            self._put(start - 1, row, " ", kind if chosen else _BLANK, mark)
            self._put(start + cells, row, " ", kind if chosen else _BLANK, mark)
            for k, char in enumerate(_cells_of(text, cells)):
                self._put(start + k, row, char, kind, mark)
            return

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if not 0 <= y < len(self._cells):
            return Strip.blank(width, base)
        styles = {
            _BLANK: base,
            _COAST: base + self.get_component_rich_style("map-view--coast", partial=True),
            _BORDER: base + self.get_component_rich_style("map-view--border", partial=True),
            _MARK: base + self.get_component_rich_style("map-view--mark", partial=True),
            _LABEL: base + self.get_component_rich_style("map-view--label", partial=True),
            _CHOSEN: base + self.get_component_rich_style("map-view--chosen", partial=True),
        }
        return Strip(_runs(self._cells[y], styles)).crop_extend(0, width, base)

    def on_click(self, event: Click) -> None:
        at = event.get_content_offset(self)
        if at is None:
            return
        for dx in (0, -1, 1):
            number = self._owner.get((at.x + dx, at.y))
            if number is not None:
                self.post_message(self.MarkClicked(number))
                return


def _base_cells(drawn: Raster, width: int) -> list[list[tuple[str, int]]]:
    rows = []
    for text, coast in zip(drawn.rows, drawn.coast, strict=True):
        row = []
        for column, char in enumerate(text[:width]):
            kind = _BLANK if char == " " else (_COAST if column in coast else _BORDER)
            row.append((char, kind))
        rows.append(row)
    return rows


def _cells_of(text: str, cells: int) -> list[str]:
    """`text` cut into one string per cell (a letter and its zero-width marks)."""
    out: list[str] = []
    for char in text:
        if out and _zero_width(char):
            out[-1] += char
        else:
            out.append(char)
    return out[:cells] + [" "] * max(0, cells - len(out))


def _zero_width(char: str) -> bool:
    from rich.cells import cell_len

    return cell_len(char) == 0


def _runs(cells: list[tuple[str, int]], styles: dict[int, Style]) -> list[Segment]:
    segments: list[Segment] = []
    text, kind = "", -1
    for char, here in cells:
        if here != kind and text:
            segments.append(Segment(text, styles[kind]))
            text = ""
        text += char
        kind = here
    if text:
        segments.append(Segment(text, styles[kind]))
    return segments
