"""The entity panel: its sections and rows, its order, its side, folding, focus and mouse."""

from __future__ import annotations

import pytest
from textual import events

from reader.settings import load_settings
from reader.text.highlights import Span
from reader.ui.widgets.entity_panel import FAILED, WORKING, PanelState
from tests.ui.screen_helpers import entities_shown, logical, reader, status_line, style_at

WIDE = (120, 40)


def section(panel, heading: str) -> list[tuple[str, int, str | None]]:
    """(name, count, detail) of the rows under `heading`, in the order shown."""
    rows, inside = [], False
    for row in panel.rows:
        if row.kind == "heading":
            inside = row.text.startswith(heading)
        elif inside and row.entry is not None:
            rows.append((row.entry.name, row.entry.count, row.entry.detail))
    return rows


async def test_three_sections_in_order_of_first_appearance(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        panel = reader(app).panel
        headings = [row.text for row in panel.rows if row.kind == "heading"]
        assert headings == ["الأشخاص (3)", "الأماكن (4)", "التواريخ (4)"]
        assert section(panel, "الأشخاص") == [
            ("أنتوني بلينكن", 2, None),
            ("حسن بلوان", 2, None),
            ("فيكتوريا نولاند", 2, None),
        ]
        assert [name for name, _, _ in section(panel, "الأماكن")] == [
            "مراكش", "المغرب", "ليبيا", "الولايات المتحدة",
        ]


async def test_dates_show_their_value_in_words(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        assert section(reader(app).panel, "التواريخ") == [
            ("الأربعاء", 1, "Wednesday"),
            ("يوليو/ تموز", 1, "July"),
            ("2004", 1, "2004"),
            ("أمس الثلاثاء", 1, "yesterday"),
        ]


async def test_places_show_their_english_name(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        assert section(reader(app).panel, "الأماكن") == [
            ("مراكش", 7, "Marrakesh"),
            ("المغرب", 6, "Morocco"),
            ("ليبيا", 1, "Libya"),
            ("الولايات المتحدة", 2, "United States"),
        ]


@pytest.mark.parametrize("size", [WIDE, (100, 30)])
async def test_a_long_english_name_is_cut_and_the_arabic_name_stays_whole(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await entities_shown(pilot)
        panel = reader(app).panel
        width = panel.scrollable_content_region.width
        assert width < len("  2 United States  ") + len("الولايات المتحدة")  # too narrow
        row = next(k for k, r in enumerate(panel.rows)
                   if r.entry and r.entry.name == "الولايات المتحدة")
        painted = panel.render_line(row - round(panel.scroll_y)).text
        assert len(painted) == width
        assert painted.lstrip().startswith("2 Unit")
        assert "…" in painted and "States" not in painted
        assert logical(painted.split("…")[1]).strip() == "الولايات المتحدة"  # right of the cut


async def test_o_orders_the_panel_by_count_and_back(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        panel = reader(app).panel
        await pilot.press("o")
        assert [(n, c) for n, c, _ in section(panel, "الأماكن")] == [
            ("مراكش", 7), ("المغرب", 6), ("الولايات المتحدة", 2), ("ليبيا", 1),
        ]
        await pilot.press("o")
        assert section(panel, "الأماكن")[2][0] == "ليبيا"


async def test_rows_are_shaped_right_to_left_with_the_count_on_the_left(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        panel = reader(app).panel
        row = next(k for k, r in enumerate(panel.rows) if r.entry and r.entry.name == "حسن بلوان")
        painted = panel.render_line(row - round(panel.scroll_y)).text
        assert painted.lstrip().startswith("2 ")  # the count, at the left
        name = painted.rstrip()[-len("حسن بلوان"):]
        assert all("\ufe70" <= c <= "\ufeff" or c == " " for c in name)  # presentation forms
        assert logical(name) == "حسن بلوان"  # read right to left: the name, first word first
        assert len(painted.rstrip()) == panel.scrollable_content_region.width  # flush right
        heading = panel.render_line(0).text.rstrip()
        assert logical(heading.split(")")[-1].strip()) == "الأشخاص"


async def test_the_panel_stands_left_and_s_moves_it_right_for_good(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        panel, view = reader(app).panel, reader(app).article
        assert panel.region.right <= view.region.x
        await pilot.press("s")
        await pilot.pause()
        assert panel.region.x >= view.region.right
        assert load_settings().panel_side == "right"
    again = make_app()
    async with again.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert reader(again).panel.region.x >= reader(again).article.region.right


async def test_the_panel_folds_away_below_70_columns(make_app):
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await entities_shown(pilot)
        panel, view = reader(app).panel, reader(app).article
        assert not panel.display or panel.region.width == 0
        width = view.region.width
        await pilot.press("e")
        await pilot.pause()
        assert panel.region.width > 0 and panel.has_focus
        assert view.region.width == width  # over the article, not beside it
        await pilot.press("j", "enter")  # the second person, chosen in the overlay
        assert status_line(app) == "حسن بلوان 1/2"
        await pilot.press("escape")
        await pilot.pause()
        assert panel.region.width == 0 and view.has_focus


async def test_e_hides_and_shows_the_panel_on_a_wide_screen(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        panel, view = reader(app).panel, reader(app).article
        width = view.region.width
        await pilot.press("e")
        await pilot.pause()
        assert panel.region.width == 0 and view.region.width > width
        await pilot.press("e")
        await pilot.pause()
        assert view.region.width == width


async def test_tab_moves_to_the_panel_where_keys_choose_and_enter_jumps(make_app, bundled_entities):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        panel, view = reader(app).panel, reader(app).article
        await pilot.press("tab")
        assert panel.has_focus
        assert panel.cursor_entry.name == "أنتوني بلينكن"
        await pilot.press("j", "j", "down")  # past the last person: the first place
        assert panel.cursor_entry.name == "مراكش"
        await pilot.press("k")
        assert panel.cursor_entry.name == "فيكتوريا نولاند"
        await pilot.press("enter")
        nuland = next(e for e in bundled_entities if e.name == "فيكتوريا نولاند").mentions[0]
        assert reader(app).current == Span(nuland.start, nuland.end, "person")
        assert status_line(app) == "فيكتوريا نولاند 1/2"
        assert view.shows_offset(nuland.start)
        await pilot.press("n")  # n works from the panel: the chosen entity's next mention
        assert status_line(app) == "فيكتوريا نولاند 2/2"
        await pilot.press("tab")
        assert view.has_focus


def _typed_at_once(app, *keys: str) -> None:
    """`keys` reaching the app in one read of the terminal (a fast typist over a slow
    link): every Key is queued before the first one is handled."""
    for key in keys:
        app.post_message(events.Key(key, {"enter": "\r", "tab": "\t"}.get(key, key)))


async def test_keys_typed_at_once_after_tab_are_the_panels(make_app, bundled_entities):
    # Were the focus moved at the next turn of the queue, j j would scroll the article and
    # enter do nothing.
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        _typed_at_once(app, "tab", "j", "j", "enter")
        await pilot.pause()
        nuland = next(e for e in bundled_entities if e.name == "فيكتوريا نولاند").mentions[0]
        assert reader(app).panel.has_focus
        assert reader(app).current == Span(nuland.start, nuland.end, "person")
        assert status_line(app) == "فيكتوريا نولاند 1/2"
        _typed_at_once(app, "tab", "p")  # back in the article, p is a jump again
        await pilot.pause()
        assert reader(app).article.has_focus
        assert status_line(app) == "فيكتوريا نولاند 2/2"


async def test_keys_typed_at_once_after_e_on_a_narrow_screen_are_the_overlays(make_app):
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await entities_shown(pilot)
        _typed_at_once(app, "e", "j", "enter")
        await pilot.pause()
        assert reader(app).panel.has_class("-overlay")
        assert status_line(app) == "حسن بلوان 1/2"
        _typed_at_once(app, "escape", "p")  # the overlay folded, p jumps in the article
        await pilot.pause()
        assert reader(app).article.has_focus
        assert status_line(app) == "حسن بلوان 2/2"


async def test_the_panel_follows_the_current_mention(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("p", "p")
        panel = reader(app).panel
        assert panel.current_entity is not None
        assert panel.cursor_entry.name == "حسن بلوان"
        await pilot.press("l")
        assert panel.cursor_entry.name == "مراكش"


async def test_clicking_an_entity_in_the_panel_jumps_to_it(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        panel = reader(app).panel
        row = next(k for k, r in enumerate(panel.rows) if r.entry and r.entry.name == "ليبيا")
        padding = panel.styles.padding
        await pilot.click("#panel", offset=(padding.left + 5, padding.top + row))
        assert status_line(app) == "ليبيا 1/1"


async def test_the_panel_says_it_is_working_until_the_engine_answers(make_app, bundled_entities):
    import threading

    release = threading.Event()

    def slow_engine(text):
        release.wait(10)
        return bundled_entities

    app = make_app(find_entities=slow_engine)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.2)
        panel = reader(app).panel
        assert panel.state is PanelState.WORKING
        assert [row.text for row in panel.rows] == [WORKING]
        await pilot.press("j", "j", "p")  # the reader answers meanwhile
        assert reader(app).article.scroll_y == 2
        assert reader(app).current is None
        assert "Still finding the people: the jump follows." in [
            n.message for n in app._notifications
        ]
        release.set()
        await entities_shown(pilot)
        assert panel.state is PanelState.READY
        assert status_line(app) == "أنتوني بلينكن 1/2"  # the p pressed while it worked
        await pilot.press("p")
        assert status_line(app) == "حسن بلوان 1/2"


@pytest.mark.parametrize("size", [WIDE, (60, 20)])
async def test_an_engine_failure_is_one_notice_and_the_reader_goes_on(make_app, size):
    def broken_engine(text):
        raise RuntimeError("model file missing")

    app = make_app(find_entities=broken_engine)
    async with app.run_test(size=size) as pilot:
        await entities_shown(pilot)
        panel = reader(app).panel
        assert panel.state is PanelState.FAILED
        assert [row.text for row in panel.rows] == [FAILED]
        messages = [n.message for n in app._notifications]
        assert messages == ["Finding names failed: RuntimeError: model file missing"]
        await pilot.press("j")
        assert reader(app).article.scroll_y == 1


async def test_the_panel_repaints_in_the_new_theme(make_app):
    # Its rows' styles are worked out once and kept: a theme change must drop them.
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        panel = reader(app).panel
        before = style_at(panel.render_line(0), 0).bgcolor
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        after = style_at(panel.render_line(0), 0).bgcolor
        assert before is not None and after is not None
        assert after != before
