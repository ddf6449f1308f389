"""Print date-finding precision/recall/F1 on the Wojood sample (DATE + TIME), train and val.

Usage: .venv/bin/python benchmarks/entities_dates_eval.py [DATA_DIR] [--errors train|val]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.conll import (  # noqa: E402
    WOJOOD_TYPES,
    Sentence,
    char_spans_to_token_spans,
    format_scores,
    read_conll,
    score,
    sentence_text,
)
from reader.entities.dates import find_dates  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wojood-sample"


def predict(sentences: list[Sentence]) -> list[list[tuple[str, int, int]]]:
    predicted = []
    for sentence in sentences:
        text, offsets = sentence_text(sentence.tokens)
        spans = [(m.start, m.end, "date") for m in find_dates(text)]
        predicted.append(char_spans_to_token_spans(offsets, spans))
    return predicted


def print_errors(sentences: list[Sentence], predicted) -> None:
    """Gold dates nothing overlapped, then predictions that overlapped no gold date."""
    for sentence, pred in zip(sentences, predicted, strict=True):
        gold = [(a, b) for t, a, b in sentence.spans if WOJOOD_TYPES.get(t) == "date"]
        pred_spans = [(a, b) for _, a, b in pred]
        for a, b in gold:
            if not any(a < pb and pa < b for pa, pb in pred_spans):
                print("MISS ", " ".join(sentence.tokens[max(0, a - 3) : b + 3]), "||",
                      " ".join(sentence.tokens[a:b]))  # fmt: skip
        for a, b in pred_spans:
            if not any(a < gb and ga < b for ga, gb in gold):
                print("FALSE", " ".join(sentence.tokens[max(0, a - 3) : b + 3]), "||",
                      " ".join(sentence.tokens[a:b]))  # fmt: skip


def main(argv: list[str]) -> None:
    errors = argv[argv.index("--errors") + 1] if "--errors" in argv else None
    positional = [a for a in argv if not a.startswith("--") and a not in ("train", "val")]
    data = Path(positional[0]) if positional else DEFAULT_DATA
    for split in ("train", "val"):
        sentences = read_conll(data / f"{split}.txt")
        began = time.perf_counter()
        predicted = predict(sentences)
        elapsed = time.perf_counter() - began
        results = score(sentences, predicted, ["date"], mapping=WOJOOD_TYPES)
        label = "train (development split)" if split == "train" else "val (held out)"
        print(f"Wojood {label}: {len(sentences)} sentences, {elapsed:.2f} s")
        print(format_scores(results))
        print()
        if errors == split:
            print_errors(sentences, predicted)
    print_throughput(data.parent / "anercorp" / "ANERCorp_CamelLab_train.txt")


def print_throughput(path: Path, size: int = 5_000_000) -> None:
    """Time find_dates over ~5 MB of news text (ANERcorp repeated), as one string."""
    if not path.exists():
        return
    text = "\n".join(sentence_text(s.tokens)[0] for s in read_conll(path))
    text = (text + "\n") * (size // len(text) + 1)
    began = time.perf_counter()
    matches = find_dates(text)
    elapsed = time.perf_counter() - began
    print(f"Throughput: {len(text) / 1e6:.1f} MB, {len(matches)} dates, {elapsed:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
