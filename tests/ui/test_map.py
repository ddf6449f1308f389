"""The map (m) and the timeline (T): their keys, marks, choices and the jump back."""

from __future__ import annotations

import datetime

import pytest

from reader.entities import Entity, Mention
from reader.geo.canvas import Projection, Viewport, fit, raster
from reader.geo.places import place_info
from reader.geo.world import world_lines
from reader.ui.screens.map_screen import MapScreen
from reader.ui.screens.timeline_rows import by_month, dated_and_apart, timeline_rows, when
from reader.ui.screens.timeline_screen import TimelineScreen
from reader.ui.widgets.map_view import MapView
from reader.ui.widgets.timeline_strip import TimelineStrip
from tests.ui.conftest import entities_of
from tests.ui.screen_helpers import entities_shown, logical, reader, status_line, text_at

SIZE = (100, 30)
BUNDLED_PLACES = {"مراكش", "المغرب", "الولايات المتحدة", "ليبيا"}


def _painted(view, y: int) -> str:
    return text_at(view.render_line(y), 0, view.size.width)


async def _open(pilot, key: str):
    await entities_shown(pilot)
    await pilot.press(key)
    await pilot.pause()
    return pilot.app.screen


# -- the map ------------------------------------------------------------------------------


async def test_m_opens_the_map_with_a_mark_for_each_place_of_the_article(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "m")
        assert isinstance(screen, MapScreen)
        view = screen.query_one(MapView)
        names = {mark.name for mark in view.marks}
        assert names == BUNDLED_PLACES
        for mark in view.marks:
            cell = view.cell_of(mark.number)
            assert cell is not None, f"{mark.name} is off the map"
            column, row = cell
            assert _painted(view, row)[column] in "•●◉"


async def test_each_mark_has_its_arabic_name_laid_out_beside_it(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "m")
        view = screen.query_one(MapView)
        shown = 0
        for mark in view.marks:
            column, row = view.cell_of(mark.number)
            line = _painted(view, row)
            # The name reads from the right, ending next to its mark (or starting after it).
            left = logical(line[:column].rstrip().split("  ")[-1].strip())
            right = logical(line[column + 1 :].lstrip().split("  ")[0].strip())
            shown += mark.name in (left, right)
        assert shown >= 3  # crowded labels may give way, most names are there


async def test_a_mark_weighs_as_many_mentions_as_the_place_has(make_app, bundled_entities):
    counts = {e.name: len(e.mentions) for e in bundled_entities if e.kind == "place"}
    most = max(counts, key=counts.__getitem__)
    least = min(counts, key=counts.__getitem__)
    assert counts[most] > counts[least]
    async with make_app().run_test(size=SIZE) as pilot:
        view = (await _open(pilot, "m")).query_one(MapView)
        symbol = {}
        for mark in view.marks:
            column, row = view.cell_of(mark.number)
            symbol[mark.name] = _painted(view, row)[column]
        assert "•●◉".index(symbol[most]) > "•●◉".index(symbol[least])


async def test_the_map_zooms_to_the_region_its_places_span(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        view = (await _open(pilot, "m")).query_one(MapView)
        assert view.view is not None
        # Marrakesh to the United States: not the whole world, yet all of them.
        assert view.view.span < 200
        assert -100 < view.view.longitude < 20


async def test_plus_and_minus_zoom_and_arrows_pan(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        view = (await _open(pilot, "m")).query_one(MapView)
        start = view.view
        await pilot.press("plus")
        assert view.view.span < start.span
        await pilot.press("minus", "minus")
        assert view.view.span > start.span
        await pilot.press("right")
        assert view.view.longitude > start.longitude
        await pilot.press("up")
        assert view.view.latitude > start.latitude


async def test_n_chooses_a_place_and_enter_goes_to_its_first_mention(make_app, bundled_entities):
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "m")
        await pilot.press("n")
        chosen = screen.chosen
        assert chosen is not None
        place = reader(pilot.app).entities[chosen]
        assert place.kind == "place"
        view = screen.query_one(MapView)
        column, row = view.cell_of(chosen)
        # The chosen mark is reversed.
        strip = view.render_line(row)
        assert any(seg.style and seg.style.reverse for seg in strip if "•" in seg.text
                   or "●" in seg.text or "◉" in seg.text)
        await pilot.press("enter")
        await pilot.pause()
        screen = reader(pilot.app)
        assert pilot.app.screen is screen
        assert screen.current is not None
        assert screen.current.start == place.mentions[0].start
        assert status_line(pilot.app).startswith(place.name)
        assert screen.article.shows_offset(place.mentions[0].start) or screen._in_title(
            place.mentions[0].start
        )


async def test_escape_after_choosing_makes_the_place_current(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "m")
        await pilot.press("n", "n")
        chosen = screen.chosen
        await pilot.press("escape")
        await pilot.pause()
        back = reader(pilot.app)
        assert pilot.app.screen is back
        assert back.mentions.entity_of(back.current) == chosen


async def test_clicking_a_mark_chooses_it_and_a_second_click_goes_there(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "m")
        view = screen.query_one(MapView)
        mark = next(m for m in view.marks if m.name == "ليبيا")
        column, row = view.cell_of(mark.number)
        await pilot.click(MapView, offset=(column, row))
        await pilot.pause()
        assert screen.chosen == mark.number
        await pilot.click(MapView, offset=(column, row))
        await pilot.pause()
        back = reader(pilot.app)
        assert pilot.app.screen is back
        assert back.mentions.entity_of(back.current) == mark.number


def _with_an_unknown_place(text: str) -> list[Entity]:
    entities = entities_of(text)
    start = text.index("ليبيا")
    unknown = Entity("place", "بلدة لا يعرفها أحد", None, (Mention(start, start + 5, "ليبيا"),))
    return [e for e in entities if e.name != "ليبيا"] + [unknown]


async def test_a_place_without_coordinates_is_listed_beside_the_map(make_app):
    assert place_info("بلدة لا يعرفها أحد") is None
    async with make_app(find_entities=_with_an_unknown_place).run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "m")
        legend = screen.query_one("#map-legend")
        assert legend.display
        rows = [text_at(legend.render_line(y), 0, legend.size.width) for y in range(4)]
        assert any(logical(row.strip().split("  ")[-1].strip()) == "بلدة لا يعرفها أحد"
                   for row in rows)
        # It can be chosen too, after the marks.
        await pilot.press("N")
        assert reader(pilot.app).entities[screen.chosen].name == "بلدة لا يعرفها أحد"


async def test_the_map_works_without_colour(make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    async with make_app().run_test(size=SIZE) as pilot:
        view = (await _open(pilot, "m")).query_one(MapView)
        await pilot.press("n")
        column, row = view.cell_of(view.chosen)
        strip = view.render_line(row)
        # The chosen mark stands out by its attributes alone.
        assert any(seg.style and seg.style.reverse and seg.style.bold for seg in strip)


def test_braille_and_block_rasters_draw_the_same_cells():
    projection = Projection(fit([], 60, 20), 60, 20)
    dots = raster(world_lines(), projection)
    blocks = raster(world_lines(), projection, blocks=True)
    for braille_row, block_row in zip(dots.rows, blocks.rows, strict=True):
        assert [c == " " for c in braille_row] == [c == " " for c in block_row]


def test_a_place_projects_to_the_cell_its_coordinates_say():
    projection = Projection(Viewport(0.0, 0.0, 100.0), 100, 30)
    assert projection.cell(0.0, 0.0) == (50, 15)
    west = projection.cell(-45.0, 0.0)
    north = projection.cell(0.0, 20.0)
    assert west is not None and west[0] < 50
    assert north is not None and north[1] < 15
    assert projection.cell(170.0, 0.0) is None


# -- the timeline -------------------------------------------------------------------------


async def test_T_opens_the_timeline_with_the_dated_and_the_undated_apart(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "T")
        assert isinstance(screen, TimelineScreen)
        strip = screen.query_one(TimelineStrip)
        labelled = {row.label: row for row in strip.rows if row.label}
        # 2004 is a year: its row's track is full; the weekday, the month without a year
        # and "yesterday" (no article date here) stand apart, with their value in words.
        assert labelled["2004"].track == "▬" * 12
        assert {"Wednesday", "July", "yesterday"} <= labelled.keys()
        assert all(not labelled[k].track for k in ("Wednesday", "July", "yesterday"))


async def test_choosing_a_date_and_enter_goes_to_its_mention(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "T")
        await pilot.press("n")
        chosen = screen.chosen
        entity = reader(pilot.app).entities[chosen]
        assert entity.value == "2004"  # time order first, the dates apart after
        await pilot.press("enter")
        await pilot.pause()
        back = reader(pilot.app)
        assert pilot.app.screen is back
        assert back.current.start == entity.mentions[0].start


def _date(name: str, value: str | None, at: int) -> Entity:
    return Entity("date", name, value, (Mention(at, at + 1, "x"),))


def test_dates_a_few_months_apart_get_a_row_a_month():
    dated, apart = dated_and_apart(
        [_date("أ", "2023-05-10", 0), _date("ب", "2023-07", 5), _date("ج", "relative:-1d", 9)]
    )
    assert by_month(dated)
    rows = timeline_rows(dated)
    assert [row.label for row in rows] == ["2023-05", "2023-06", "2023-07"]
    assert rows[0].track[9] == "●" and rows[0].track.count("●") == 1
    assert set(rows[2].track) == {"▬"}
    assert [e.name for e in rows[0].events] == ["أ"]
    assert [name for _, name, _ in apart] == ["ج"]


def test_dates_years_apart_get_a_row_a_year_and_long_gaps_fold():
    dated, _ = dated_and_apart([_date("أ", "1948", 0), _date("ب", "2023-05-10", 3)])
    rows = timeline_rows(dated)
    assert rows[0].label == "1948" and rows[-1].label == "2023"
    assert any(row.label == "⋮" for row in rows)
    assert rows[-1].track[4] == "●"


@pytest.mark.parametrize(
    ("value", "first"),
    [
        ("hijri:1436-10", datetime.date(2015, 7, 17)),  # Shawwal 1436
        ("hijri:1436", datetime.date(2014, 10, 25)),
        ("2023-W05", datetime.date(2023, 1, 30)),
        ("198X", datetime.date(1980, 1, 1)),
    ],
)
def test_hijri_weeks_and_decades_fall_at_their_gregorian_place(value, first):
    found = when(value)
    assert found is not None and found[0] == first


@pytest.mark.parametrize("value", ["--07", "weekday:WE", "relative:-1d", None, "hijri:--09"])
def test_a_date_with_no_place_in_time_stands_apart(value):
    assert when(value) is None


async def test_the_current_place_is_chosen_when_the_map_opens(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        await entities_shown(pilot)
        await pilot.press("l", "l")
        screen = reader(pilot.app)
        current = screen.mentions.entity_of(screen.current)
        await pilot.press("m")
        await pilot.pause()
        assert pilot.app.screen.chosen == current
        assert pilot.app.screen.query_one(MapView).chosen == current


async def test_clicking_a_date_on_the_timeline_chooses_it(make_app):
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await _open(pilot, "T")
        strip = screen.query_one(TimelineStrip)
        row = next(k for k, r in enumerate(strip.rows) if r.label == "yesterday")
        width = strip.scrollable_content_region.width
        await pilot.click(TimelineStrip, offset=(width - 2, row))
        await pilot.pause()
        chosen = reader(pilot.app).entities[screen.chosen]
        assert chosen.value == "relative:-1d"
