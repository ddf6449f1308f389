"""`arabic-reader cat` streams: first line, whole output, memory, and `| head -1`.

    python benchmarks/cat_streaming.py [--runs 9]

Each case is a fresh `python -m reader cat FILE --width 80` (imports included). Printed:
the time to the first line on stdout for the bundled article and for 5 MB of news
(`throughput.txt`; target: within 1.5x the bundled one), the time of the whole output,
100,000 short lines, peak RSS at 5 MB and at 50 MB (flat: it should grow by about the
text's own size), and what a reader that stops after one line (`head -1`) sees: exit
status, stderr, time to exit. Figures are printed with the machine's load, not asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from corpus import ROOT

THROUGHPUT = ROOT.parent / "shared" / "data" / "news-dev" / "throughput.txt"
OUT = ROOT / "benchmarks" / "out"


def _command(path: Path) -> list[str]:
    return [sys.executable, "-m", "reader", "cat", str(path), "--width", "80"]


def first_line(path: Path) -> tuple[float, float, int, bytes]:
    """(seconds to the first line, seconds to exit once the pipe is closed, exit status,
    stderr) with stdout closed after one line, as `head -1` does."""
    start = time.perf_counter()
    process = subprocess.Popen(_command(path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    got = time.perf_counter() - start
    process.stdout.close()
    err = process.stderr.read()
    status = process.wait()
    return got, time.perf_counter() - start - got, status, err


def whole(path: Path) -> tuple[float, float]:
    """(seconds for the whole output to /dev/null, peak RSS in MB)."""
    start = time.perf_counter()
    process = subprocess.Popen(_command(path), stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        print(f"  ({path.name}: wait status {status})")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def big_file(name: str, copies: int) -> Path:
    path = OUT / name
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        text = THROUGHPUT.read_text(encoding="utf-8")
        path.write_text(text + ("\n" + text) * (copies - 1), encoding="utf-8")
    return path


def short_lines(count: int = 100_000) -> Path:
    path = OUT / "short-lines.txt"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        words = THROUGHPUT.read_text(encoding="utf-8").split()
        lines = [" ".join(words[k:k + 4]) for k in range(0, 4 * count, 4)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    seed = next((ROOT / "seeds").glob("*.txt"))
    fifty = big_file("50mb.txt", 10)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} cores)")

    # Alternated, so that a change in the machine's load falls on both alike.
    bundled, large = [], []
    for _ in range(args.runs):
        bundled.append(first_line(seed))
        large.append(first_line(THROUGHPUT))
    b = statistics.median(r[0] for r in bundled)
    g = statistics.median(r[0] for r in large)
    print(f"first line, bundled article: {b * 1000:.0f} ms (median of {args.runs})")
    print(f"first line, 5 MB of news:    {g * 1000:.0f} ms ({g / b:.2f}x bundled; "
          f"target <= 1.5x)")
    exits = {r[2] for r in bundled + large}
    errors = {r[3] for r in bundled + large}
    slowest_exit = max(r[1] for r in bundled + large)
    print(f"| head -1: exit status {sorted(exits)}, stderr {'empty' if errors == {b''} else errors}"
          f", exit {slowest_exit * 1000:.0f} ms at most after the pipe closed")

    seconds, rss5 = whole(THROUGHPUT)
    print(f"whole output, 5 MB: {seconds:.2f} s, peak RSS {rss5:.0f} MB")
    seconds, rss50 = whole(fifty)
    print(f"whole output, 50 MB ({fifty.stat().st_size / 1e6:.0f} MB): {seconds:.2f} s, "
          f"peak RSS {rss50:.0f} MB ({rss50 - rss5:.0f} MB more for "
          f"{(fifty.stat().st_size - THROUGHPUT.stat().st_size) / 1e6:.0f} MB more text)")
    seconds, _ = whole(short_lines())
    print(f"100,000 short lines: {seconds:.2f} s")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
