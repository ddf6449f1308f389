"""Search (/): every spelling found and marked, the view on the first match, n/N, escape."""

from __future__ import annotations

import threading

import pytest
from textual import events

from reader.text import search as search_module
from reader.text.document import parse_document
from reader.text.layout import layout_paragraph
from reader.ui.search_process import SearchProcess
from tests.ui.conftest import entities_of, occurrences
from tests.ui.screen_helpers import (
    entities_shown,
    logical,
    mention_cells,
    notices,
    reader,
    status_line,
    style_at,
    text_at,
)

WIDE = (120, 40)


async def search_for(pilot, query: str, *, submit: bool = True) -> None:
    await pilot.press("slash", *query)
    screen = reader(pilot.app)
    while screen.search_bar.count in ("", "counting…"):
        await pilot.pause(0.05)
    if submit:
        await pilot.press("enter")
    await pilot.pause()


def _held(monkeypatch) -> threading.Event:
    """Hold every count, in the worker's thread or asked of the child, until the returned
    event is set."""
    gate = threading.Event()
    for owner, name in ((search_module.FoldedText, "find_all"), (SearchProcess, "find")):
        monkeypatch.setattr(owner, name, _after(gate, getattr(owner, name)))
    return gate


def _after(gate: threading.Event, method):
    def held(self, query, **options):
        gate.wait(60)
        return method(self, query, **options)

    return held


def match_offsets(app) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in reader(app).search.matches.spans]


async def test_a_search_finds_every_mention_of_a_word_and_goes_to_the_first(make_app, article):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await search_for(pilot, "مراكش")
        expected = occurrences(article.text, "مراكش")  # with بمراكش: 7, title included
        assert len(expected) == 7
        assert match_offsets(app) == expected
        screen = reader(app)
        assert (screen.current.start, screen.current.end) == expected[0]
        assert status_line(app) == "مراكش 1/7"
        assert app.focused is screen.article  # enter closed the line


async def test_variants_and_harakat_are_found_at_their_offsets_in_the_text(make_app):
    text = "عنوان الخبر\nقال الحُلفاء إن القمة الأفريقية في مدينة مـراكش.\nوانتهت الأفريقية أمس."
    app = make_app(parse_document(text, "t.txt"), find_entities=lambda _: [])
    async with app.run_test(size=(80, 20)) as pilot:
        await search_for(pilot, "الافريقيه")
        first = text.index("الأفريقية")
        second = text.index("الأفريقية", first + 1)
        assert match_offsets(app) == [(first, first + 9), (second, second + 9)]
        await pilot.press("escape")
        await search_for(pilot, "الحلفاء")
        at = text.index("الحُلفاء")
        assert match_offsets(app) == [(at, at + len("الحُلفاء"))]
        await pilot.press("escape")
        await search_for(pilot, "مراكش")
        at = text.index("مـراكش")
        assert match_offsets(app) == [(at, at + len("مـراكش"))]


async def test_the_view_goes_to_the_first_match_after_the_position(make_app, article):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await entities_shown(pilot)
        await pilot.press("space", "space")
        screen = reader(app)
        view = screen.article
        top = view.paragraphs[view.top_position.paragraph].start + view.top_position.offset
        await search_for(pilot, "مراكش")
        after = [s for s, _ in occurrences(article.text, "مراكش") if s >= top]
        assert screen.current.start == after[0]
        assert view.shows_offset(after[0])
        i = [s for s, _ in occurrences(article.text, "مراكش")].index(after[0]) + 1
        assert status_line(app) == f"مراكش {i}/7"


async def test_n_and_N_step_between_matches_and_wrap(make_app, article):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await search_for(pilot, "مراكش")
        starts = [s for s, _ in occurrences(article.text, "مراكش")]
        screen = reader(app)
        await pilot.press("n", "n")
        assert screen.current.start == starts[2]
        assert status_line(app) == "مراكش 3/7"
        await pilot.press("N", "N", "N")
        assert screen.current.start == starts[-1]
        assert status_line(app) == "مراكش 7/7"
        assert "Back to the last match." in notices(app)


async def test_escape_clears_the_search_and_n_steps_mentions_again(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("p")  # أنتوني بلينكن 1/2
        await search_for(pilot, "مراكش")
        screen = reader(app)
        assert screen.current.kind == "match"
        await pilot.press("escape")
        assert screen.search is None
        assert screen.current is None
        await pilot.press("p", "n")
        assert status_line(app) == "أنتوني بلينكن 2/2"


async def test_every_match_is_painted_in_its_own_style(make_app, article):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await search_for(pilot, "التحالف")  # no entity: only the match style
        screen = reader(app)
        view = screen.article
        shown = [span for span in screen.search.matches.spans
                 if span != screen.current and view.shows_offset(span.start)]
        assert shown  # a match in the body, on screen, not the current one
        y, runs = mention_cells(view, shown[0])
        strip = view.render_line(y)
        left, right = runs[0]
        style = style_at(strip, left)
        assert (style.bold, style.underline, bool(style.reverse)) == (True, True, False)
        assert logical(text_at(strip, left, right)) == "التحالف"


@pytest.mark.parametrize("no_color", [False, True])
async def test_the_match_style_differs_from_every_entity_style(make_app, monkeypatch, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        view = reader(app).article
        looks = {}
        for kind in ("person", "place", "date", "match", "current"):
            style = view.get_component_rich_style(f"mention--{kind}", partial=True)
            looks[kind] = (bool(style.bold), bool(style.underline), bool(style.reverse))
        assert len(set(looks.values())) == 5, looks


async def test_the_search_line_shows_the_query_shaped_and_right_to_left(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await entities_shown(pilot)
        await pilot.press("slash", *"مراكش")
        await pilot.pause()
        bar = reader(app).search_bar
        painted = bar.render_line(0).text
        shaped = layout_paragraph("مراكش", 40)[0].text
        assert shaped != "مراكش" and shaped in painted  # presentation forms, visual order
        assert logical(shaped) == "مراكش"
        assert painted.rstrip().endswith(shaped)  # flush right, where Arabic starts
        assert painted.index(shaped) > 40


async def test_letters_typed_in_the_search_line_are_not_keys(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("slash", "p", "l", "q")
        await pilot.pause()
        screen = reader(app)
        assert screen.search_bar.value == "plq"
        assert screen.current is None and app.is_running


def _typed_at_once(app, keys: str) -> None:
    """`keys` reaching the app in one read of the terminal, as a fast typist's or a paste's
    do over a slow link: every Key is queued before the first one is handled."""
    for char in keys:
        key = "slash" if char == "/" else char
        app.post_message(events.Key(key, char))


async def test_keys_typed_at_once_after_slash_all_go_to_the_query(make_app):
    # Without the query taking them, the letters typed before the search line has the
    # focus would be the article's keys: p and l jumps, the rest lost.
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        _typed_at_once(app, "/مراكش pl")
        await pilot.pause()
        screen = reader(app)
        assert screen.search_bar.value == "مراكش pl"
        assert screen.current is None or screen.current.kind == "match"
        assert app.focused is screen.search_bar


async def test_keys_typed_at_once_after_enter_are_keys_again(make_app, article):
    found = occurrences(article.text, "مراكش")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await search_for(pilot, "مراكش", submit=False)
        app.post_message(events.Key("enter", "\r"))
        _typed_at_once(app, "n")
        await pilot.pause()
        screen = reader(app)
        assert not screen.search_bar.has_class("-open")
        assert app.focused is screen.article
        assert screen.search_bar.value == "مراكش"
        assert screen.current is not None and screen.current.start == found[1][0]


async def test_escape_in_the_search_line_cancels(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await search_for(pilot, "مراكش", submit=False)
        await pilot.press("escape")
        screen = reader(app)
        assert screen.search is None
        assert not screen.search_bar.has_class("-open")
        assert app.focused is screen.article


async def test_a_query_with_no_match_says_so(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await search_for(pilot, "زنجبار", submit=False)
        assert reader(app).search_bar.count == "no match"
        await pilot.press("enter")
        assert "No match." in notices(app)
        assert reader(app).search is None


async def test_keys_are_answered_while_a_5_mb_article_is_counted(make_app, monkeypatch):
    paragraph = "قال الحُلفاء في بمراكش إن مراكش مدينة"  # two matches of مراكش
    copies = 5_000_000 // (len(paragraph) + 1) + 1
    text = "عنوان\n" + "\n".join([paragraph] * copies)
    assert len(text) > 5_000_000
    gate = _held(monkeypatch)  # the count waits until the keys below have been answered
    app = make_app(parse_document(text, "big.txt"), find_entities=lambda _: [])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"مراكش")
        await pilot.pause()
        screen = reader(app)
        assert screen.search_bar.count == "counting…"
        await pilot.press("enter", "j", "j", "j")
        assert round(screen.article.scroll_y) == 3  # answered while the worker counts
        assert screen.search is None
        gate.set()
        while screen.search is None:
            await pilot.pause(0.05)
        assert len(screen.search.matches) == 2 * copies
        # The first match after where the search began (the top), brought back into view.
        assert status_line(app) == f"مراكش 1/{2 * copies}"
        assert screen.article.shows_offset(text.index("مراكش"))


async def test_a_count_that_comes_after_escape_is_dropped(make_app, monkeypatch):
    gate = _held(monkeypatch)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("slash", *"مراكش")
        await pilot.press("escape")
        screen = reader(app)
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.search is None and screen.current is None


async def test_enter_before_a_count_that_finds_nothing_says_so(make_app, monkeypatch):
    gate = _held(monkeypatch)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("slash", *"زنجبار", "enter")
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "No match." in notices(app)
        assert reader(app).search is None


async def test_a_current_match_stays_when_the_entities_arrive(make_app):
    gate = threading.Event()

    def slow_engine(text):
        gate.wait(60)
        return entities_of(text)

    app = make_app(find_entities=slow_engine)
    async with app.run_test(size=WIDE) as pilot:
        await search_for(pilot, "مراكش")
        current = reader(app).current
        assert current.kind == "match"
        gate.set()
        await entities_shown(pilot)
        assert reader(app).current == current
        assert status_line(app) == "مراكش 1/7"
        await pilot.press("n")
        assert status_line(app) == "مراكش 2/7"


async def test_keys_typed_right_after_enter_are_the_screens(make_app):
    from textual import events

    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await search_for(pilot, "مراكش", submit=False)
        for key, character in (("enter", "\r"), ("n", "n")):  # in one go, as a terminal can
            app.post_message(events.Key(key, character))
        await pilot.pause(0.3)
        assert reader(app).search_bar.value == "مراكش"
        assert status_line(app) == "مراكش 2/7"


async def test_slash_enter_on_an_empty_line_searches_the_last_query_again(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await search_for(pilot, "مراكش")
        await pilot.press("escape")
        screen = reader(app)
        assert screen.search is None
        await pilot.press("slash", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.search is not None and screen.search.query == "مراكش"
        assert status_line(app) == "مراكش 1/7"
