"""The library: a folder's articles listed (titles shaped, sizes, counts from a worker),
opened with enter, left with escape, stepped through with ] and [; reading positions kept."""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from reader.library import Bookmark, scan_library
from reader.resources import default_article
from reader.text.document import parse_document
from reader.text.layout import one_line
from reader.text.load import load_text
from reader.ui.app import ReaderApp
from reader.ui.screens.library_screen import LibraryScreen
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.widgets.library_list import PENDING, human_size
from tests.ui.conftest import entities_of
from tests.ui.screen_helpers import notices

SIZE = (110, 24)
SEED = default_article().read_text(encoding="utf-8").split("\n")


def _snippet(first: int, last: int, words: int = 6) -> str:
    """Seed paragraphs `first` to `last` as an article: the first words of paragraph
    `first` for a title, then the paragraphs."""
    title = " ".join(SEED[first].split()[:words])
    return "\n".join([title, *SEED[first:last + 1]]) + "\n"


def make_folder(folder: Path) -> Path:
    """Four articles of real Arabic (UTF-8, UTF-8 with BOM, Windows-1256), a binary file,
    and files that are no article (another suffix, hidden)."""
    folder.mkdir()
    (folder / "01-marrakesh.txt").write_text(_snippet(1, 3), encoding="utf-8")
    (folder / "02-sahel.txt").write_text(_snippet(4, 6), encoding="utf-8-sig")
    (folder / "03-july.txt").write_bytes(_snippet(8, 9).encode("cp1256"))
    (folder / "04-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "05-whole.txt").write_text("\n".join(SEED), encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    (folder / ".draft.txt").write_text(_snippet(10, 11), encoding="utf-8")
    return folder


READABLE = [0, 1, 2, 4]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(tmp_path / "أخبار")


def library_app(folder: Path, **options) -> ReaderApp:
    options.setdefault("find_entities", entities_of)
    app = ReaderApp(library=scan_library(folder), **options)
    app.animation_level = "none"
    return app


async def wait_for(pilot, condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)
    await pilot.pause()


async def counts_shown(pilot) -> None:
    """Wait until the worker has counted every readable article."""
    screen = pilot.app.screen_stack[0]
    await wait_for(pilot, lambda: all(screen.counts[k] is not None for k in READABLE))


def library(app: ReaderApp) -> LibraryScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, LibraryScreen)
    return screen


def opened(app: ReaderApp) -> str | None:
    """The file name of the article on screen, None on the list."""
    screen = app.screen
    return screen.document.name if isinstance(screen, ReaderScreen) else None


def expected_counts(path: Path) -> list[str]:
    """dates, places, people of the article, as the fake engine finds them (the left
    columns of its row, from the left)."""
    kinds = Counter(entity.kind for entity in entities_of(load_text(path)))
    return [str(kinds["date"]), str(kinds["place"]), str(kinds["person"])]


# -- the list ----------------------------------------------------------------------------


async def test_every_article_of_the_folder_is_a_row_with_its_title_shaped(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await counts_shown(pilot)
        rows = library(app).articles
        names = [entry.path.name for entry in rows.entries]
        assert names == ["01-marrakesh.txt", "02-sahel.txt", "03-july.txt", "04-image.txt",
                         "05-whole.txt"]
        for index, name in enumerate(names):
            if index not in READABLE:
                continue
            title = load_text(folder / name).split("\n")[0]
            row = rows.row_text(index)
            shaped = one_line(title)
            # Presentation forms in visual order, flush right: the title's first word is
            # the rightmost word of the row.
            assert row.endswith(shaped), (name, row)
            assert any("\ufe70" <= char <= "\ufeff" for char in shaped)
            assert row.split()[-1] == shaped.split()[-1]


async def test_sizes_and_counts_fill_the_columns_left_of_the_title(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await counts_shown(pilot)
        rows = library(app).articles
        for index in READABLE:
            path = rows.entries[index].path
            cells = rows.row_text(index).split()
            assert cells[:3] == expected_counts(path), path.name
            assert " ".join(cells[3:5]) == human_size(path.stat().st_size)


async def test_counts_come_from_a_worker_while_the_keys_answer(folder):
    release = threading.Event()

    def slow_engine(text):
        release.wait(30)
        return entities_of(text)

    app = library_app(folder, find_entities=slow_engine)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = library(app).articles
        assert rows.row_text(0).split()[:3] == [PENDING] * 3
        await pilot.press("j", "j")  # the UI answers while the engine works
        assert library(app).cursor == 2
        release.set()
        await counts_shown(pilot)
        assert rows.row_text(0).split()[:3] == expected_counts(folder / "01-marrakesh.txt")


async def test_quitting_while_the_real_engine_counts_ends_its_process(tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "long.txt").write_text("\n".join(SEED * 200), encoding="utf-8")  # ~1.2 MB
    app = library_app(folder, find_entities=None)  # the real engine, in its child process
    async with app.run_test(size=SIZE) as pilot:
        screen = library(app)
        counter = screen._count
        await wait_for(pilot, lambda: getattr(counter, "_process", None) is not None)
        child = counter._process
        assert child.poll() is None  # at work on the article
    # Killed as the library closed (left alone, it would wait for the next article).
    assert child.wait(timeout=10) == -signal.SIGKILL
    assert screen.counts == (None,)  # it never finished: quitting did not wait for it


async def test_an_unreadable_file_is_listed_with_its_reason_and_does_not_open(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await counts_shown(pilot)
        rows = library(app).articles
        row = rows.row_text(3)
        assert "looks like a binary file, not text" in row
        assert row.rstrip().endswith("04-image.txt")
        await pilot.press("j", "j", "j", "enter")
        assert opened(app) is None
        assert any("04-image.txt: looks like a binary file" in n for n in notices(app))


async def test_a_file_that_went_bad_since_the_scan_is_refused_on_opening(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await counts_shown(pilot)
        (folder / "02-sahel.txt").write_bytes(b"")
        await pilot.press("j", "enter")
        assert opened(app) is None
        assert "the article is empty" in library(app).articles.row_text(1)


async def test_in_terminal_bidi_mode_the_titles_go_out_in_logical_order(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await counts_shown(pilot)
        title = load_text(folder / "01-marrakesh.txt").split("\n")[0]
        await pilot.press("t")
        assert library(app).articles.row_text(0).startswith(title)
        await pilot.press("t")
        assert library(app).articles.row_text(0).endswith(one_line(title))


async def test_a_narrow_terminal_drops_count_columns_before_the_title(folder):
    app = library_app(folder)
    async with app.run_test(size=(40, 12)) as pilot:
        await counts_shown(pilot)
        rows = library(app).articles
        heading = rows.heading_text()
        for kept in ("المقال", "الحجم", "أشخاص"):
            assert one_line(kept) in heading
        for dropped in ("تواريخ", "أماكن"):
            assert one_line(dropped) not in heading
        path = folder / "01-marrakesh.txt"
        cells = rows.row_text(0).split()
        assert cells[0] == expected_counts(path)[2]  # people
        assert " ".join(cells[1:3]) == human_size(path.stat().st_size)
        shaped = one_line(load_text(path).split("\n")[0])
        assert cells[-1] == shaped.split()[-1]  # the title's first word, still rightmost


async def test_a_click_on_a_row_opens_its_article(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        rows = library(app).articles
        # Row 0 of the list is its heading; the article rows follow (under the padding).
        top = rows.content_region.y - rows.region.y
        await pilot.click("#articles", offset=(rows.region.width // 2, top + 3))
        await pilot.pause()
        assert opened(app) == "03-july.txt"


async def test_the_list_scrolls_to_keep_the_cursor_in_view(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for k in range(30):
        (folder / f"{k:02}.txt").write_text(_snippet(1 + k % 10, 2 + k % 10), encoding="utf-8")
    app = library_app(folder)
    async with app.run_test(size=(80, 12)) as pilot:
        rows = library(app).articles
        await pilot.press("G")
        painted = ["".join(seg.text for seg in rows.render_line(y))
                   for y in range(rows.size.height)]
        assert painted[0] == rows.heading_text()  # the heading stays on top
        assert rows.row_text(29) in painted
        assert rows.row_text(0) not in painted
        await pilot.press("g", "j", "j")
        assert rows.top == 0
        await pilot.press("space")
        assert library(app).cursor == 2 + rows.page
        await pilot.press("enter")
        assert opened(app) == f"{2 + rows.page:02}.txt"


# -- opening, leaving, stepping ------------------------------------------------------------


async def test_enter_opens_the_article_under_the_cursor_and_escape_returns(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        assert opened(app) == "01-marrakesh.txt"
        title = app.reader.document.title
        assert title is not None and title.text == load_text(folder / "01-marrakesh.txt") \
            .split("\n")[0]
        await pilot.press("escape")
        assert opened(app) is None
        await pilot.press("j", "j", "enter")
        assert opened(app) == "03-july.txt"  # Windows-1256 on disk
        assert "مراكش" in app.reader.document.text
        await pilot.press("escape")
        assert library(app).cursor == 2


async def test_escape_folds_the_panel_over_the_article_before_leaving_it(folder):
    app = library_app(folder)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("enter", "e")
        assert app.reader.panel.has_class("-overlay")
        await pilot.press("escape")
        assert opened(app) == "01-marrakesh.txt"
        assert not app.reader.panel.has_class("-overlay")
        await pilot.press("escape")
        assert opened(app) is None


async def test_escape_clears_a_search_before_leaving_the_article(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "enter", "slash", *"مراكش")
        screen = app.reader
        await wait_for(pilot, lambda: screen.search_bar.count not in ("", "counting…"))
        await pilot.press("enter")
        await pilot.pause()
        assert screen.search is not None
        await pilot.press("escape")
        assert opened(app) == "05-whole.txt"
        assert screen.search is None
        await pilot.press("escape")
        assert opened(app) is None


async def test_brackets_open_the_next_and_previous_readable_articles(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "right_square_bracket")
        assert opened(app) == "02-sahel.txt"
        # The binary file is passed over.
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert opened(app) == "05-whole.txt"
        await pilot.press("right_square_bracket")
        assert opened(app) == "05-whole.txt"
        assert any("last article" in n for n in notices(app))
        await pilot.press("left_square_bracket")
        assert opened(app) == "03-july.txt"
        await pilot.press("escape")
        assert library(app).cursor == 2
        assert len(app.screen_stack) == 1


# -- reading positions -----------------------------------------------------------------------


async def _read_on(pilot, pages: int = 2) -> tuple[int, int]:
    await pilot.press(*["space"] * pages, "j")
    position = pilot.app.reader.article.top_position
    assert (position.paragraph, position.offset) != (0, 0)
    return position.paragraph, position.offset


def _top(app) -> tuple[int, int]:
    position = app.reader.article.top_position
    return position.paragraph, position.offset


async def test_an_article_reopens_where_it_was_left(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "enter")
        assert opened(app) == "05-whole.txt"
        left_at = await _read_on(pilot)
        await pilot.press("escape", "enter")
        await pilot.pause()
        assert _top(app) == left_at
        assert app.reader.article.scroll_y > 0


async def test_the_position_survives_a_new_session_at_another_size(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "enter")
        paragraph, offset = await _read_on(pilot)
    # Quitting (not escape) saved it too.
    app = library_app(folder)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("G", "enter")
        await pilot.pause()
        view = app.reader.article
        top = view.line_at(0)
        assert top is not None
        shown_paragraph, line = top
        assert shown_paragraph == paragraph
        assert line.start <= offset < max(line.end, offset + 1)


async def test_an_article_changed_on_disk_opens_at_the_top(folder):
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "enter")
        await _read_on(pilot)
    path = folder / "05-whole.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("مراكش", "الرباط", 1),
                    encoding="utf-8")
    app = library_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "enter")
        await pilot.pause()
        assert _top(app) == (0, 0)
        assert app.reader.article.scroll_y == 0


async def test_a_single_file_keeps_its_position_too(make_app, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("\n".join(SEED), encoding="utf-8")

    def single_file_app():
        text = load_text(path)
        return make_app(parse_document(text, path.name), bookmark=Bookmark.of(path, text))

    app = single_file_app()
    async with app.run_test(size=SIZE) as pilot:
        left_at = await _read_on(pilot, pages=1)
    app = single_file_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert _top(app) == left_at
    saved = list((tmp_path / "state" / "arabic-reader").iterdir())
    assert [p.name for p in saved] == ["positions.json"]  # no temporary file left behind


# -- the picture ------------------------------------------------------------------------------


def test_library_snapshot_at_100x16(snap_compare, tmp_path):
    folder = make_folder(tmp_path / "أخبار")
    assert snap_compare(library_app(folder), terminal_size=(100, 16), run_before=counts_shown,
                        press=["j"])
