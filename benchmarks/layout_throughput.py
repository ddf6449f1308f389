"""Layout throughput on a 5 MB article: characters per second, against fribidi.

    python benchmarks/layout_throughput.py [--width 80]

fribidi (Debian libfribidi-bin) is run as `fribidi --nopad --width W` on the same text:
it reorders and wraps in C (wrapping after reordering, which is the wrong order for a
reader, but it is the reference speed for the job). Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import time
from pathlib import Path

from corpus import ROOT, write_big_article

from reader.text.document import parse_document
from reader.text.layout import _cached, layout_paragraph
from reader.text.load import load_text
from reader.text.shaping import shape_text
from reader.text.words import shaped_word


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=80)
    args = parser.parse_args()
    path = write_big_article(ROOT / "benchmarks" / "out" / "big.txt")
    text = load_text(path)
    document = parse_document(text, path.name)
    paragraphs = [p.text for p in document.body]
    chars = sum(len(p) for p in paragraphs)
    print(f"text: {path} ({path.stat().st_size / 1e6:.1f} MB, {chars:,} characters, "
          f"{len(paragraphs):,} paragraphs)")

    _cached.cache_clear()
    shape_text.cache_clear()
    shaped_word.cache_clear()
    start = time.perf_counter()
    lines = sum(len(layout_paragraph(p, args.width)) for p in paragraphs)
    ours = time.perf_counter() - start
    print(f"reader layout (cold caches): {ours:.2f} s, {chars / ours:,.0f} chars/s, "
          f"{lines:,} lines at width {args.width}")

    fribidi = shutil.which("fribidi")
    if not fribidi:
        print("fribidi: not installed (apt-get install libfribidi-bin)")
        return
    body = Path(ROOT / "benchmarks" / "out" / "body.txt")
    body.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([fribidi, "--nopad", "--width", str(args.width), str(body)],
                   stdout=subprocess.DEVNULL, check=True)
    theirs = time.perf_counter() - start
    print(f"fribidi --nopad --width {args.width}: {theirs:.2f} s, {chars / theirs:,.0f} chars/s")
    print(f"ratio (reader time / fribidi time): {ours / theirs:.1f}x")


if __name__ == "__main__":
    main()
