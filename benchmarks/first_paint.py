"""First painted screen in a real terminal (tmux): the reader with its panel, against a
one-line Textual app, and a 5 MB article.

    .venv/bin/python benchmarks/first_paint.py [--runs 5] [--size 100x30] [--interval 0.005]

Each run starts a fresh process in a tmux pane (`arabic-reader` as a user types it: the
bundled article, then `arabic-reader throughput.txt`, 5 MB of real news read from
../shared/data) and polls the pane (`capture-pane -p`, every --interval seconds) until
the whole first screen is there. For the reader that is the title (header row), the
body's first words, the panel's "working" note or its sections, and the footer; for the
minimal app, its one line. Time runs from asking tmux to start the process. Runs are
interleaved (reader, minimal, 5 MB, reader, ...) after one uncounted warm-up round;
figures are medians, each ratio with a 90% bootstrap interval (this machine's starts vary
by a third from run to run: give it --runs 21 or more). The polling interval bounds the
precision (one interval, plus a capture's own cost, a fraction of a millisecond). The
reader package is byte-compiled first, as an installed copy is (see
`tmux_screen.byte_compile_reader`).

"One frame": the gap between the first capture that showed the title and the first that
showed the body; 0 means they arrived in the same capture.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tmux_screen import (
    MINIMAL_APP,
    READER,
    THROUGHPUT,
    ControlClient,
    byte_compile_reader,
    logical_words,
    machine_line,
    shows_phrase,
    wait_for_parts,
)

from reader.resources import default_article
from reader.text.document import parse_document
from reader.text.load import load_text
from reader.ui.widgets.entity_panel import SECTIONS, WORKING

Parts = dict[str, Callable[[list[str]], bool]]


def reader_parts(path: Path) -> Parts:
    """What the reader's first screen must show for `path`."""
    document = parse_document(load_text(path), path.name)
    assert document.title is not None and document.body
    title = logical_words(document.title.text)[:3]
    body = logical_words(document.body[0].text)[:3]
    working = logical_words(WORKING)[:2]
    heading = logical_words(SECTIONS[0][1])
    return {
        "title": lambda rows: shows_phrase(rows[:2], title),
        "body": lambda rows: shows_phrase(rows[1:], body),
        "panel": lambda rows: shows_phrase(rows, working) or shows_phrase(rows, heading),
        "footer": lambda rows: "Quit" in rows[-1],
    }


MINIMAL_PARTS: Parts = {"line": lambda rows: any("one line" in row for row in rows)}


FIRST_SCREEN = ("title", "body", "panel")
"""The reader's first screen as issue 6 defines it; the footer is reported beside it."""


def one_run(client: ControlClient, argv: list[str], parts: Parts, interval: float
            ) -> dict[str, float]:
    start = client.run(argv)
    arrival = wait_for_parts(client, start, parts, interval=interval)
    client.idle()
    time.sleep(0.3)  # let the machine settle (the engine's child, tmux) before the next run
    times = arrival.times
    result = dict(times)
    awaited = [part for part in FIRST_SCREEN if part in times] or list(parts)
    result["first_screen"] = max(times[part] for part in awaited)
    result["complete"] = max(times[part] for part in parts)
    result["screens"] = arrival.screens
    return result


def runs_ms(runs: list[dict[str, float]], part: str) -> str:
    return ", ".join(f"{run[part] * 1000:.0f}" for run in runs)


def ratio_interval(runs: list[float], baseline: list[float], rounds: int = 2000
                   ) -> tuple[float, float]:
    """A 90% bootstrap interval of median(runs) / median(baseline): on a machine whose
    starts vary by a third from one run to the next, how far the printed ratio can be
    trusted. Seeded, so the same runs print the same interval."""
    draw = random.Random(0).choices
    ratios = sorted(
        statistics.median(draw(runs, k=len(runs)))
        / statistics.median(draw(baseline, k=len(baseline)))
        for _ in range(rounds)
    )
    return ratios[rounds // 20], ratios[rounds - 1 - rounds // 20]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="100x30")
    parser.add_argument("--interval", type=float, default=0.005)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    bundled = default_article()
    minimal_script = Path(tempfile.mkdtemp(prefix="bench-minimal-")) / "minimal.py"
    minimal_script.write_text(MINIMAL_APP)
    cases = {
        "bundled": ([READER], reader_parts(bundled)),
        "minimal": ([sys.executable, str(minimal_script)], MINIMAL_PARTS),
        "5mb": ([READER, str(THROUGHPUT)], reader_parts(THROUGHPUT)),
    }
    print(byte_compile_reader())
    print(machine_line() + "  (before)")
    print(f"tmux {width}x{height}, poll every {args.interval * 1000:.0f} ms, "
          f"{args.runs} runs each, interleaved, after 1 warm-up round")
    results: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
    with ControlClient(width, height) as client:
        for round_number in range(args.runs + 1):
            for name, (argv, parts) in cases.items():
                run = one_run(client, argv, parts, args.interval)
                if round_number:
                    results[name].append(run)
    print(machine_line() + "  (after)")

    def median(name: str, part: str) -> float:
        return statistics.median(run[part] for run in results[name])

    minimal = median("minimal", "complete")
    figures: dict[str, object] = {"minimal_first_screen_ms": round(minimal * 1000, 1)}
    print(f"\nminimal Textual app, its line on screen: {minimal * 1000:7.1f} ms "
          f"(runs: {runs_ms(results['minimal'], 'complete')})")
    for name, label in (("bundled", "bundled article"), ("5mb", "5 MB article")):
        runs = results[name]
        first = median(name, "first_screen")
        footer = median(name, "complete")
        gaps = [(run["body"] - run["title"]) * 1000 for run in runs]
        low, high = ratio_interval([run["first_screen"] for run in runs],
                                   [run["complete"] for run in results["minimal"]])
        target = "; target <= 1.15x" if name == "bundled" else ""  # issue 6: the bundled one
        print(f"{label}: title + body + panel on screen {first * 1000:7.1f} ms  "
              f"({first / minimal:.2f}x minimal, 90% interval {low:.2f}-{high:.2f}"
              f"{target})  (runs: {runs_ms(runs, 'first_screen')})")
        print(f"    with the footer too:  {footer * 1000:7.1f} ms  ({footer / minimal:.2f}x "
              f"minimal)  (runs: {runs_ms(runs, 'complete')})")
        print("    first seen (median ms): " + ", ".join(
            f"{part} {median(name, part) * 1000:.1f}"
            for part in ("painted", "title", "body", "panel", "footer")))
        print(f"    title -> body gap per run (ms): {', '.join(f'{g:.1f}' for g in gaps)}; "
              f"same capture in {sum(1 for g in gaps if g == 0)}/{len(gaps)} runs")
        print(f"    distinct screens until complete (footer included), per run: "
              f"{', '.join(str(int(run['screens'])) for run in runs)} (1 = one frame)")
        figures[name] = {
            "first_screen_ms": round(first * 1000, 1),
            "vs_minimal": round(first / minimal, 2),
            "vs_minimal_90pct_interval": [round(low, 2), round(high, 2)],
            "with_footer_ms": round(footer * 1000, 1),
            "with_footer_vs_minimal": round(footer / minimal, 2),
            "title_body_gap_ms": [round(g, 1) for g in gaps],
            "screens_until_complete": [int(run["screens"]) for run in runs],
        }
    big = median("5mb", "first_screen")
    print(f"5 MB vs bundled (title + body + panel): "
          f"{big / median('bundled', 'first_screen'):.2f}x")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
