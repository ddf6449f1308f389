"""The library's core: which files of a folder are articles, and the store of reading
positions (by path and content, in the user's state directory, written atomically)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from reader import library as lib
from reader.library import (
    Bookmark,
    EntityCounts,
    PositionStore,
    SavedPosition,
    content_digest,
    positions_path,
    scan_library,
    title_of,
)
from reader.text.load import LoadError

ARTICLE = "عنوان المقال\n\nالفقرة الأولى.\nالفقرة الثانية.\n"


@pytest.fixture(autouse=True)
def _state_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


# -- the folder ------------------------------------------------------------------------------


def test_only_txt_files_of_the_folder_itself_are_articles_in_name_order(tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "A.TXT").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.txt").write_text(ARTICLE, encoding="utf-8")
    found = scan_library(tmp_path)
    assert [entry.path.name for entry in found.entries] == ["A.TXT", "b.txt"]
    assert found.entries[0].title == "عنوان المقال"
    assert found.entries[0].size == len(ARTICLE.encode("utf-8"))


def test_an_unreadable_article_is_an_entry_with_the_reason(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x00" * 100)
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "legacy.txt").write_bytes(ARTICLE.encode("cp1256"))
    entries = {entry.path.name: entry for entry in scan_library(tmp_path).entries}
    assert entries["blob.txt"].error == "looks like a binary file, not text"
    assert entries["empty.txt"].error == "the article is empty"
    assert entries["blob.txt"].title == "blob.txt"
    assert entries["legacy.txt"].readable
    assert entries["legacy.txt"].title == "عنوان المقال"


def test_a_folder_without_articles_is_one_line_error(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(LoadError, match=r"no \.txt article in this directory$"):
        scan_library(tmp_path)


def test_a_missing_folder_is_one_line_error(tmp_path):
    with pytest.raises(LoadError, match="cannot read"):
        scan_library(tmp_path / "nope")


def test_the_title_is_the_first_line_with_a_visible_character():
    assert title_of("\n  \n  عنوان  \nنص") == "عنوان"
    assert title_of(" \n\n") == ""


def test_counts_are_distinct_entities_by_kind():
    counts = EntityCounts.of(["person", "place", "place", "date", "person", "person"])
    assert counts == EntityCounts(people=3, places=2, dates=1)


# -- the position store ----------------------------------------------------------------------


def test_positions_live_in_the_user_state_directory(tmp_path):
    assert positions_path() == tmp_path / "state" / "arabic-reader" / "positions.json"


def test_a_saved_position_comes_back_for_the_same_text(tmp_path):
    article = tmp_path / "a.txt"
    store = PositionStore()
    store.save(article, content_digest(ARTICLE), SavedPosition(3, 120))
    assert PositionStore().load(article, content_digest(ARTICLE)) == SavedPosition(3, 120)
    # The same file reached by another path is the same article.
    other = tmp_path / "sub" / ".." / "a.txt"
    (tmp_path / "sub").mkdir()
    assert PositionStore().load(other, content_digest(ARTICLE)) == SavedPosition(3, 120)


def test_a_changed_text_has_no_saved_position(tmp_path):
    article = tmp_path / "a.txt"
    PositionStore().save(article, content_digest(ARTICLE), SavedPosition(3, 120))
    assert PositionStore().load(article, content_digest(ARTICLE + "x")) is None


def test_positions_of_several_articles_are_kept_apart(tmp_path):
    store = PositionStore()
    one, two = Bookmark.of(tmp_path / "1.txt", ARTICLE), Bookmark.of(tmp_path / "2.txt", ARTICLE)
    one.save(SavedPosition(1, 0))
    two.save(SavedPosition(2, 5))
    one.save(SavedPosition(4, 7))
    assert (one.load(), two.load()) == (SavedPosition(4, 7), SavedPosition(2, 5))
    assert store.path == positions_path()


def test_the_file_is_replaced_whole_and_no_temporary_file_stays(tmp_path):
    bookmark = Bookmark.of(tmp_path / "a.txt", ARTICLE)
    bookmark.save(SavedPosition(1, 2))
    bookmark.save(SavedPosition(3, 4))
    folder = positions_path().parent
    assert sorted(p.name for p in folder.iterdir()) == ["positions.json"]
    data = json.loads(positions_path().read_text(encoding="utf-8"))
    assert data["articles"][str((tmp_path / "a.txt").resolve())]["paragraph"] == 3


@pytest.mark.parametrize(
    "content",
    ["", "not json", "[1, 2]", '{"articles": []}',
     '{"articles": {"KEY": {"sha256": "D", "paragraph": -1, "offset": 0}}}',
     '{"articles": {"KEY": {"sha256": "D", "paragraph": true, "offset": 0}}}',
     '{"articles": {"KEY": {"sha256": "D", "paragraph": "3", "offset": 0}}}'],
)
def test_a_damaged_file_gives_no_position_and_is_rewritten(tmp_path, content):
    article = tmp_path / "a.txt"
    digest = content_digest(ARTICLE)
    positions_path().parent.mkdir(parents=True)
    key = json.dumps(str(article.resolve()))[1:-1]
    positions_path().write_text(content.replace("KEY", key).replace('"D"', f'"{digest}"'),
                                encoding="utf-8")
    assert PositionStore().load(article, digest) is None
    PositionStore().save(article, digest, SavedPosition(2, 9))
    assert PositionStore().load(article, digest) == SavedPosition(2, 9)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only directory")
def test_a_read_only_state_directory_is_not_an_error(tmp_path):
    positions_path().parent.mkdir(parents=True)
    positions_path().parent.chmod(0o500)
    try:
        Bookmark.of(tmp_path / "a.txt", ARTICLE).save(SavedPosition(1, 1))
        assert not positions_path().exists()
    finally:
        positions_path().parent.chmod(0o700)


def test_an_unwritable_state_path_is_not_an_error(tmp_path):
    blocker = tmp_path / "state"
    blocker.write_text("a file where the directory should be", encoding="utf-8")
    Bookmark.of(tmp_path / "a.txt", ARTICLE).save(SavedPosition(1, 1))
    assert Bookmark.of(tmp_path / "a.txt", ARTICLE).load() is None


def test_the_oldest_positions_are_forgotten_past_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(lib, "MAX_POSITIONS", 3)
    clock = iter(range(100))
    monkeypatch.setattr(lib, "time", SimpleNamespace(time=lambda: float(next(clock))))
    marks = [Bookmark.of(tmp_path / f"{k}.txt", ARTICLE) for k in range(5)]
    for k, mark in enumerate(marks):
        mark.save(SavedPosition(k, 0))
    assert [mark.load() for mark in marks] == [
        None, None, SavedPosition(2, 0), SavedPosition(3, 0), SavedPosition(4, 0)
    ]
