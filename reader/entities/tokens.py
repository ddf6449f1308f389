"""Tokenisation of a text into words and punctuation, with character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
class Token:
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Every word and punctuation mark of `text`, in order."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def sentences(text: str, tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """(first, end) token index ranges of sentences: ended by . ! ? ؟ or a line break."""
    first = 0
    for i, tok in enumerate(tokens):
        boundary = tok.text in _SENTENCE_END or i - first + 1 >= MAX_SENTENCE_TOKENS
        if not boundary and i + 1 < len(tokens):
            boundary = "\n" in text[tok.end : tokens[i + 1].start]
        if boundary:
            yield first, i + 1
            first = i + 1
    if first < len(tokens):
        yield first, len(tokens)
