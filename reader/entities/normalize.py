"""Normalisation of Arabic words for matching (never for display)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# Harakat (fathatan .. sukun and the rarer marks up to U+065F), superscript alef,
# Quranic annotation marks, and tatweel: dropped before any comparison.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",  # أ -> ا
        "\u0625": "\u0627",  # إ -> ا
        "\u0622": "\u0627",  # آ -> ا
        "\u0671": "\u0627",  # ٱ -> ا
        "\u0649": "\u064a",  # ى -> ي
        "\u0629": "\u0647",  # ة -> ه
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    }
)


def strip_marks(text: str) -> str:
    """Remove diacritics and tatweel."""
    return _MARKS.sub("", text)


def normalize(text: str) -> str:
    """Fold a word or phrase to the form used for matching.

    Diacritics and tatweel are removed; alef variants, alef maqsura/ya, taa marbuta/ha
    and Arabic-Indic/Persian digits are folded. The result is for lookup only: it may be
    shorter than the input, so never use its offsets against the original text.
    """
    bare = _MARKS.sub("", text)
    if len(bare) < _LONG_TEXT:
        return bare.translate(_FOLD)
    return _fold_long(bare)


# str.translate looks each character up in a dict: past this length a lookup table over
# the code points does the same folding several times faster.
_LONG_TEXT = 20_000


def _fold_long(text: str) -> str:
    import numpy as np  # the engine's dependency; normalize() itself is imported by the UI

    global _FOLD_TABLE
    if _FOLD_TABLE is None:
        _FOLD_TABLE = np.arange(_TABLE_SIZE, dtype=np.uint32)
        for source, target in _FOLD.items():
            _FOLD_TABLE[source] = ord(str(target))
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()
    low = codes < _TABLE_SIZE
    codes[low] = _FOLD_TABLE[codes[low]]
    return codes.tobytes().decode("utf-32-le")


_TABLE_SIZE = 0x700  # every folded character is below U+0700
_FOLD_TABLE: Any = None


def fold_digits(text: str) -> str:
    """Turn Arabic-Indic and Persian digits into ASCII digits, keeping every offset."""
    return text.translate(_DIGITS)


_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)


def normalize_many(words: Sequence[str]) -> list[str]:
    """normalize() of each word, in one pass over their text (words without line breaks).

    The results are remembered for normalize_word()."""
    if not words:
        return []
    joined = "\n".join(words)
    if joined.count("\n") != len(words) - 1:  # a word holds a line break: one by one
        return [normalize(w) for w in words]
    out = normalize(joined).split("\n")
    if len(_word_norms) > _MAX_WORDS:  # bound memory on huge, varied inputs
        _word_norms.clear()
    _word_norms.update(zip(words, out, strict=True))
    return out


def normalize_word(word: str) -> str:
    """normalize(word), remembered per distinct word (the engine asks for the same words
    from several steps)."""
    got = _word_norms.get(word)
    if got is None:
        if len(_word_norms) > _MAX_WORDS:
            _word_norms.clear()
        got = _word_norms[word] = normalize(word)
    return got


_word_norms: dict[str, str] = {}
_MAX_WORDS = 500_000
