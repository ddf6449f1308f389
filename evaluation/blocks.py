"""extract() over CoNLL sentences read as texts, mapped back to each sentence's tokens."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from evaluation.conll import Sentence, TokenSpan, char_spans_to_token_spans
from reader.entities.results import Entity

# Sentences are read in blocks this long, as one text: ANERcorp marks no article
# boundaries, and the engine propagates names within a text as it would in an article.
BLOCK = 25


def predict_blocks(
    sentences: Sequence[Sentence], extract: Callable[[str], list[Entity]]
) -> list[list[TokenSpan]]:
    """`extract` over blocks of BLOCK sentences, one line each; each sentence's
    predicted (kind, first, end) token spans."""
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
        entities = extract("\n".join(lines))
        for line_offsets in offsets:
            lo, hi = line_offsets[0][0], line_offsets[-1][1]
            chars = [
                (m.start, m.end, e.kind) for e in entities for m in e.mentions if lo <= m.start < hi
            ]
            out.append(char_spans_to_token_spans(line_offsets, chars))
    return out
