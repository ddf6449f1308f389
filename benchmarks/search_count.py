"""Search on a 5 MB article: the matcher, the child that counts, and keys during a count.

    .venv/bin/python benchmarks/search_count.py [TEXT] [--queries مراكش ال] [--count both]

1. The matcher alone (this process): folding the whole text once, then `find_all` for
   each query.
2. The search's child (`reader.ui.search_process`): from its start to the first answer
   (start, 5 MB through the pipe, the fold), then each query again (the text folded).
3. Where counting in the worker's thread is quicker than asking a child: a query's
   answer in the thread (fold and find, cold) against a fresh child's, at a few sizes.
4. In the reader, headless at 100x30, no entity engine, for each query and each way of
   counting (`--count`: `thread`, the worker's own thread as before the child; `child`;
   `both`): `/`, the query and enter, then `j` every 50 ms while the count runs, and 20
   `j` after it. A key's time runs from its event's posting to the end of the first
   screen refresh made after the key's action ran, as `jump_latency.py` measures.
   `pilot.press` is not used to time keys: it waits until the process's CPU time stops
   growing (up to 1 s, twice), so with a thread counting it measured the count, not the
   key (the 0.9-1.8 s "j while counting" figures this script printed before).

Figures are printed, never asserted; /proc/loadavg too (the machine has 2 cores). Run
with `PYTHONPATH` at an older tree and `--count thread` for that tree's figures (an
older tree has no child: its counts are the thread's).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from textual import events

from reader.text.document import parse_document
from reader.text.load import load_text
from reader.text.search import FoldedText
from reader.ui import app as app_module
from reader.ui.app import ReaderApp
from reader.ui.screens import searching

THROUGHPUT = Path(__file__).resolve().parents[2] / "shared/data/news-dev/throughput.txt"
KEY_GAP = 0.05
"""Seconds between keys: a fast typist's pace, and `j` held down at a terminal's repeat."""


def load() -> str:
    return Path("/proc/loadavg").read_text().strip()


def ms(seconds: float) -> str:
    return f"{1000 * seconds:7.1f} ms"


def matcher(text: str, queries: list[str]) -> None:
    print("1. the matcher alone")
    t0 = time.perf_counter()
    folded = FoldedText(text)
    print(f"  fold the text:      {ms(time.perf_counter() - t0)}")
    find_all = getattr(folded, "find_all", None)
    for query in queries:
        t0 = time.perf_counter()
        count = len(find_all(query) if find_all else folded.find(query))
        print(f"  find {query!r:>9}:     {ms(time.perf_counter() - t0)}, {count:,} matches")


def in_a_child(text: str, queries: list[str]) -> None:
    try:
        from reader.ui.search_process import SearchProcess
    except ImportError:
        print("2. no search child in this tree")
        return
    print("2. the search's child")
    searcher = SearchProcess(text)
    try:
        t0 = time.perf_counter()
        first = searcher.find(queries[0])
        print(f"  start, send, fold, find {queries[0]!r}: {ms(time.perf_counter() - t0)}"
              f" ({len(first or ()):,} matches)")
        for query in queries:
            t0 = time.perf_counter()
            found = searcher.find(query)
            print(f"  find {query!r:>9} (folded): {ms(time.perf_counter() - t0)}, "
                  f"{len(found or ()):,} matches, {len(found or ()) * 8:,} bytes back")
    finally:
        searcher.stop()


def threshold(text: str, query: str) -> None:
    try:
        from reader.ui.search_process import SearchProcess
    except ImportError:
        return
    print(f"3. a cold count of {query!r}: in the thread against a fresh child")
    for size in (50_000, 200_000, 1_000_000):
        part = text[:size]
        t0 = time.perf_counter()
        here = len(FoldedText(part).find_all(query) or ())
        thread = time.perf_counter() - t0
        searcher = SearchProcess(part)
        t0 = time.perf_counter()
        there = len(searcher.find(query) or ())
        child = time.perf_counter() - t0
        searcher.stop()
        print(f"  {size:>9,} characters: thread {ms(thread)}, child {ms(child)} "
              f"({here:,} = {there:,} matches)")


async def in_the_reader(text: str, query: str, count: str) -> dict[str, object]:
    if count == "thread":  # every article counted in the worker's thread, as before
        searching.IN_PROCESS_BELOW = sys.maxsize  # type: ignore[misc]
    else:
        searching.IN_PROCESS_BELOW = 200_000  # type: ignore[misc]
    app = ReaderApp(parse_document(text, "throughput.txt"), find_entities=lambda _: [])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.reader
        await pilot.pause()
        refreshes: list[float] = []
        acted: list[float] = []
        refresh = screen._compositor_refresh

        def timed_refresh() -> None:
            refresh()
            refreshes.append(time.perf_counter())

        scroll = screen.article.action_scroll_lines

        def timed_scroll(lines: int) -> None:
            scroll(lines)
            acted.append(time.perf_counter())

        screen._compositor_refresh = timed_refresh  # type: ignore[method-assign]
        screen.article.action_scroll_lines = timed_scroll  # type: ignore[method-assign]

        def send(key: str, character: str | None) -> None:
            event = events.Key(key, character)
            event.set_sender(app)
            assert app._driver is not None
            app._driver.send_message(event)

        async def j() -> float:
            refreshes.clear()
            acted.clear()
            t0 = time.perf_counter()
            send("j", "j")
            while not (acted and refreshes and refreshes[-1] >= acted[0]):
                await asyncio.sleep(0)
            return next(t for t in refreshes if t >= acted[0]) - t0

        for key, character in (("slash", "/"), *((c, c) for c in query)):
            send(key, character)
            await asyncio.sleep(KEY_GAP)
        typed = time.perf_counter()
        send("enter", "\r")
        await asyncio.sleep(KEY_GAP)
        during: list[float] = []
        while screen.search is None:
            during.append(await j())
            await asyncio.sleep(KEY_GAP)
        shown = time.perf_counter() - typed
        after: list[float] = []
        for _ in range(20):
            after.append(await j())
            await asyncio.sleep(KEY_GAP)
        search = screen.search
        status = screen.status.rank
    return {"matches": len(search.matches), "shown": shown, "during": during,
            "after": after, "status": status,
            "offsets": [(s.start, s.end) for s in search.matches.within(0, 20_000)]}


def report(query: str, count: str, got: dict[str, object]) -> None:
    during = [float(x) for x in got["during"]]  # type: ignore[attr-defined]
    after = [float(x) for x in got["after"]]  # type: ignore[attr-defined]
    print(f"  {query!r} counted in the {count}: {got['matches']:,} matches, status "
          f"{got['status']}, shown {ms(float(got['shown']))} after the last letter")  # type: ignore[arg-type]
    if during:
        print(f"    j during the count: median {ms(statistics.median(during))}, "
              f"max {ms(max(during))} over {len(during)} presses")
    else:
        print("    j during the count: none (the count came first)")
    print(f"    j after it:         median {ms(statistics.median(after))}, "
          f"max {ms(max(after))} over {len(after)} presses")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", nargs="?", type=Path, default=THROUGHPUT)
    parser.add_argument("--queries", nargs="+", default=["مراكش", "ال"])
    parser.add_argument("--count", choices=("thread", "child", "both"), default="both")
    args = parser.parse_args()
    text = load_text(args.text)
    print(f"{args.text.name}: {len(text):,} characters, "
          f"{len(text.encode('utf-8')) / 1e6:.1f} MB; reader from {app_module.__file__}")
    print(f"load {load()} (start)")
    matcher(text, args.queries)
    in_a_child(text, args.queries)
    threshold(text, args.queries[-1])
    print("4. in the reader")
    ways = ("thread", "child") if args.count == "both" else (args.count,)
    found: dict[tuple[str, str], object] = {}
    for query in args.queries:
        for count in ways:
            got = asyncio.run(in_the_reader(text, query, count))
            report(query, count, got)
            found[query, count] = (got["matches"], got["offsets"])
        if len(ways) == 2:
            same = found[query, "thread"] == found[query, "child"]
            print(f"    the same matches (count, first offsets) both ways: {same}")
    print(f"load {load()} (end)")


if __name__ == "__main__":
    main()
