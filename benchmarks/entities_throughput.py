"""Throughput of extract() and of `arabic-reader extract` on 5 MB of real news.

Usage: python -m benchmarks.entities_throughput [TEXT]
(default ../shared/data/news-dev/throughput.txt: 1,722 real articles, none of them
news-dev's). Prints the import and load time, tokens per second of extract() on 10 %,
25 %, 50 % and 100 % of the text, each in a fresh interpreter so that no per-word cache
is warm (cost should be linear), and the wall time of the
command line end to end on the whole file, with the cost of starting Python on an empty
file taken out as well as in. One core, one process. Beside each wall time, the CPU time
of the process that did the work (on a shared machine the wall time counts other
programs' turns too) and the load average. The reader package is byte-compiled first, as
an installed copy is. Never asserts.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TEXT = REPO.parent / "shared" / "data" / "news-dev" / "throughput.txt"
FRACTIONS = (0.10, 0.25, 0.50, 1.00)
# One timed extract() on the first FRACTION of TEXT, cut at a line break, the engine loaded
# first; prints tokens, seconds, entities, mentions.
_ONE_RUN = """
import sys, time
from reader.entities import extract
from reader.entities.tokens import tokenize
path, fraction = sys.argv[1], float(sys.argv[2])
text = open(path, encoding="utf-8").read()
if fraction < 1:
    text = text[: text.rfind("\\n", 0, int(len(text) * fraction)) + 1]
extract("وصل أنتوني بلينكن إلى مراكش أمس.")
tokens = sum(1 for t in tokenize(text).texts if t[0].isalnum())
started, cpu = time.perf_counter(), time.process_time()
entities = extract(text)
elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
print(tokens, elapsed, cpu, len(entities), sum(len(e.mentions) for e in entities))
"""


def word_tokens(text: str) -> int:
    """Word tokens as the engine counts them (punctuation left out)."""
    from reader.entities.tokens import tokenize

    return sum(1 for t in tokenize(text).texts if t[0].isalnum())


def main(argv: list[str]) -> None:
    from benchmarks.tmux_screen import byte_compile_reader

    path = Path(argv[0]) if argv else DEFAULT_TEXT
    text = path.read_text(encoding="utf-8")
    # As an installed copy is: with PYTHONDONTWRITEBYTECODE set and no cache, each start
    # below would compile the package from source, which no user's start does.
    print(byte_compile_reader())
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))

    # Import cost in a fresh interpreter (this one has already imported benchmarks.*).
    probe = "import time; t = time.perf_counter(); import reader.entities; "
    probe += "print((time.perf_counter() - t) * 1000)"
    fresh = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    print(f"import reader.entities (fresh interpreter): {float(fresh.stdout):.1f} ms")

    from reader.entities import extract

    started, cpu = time.perf_counter(), time.process_time()
    extract("وصل أنتوني بلينكن إلى مراكش أمس.")
    print(
        "first extract() on one sentence (loads engine, gazetteer, model): "
        f"{(time.perf_counter() - started) * 1000:.1f} ms wall, "
        f"{(time.process_time() - cpu) * 1000:.1f} ms CPU"
    )
    n_all = word_tokens(text)
    print(f"text: {path.name}, {len(text.encode('utf-8')) / 1e6:.1f} MB, {n_all:,} word tokens")
    # Each fraction in a fresh interpreter: per-word caches start empty, as for a reader
    # opening one article (a warm cache would flatter the later, larger fractions).
    for fraction in FRACTIONS:
        got = subprocess.run(
            [sys.executable, "-c", _ONE_RUN, str(path), str(fraction)],
            capture_output=True, text=True, cwd=REPO, check=True,
        )  # fmt: skip
        n_tokens, elapsed, cpu, n_entities, n_mentions = got.stdout.split()
        print(
            f"extract() on {fraction:>4.0%}: {int(n_tokens):>9,} tokens  {float(elapsed):6.2f} s  "
            f"{int(n_tokens) / float(elapsed):>9,.0f} tokens/s  (CPU {float(cpu):.2f} s, "
            f"{int(n_tokens) / float(cpu):,.0f} tokens/s; {int(n_entities):,} entities, "
            f"{int(n_mentions):,} mentions)"
        )

    cli = [sys.executable, "-m", "reader", "extract"]
    if (REPO / ".venv" / "bin" / "arabic-reader").exists():
        cli = [str(REPO / ".venv" / "bin" / "arabic-reader"), "extract"]
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("نص\n", encoding="utf-8")
        base, base_cpu = _run(cli + [str(empty)])
        whole, whole_cpu = _run(cli + [str(path)])
    print(
        f"`arabic-reader extract` on the whole file: {whole:.2f} s wall, "
        f"{n_all / whole:,.0f} tokens/s end to end; "
        f"{n_all / (whole - base):,.0f} tokens/s without the {base:.2f} s start-up; "
        f"CPU {whole_cpu:.2f} s, {n_all / whole_cpu:,.0f} tokens/s end to end "
        f"({n_all / (whole_cpu - base_cpu):,.0f} without the start-up's {base_cpu:.2f} s)"
    )
    print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


def _run(command: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL, env={**os.environ})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


if __name__ == "__main__":
    main(sys.argv[1:])
