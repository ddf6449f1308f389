"""Search on a 5 MB article: the matcher alone, then the count in the reader while keys go on.

    .venv/bin/python benchmarks/search_count.py [TEXT] [--query مراكش]

First `FoldedText` (folding the whole text, once a screen) and `find` for a rare and a
common query, each timed alone. Then headless (pilot) at 100x30, no entity engine: `/`,
the query and enter, each key timed (a long article is counted once the typing pauses),
then `j` until the count is in, against the same presses after it came. Figures are
printed, never asserted; /proc/loadavg too (the machine has 2 cores).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path

from reader.text.document import parse_document
from reader.text.load import load_text
from reader.text.search import FoldedText
from reader.ui.app import ReaderApp

THROUGHPUT = Path(__file__).resolve().parents[2] / "shared/data/news-dev/throughput.txt"


def matcher(text: str, queries: list[str]) -> None:
    t0 = time.perf_counter()
    folded = FoldedText(text)
    print(f"  fold the text:      {1000 * (time.perf_counter() - t0):7.0f} ms")
    for query in queries:
        t0 = time.perf_counter()
        found = folded.find(query)
        print(f"  find {query!r:>12}: {1000 * (time.perf_counter() - t0):7.0f} ms, "
              f"{len(found):,} matches")


async def in_the_reader(text: str, query: str, name: str) -> None:
    app = ReaderApp(parse_document(text, name), find_entities=lambda _: [])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.reader
        await pilot.pause()
        typing: list[float] = []
        t0 = time.perf_counter()
        for key in ("slash", *query, "enter"):  # each letter starts a count in the worker
            k0 = time.perf_counter()
            await pilot.press(key)
            typing.append(time.perf_counter() - k0)
        during: list[float] = []
        while screen.search is None:
            k0 = time.perf_counter()
            await pilot.press("j")
            during.append(time.perf_counter() - k0)
            await pilot.pause(0.02)
        counted = time.perf_counter() - t0
        after: list[float] = []
        for _ in range(20):
            k0 = time.perf_counter()
            await pilot.press("j")
            after.append(time.perf_counter() - k0)
            await pilot.pause(0.02)
        matches = len(screen.search.matches)
    print(f"  in the reader: {matches:,} matches, counted {counted:.2f} s after `/`")
    print(f"  each key of `/{query}` and enter: median {1000 * statistics.median(typing):.1f} "
          f"ms, max {1000 * max(typing):.1f} ms (the first fold runs meanwhile)")
    if during:
        print(f"  j while counting: median {1000 * statistics.median(during):.1f} ms, "
              f"max {1000 * max(during):.1f} ms over {len(during)} presses")
    print(f"  j afterwards:     median {1000 * statistics.median(after):.1f} ms "
          "(pilot's own cost)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", nargs="?", type=Path, default=THROUGHPUT)
    parser.add_argument("--query", default="مراكش")
    args = parser.parse_args()
    text = load_text(args.text)
    print(f"{args.text.name}: {len(text):,} characters, "
          f"{len(text.encode('utf-8')) / 1e6:.1f} MB; load {Path('/proc/loadavg').read_text()}")
    matcher(text, [args.query, "ال"])
    asyncio.run(in_the_reader(text, args.query, args.text.name))


if __name__ == "__main__":
    main()
