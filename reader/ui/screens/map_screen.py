"""The map screen: the article's places on a world map, zoomed to the region they span."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Static

from reader.entities import Entity
from reader.geo.places import place_info
from reader.text.layout import BidiMode
from reader.ui import keys
from reader.ui.screens.choice import ChoiceScreen
from reader.ui.widgets.map_legend import LegendEntry, MapLegend
from reader.ui.widgets.map_view import MapMark, MapView

TITLE = "خريطة الأماكن"
PAN_CELLS = 8


@dataclass(frozen=True, slots=True)
class MapPlace:
    """One place of the article: `entity` is its index in the reader's entities."""

    entity: int
    name: str
    count: int
    english: str | None
    point: tuple[float, float] | None  # (longitude, latitude)


def map_places(entities: Sequence[Entity]) -> tuple[MapPlace, ...]:
    """The places among `entities`, those with a point first, each in order of first
    mention."""
    out = []
    for k, entity in enumerate(entities):
        if entity.kind != "place" or not entity.mentions:
            continue
        info = place_info(entity.name)
        point = None
        if info is not None and info.longitude is not None and info.latitude is not None:
            point = (info.longitude, info.latitude)
        out.append(MapPlace(k, entity.name, len(entity.mentions),
                            info.english if info else None, point))
    return tuple(sorted(out, key=lambda p: p.point is None))


class MapScreen(ChoiceScreen):
    """Marks for the places that have coordinates, a list of those that have none."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.MAP)
    AUTO_FOCUS = "#map"
    DEFAULT_CSS = """
    MapScreen #map-title, MapScreen #map-status { height: 1; padding: 0 1; }
    MapScreen #map-title { text-style: bold; text-align: right; }
    MapScreen #map-body { height: 1fr; }
    """

    NOTHING = "No places in this article."

    def __init__(
        self,
        entities: Sequence[Entity],
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        current: int | None = None,
    ) -> None:
        self.places = map_places(entities)
        super().__init__(
            [p.entity for p in self.places], bidi=bidi, harakat=harakat, current=current
        )

    def compose(self) -> ComposeResult:
        yield Static(self.shown(TITLE), id="map-title", markup=False)
        with Horizontal(id="map-body"):
            yield MapView(id="map")
            yield MapLegend(id="map-legend")
        yield Static("", id="map-status", markup=False)
        yield Footer()

    @property
    def map(self) -> MapView:
        return self.query_one("#map", MapView)

    @property
    def legend(self) -> MapLegend:
        return self.query_one("#map-legend", MapLegend)

    def on_mount(self) -> None:
        view, legend = self.map, self.legend
        view.bidi = legend.bidi = self.bidi
        view.harakat = legend.harakat = self.harakat
        view.marks = tuple(
            MapMark(p.entity, p.name, p.point[0], p.point[1], p.count)
            for p in self.places
            if p.point is not None
        )
        legend.entries = tuple(
            LegendEntry(p.entity, p.name, p.count) for p in self.places if p.point is None
        )
        legend.display = bool(legend.entries)
        self.show_chosen()

    def _paint_chosen(self) -> None:
        self.map.chosen = self.legend.chosen = self.chosen
        place = next((p for p in self.places if p.entity == self.chosen), None)
        status = self.query_one("#map-status", Static)
        if place is None:
            status.update(f"{len(self.places)} places · n/N choose · enter go to · +/- zoom")
            return
        english = f" · {place.english}" if place.english else ""
        where = "" if place.point else " · no coordinates"
        status.update(f"{self.shown(place.name)}{english} · {place.count}×{where}")

    # -- actions ---------------------------------------------------------------------

    def action_zoom(self, steps: int) -> None:
        self.map.zoom(steps)

    def action_pan(self, columns: int, rows: int) -> None:
        self.map.pan(columns * PAN_CELLS, rows * PAN_CELLS // 2)

    def action_fit(self) -> None:
        self.map.fit_marks()

    def action_switch_cells(self) -> None:
        """Braille dots or quadrant blocks (for a font without braille)."""
        self.map.blocks = not self.map.blocks

    def show_chosen(self) -> None:
        self._keep_in_view()
        self._paint_chosen()

    def _keep_in_view(self) -> None:
        """Centre the map on the chosen place when it is off screen."""
        place = next((p for p in self.places if p.entity == self.chosen), None)
        view = self.map.view
        if place is None or place.point is None or view is None:
            return
        if self.map.cell_of(place.entity) is None:
            self.map.view = replace(view, longitude=place.point[0], latitude=place.point[1])

    @on(MapView.MarkClicked)
    @on(MapLegend.EntryClicked)
    def choose_clicked(self, message: MapView.MarkClicked | MapLegend.EntryClicked) -> None:
        self.choose_or_open(message.number)
