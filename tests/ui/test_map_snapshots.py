"""Snapshots of the map and the timeline. As in test_snapshots.py, the SVGs guard the screen's
layout, not the Arabic (an SVG renderer shapes and reorders again); each screen was looked
at with ../shared/tools/term-snap, its rows compared with term-snap's text of the same keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.document import parse_document
from reader.text.load import load_text
from tests.ui.conftest import entities_of
from tests.ui.screen_helpers import entities_shown

ASIR = Path(__file__).resolve().parents[1] / "fixtures" / "asir.txt"
# A Saudi local article (written for these tests), its entities read off by hand.
ASIR_ENTITIES = [
    ("place", "عسير", None, ["عسير"]),
    ("place", "جازان", None, ["جازان"]),
    ("place", "أبها", None, ["أبها"]),
    ("place", "خميس مشيط", None, ["خميس مشيط"]),
    ("place", "النماص", None, ["النماص"]),
    ("place", "نجران", None, ["نجران"]),
    ("place", "الرياض", None, ["الرياض"]),
    ("place", "الباحة", None, ["الباحة"]),
    ("date", "أمس الثلاثاء", "relative:-1d", ["أمس الثلاثاء"]),
    ("date", "15 رمضان 1445 هـ", "2024-03-25", ["15 رمضان 1445 هـ"]),
    ("date", "الأسبوع المقبل", "relative:+1w", ["الأسبوع المقبل"]),
]


@pytest.fixture
def asir_app(make_app):
    document = parse_document(load_text(ASIR), ASIR.name)
    return make_app(document, find_entities=lambda text: entities_of(text, ASIR_ENTITIES))


def test_map_of_the_bundled_article(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=entities_shown,
                        press=["m"])


def test_map_of_the_bundled_article_in_blocks_with_a_place_chosen(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=entities_shown,
                        press=["m", "b", "n", "n"])


def test_map_of_a_saudi_local_article(snap_compare, asir_app):
    assert snap_compare(asir_app, terminal_size=(100, 30), run_before=entities_shown,
                        press=["m", "b"])


def test_timeline_of_the_bundled_article(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=entities_shown,
                        press=["T", "n"])


def test_timeline_of_a_saudi_local_article(snap_compare, asir_app):
    assert snap_compare(asir_app, terminal_size=(100, 30), run_before=entities_shown,
                        press=["T"])
