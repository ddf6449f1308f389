"""Start-up to the first painted screen, re-layout on resize, and peak memory.

    python benchmarks/startup.py [--runs 5]

Each case runs in a fresh process (imports included, as a user starting the reader
pays them) with Textual headless at 80x24; the process exits right after its first
screen is painted. Figures are medians of --runs runs, printed with ratios against a
minimal Textual app that paints one line, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import textwrap

from corpus import ROOT, write_big_article
from tmux_screen import byte_compile_reader

MINIMAL = """
import time; t0 = time.perf_counter()
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("one line")
    def on_mount(self):
        self.call_after_refresh(self.exit)
Minimal().run(headless=True, size=(80, 24))
import resource; print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

READER = """
import sys, time; t0 = time.perf_counter()
from reader.text.document import parse_document
from reader.text.load import load_text
from reader.ui.app import ReaderApp
class FirstScreen(ReaderApp):
    def on_mount(self):
        self.call_after_refresh(self.exit)
path = sys.argv[1]
FirstScreen(parse_document(load_text(path), path)).run(headless=True, size=(80, 24))
import resource; print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

RESIZE = """
import asyncio, sys, time
from reader.text.document import parse_document
from reader.text.load import load_text
from reader.ui.app import ReaderApp
async def main():
    path = sys.argv[1]
    app = ReaderApp(parse_document(load_text(path), path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space", "space")
        await pilot.pause()
        times = []
        for width in (100, 61, 120, 79, 90):
            t0 = time.perf_counter()
            await pilot.resize_terminal(width, 30)
            await pilot.pause()
            times.append(time.perf_counter() - t0)
    print(sorted(times)[len(times) // 2])
asyncio.run(main())
"""


def timed(code: str, *args: str) -> tuple[float, int]:
    """(seconds to first screen, peak RSS in KiB), as the child process reports them."""
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none", "XDG_CONFIG_HOME": "/tmp/bench-config"}
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                         capture_output=True, text=True, check=True, timeout=300)
    seconds, rss = out.stdout.strip().splitlines()[-1].split()
    return float(seconds), int(rss)


def median_of(runs: int, code: str, *args: str) -> tuple[float, int]:
    results = [timed(code, *args) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(byte_compile_reader())  # the minimal app's Textual is compiled too
    seed = next((ROOT / "seeds").glob("*.txt"))
    big = write_big_article(ROOT / "benchmarks" / "out" / "big.txt")

    minimal, minimal_rss = median_of(args.runs, MINIMAL)
    bundled, bundled_rss = median_of(args.runs, READER, str(seed))
    large, large_rss = median_of(args.runs, READER, str(big))
    resize = float(subprocess.run([sys.executable, "-c", RESIZE, str(big)], capture_output=True,
                                  text=True, check=True, timeout=300).stdout.split()[-1])
    figures = {
        "minimal_app_first_screen_s": round(minimal, 3),
        "bundled_article_first_screen_s": round(bundled, 3),
        "bundled_vs_minimal": round(bundled / minimal, 2),
        "5mb_first_screen_s": round(large, 3),
        "5mb_vs_bundled": round(large / bundled, 2),
        "5mb_resize_relayout_s": round(resize, 4),
        "peak_rss_mb": {
            "minimal": round(minimal_rss / 1024, 1),
            "bundled": round(bundled_rss / 1024, 1),
            "5mb": round(large_rss / 1024, 1),
        },
    }
    print(f"minimal Textual app, first screen:  {minimal * 1000:7.0f} ms")
    print(f"bundled article, first screen:      {bundled * 1000:7.0f} ms  "
          f"({bundled / minimal:.2f}x minimal; target <= 1.3x)")
    print(f"5 MB article ({big.stat().st_size / 1e6:.1f} MB), first screen: {large * 1000:7.0f} ms"
          f"  ({large / bundled:.2f}x bundled; target <= 1.5x)")
    print(f"5 MB article, resize re-layout of the visible screen (median of 5): "
          f"{resize * 1000:.1f} ms")
    print("peak RSS: minimal {minimal} MB, bundled {bundled} MB, 5 MB article {5mb} MB".format(
        **figures["peak_rss_mb"]))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
