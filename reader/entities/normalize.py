"""Normalisation of Arabic words for matching (never for display)."""

from __future__ import annotations

import re

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
    return _MARKS.sub("", text).translate(_FOLD)


def fold_digits(text: str) -> str:
    """Turn Arabic-Indic and Persian digits into ASCII digits, keeping every offset."""
    return text.translate(_DIGITS)


_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
