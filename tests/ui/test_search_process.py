"""The search's child process: the same matches as in the UI's process, newer queries first,
a dead child replaced, the child gone with the screen."""

from __future__ import annotations

import io
import threading

from reader.text.document import parse_document
from reader.text.search import Match
from reader.ui import search_process
from reader.ui.screens.searching import IN_PROCESS_BELOW
from reader.ui.search_process import SearchFailed, SearchProcess
from tests.ui.screen_helpers import reader, status_line

TEXT = "قال الحُلفاء في مراكش ومراكش"


def test_the_child_finds_the_matches_at_their_offsets_in_the_text():
    searcher = SearchProcess(TEXT)
    try:
        # By hand: مراكش at 16, and after the و of ومراكش at 23; الحُلفاء (with its damma)
        # from 4 to 12 for الحلفاء.
        assert list(searcher.find("مراكش") or ()) == [Match(16, 21), Match(23, 28)]
        assert list(searcher.find("الحلفاء") or ()) == [Match(4, 12)]
        assert list(searcher.find("زنجبار") or ()) == []
    finally:
        searcher.stop()


def test_a_killed_child_is_replaced_at_the_next_query():
    searcher = SearchProcess(TEXT)
    try:
        assert len(searcher.find("مراكش") or ()) == 2
        process = searcher._process
        assert process is not None
        process.kill()
        process.wait(10)
        assert list(searcher.find("مراكش") or ()) == [Match(16, 21), Match(23, 28)]
        assert searcher._process is not process
    finally:
        searcher.stop()


def test_queries_from_many_threads_each_get_theirs_or_none():
    text = " ".join(["الحلفاء في مراكش"] * 50_000)
    searcher = SearchProcess(text)
    answers: dict[str, object] = {}

    def ask(query: str) -> None:
        answers[query] = searcher.find(query)

    try:
        threads = [threading.Thread(target=ask, args=(q,)) for q in ("ال", "في", "مراكش")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not any(thread.is_alive() for thread in threads)
        for query, count in (("ال", 50_000), ("في", 50_000), ("مراكش", 50_000)):
            got = answers[query]
            assert got is None or len(got) == count  # type: ignore[arg-type]
        # The last query sent is never superseded; which one it was depends on the threads.
        assert sum(answers[q] is not None for q in answers) >= 1
    finally:
        searcher.stop()


def test_the_child_answers_only_the_latest_of_queries_waiting():
    frames = io.BytesIO()
    for kind, number, payload in ((b"T", 0, TEXT), (b"Q", 1, "في"), (b"Q", 2, "مراكش")):
        search_process._write(frames, kind, number, payload.encode())
    frames.seek(0)
    requests = search_process._Requests()
    requests.read(frames)
    assert requests.wait_for_text() == TEXT
    assert requests.next() == ([1], (2, "مراكش"))
    assert requests.next() is None  # the stream ended


async def test_a_long_article_is_counted_in_the_child_and_the_child_ends_with_it(make_app):
    paragraph = "قال الحُلفاء في بمراكش إن مراكش مدينة"
    copies = IN_PROCESS_BELOW // len(paragraph) + 1
    text = "عنوان\n" + "\n".join([paragraph] * copies)
    app = make_app(parse_document(text, "long.txt"), find_entities=lambda _: [])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"مراكش", "enter")
        screen = reader(app)
        while screen.search is None:
            await pilot.pause(0.05)
        assert len(screen.search.matches) == 2 * copies
        assert status_line(app) == f"مراكش 1/{2 * copies}"
        searcher = screen._searcher
        assert searcher is not None
        process = searcher._process
        assert process is not None and process.poll() is None
    assert process.wait(10) is not None  # killed when the screen went


async def test_a_failing_child_leaves_the_count_to_the_worker(make_app, monkeypatch):
    def failing(self, query):
        raise SearchFailed("gone")

    monkeypatch.setattr(SearchProcess, "find", failing)
    paragraph = "قال الحُلفاء في بمراكش إن مراكش مدينة"
    copies = IN_PROCESS_BELOW // len(paragraph) + 1
    text = "عنوان\n" + "\n".join([paragraph] * copies)
    app = make_app(parse_document(text, "long.txt"), find_entities=lambda _: [])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"مراكش", "enter")
        screen = reader(app)
        while screen.search is None:
            await pilot.pause(0.05)
        assert len(screen.search.matches) == 2 * copies
