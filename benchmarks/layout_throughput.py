"""Layout throughput on 5 MB of real news, cold caches, beside two references in one run.

    python benchmarks/layout_throughput.py [--width 80] [--text PATH] [--runs 3]

The text is `../shared/data/news-dev/throughput.txt` (real articles: 66,600 distinct
words in 480k, so a word cache hits as it would on a user's article). Each run of the
reader starts with every cache empty (layout, words, shaping, bidi classes) and lays out
every paragraph to lines with both maps. In the same run:

- `fribidi --nopad --width W` (Debian libfribidi-bin) on the same paragraphs: shapes,
  reorders and wraps in C (after reordering, the wrong order for a reader), no maps;
- `arabic_reshaper.reshape` + `bidi.get_display` on each paragraph: no wrapping, no maps.

Figures are printed (best of --runs, with the machine's load), never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import time
from pathlib import Path

from corpus import ROOT

from reader.text import bidi, levels, shaping
from reader.text.document import parse_document
from reader.text.layout import BidiMode, _cached, lay_out
from reader.text.load import load_text
from reader.text.words import shaped_word, word_units

THROUGHPUT = ROOT.parent / "shared" / "data" / "news-dev" / "throughput.txt"


def clear_caches() -> None:
    _cached.cache_clear()
    shaped_word.cache_clear()
    word_units.cache_clear()
    bidi.bidi_class.cache_clear()
    levels._CODES.clear()
    shaping._KIND.clear()
    shaping._CELLS.clear()


def reader_run(paragraphs: list[str], width: int) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, lines): on a shared machine CPU time is the steadier."""
    clear_caches()
    start, cpu = time.perf_counter(), time.process_time()
    lines = sum(len(lay_out(p, width, BidiMode.APP, True)) for p in paragraphs)
    return time.perf_counter() - start, time.process_time() - cpu, lines


def reshape_and_get_display(paragraphs: list[str]) -> tuple[float, float]:
    import arabic_reshaper
    from bidi import get_display

    start, cpu = time.perf_counter(), time.process_time()
    for paragraph in paragraphs:
        get_display(arabic_reshaper.reshape(paragraph))
    return time.perf_counter() - start, time.process_time() - cpu


def fribidi_run(fribidi: str, body: Path, width: int) -> float:
    start = time.perf_counter()
    subprocess.run([fribidi, "--nopad", "--width", str(width), str(body)],
                   stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=80)
    parser.add_argument("--text", type=Path, default=THROUGHPUT)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = load_text(args.text)
    document = parse_document(text, args.text.name)
    paragraphs = [p.text for p in ([document.title] if document.title else []) + list(
        document.body)]
    chars = sum(len(p) for p in paragraphs)
    print(f"text: {args.text} ({args.text.stat().st_size / 1e6:.1f} MB, {chars:,} characters, "
          f"{len(paragraphs):,} paragraphs, {len(set(text.split())):,} distinct words)")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} cores)")

    ours = [reader_run(paragraphs, args.width) for _ in range(args.runs)]
    best, best_cpu, lines = min(ours)
    print(f"reader layout, cold caches, lines and maps: {best:.2f} s, "
          f"{chars / best:,.0f} chars/s ({chars / best_cpu:,.0f} per CPU second), "
          f"{lines:,} lines at width {args.width} "
          f"(runs: {', '.join(f'{r[0]:.2f}' for r in ours)} s; target >= 600,000 chars/s)")

    theirs, theirs_cpu = min(reshape_and_get_display(paragraphs) for _ in range(args.runs))
    print(f"arabic_reshaper.reshape + bidi.get_display per paragraph: {theirs:.2f} s, "
          f"{chars / theirs:,.0f} chars/s ({chars / theirs_cpu:,.0f} per CPU second; "
          f"reader is {theirs / best:.2f}x its speed)")

    fribidi = shutil.which("fribidi")
    if not fribidi:
        print("fribidi: not installed (apt-get install libfribidi-bin)")
    else:
        body = ROOT / "benchmarks" / "out" / "throughput-body.txt"
        body.parent.mkdir(parents=True, exist_ok=True)
        body.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        c = min(fribidi_run(fribidi, body, args.width) for _ in range(args.runs))
        print(f"fribidi --nopad --width {args.width}: {c:.2f} s, {chars / c:,.0f} chars/s "
              f"(reader time / fribidi time: {best / c:.1f}x)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
