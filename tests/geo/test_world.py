"""The shipped world map: coastlines and borders where the world has them."""

from __future__ import annotations

from reader.geo.world import BORDER, COAST, world_lines


def _near(lon: float, lat: float, kind: int, within: float = 1.0) -> bool:
    return any(
        abs(x - lon) <= within and abs(y - lat) <= within
        for line in world_lines()
        if line.kind == kind
        for x, y in line.points
    )


def test_the_map_has_both_coastlines_and_borders():
    kinds = {line.kind for line in world_lines()}
    assert kinds == {COAST, BORDER}


def test_gibraltar_strait_is_coast_and_the_morocco_algeria_line_a_border():
    assert _near(-5.9, 35.8, COAST)  # Tangier's shore
    assert _near(-1.7, 34.0, BORDER)  # Oujda, on the Algerian border
    assert not _near(-7.0, 32.0, COAST, within=0.8)  # inland Morocco
