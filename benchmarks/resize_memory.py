"""A 50 MB article: re-layout of the visible screen on resize, and peak memory.

    python benchmarks/resize_memory.py [--copies 10]

The article is `throughput.txt` (5 MB of news) repeated --copies times. Printed:

- the re-layout a resize costs, as the article view does it (a new `LineIndex` for the
  width, the top paragraph and offset found again, a screen above and two below laid
  out), median over a run of widths; target <= 50 ms;
- the same through Textual's pilot: an App holding one ArticleView, resized, to the
  next repainted frame (Textual's own compositing included);
- peak Python memory (tracemalloc) of loading, splitting, indexing and laying out a
  screen and a resize, against the size of the text in Python; target <= 3x.

Figures are printed with the machine's load, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from corpus import ROOT

from reader.text.document import parse_document
from reader.text.line_index import LineIndex
from reader.text.load import load_text

THROUGHPUT = ROOT.parent / "shared" / "data" / "news-dev" / "throughput.txt"
WIDTHS = (100, 61, 120, 79, 90, 40, 80)


def article(copies: int) -> Path:
    path = ROOT / "benchmarks" / "out" / f"{copies * 5}mb.txt"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        text = THROUGHPUT.read_text(encoding="utf-8")
        path.write_text(text + ("\n" + text) * (copies - 1), encoding="utf-8")
    return path


def relayout(texts: tuple[str, ...], width: int, anchor: tuple[int, int], page: int) -> int:
    """What ArticleView._relayout and _settle do for one resize; returns the top row."""
    index = LineIndex(texts, width)
    row = index.row_of(*anchor)
    paragraph, line = index.locate(row)
    above, rows = paragraph - 1, 0
    while above >= 0 and rows < page:
        index.lines(above)
        rows += index.row_count(above)
        above -= 1
    below, rows = paragraph, -line
    while below < len(texts) and rows < 2 * page:
        index.lines(below)
        rows += index.row_count(below)
        below += 1
    top = index.row_of(*anchor)
    assert index.position_at(top, anchor) == anchor
    _ = index.height
    return top


async def pilot_resizes(paragraphs: tuple, anchor_paragraph: int) -> list[float]:
    from textual.app import App, ComposeResult

    from reader.ui.widgets.article_view import ArticleView, ReadingPosition

    class OneView(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticleView(paragraphs)

    app = OneView()
    times = []
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        view.scroll_to_position(ReadingPosition(anchor_paragraph, 0))
        await pilot.pause()
        for width in WIDTHS:
            start = time.perf_counter()
            await pilot.resize_terminal(width, 30)
            await pilot.pause()
            times.append(time.perf_counter() - start)
        assert view.top_position == ReadingPosition(anchor_paragraph, 0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    path = article(args.copies)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} cores)")

    gc.collect()
    tracemalloc.start()
    text = load_text(path)
    loaded, load_peak = tracemalloc.get_traced_memory()
    document = parse_document(text, path.name)
    texts = tuple(p.text for p in document.body)
    split, _ = tracemalloc.get_traced_memory()
    anchor = (len(texts) // 2, 0)
    relayout(texts, 80, anchor, 24)
    relayout(texts, 100, anchor, 30)
    laid_out, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = sys.getsizeof(text)
    print(f"article: {path.stat().st_size / 1e6:.0f} MB on disk, {len(text):,} characters, "
          f"{size / 1e6:.0f} MB as a Python str, {len(texts):,} paragraphs")
    print(f"peak Python memory (load, split, index, a screen, a resize): {peak / 1e6:.0f} MB, "
          f"{peak / size:.2f}x the text (target <= 3x)")
    print(f"  loading alone: {load_peak / 1e6:.0f} MB at its peak ({load_peak / size:.2f}x); "
          f"the paragraphs kept beside the text: {(split - loaded) / 1e6:.0f} MB; "
          f"index and layout after a resize: {(laid_out - split) / 1e6:.0f} MB")

    times = []
    for width in WIDTHS:
        start = time.perf_counter()
        relayout(texts, width, anchor, 30)
        times.append(time.perf_counter() - start)
    print(f"resize re-layout of the visible screen (core): median "
          f"{statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
          f"over widths {WIDTHS} (target <= 50 ms)")

    pilot = asyncio.run(pilot_resizes(document.body, len(texts) // 2))
    print(f"resize to repainted frame (pilot, one ArticleView): median "
          f"{statistics.median(pilot) * 1000:.1f} ms, max {max(pilot) * 1000:.1f} ms")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
