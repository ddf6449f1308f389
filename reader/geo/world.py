"""The world map's lines (Natural Earth coastlines and land borders) as shipped in the package.

File format (world.bin.gz, built by scripts/build_map.py), little-endian after gzip:
MAGIC, a uint32 line count, then per line a uint8 kind (COAST or BORDER), a uint16 point
count and that many (int16 longitude, int16 latitude) pairs in 1/SCALE degrees.
"""

from __future__ import annotations

import gzip
import struct
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

MAGIC = b"RWM1"
SCALE = 10
COAST = 0
BORDER = 1
DATA = "world.bin.gz"


@dataclass(frozen=True, slots=True)
class MapLine:
    """A coastline or a border: (longitude, latitude) points in degrees."""

    kind: int
    points: tuple[tuple[float, float], ...]


def decode(raw: bytes) -> tuple[MapLine, ...]:
    if raw[:4] != MAGIC:
        raise ValueError("not a world map file")
    (count,) = struct.unpack_from("<I", raw, 4)
    at = 8
    lines: list[MapLine] = []
    for _ in range(count):
        kind, n = struct.unpack_from("<BH", raw, at)
        at += 3
        flat = struct.unpack_from(f"<{2 * n}h", raw, at)
        at += 4 * n
        points = tuple(
            (x / SCALE, y / SCALE) for x, y in zip(flat[0::2], flat[1::2], strict=True)
        )
        lines.append(MapLine(kind, points))
    return tuple(lines)


@lru_cache(maxsize=1)
def world_lines() -> tuple[MapLine, ...]:
    """Every coastline and border of the shipped map."""
    return decode(gzip.decompress((files("reader.geo") / "data" / DATA).read_bytes()))
