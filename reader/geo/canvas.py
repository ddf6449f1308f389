"""The world map in braille cells: a viewport over longitude and latitude, and its raster.

A terminal cell holds 2 x 4 braille dots; a cell is about twice as tall as wide, so a dot
is about square. The projection is equirectangular, shrunk in longitude by the cosine of
the viewport's middle latitude, so shapes near the places shown keep their proportions.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reader.geo.world import BORDER, COAST, MapLine

BRAILLE = 0x2800
# The bit of each dot of a braille cell, by (column, row) inside the cell.
_DOT_BITS = ((0x01, 0x02, 0x04, 0x40), (0x08, 0x10, 0x20, 0x80))
# Quadrant blocks by (top-left, top-right, bottom-left, bottom-right) bits: 2 x 2 cells
# for fonts without braille.
QUADRANTS = " ▘▝▀▖▌▞▛▗▚▐▜▄▙▟█"
MIN_SPAN = 3.0
"""Degrees of longitude of the closest zoom."""
MAX_SPAN = 360.0
ZOOM_STEP = 1.5


@dataclass(frozen=True, slots=True)
class Viewport:
    """What the map shows: its centre and how many degrees of longitude its width spans."""

    longitude: float
    latitude: float
    span: float

    def zoomed(self, steps: int) -> Viewport:
        span = self.span / ZOOM_STEP**steps
        return replace(self, span=min(MAX_SPAN, max(MIN_SPAN, span)))

    def panned(self, columns: float, rows: float, width: int, height: int) -> Viewport:
        """Moved by a fraction of the screen: `columns`, `rows` in cells."""
        per_dot = self.span / (2 * max(1, width))
        longitude = self.longitude + columns * 2 * per_dot
        latitude = self.latitude - rows * 4 * per_dot * _lat_factor(self.latitude)
        longitude = (longitude + 180) % 360 - 180
        return replace(self, longitude=longitude, latitude=max(-85.0, min(85.0, latitude)))


def _lat_factor(latitude: float) -> float:
    """Degrees of latitude per degree of longitude on screen, at `latitude`."""
    return max(0.2, math.cos(math.radians(latitude)))


def fit(points: Sequence[tuple[float, float]], width: int, height: int) -> Viewport:
    """The closest viewport showing every (longitude, latitude) of `points` with a margin;
    the whole world when there are none."""
    if not points:
        return Viewport(10.0, 20.0, MAX_SPAN)
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    middle = (south + north) / 2
    factor = _lat_factor(middle)
    # Width and height in dots (square), the latitude range in longitude degrees.
    dots_wide, dots_high = 2 * max(1, width), 4 * max(1, height)
    need_lon = (east - west) * 1.3 + 1.0
    need_lat = (north - south) * 1.3 + 1.0
    span = max(need_lon, need_lat / factor * dots_wide / dots_high, MIN_SPAN)
    return Viewport((west + east) / 2, middle, min(MAX_SPAN, span))


@dataclass(frozen=True, slots=True)
class Projection:
    """From degrees to dots (and cells) of a `width` x `height` cell map."""

    view: Viewport
    width: int
    height: int

    @property
    def per_dot(self) -> float:
        return self.view.span / (2 * max(1, self.width))

    def dot(self, longitude: float, latitude: float) -> tuple[float, float]:
        per_dot = self.per_dot
        dlon = (longitude - self.view.longitude + 180) % 360 - 180
        x = self.width + dlon / per_dot  # the centre is at dot column `width`
        y = 2 * self.height - (latitude - self.view.latitude) / (
            per_dot * _lat_factor(self.view.latitude)
        )
        return x, y

    def cell(self, longitude: float, latitude: float) -> tuple[int, int] | None:
        """The cell (column, row) showing a point, or None when it is off the map."""
        x, y = self.dot(longitude, latitude)
        column, row = math.floor(x / 2), math.floor(y / 4)
        if 0 <= column < self.width and 0 <= row < self.height:
            return column, row
        return None


@dataclass(frozen=True, slots=True)
class Raster:
    """Braille text of the map, one string per row, and which cells hold a coastline."""

    rows: tuple[str, ...]
    coast: tuple[frozenset[int], ...]
    """Per row, the columns holding a coastline dot (the rest of the drawn cells are
    borders only)."""


def raster(lines: Iterable[MapLine], projection: Projection, *, blocks: bool = False) -> Raster:
    """Draw `lines` in braille dots (or, with `blocks`, in quadrant blocks: each half of a
    cell's width and height is drawn when a dot of it is)."""
    width, height = projection.width, projection.height
    bits = [[0] * width for _ in range(height)]
    coast: list[set[int]] = [set() for _ in range(height)]
    dots_wide, dots_high = 2 * width, 4 * height
    for line in lines:
        previous: tuple[float, float] | None = None
        for longitude, latitude in line.points:
            here = projection.dot(longitude, latitude)
            if previous is not None and abs(here[0] - previous[0]) < dots_wide:
                for x, y in _segment(previous, here, dots_wide, dots_high):
                    column, row = x // 2, y // 4
                    bits[row][column] |= _DOT_BITS[x % 2][y % 4]
                    if line.kind == COAST:
                        coast[row].add(column)
            previous = here
    draw = _quadrant if blocks else _braille
    return Raster(
        rows=tuple("".join(draw(b) for b in row) for row in bits),
        coast=tuple(frozenset(c) for c in coast),
    )


def _braille(bits: int) -> str:
    return chr(BRAILLE + bits) if bits else " "


def _quadrant(bits: int) -> str:
    top_left = bool(bits & 0x03)
    top_right = bool(bits & 0x18)
    bottom_left = bool(bits & 0x44)
    bottom_right = bool(bits & 0xA0)
    return QUADRANTS[top_left | top_right << 1 | bottom_left << 2 | bottom_right << 3]


def _segment(
    a: tuple[float, float], b: tuple[float, float], dots_wide: int, dots_high: int
) -> Iterable[tuple[int, int]]:
    """The dots on the segment a-b that fall inside the map."""
    (x1, y1), (x2, y2) = a, b
    if max(x1, x2) < 0 or min(x1, x2) >= dots_wide or max(y1, y2) < 0 or min(y1, y2) >= dots_high:
        return
    steps = max(1, math.ceil(max(abs(x2 - x1), abs(y2 - y1))))
    if steps > 4 * (dots_wide + dots_high):  # far off the map on both ends
        steps = 4 * (dots_wide + dots_high)
    for k in range(steps + 1):
        x = math.floor(x1 + (x2 - x1) * k / steps)
        y = math.floor(y1 + (y2 - y1) * k / steps)
        if 0 <= x < dots_wide and 0 <= y < dots_high:
            yield x, y


__all__ = ["BORDER", "COAST", "Projection", "Raster", "Viewport", "fit", "raster"]
