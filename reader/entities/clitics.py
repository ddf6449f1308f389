"""Arabic proclitics (و ف ب ل ك and the article): candidate bare forms of a word."""

from __future__ import annotations

from collections.abc import Container, Sequence
from functools import lru_cache
from typing import Literal

from reader.entities.normalize import normalize, normalize_word

_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بلك"
# A word whose normalised form starts with none of these has no proclitic to strip.
PROCLITIC_LETTERS = frozenset(_CONJUNCTIONS + _PREPOSITIONS)
# A stem shorter than this after stripping is not a name (e.g. "ب" + "ه").
_MIN_STEM = 2


@lru_cache(maxsize=200_000)
def proclitic_splits(word: str) -> tuple[tuple[int, str], ...]:
    """Ways to read `word` as proclitics + a bare form, least stripping first.

    Each item is (offset of the bare form in `word`, normalised bare form). The offset
    counts characters of the original word, marks included, so a mention's span can
    start there. "للمغرب" (ل + المغرب, whose alef is dropped in writing) gives the bare
    form "المغرب" at the offset of the second lam.
    """
    norm = normalize_word(word)
    if norm[:1] not in PROCLITIC_LETTERS:  # most words: nothing to strip
        return ((0, norm),)
    if len(norm) == len(word):  # no marks: letter k is character k
        letters: Sequence[int] = range(len(word))
    else:
        letters = [i for i, ch in enumerate(word) if normalize(ch)]
        if len(norm) != len(letters):  # a mark folded into nothing or several chars
            return ((0, norm),)
    out = [(0, norm)]

    def add(at: int, stem: str) -> None:
        if len(stem) >= _MIN_STEM and at < len(letters):
            out.append((letters[at], stem))

    bases = [0]
    if norm[:1] in _CONJUNCTIONS and len(norm) >= _MIN_STEM + 1:
        add(1, norm[1:])
        bases.append(1)
    for base in bases:
        if norm[base : base + 1] not in _PREPOSITIONS:
            continue
        if norm[base : base + 2] == "لل" and len(norm) > base + 3:
            add(base + 1, "ا" + norm[base + 1 :])
        else:
            add(base + 1, norm[base + 1 :])
    return tuple(out)


def bare_form(
    word: str,
    known: Sequence[Container[str]] = (),
    *,
    stripped_known: Container[str] = (),
    unknown: Literal["article", "conjunction"] = "article",
) -> tuple[int, str]:
    """A word's bare form and where it starts in the word.

    The least-stripped reading that one of the `known` word lists holds (or, for a
    reading with proclitics stripped, that `stripped_known` holds: the names written
    elsewhere in the text). For a word they do not know, `unknown` says what is
    stripped: "article", a conjunction and a preposition only where the article follows
    ("وبالمغرب" -> "المغرب"), but not a ك there ("كاليفورنيا" stays whole), since a
    name may itself begin with و ف ب ل ك ("وليد", "فرنسا", "بلينكن"); "conjunction",
    for a person's name, only a leading و before
    three letters or more (a name rarely starts with و and a name-like rest, and one
    that does, "وليد", is known; "فاليري" is no ف + "اليري").
    """
    splits = proclitic_splits(word)
    if len(splits) == 1:  # most words: nothing to strip
        return splits[0]
    for at, stem in splits:
        for words in known:
            if stem in words:
                return at, stem
        if at and stem in stripped_known:
            return at, stem
    if unknown == "conjunction":
        if len(splits) > 1 and splits[0][1][0] == "و" and len(splits[1][1]) >= 3:
            return splits[1]
        return splits[0]
    whole = splits[0][1]
    for k in range(len(splits) - 1, 0, -1):
        stem = splits[k][1]
        if stem.startswith("ال"):
            # Not ك ("like") before the article: a word no list knows that starts with
            # كال is a name ("كاليفورنيا", "وكالديرون") in 10 of the 11 names so written
            # in the training parts of ANERcorp and Wojood ("كالنمسا", listed, is above).
            return splits[k - 1] if whole[: len(whole) - len(stem)].endswith("ك") else splits[k]
    return splits[0]
