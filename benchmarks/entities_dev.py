"""Score extract() on news-dev (15 real articles), the ANERcorp dev split and Wojood val.

Usage: python -m benchmarks.entities_dev [DATA_DIR] [--news] [--articles]
(default ../shared/data). news-dev: character spans against its gold PERSON/PLACE/DATE;
ANERcorp dev: the last 10% of train sentences; Wojood: the val file. Prints entity-level
precision/recall/F1, exact and overlapping spans; --news scores news-dev alone,
--articles adds one line per article. Never asserts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evaluation.blocks import predict_blocks
from evaluation.conll import (
    ANERCORP_TYPES,
    WOJOOD_TYPES,
    Sentence,
    format_scores,
    read_conll,
    score,
    score_char_spans,
)
from evaluation.news_dev import read_news_dev
from reader.entities import extract

REPO = Path(__file__).resolve().parent.parent
DEV_FRACTION = 0.10
KINDS = ["person", "place", "date"]


def predict(sentences: list[Sentence]) -> list[list[tuple[str, int, int]]]:
    """extract() over blocks of sentences, mapped back to each sentence's tokens."""
    return predict_blocks(sentences, extract)


def news_dev(data: Path, per_article: bool) -> None:
    articles = read_news_dev(data / "news-dev")
    predicted = [
        [(m.start, m.end, e.kind) for e in extract(a.text) for m in e.mentions] for a in articles
    ]
    words = sum(len(a.text.split()) for a in articles)
    print(f"news-dev: {len(articles)} articles, {words:,} words (character spans)")
    print(format_scores(score_char_spans([a.gold for a in articles], predicted, KINDS)))
    if per_article:
        print("\nper article, overlap F1 (gold count)")
        for a, pred in zip(articles, predicted, strict=True):
            got = score_char_spans([a.gold], [pred], KINDS)
            cells = "  ".join(f"{k} {s.overlap_f1:.2f} ({s.gold:>2})" for k, s in got.items())
            print(f"  {a.name}  {cells}")


def main(argv: list[str]) -> None:
    positional = [a for a in argv if not a.startswith("--")]
    data = Path(positional[0]) if positional else REPO.parent / "shared" / "data"
    news_dev(data, "--articles" in argv)
    if "--news" in argv:
        return

    anercorp = read_conll(data / "anercorp" / "ANERCorp_CamelLab_train.txt")
    dev = anercorp[len(anercorp) - round(len(anercorp) * DEV_FRACTION) :]
    print(f"\nANERcorp dev split: {len(dev)} sentences, {sum(len(s.tokens) for s in dev)} tokens")
    results = score(dev, predict(dev), ["person", "place"], mapping=ANERCORP_TYPES)
    print(format_scores(results))

    wojood = read_conll(data / "wojood-sample" / "val.txt")
    print(f"\nWojood val: {len(wojood)} sentences (PLACES = GPE+LOC+FAC, DATES = DATE+TIME)")
    results = score(wojood, predict(wojood), KINDS, mapping=WOJOOD_TYPES)
    print(format_scores(results))


if __name__ == "__main__":
    main(sys.argv[1:])
