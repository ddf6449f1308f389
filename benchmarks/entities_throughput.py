"""Throughput of extract() on a ~5 MB text made of real corpus sentences, and load time.

Usage: python -m benchmarks.entities_throughput [DATA_DIR] [MEGABYTES]
Prints tokens per second (one core, one process) and the model's load time. Never asserts.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchmarks.conll import read_conll

REPO = Path(__file__).resolve().parent.parent


def corpus_text(data: Path, megabytes: float) -> str:
    """Sentences of ANERcorp and Wojood joined into paragraphs, repeated up to the size."""
    sentences = read_conll(data / "anercorp" / "ANERCorp_CamelLab_train.txt")
    sentences += read_conll(data / "wojood-sample" / "train.txt")
    paragraphs = [
        " ".join(" ".join(s.tokens) for s in sentences[i : i + 8])
        for i in range(0, len(sentences), 8)
    ]
    base = "\n".join(paragraphs)
    target = int(megabytes * 1_000_000)
    copies = max(1, -(-target // len(base.encode("utf-8"))))
    return "\n".join([base] * copies)


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data"
    megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0

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

    text = corpus_text(data, megabytes)
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
