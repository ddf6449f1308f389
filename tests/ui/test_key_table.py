"""The one table of keys: every binding has an id, a keymap moves it, the palette lists it."""

from __future__ import annotations

import pytest

from reader.settings import save_setting
from reader.ui import keys
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.entity_panel import EntityPanel
from tests.ui.screen_helpers import entities_shown, reader, status_line

WIDE = (120, 40)


@pytest.mark.parametrize(
    ("owner", "table"),
    [(ReaderScreen, keys.READER), (ArticleView, keys.ARTICLE), (EntityPanel, keys.PANEL)],
)
def test_bindings_are_made_from_the_table_each_with_an_id(owner, table):
    made = [(b.key, b.action, b.id) for b in owner.BINDINGS]
    assert made == [(k.keys, k.action, k.id) for k in table]
    assert all(binding.id for binding in owner.BINDINGS)


def test_binding_ids_are_unique():
    ids = [key.id for key in (*keys.READER, *keys.ARTICLE, *keys.PANEL)]
    assert len(ids) == len(set(ids))


def test_a_keymap_ignores_unknown_ids_and_empty_keys():
    keymap = {"reader.next-person": "right", "nope": "x", "reader.quit": " "}
    assert keys.keymap_from(keymap) == {"reader.next-person": "right"}


async def test_a_keymap_in_the_settings_moves_a_key(make_app):
    save_setting("keymap", {"reader.next-person": "right"})
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("p")
        assert reader(app).current is None  # p no longer jumps
        await pilot.press("right")
        assert status_line(app) == "أنتوني بلينكن 1/2"


async def test_the_command_palette_offers_every_key_of_the_table(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for key in (*keys.READER, *keys.ARTICLE):
            if key.palette:
                assert f"{key.title} ({key.keys.split(',')[0]})" in titles
        next_place = next(c for c in app.get_system_commands(app.screen)
                          if c.title == "Next place (l)")
        await next_place.callback()  # the palette awaits it the same way
        await pilot.pause()
        assert status_line(app) == "مراكش 1/7"


async def test_ctrl_p_opens_the_palette_and_runs_a_command(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"next date")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert status_line(app) == "الأربعاء 1/1"
