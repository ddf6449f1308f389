"""Settings: typed, in settings.toml; a bad file is a one-line notice and the defaults."""

from __future__ import annotations

import json
import tomllib

from hypothesis import given
from hypothesis import strategies as st

from reader.settings import (
    Settings,
    from_mapping,
    load_settings,
    read_settings,
    save_setting,
    settings_path,
    to_toml,
)
from reader.text.layout import BidiMode
from tests.ui.screen_helpers import entities_shown, notices, reader, status_line

WIDE = (120, 40)


def write(text: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_no_file_gives_the_defaults_and_no_problem():
    loaded = read_settings()
    assert loaded.settings == Settings()
    assert loaded.problem is None


def test_a_saved_choice_is_written_as_toml_and_read_back():
    save_setting("bidi", "terminal")
    save_setting("panel_side", "right")
    data = tomllib.loads(settings_path().read_text(encoding="utf-8"))
    assert data == {"bidi": "terminal", "panel_side": "right", "highlights": True, "keymap": {}}
    assert load_settings() == Settings(bidi="terminal", panel_side="right")


@given(
    st.sampled_from(["app", "terminal"]),
    st.sampled_from(["left", "right"]),
    st.booleans(),
    st.dictionaries(st.text(min_size=1), st.text(min_size=1).filter(str.strip), max_size=4),
)
def test_any_settings_survive_a_round_trip_through_toml(bidi, side, highlights, keymap):
    settings = Settings(bidi, side, highlights, keymap)
    settings_back, problems = from_mapping(tomllib.loads(to_toml(settings)))
    assert settings_back == settings
    assert problems == []


def test_a_file_that_is_not_toml_gives_the_defaults_and_a_one_line_reason():
    write('bidi = "terminal"\npanel_side = \n')
    loaded = read_settings()
    assert loaded.settings == Settings()
    assert loaded.problem.startswith("settings.toml: ")
    assert "line 2" in loaded.problem and "\n" not in loaded.problem


def test_a_bad_value_falls_back_alone():
    write('bidi = "sideways"\npanel_side = "right"\nhighlights = "yes"\ncolour = 3\n')
    loaded = read_settings()
    assert loaded.settings == Settings(panel_side="right")
    assert loaded.problem == (
        'settings.toml: unknown setting \'colour\'; bidi must be "app" or "terminal"; '
        "highlights must be true or false"
    )


def test_the_old_settings_json_is_taken_over_once():
    legacy = settings_path().with_name("settings.json")
    legacy.parent.mkdir(parents=True, exist_ok=True)
    legacy.write_text(json.dumps({"bidi": "terminal", "panel_side": "right",
                                  "keymap": {"reader.quit": "x"}}), encoding="utf-8")
    expected = Settings(bidi="terminal", panel_side="right", keymap={"reader.quit": "x"})
    assert load_settings() == expected
    assert settings_path().exists()  # written as TOML
    legacy.write_text("{}", encoding="utf-8")  # the TOML file is what counts from now on
    assert load_settings() == expected


async def test_a_bad_file_shows_one_notice_and_the_reader_works(make_app):
    write("[keymap\n")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        problems = [n for n in notices(app) if n.startswith("settings.toml")]
        assert len(problems) == 1 and "\n" not in problems[0]
        assert app.bidi is BidiMode.APP
        await pilot.press("p")
        assert status_line(app) == "أنتوني بلينكن 1/2"
        await pilot.press("t")  # a choice made now is not written over the user's file
    assert settings_path().read_text(encoding="utf-8") == "[keymap\n"


async def test_a_keymap_in_settings_toml_moves_keys_and_unknown_ids_are_named(make_app):
    write('[keymap]\n"reader.next-person" = "right"\n"reader.nope" = "x"\n')
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("p")
        assert reader(app).current is None
        await pilot.press("right")
        assert status_line(app) == "أنتوني بلينكن 1/2"
        assert "settings.toml: [keymap]: no key has the id 'reader.nope'" not in notices(app)
        assert "[keymap]: no key has the id 'reader.nope'" in notices(app)


async def test_the_highlight_toggle_is_remembered(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("h")
        assert reader(app).show_marks is False
    assert load_settings().highlights is False
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert reader(app).show_marks is False
        assert reader(app).article.show_marks is False
