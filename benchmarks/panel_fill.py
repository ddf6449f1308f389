"""Time for the entity panel to fill on a 5 MB article, and the keys' latency meanwhile.

    .venv/bin/python benchmarks/panel_fill.py [TEXT] [--keys 20]

Headless (pilot) at 100x30, the real engine (a child process). From the app's start to
the panel's READY state; meanwhile `j` is pressed every 0.5 s and each press is timed
from `pilot.press` to its return (the key handled and the screen refreshed), against
the same presses after the panel filled, in the same run. Figures are printed, never
asserted; /proc/loadavg is printed too, the machine has 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path

from reader.text.document import parse_document
from reader.text.load import load_text
from reader.ui.app import ReaderApp
from reader.ui.widgets.entity_panel import PanelState

THROUGHPUT = Path(__file__).resolve().parents[2] / "shared/data/news-dev/throughput.txt"


def load() -> str:
    return Path("/proc/loadavg").read_text().strip()


async def measure(path: Path, keys: int) -> None:
    document = parse_document(load_text(path), path.name)
    app = ReaderApp(document)
    start = time.perf_counter()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.reader
        during: list[float] = []
        while screen.panel.state is PanelState.WORKING:
            t0 = time.perf_counter()
            await pilot.press("j")
            during.append(time.perf_counter() - t0)
            await pilot.pause(0.5)
        filled = time.perf_counter() - start
        state, entities = screen.panel.state.value, len(screen.entities)
        after: list[float] = []
        for _ in range(keys):
            t0 = time.perf_counter()
            await pilot.press("j")
            after.append(time.perf_counter() - t0)
            await pilot.pause(0.05)
    ms = [1000 * x for x in during]
    print(f"{path.name}: {len(document.text):,} characters, {entities:,} entities")
    print(f"  panel filled after {filled:.1f} s (state {state})")
    if ms:
        print(f"  j while the engine worked: median {statistics.median(ms):.1f} ms, "
              f"max {max(ms):.1f} ms over {len(ms)} presses")
    print(f"  j after it filled:         median {1000 * statistics.median(after):.1f} ms "
          f"(the baseline: pilot's own cost)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("text", nargs="?", type=Path, default=THROUGHPUT)
    parser.add_argument("--keys", type=int, default=20)
    args = parser.parse_args()
    print(f"machine: /proc/loadavg {load()} (before)")
    asyncio.run(measure(args.text, args.keys))
    print(f"machine: /proc/loadavg {load()} (after)")


if __name__ == "__main__":
    main()
