"""Tokenisation of a text into words and punctuation, with character offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# A word is a run of Arabic letters (with their marks and tatweel), Latin letters or
# digits; anything else that is not space is a one-character punctuation token, as in
# ANERcorp, so the sequence model sees the context it was trained on.
_TOKEN = re.compile(
    r"[\u0621-\u063a\u0640-\u065f\u0660-\u0669\u066e-\u06d3\u06d5-\u06ed\u06f0-\u06f9"
    r"A-Za-z0-9\u00c0-\u024f]+|[^\s]"
)
_SENTENCE_END = frozenset(".!?؟…")
# Long unpunctuated runs are cut so one sequence never holds a whole megabyte paragraph.
MAX_SENTENCE_TOKENS = 120


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of a text as parallel lists: token i is texts[i] at [starts[i], ends[i])."""

    starts: list[int]
    ends: list[int]
    texts: list[str]

    def __len__(self) -> int:
        return len(self.texts)


def tokenize(text: str) -> Tokens:
    """Every word and punctuation mark of `text`, in order."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    return Tokens(starts, ends, [text[a:b] for a, b in spans])


def sentences(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """(first, end) token index ranges of sentences: ended by . ! ? ؟ or a line break,
    and cut every MAX_SENTENCE_TOKENS tokens."""
    n = len(tokens)
    if not n:
        return []
    # A token that starts a line ends the sentence before it.
    cuts = {i for i, t in enumerate(tokens.texts) if t in _SENTENCE_END}
    position = text.find("\n", tokens.starts[0])
    while position != -1:
        first_after = bisect_left(tokens.starts, position)
        if first_after >= n:
            break
        cuts.add(first_after - 1)
        position = text.find("\n", tokens.starts[first_after])
    out: list[tuple[int, int]] = []
    first = 0
    for cut in sorted(cuts):
        end = cut + 1
        while end - first > MAX_SENTENCE_TOKENS:
            out.append((first, first + MAX_SENTENCE_TOKENS))
            first += MAX_SENTENCE_TOKENS
        if end > first:
            out.append((first, end))
            first = end
    while n - first > MAX_SENTENCE_TOKENS:
        out.append((first, first + MAX_SENTENCE_TOKENS))
        first += MAX_SENTENCE_TOKENS
    if first < n:
        out.append((first, n))
    return out
