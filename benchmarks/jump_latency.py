"""Jump key (`p`, next person) to repainted screen: in tmux, and inside the process (pilot).

    .venv/bin/python benchmarks/jump_latency.py [--jumps 20] [--size 100x30]

Two articles: the bundled one and throughput.txt (5 MB of real news, read from
../shared/data). Each article gets a fresh reader process for each of the two ways of
measuring, so every layout cache starts cold; the jumps start once the panel is filled.

tmux: `p` goes in with `send-keys` over the control client; the pane is polled every
--interval seconds until the status line shows a new `i/n`. The time runs from just
before send-keys to the first capture showing it, so it holds tmux's own delivery and
parsing, and the polling granularity (one interval plus about 0.2 ms a capture): figures
below about 3 ms are not resolved.

pilot (headless, same size): from `pilot.press("p")` to the end of the first screen
refresh (compositor update) made after the jump; no terminal output, no polling.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from tmux_screen import (
    READER,
    STATUS_RANK,
    THROUGHPUT,
    ControlClient,
    logical_words,
    machine_line,
    percentile,
    shows_phrase,
    wait_for_parts,
)

from reader.resources import default_article
from reader.ui.widgets.entity_panel import SECTIONS

PILOT = """
import asyncio, json, sys, time
from reader.text.document import parse_document
from reader.text.load import load_text
from reader.ui.app import ReaderApp
from reader.ui.widgets.entity_panel import PanelState

async def main(path, jumps, width, height):
    app = ReaderApp(parse_document(load_text(path), path))
    started = time.perf_counter()
    async with app.run_test(size=(width, height)) as pilot:
        screen = app.reader
        refreshes = []
        original = screen._compositor_refresh
        def timed_refresh():
            original()
            refreshes.append((time.perf_counter(), screen.current))
        screen._compositor_refresh = timed_refresh
        while screen.panel.state is PanelState.WORKING:
            await asyncio.sleep(0.02)
        ready = time.perf_counter() - started
        await pilot.pause()
        latencies, ranks = [], []
        for _ in range(jumps):
            before = screen.current
            refreshes.clear()
            t0 = time.perf_counter()
            await pilot.press("p")
            while not any(span != before for _, span in refreshes):
                await asyncio.sleep(0)
            end = next(t for t, span in refreshes if span != before)
            latencies.append(end - t0)
            ranks.append(screen.status.rank)
            await pilot.pause(0.05)
    print(json.dumps({"ready_s": ready, "latencies": latencies, "ranks": ranks}))

asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
"""


def tmux_jumps(client: ControlClient, article: Path | None, jumps: int, interval: float
               ) -> dict[str, object]:
    argv = [READER] if article is None else [READER, str(article)]
    # The first heading with its count, "(12) الأشخاص": the working note, wrapped, can
    # show the word alone on a row.
    heading = logical_words(SECTIONS[0][1])

    def filled(rows: list[str]) -> bool:
        return any(re.search(r"\(\d+\)", row) and shows_phrase([row], heading) for row in rows)

    start = client.run(argv)
    ready = wait_for_parts(client, start, {"panel": filled}, interval=0.05,
                           timeout=900).times["panel"]
    time.sleep(0.5)
    status_row = client.size[1] - 2
    changed, shown, ranks = [], [], []
    for _ in range(jumps):
        before = client.screen()
        t0 = client.send("p")
        first_change = None
        while True:
            rows = client.screen()
            now = time.perf_counter() - t0
            if first_change is None and rows != before:
                first_change = now
            status = rows[status_row]
            if status != before[status_row] and STATUS_RANK.search(status):
                break
            if now > 10:
                raise TimeoutError("the status line never showed a new i/n:\n" + status)
            time.sleep(interval)
        changed.append(first_change if first_change is not None else now)
        shown.append(now)
        match = STATUS_RANK.search(rows[status_row])
        ranks.append(match.group(0) if match else "?")
        time.sleep(0.15)
    client.idle()
    return {"ready_s": ready, "changed": changed, "shown": shown, "ranks": ranks}


def pilot_jumps(article: Path, jumps: int, size: tuple[int, int]) -> dict[str, object]:
    env = {**os.environ, "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="bench-xdg-")}
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PILOT), str(article), str(jumps), *map(str, size)],
        env=env, capture_output=True, text=True, check=True, timeout=900)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def ms(values: object) -> tuple[float, float, float]:
    """(median, p90, max) in ms."""
    seconds = [float(v) for v in values]  # type: ignore[attr-defined]
    return (statistics.median(seconds) * 1000, percentile(seconds, 0.9) * 1000,
            max(seconds) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jumps", type=int, default=20)
    parser.add_argument("--size", default="100x30")
    parser.add_argument("--interval", type=float, default=0.001)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    articles = {"bundled article": default_article(), "5 MB article": THROUGHPUT}
    print(machine_line() + "  (before)")
    print(f"tmux and pilot at {width}x{height}, {args.jumps} jumps with p, "
          f"tmux polled every {args.interval * 1000:.0f} ms")
    figures: dict[str, object] = {}
    with ControlClient(width, height) as client:
        for label, path in articles.items():
            in_tmux = tmux_jumps(client, None if label.startswith("bundled") else path,
                                 args.jumps, args.interval)
            time.sleep(0.5)
            in_pilot = pilot_jumps(path, args.jumps, (width, height))
            shown, changed, pilot = (ms(in_tmux["shown"]), ms(in_tmux["changed"]),
                                     ms(in_pilot["latencies"]))
            print(f"\n{label} (panel filled after {float(in_tmux['ready_s']):.1f} s in tmux, "
                  f"{float(in_pilot['ready_s']):.1f} s under pilot)")
            print(f"  tmux, p -> status shows new i/n: median {shown[0]:6.1f} ms, "
                  f"p90 {shown[1]:6.1f} ms, max {shown[2]:6.1f} ms  (target <= 16 ms)")
            print(f"  tmux, p -> first changed capture: median {changed[0]:6.1f} ms, "
                  f"p90 {changed[1]:6.1f} ms")
            print(f"  pilot, press -> end of refresh:  median {pilot[0]:6.1f} ms, "
                  f"p90 {pilot[1]:6.1f} ms, max {pilot[2]:6.1f} ms")
            print(f"  first jump: tmux {float(in_tmux['shown'][0]) * 1000:.1f} ms, "  # type: ignore[index]
                  f"pilot {float(in_pilot['latencies'][0]) * 1000:.1f} ms; "  # type: ignore[index]
                  f"ranks seen: {' '.join(in_tmux['ranks'])}")  # type: ignore[arg-type]
            figures[label] = {
                "tmux_shown_ms": {"median": round(shown[0], 1), "p90": round(shown[1], 1)},
                "tmux_changed_ms": {"median": round(changed[0], 1),
                                    "p90": round(changed[1], 1)},
                "pilot_refresh_ms": {"median": round(pilot[0], 1), "p90": round(pilot[1], 1)},
            }
    print("\n" + machine_line() + "  (after)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
