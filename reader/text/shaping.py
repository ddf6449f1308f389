"""Arabic shaping of one word, with a map from each glyph back to the word's characters.

arabic-reshaper gives presentation forms but no index map, and it deletes diacritics by
default. We strip the marks ourselves, shape the bare letters, align the output with the
input (only the lam-alef ligatures join two letters into one glyph), and put each mark
back after the glyph of its base letter, so the terminal draws it on the right letter.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from rich.cells import cell_len

_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": True,  # we re-insert marks ourselves, after their base glyph
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,  # drawn wider than its one cell in most fonts
    }
)
_LAM_ALEF = frozenset(chr(c) for c in range(0xFEF5, 0xFEFD))
_LAM = "\u0644"
_HARAKAT_LOW, _HARAKAT_HIGH = "\u064b", "\u065f"


@dataclass(frozen=True, slots=True)
class Glyph:
    """What one screen cluster shows: a base glyph with its marks, and where it comes from.

    `start` is the offset (within the shaped word) of the first character it stands for;
    `length` how many logical characters it covers (2 for a lam-alef ligature, plus marks).
    """

    text: str
    start: int
    length: int
    cells: int


def is_mark(char: str) -> bool:
    """A combining mark: drawn on the previous glyph, zero cells wide."""
    return unicodedata.combining(char) != 0 or unicodedata.category(char) in ("Mn", "Me")


def is_invisible(char: str) -> bool:
    """Format characters (joiners, bidi marks, BOM) that must not reach the screen."""
    return unicodedata.category(char) == "Cf"


def is_haraka(char: str) -> bool:
    """An Arabic diacritic (tashkeel), removable with --no-harakat."""
    return _HARAKAT_LOW <= char <= _HARAKAT_HIGH or char == "\u0670"


def _has_arabic(word: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in word)


@lru_cache(maxsize=200_000)
def shape_word(word: str, harakat: bool = True, shape: bool = True) -> tuple[Glyph, ...]:
    """Glyphs of `word` in logical order (no spaces inside), each with its source range.

    Invisible format characters are dropped (their offsets fold into a neighbour's
    range, so every logical offset still maps to a glyph when one is near).
    """
    bases: list[int] = []  # offsets of non-mark characters
    marks_after: dict[int, list[int]] = {}
    leading_marks: list[int] = []
    for i, char in enumerate(word):
        if is_mark(char):
            if bases:
                marks_after.setdefault(bases[-1], []).append(i)
            else:
                leading_marks.append(i)
        else:
            bases.append(i)

    bare = "".join(word[i] for i in bases)
    shaped = _reshape(bare) if shape and _has_arabic(bare) else bare
    groups = _align(bare, shaped)
    if groups is None:  # the reshaper did something we cannot map: show letters unshaped
        shaped, groups = bare, [(k, 1) for k in range(len(bare))]

    glyphs: list[Glyph] = []
    if leading_marks:
        # A mark with no base letter (the word starts with one): carry it on a dotted circle.
        shown = "".join(word[i] for i in leading_marks if harakat or not is_haraka(word[i]))
        text = "\u25cc" + shown
        glyphs.append(Glyph(text, 0, len(leading_marks), 1))
    for out_char, (first, count) in zip(shaped, groups, strict=True):
        start = bases[first]
        last_base = bases[first + count - 1]
        marks = marks_after.get(last_base, [])
        if count > 1 and bases[first] in marks_after:
            marks = marks_after[bases[first]] + marks
        end = (marks[-1] if marks else last_base) + 1
        if is_invisible(out_char):
            glyphs.append(Glyph("", start, end - start, 0))
            continue
        shown_marks = "".join(word[i] for i in marks if harakat or not is_haraka(word[i]))
        glyphs.append(Glyph(out_char + shown_marks, start, end - start, cell_len(out_char)))
    return tuple(glyphs)


def _reshape(bare: str) -> str:
    try:
        return _RESHAPER.reshape(bare)
    except (IndexError, KeyError, ValueError):
        # arabic-reshaper raises IndexError on ZWJ before lam-alef (RTL-NOTES).
        return bare


def _align(bare: str, shaped: str) -> list[tuple[int, int]] | None:
    """For each shaped character, (first bare index, how many bare characters)."""
    groups: list[tuple[int, int]] = []
    i = 0
    for out_char in shaped:
        if i >= len(bare):
            return None
        count = 2 if out_char in _LAM_ALEF and bare[i] == _LAM else 1
        groups.append((i, count))
        i += count
    return groups if i == len(bare) else None
