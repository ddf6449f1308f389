"""Every key of the reader, pressed in a running app, with its effect on what is shown."""

from __future__ import annotations

import pytest
from textual.events import MouseScrollDown, MouseScrollUp

from reader.ui.widgets.article_view import ArticleView

SIZE = (80, 24)


def view_of(app) -> ArticleView:
    return app.query_one("#article", ArticleView)


@pytest.mark.parametrize("key", ["j", "down"])
async def test_line_down_keys_move_the_text_one_row(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        second_row = view.line_at(1)
        await pilot.press(key)
        assert view.scroll_y == 1
        assert view.line_at(0) == second_row


@pytest.mark.parametrize("key", ["k", "up"])
async def test_line_up_keys_move_the_text_back_one_row(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot.press("j", "j", "j")
        top = view.line_at(0)
        await pilot.press(key)
        assert view.scroll_y == 2
        assert view.line_at(1) == top


@pytest.mark.parametrize("key", ["space", "pagedown"])
async def test_page_down_keys_move_one_screen(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        page = view.scrollable_content_region.height
        last_row = view.line_at(page - 1)
        await pilot.press(key)
        assert view.scroll_y == page
        # The row below the old last row is now the first: nothing skipped, nothing repeated.
        assert view.line_at(-1) == last_row


@pytest.mark.parametrize("key", ["b", "pageup"])
async def test_page_up_keys_move_one_screen_back(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        page = view.scrollable_content_region.height
        await pilot.press("space", "space")
        assert view.scroll_y == 2 * page
        await pilot.press(key)
        assert view.scroll_y == page


@pytest.mark.parametrize("key", ["G", "end"])
async def test_end_keys_show_the_last_line_at_the_bottom(make_app, article, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot.press(key)
        assert view.scroll_y == view.max_scroll_y > 0
        bottom = view.scrollable_content_region.height - 1
        paragraph, line = view.line_at(bottom)
        assert paragraph == len(article.body) - 1
        assert line.end == len(article.body[-1].text)


@pytest.mark.parametrize("key", ["g", "home"])
async def test_top_keys_go_back_to_the_first_paragraph(make_app, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot.press("G")
        await pilot.press(key)
        assert view.scroll_y == 0
        assert view.top_position.paragraph == 0
        assert view.top_position.offset == 0


async def test_mouse_wheel_scrolls_the_article(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot._post_mouse_events([MouseScrollDown], "#article", offset=(10, 5))
        step = app.scroll_sensitivity_y
        assert view.scroll_y == step > 0
        await pilot._post_mouse_events([MouseScrollUp], "#article", offset=(10, 5))
        assert view.scroll_y == 0


async def test_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0
        assert not app.is_running


async def test_footer_shows_the_keys(make_app):
    app = make_app()
    async with app.run_test(size=SIZE):
        shown = [
            (app.get_key_display(binding), binding.description)
            for _, binding, _, _ in app.screen.active_bindings.values()
            if binding.show
        ]
        assert shown == [
            ("p/P", "Person"),
            ("l/L", "Place"),
            ("d/D", "Date"),
            ("n/N", "Mention"),
            ("y", "Copy"),
            ("e", "Panel"),
            ("t", "Bidi"),
            ("q", "Quit"),
        ]


async def test_animated_scrolls_run_to_the_end(make_app):
    # A click on the scrollbar's track scrolls a page with an animation; laying out the
    # rows that come into view must not stop it half way.
    app = make_app()
    app.animation_level = "full"
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        page = view.scrollable_content_region.height
        await pilot.pause(0.2)  # the scrollbar is there, as when it is clicked
        view.scroll_page_down()
        await pilot.wait_for_animation()
        await pilot.pause()
        assert view.scroll_y == page
