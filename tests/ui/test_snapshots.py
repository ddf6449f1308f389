"""Snapshots of the bundled article. The SVGs cannot show Arabic truthfully (the SVG renderer
shapes and reorders again); they guard the layout of the screen. The text is checked by
the pilot tests, and each screen was looked at with ../shared/tools/term-snap (tmux)."""

from __future__ import annotations

import pytest

from tests.ui.screen_helpers import entities_shown


def test_article_at_80x24(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=entities_shown)


def test_article_with_the_panel_at_120x40(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=entities_shown)


def test_a_person_current_at_120x40(snap_compare, make_app):
    assert snap_compare(
        make_app(), terminal_size=(120, 40), run_before=entities_shown, press=["p"]
    )


def test_panel_folded_at_60x20(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(60, 20), run_before=entities_shown)


def test_panel_over_the_article_at_60x20(snap_compare, make_app):
    assert snap_compare(
        make_app(), terminal_size=(60, 20), run_before=entities_shown, press=["e"]
    )


def test_article_at_40x12(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(40, 12), run_before=entities_shown)


def test_article_after_scrolling(snap_compare, make_app):
    assert snap_compare(
        make_app(), terminal_size=(80, 24), run_before=entities_shown, press=["space", "j", "j"]
    )


def test_article_at_the_end(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=entities_shown,
                        press=["G"])


def test_article_after_a_resize(snap_compare, make_app):
    async def scroll_then_resize(pilot) -> None:
        await entities_shown(pilot)
        await pilot.press("space")
        await pilot.resize_terminal(60, 20)
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=scroll_then_resize)


def test_article_in_terminal_bidi_mode(snap_compare, make_app):
    assert snap_compare(make_app(bidi="terminal"), terminal_size=(80, 24),
                        run_before=entities_shown)


def test_article_without_colour(snap_compare, make_app, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=entities_shown,
                        press=["p"])
