"""A book-sized Arabic article made of real news sentences, for the benchmarks.

ANERcorp's sentences (newswire) are rejoined into paragraphs of 3 to 8 sentences; to
reach the size, the corpus is walked again in a different shuffled order, so paragraphs
differ from each other (no single paragraph repeated).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "ANERCorp_CamelLab_train.txt"


def sentences(path: Path = ANERCORP) -> list[str]:
    out, tokens = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            if tokens:
                out.append(" ".join(tokens))
                tokens = []
            continue
        tokens.append(raw.rsplit(" ", 1)[0])
    if tokens:
        out.append(" ".join(tokens))
    return out


def big_article(size_bytes: int = 5 * 1024 * 1024, seed: int = 7) -> str:
    """An article of about `size_bytes` UTF-8 bytes: a title line, then paragraphs."""
    rng = random.Random(seed)
    pool = sentences()
    lines = ["مقالة طويلة من جمل إخبارية حقيقية"]
    size = len(lines[0].encode())
    while size < size_bytes:
        order = pool[:]
        rng.shuffle(order)
        i = 0
        while i < len(order) and size < size_bytes:
            k = rng.randint(3, 8)
            paragraph = " ".join(order[i:i + k])
            i += k
            lines.append(paragraph)
            size += len(paragraph.encode()) + 1
    return "\n".join(lines) + "\n"


def write_big_article(path: Path, size_bytes: int = 5 * 1024 * 1024) -> Path:
    if not path.exists() or abs(path.stat().st_size - size_bytes) > size_bytes // 10:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(big_article(size_bytes), encoding="utf-8")
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "out" / "big.txt"
    print(write_big_article(target))
