"""Tokenisation of a text into words and punctuation, as arrays of offsets and type ids."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from reader.entities.normalize import normalize_many

IntArray = npt.NDArray[np.int64]

# A word is a run of Arabic letters (with their marks and tatweel), Latin letters or
# digits; anything else that is not space is a one-character punctuation token, as in
# ANERcorp, so the sequence model sees the context it was trained on. An underscore is
# read as a space: it joins the words of a hashtag ("#محمود_عباس", "#الأمير_ويليام"),
# which are then read as words apart (the training texts have no underscore between
# words), while offsets still point into the text as written.
_TOKEN_CLASS = (
    r"[\u0621-\u063a\u0640-\u065f\u0660-\u0669\u066e-\u06d3\u06d5-\u06ed\u06f0-\u06f9"
    r"A-Za-z0-9\u00c0-\u024f]+|[^\s_]"
)
# Splitting on the tokens keeps them (the group) and leaves only spaces and underscores
# between: the lengths of the pieces give every offset without a match object per token.
_SPLIT = re.compile(f"({_TOKEN_CLASS})")
_SENTENCE_END = frozenset(".!?؟…")
# Long unpunctuated runs are cut so one sequence never holds a whole megabyte paragraph.
MAX_SENTENCE_TOKENS = 120


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of a text: token i is texts[i] at [starts[i], ends[i]).

    `types` are the distinct token texts in order of first appearance and `ids[i]` the
    index of token i's text among them, so per-word work is done once per type.
    """

    starts: IntArray
    ends: IntArray
    texts: list[str]
    types: list[str]
    ids: IntArray
    norms: list[str]  # each token's normalize()d text
    type_norms: list[str]  # each type's

    def __len__(self) -> int:
        return len(self.texts)

    def where(self, wanted: Callable[[str], bool]) -> list[int]:
        """Indices of the tokens whose text is `wanted`, asking once per distinct text."""
        if not self.types:
            return []
        mask = np.fromiter(map(wanted, self.types), dtype=bool, count=len(self.types))
        return self.where_type(mask)

    def where_type(self, mask: npt.NDArray[np.bool_]) -> list[int]:
        """Indices of the tokens whose type is set in `mask` (one entry per type)."""
        if not self.types:
            return []
        found: list[int] = np.flatnonzero(mask[self.ids]).tolist()
        return found


def vocabulary(words: Sequence[str]) -> tuple[list[str], IntArray]:
    """The distinct words in order of first appearance, and each word's index among them."""
    # One pass of dict lookups in C: a word not seen before is numbered by the dict's
    # length as it is added (the factory of a defaultdict), so numbers are dense and in
    # order of first appearance.
    numbers: defaultdict[str, int] = defaultdict()
    numbers.default_factory = numbers.__len__
    ids = np.fromiter(map(numbers.__getitem__, words), dtype=np.int64, count=len(words))
    return list(numbers), ids


def tokenize(text: str) -> Tokens:
    """Every word and punctuation mark of `text`, in order."""
    pieces = _SPLIT.split(text)  # space, token, space, token, ..., space
    lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
    ends = np.cumsum(lengths)[1::2]
    texts = pieces[1::2]
    types, ids = vocabulary(texts)
    type_norms = normalize_many(types)
    norms: list[str] = np.array(type_norms, dtype=object)[ids].tolist()
    return Tokens(ends - lengths[1::2], ends, texts, types, ids, norms, type_norms)


def sentences(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """(first, end) token index ranges of sentences: ended by . ! ? ؟ or a line break,
    and cut every MAX_SENTENCE_TOKENS tokens."""
    n = len(tokens)
    if not n:
        return []
    ends_sentence = np.array([t in _SENTENCE_END for t in tokens.types], dtype=bool)
    cuts = np.flatnonzero(ends_sentence[tokens.ids])
    # A token that starts a line ends the sentence before it.
    breaks = np.array([m.start() for m in re.finditer("\n", text)], dtype=np.int64)
    first_after = np.searchsorted(tokens.starts, breaks)
    first_after = first_after[(first_after > 0) & (first_after < n)]
    out: list[tuple[int, int]] = []
    first = 0
    for cut in np.union1d(cuts, first_after - 1).tolist():
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
