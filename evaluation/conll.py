"""Read CoNLL-style NER files (ANERcorp, Wojood) and score predicted spans against them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# A span is (type, first_token, last_token + 1) in token space, or, for predictions made
# on text, (start, end, type) in character space.
TokenSpan = tuple[str, int, int]
CharSpan = tuple[int, int, str]

# Wojood uses this pseudo-token between paragraphs of one "sentence".
_SEPARATOR = "$#$"

WOJOOD_TYPES = {
    "PERS": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "DATE": "date",
    "TIME": "date",
}
ANERCORP_TYPES = {"PERS": "person", "LOC": "place"}


@dataclass(frozen=True)
class Sentence:
    """Tokens of one sentence and its gold spans, sorted by position."""

    tokens: tuple[str, ...]
    spans: tuple[TokenSpan, ...]


@dataclass(frozen=True)
class TypeScore:
    """Counts and precision/recall/F1 for one type, exact-span and overlapping-span."""

    gold: int
    predicted: int
    exact_precision: float
    exact_recall: float
    exact_f1: float
    overlap_precision: float
    overlap_recall: float
    overlap_f1: float


def read_conll(path: str | Path, *, layer: int | None = None) -> list[Sentence]:
    """Read a `token TAG1 [TAG2 ...]` file with IOB2 tags and blank lines between sentences.

    With `layer=None` spans of every nesting layer are collected (a DATE nested inside
    an EVENT is still a DATE); with `layer=k` only the k-th tag column (0 = outermost)
    is read. `$#$` separator lines are skipped.
    """
    sentences: list[Sentence] = []
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if not fields:
                if rows:
                    sentences.append(_sentence(rows, layer))
                    rows = []
            elif fields[0] != _SEPARATOR:
                rows.append(fields)
    if rows:
        sentences.append(_sentence(rows, layer))
    return sentences


def _sentence(rows: list[list[str]], layer: int | None) -> Sentence:
    tokens = tuple(row[0] for row in rows)
    if layer is None:
        tag_rows = [row[1:] for row in rows]
    else:
        tag_rows = [row[1 + layer : 2 + layer] for row in rows]
    types = {tag[2:] for tags in tag_rows for tag in tags if tag[:2] in ("B-", "I-")}
    spans: set[TokenSpan] = set()
    for kind in types:
        spans.update(_decode_type(tag_rows, kind))
    return Sentence(tokens, tuple(sorted(spans, key=lambda s: (s[1], s[2], s[0]))))


def _decode_type(tag_rows: list[list[str]], kind: str) -> list[TokenSpan]:
    # One type at a time across all columns: nested layers are not always in the same
    # column from token to token, but a type's B-/I- marks are. A stray I- opens a span.
    begin, inside = "B-" + kind, "I-" + kind
    spans: list[TokenSpan] = []
    start: int | None = None
    for index, tags in enumerate(tag_rows):
        if begin in tags or (inside in tags and start is None):
            if start is not None:
                spans.append((kind, start, index))
            start = index
        elif inside not in tags and start is not None:
            spans.append((kind, start, index))
            start = None
    if start is not None:
        spans.append((kind, start, len(tag_rows)))
    return spans


def sentence_text(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens with single spaces; return the text and each token's (start, end)."""
    offsets: list[tuple[int, int]] = []
    position = 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    return " ".join(tokens), offsets


def char_spans_to_token_spans(
    offsets: Sequence[tuple[int, int]], predicted: Iterable[CharSpan]
) -> list[TokenSpan]:
    """Map character spans to the token spans they overlap; spans touching no token vanish."""
    spans: list[TokenSpan] = []
    for start, end, kind in predicted:
        hit = [i for i, (t_start, t_end) in enumerate(offsets) if t_start < end and start < t_end]
        if hit:
            spans.append((kind, hit[0], hit[-1] + 1))
    return spans


def score(
    gold: Sequence[Sentence | Iterable[TokenSpan]],
    predicted: Sequence[Iterable[TokenSpan]],
    types: Iterable[str],
    *,
    mapping: Mapping[str, str] | None = None,
) -> dict[str, TypeScore]:
    """Score predicted token spans against gold, sentence by sentence, for each type.

    `mapping` renames types on both sides before scoring (e.g. `WOJOOD_TYPES`); types
    it does not mention keep their name. Exact: same type, same first and last token.
    Overlap: a gold span is found if a predicted span of its type shares a token with it;
    a prediction is correct if it shares a token with a gold span of its type. Spans that
    become identical after mapping count once. A ratio with a zero denominator is 0.0.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    rename = mapping or {}
    results: dict[str, TypeScore] = {}
    for kind in types:
        n_gold = n_pred = exact = gold_found = pred_correct = 0
        for gold_sentence, pred_sentence in zip(gold, predicted, strict=True):
            gold_spans = _spans_of(gold_sentence, kind, rename)
            pred_spans = _spans_of(pred_sentence, kind, rename)
            n_gold += len(gold_spans)
            n_pred += len(pred_spans)
            exact += len(gold_spans & pred_spans)
            gold_found += sum(any(_overlap(g, p) for p in pred_spans) for g in gold_spans)
            pred_correct += sum(any(_overlap(p, g) for g in gold_spans) for p in pred_spans)
        exact_p, exact_r = _ratio(exact, n_pred), _ratio(exact, n_gold)
        overlap_p, overlap_r = _ratio(pred_correct, n_pred), _ratio(gold_found, n_gold)
        results[kind] = TypeScore(
            gold=n_gold,
            predicted=n_pred,
            exact_precision=exact_p,
            exact_recall=exact_r,
            exact_f1=_f1(exact_p, exact_r),
            overlap_precision=overlap_p,
            overlap_recall=overlap_r,
            overlap_f1=_f1(overlap_p, overlap_r),
        )
    return results


def _spans_of(
    sentence: Sentence | Iterable[TokenSpan], kind: str, rename: Mapping[str, str]
) -> set[tuple[int, int]]:
    spans = sentence.spans if isinstance(sentence, Sentence) else sentence
    return {(first, end) for t, first, end in spans if rename.get(t, t) == kind}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def format_scores(results: Mapping[str, TypeScore]) -> str:
    """A small fixed-width table of the scores, one line per type."""
    lines = [
        f"{'type':<8} {'gold':>6} {'pred':>6}   exact P/R/F1          overlap P/R/F1",
    ]
    for kind, s in results.items():
        lines.append(
            f"{kind:<8} {s.gold:>6} {s.predicted:>6}   "
            f"{s.exact_precision:.3f} {s.exact_recall:.3f} {s.exact_f1:.3f}   "
            f"{s.overlap_precision:.3f} {s.overlap_recall:.3f} {s.overlap_f1:.3f}"
        )
    return "\n".join(lines)


def score_char_spans(
    gold: Sequence[Iterable[CharSpan]],
    predicted: Sequence[Iterable[CharSpan]],
    types: Iterable[str],
) -> dict[str, TypeScore]:
    """Score character spans (start, end, type) document by document, as `score` does
    token spans: exact = same type, start and end; overlap = a shared character."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold documents but {len(predicted)} predicted")
    as_tokens = [[(k, a, b) for a, b, k in doc] for doc in gold]
    pred_tokens = [[(k, a, b) for a, b, k in doc] for doc in predicted]
    return score(as_tokens, pred_tokens, types)
