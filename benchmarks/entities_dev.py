"""Score extract() on the ANERcorp dev split (last 10% of train sentences) and Wojood val.

Usage: python -m benchmarks.entities_dev [DATA_DIR]   (default ../shared/data)
Prints entity-level precision/recall/F1, exact and overlapping spans. Never asserts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.conll import (
    ANERCORP_TYPES,
    WOJOOD_TYPES,
    char_spans_to_token_spans,
    format_scores,
    read_conll,
    score,
)
from reader.entities import extract

REPO = Path(__file__).resolve().parent.parent
DEV_FRACTION = 0.10
# Sentences are scored in blocks this long, read as one text: ANERcorp marks no article
# boundaries, and the engine propagates names within a text as it would in an article.
BLOCK = 25


def predict(sentences) -> list[list[tuple[str, int, int]]]:
    """extract() over blocks of sentences, mapped back to each sentence's tokens."""
    out = []
    for b in range(0, len(sentences), BLOCK):
        block = sentences[b : b + BLOCK]
        lines, offsets, base = [], [], 0
        for s in block:
            line_offsets = []
            for tok in s.tokens:
                line_offsets.append((base, base + len(tok)))
                base += len(tok) + 1
            lines.append(" ".join(s.tokens))
            offsets.append(line_offsets)
        text = "\n".join(lines)
        entities = extract(text)
        for line_offsets in offsets:
            lo, hi = line_offsets[0][0], line_offsets[-1][1]
            chars = [
                (m.start, m.end, e.kind) for e in entities for m in e.mentions if lo <= m.start < hi
            ]
            out.append(char_spans_to_token_spans(line_offsets, chars))
    return out


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data"
    anercorp = read_conll(data / "anercorp" / "ANERCorp_CamelLab_train.txt")
    dev = anercorp[len(anercorp) - round(len(anercorp) * DEV_FRACTION) :]
    print(f"ANERcorp dev split: {len(dev)} sentences, {sum(len(s.tokens) for s in dev)} tokens")
    results = score(dev, predict(dev), ["person", "place"], mapping=ANERCORP_TYPES)
    print(format_scores(results))

    wojood = read_conll(data / "wojood-sample" / "val.txt")
    print(f"\nWojood val: {len(wojood)} sentences (PLACES = GPE+LOC+FAC, DATES = DATE+TIME)")
    results = score(wojood, predict(wojood), ["person", "place", "date"], mapping=WOJOOD_TYPES)
    print(format_scores(results))


if __name__ == "__main__":
    main()
