"""Throughput of extract() on a ~5 MB text made of real corpus sentences, and load time.

Usage: python -m benchmarks.entities_throughput [MEGABYTES]
The text is the same book-sized article as the reader's benchmarks (benchmarks/corpus.py:
ANERcorp sentences regrouped into paragraphs, walked again in a new order to reach the size).
Prints tokens per second (one core, one process) and the model's load time. Never asserts.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import big_article

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0

    # Import cost in a fresh interpreter (this one has already imported benchmarks.*).
    probe = "import time; t = time.perf_counter(); import reader.entities; "
    probe += "print((time.perf_counter() - t) * 1000)"
    fresh = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    print(f"import reader.entities (fresh interpreter): {float(fresh.stdout):.1f} ms")

    from reader.entities import extract

    started = time.perf_counter()
    extract("وصل أنتوني بلينكن إلى مراكش أمس.")
    first_s = time.perf_counter() - started
    print(
        f"first extract() on one sentence (loads engine, gazetteer, model): {first_s * 1000:.1f} ms"
    )
    from reader.entities.tokens import tokenize

    text = big_article(int(megabytes * 1024 * 1024))
    n_tokens = sum(1 for t in tokenize(text) if t.text[0].isalnum())

    started = time.perf_counter()
    entities = extract(text)
    elapsed = time.perf_counter() - started
    n_mentions = sum(len(e.mentions) for e in entities)
    print(
        f"text: {len(text.encode('utf-8')) / 1e6:.1f} MB, {len(text):,} characters, "
        f"{n_tokens:,} word tokens"
    )
    print(
        f"extract(): {elapsed:.2f} s, {n_tokens / elapsed:,.0f} tokens/s, "
        f"{len(entities):,} entities, {n_mentions:,} mentions"
    )


if __name__ == "__main__":
    main()
