"""Throughput of extract() and of `arabic-reader extract` on 5 MB of real news.

Usage: python -m benchmarks.entities_throughput [TEXT]
(default ../shared/data/news-dev/throughput.txt: 1,722 real articles, none of them
news-dev's). Prints the import and load time, tokens per second of extract() on 10 %,
25 %, 50 % and 100 % of the text (cost should be linear), and the wall time of the
command line end to end on the whole file, with the cost of starting Python on an empty
file taken out as well as in. One core, one process. Never asserts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TEXT = REPO.parent / "shared" / "data" / "news-dev" / "throughput.txt"
FRACTIONS = (0.10, 0.25, 0.50, 1.00)


def word_tokens(text: str) -> int:
    """Word tokens as the engine counts them (punctuation left out)."""
    from reader.entities.tokens import tokenize

    return sum(1 for t in tokenize(text).texts if t[0].isalnum())


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else DEFAULT_TEXT
    text = path.read_text(encoding="utf-8")

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
    print(
        "first extract() on one sentence (loads engine, gazetteer, model): "
        f"{(time.perf_counter() - started) * 1000:.1f} ms"
    )
    n_all = word_tokens(text)
    print(f"text: {path.name}, {len(text.encode('utf-8')) / 1e6:.1f} MB, {n_all:,} word tokens")
    for fraction in FRACTIONS:
        # Cut at a paragraph break so no article is split mid-sentence.
        cut = text.rfind("\n", 0, int(len(text) * fraction)) + 1 if fraction < 1 else len(text)
        part = text[:cut]
        n_tokens = word_tokens(part)
        started = time.perf_counter()
        entities = extract(part)
        elapsed = time.perf_counter() - started
        n_mentions = sum(len(e.mentions) for e in entities)
        print(
            f"extract() on {fraction:>4.0%}: {n_tokens:>9,} tokens  {elapsed:6.2f} s  "
            f"{n_tokens / elapsed:>9,.0f} tokens/s  ({len(entities):,} entities, "
            f"{n_mentions:,} mentions)"
        )

    cli = [sys.executable, "-m", "reader.cli", "extract"]
    if (REPO / ".venv" / "bin" / "arabic-reader").exists():
        cli = [str(REPO / ".venv" / "bin" / "arabic-reader"), "extract"]
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("نص\n", encoding="utf-8")
        base = _wall(cli + [str(empty)])
        whole = _wall(cli + [str(path)])
    print(
        f"`arabic-reader extract` on the whole file: {whole:.2f} s wall, "
        f"{n_all / whole:,.0f} tokens/s end to end; "
        f"{n_all / (whole - base):,.0f} tokens/s without the {base:.2f} s start-up"
    )


def _wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL, env={**os.environ})
    return time.perf_counter() - started


if __name__ == "__main__":
    main(sys.argv[1:])
