"""Arabic shaping of a paragraph, with a map from each glyph back to its characters.

arabic-reshaper gives presentation forms but no index map, and it deletes diacritics by
default. We strip the marks ourselves, shape the bare letters, align the output with the
input (only the lam-alef ligatures join two letters into one glyph), and put each mark
back after the glyph of its base letter, so the terminal draws it on the right letter.
"""

from __future__ import annotations

import unicodedata
from configparser import SectionProxy
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from rich.cells import cell_len


class _FrozenConfiguration:
    """The reshaper's settings read once: arabic-reshaper parses its configparser
    section on every call (six lookups), which was a third of the layout time."""

    def __init__(self, section: SectionProxy) -> None:
        self._section = section
        self._booleans: dict[str, bool | None] = {}

    def getboolean(self, key: str) -> bool | None:
        value = self._booleans.get(key)
        if value is None:
            value = self._booleans[key] = self._section.getboolean(key)
        return value

    def get(self, key: str, fallback: str | None = None) -> str | None:
        return self._section.get(key, fallback)


_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": True,  # we re-insert marks ourselves, after their base glyph
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,  # drawn wider than its one cell in most fonts
    }
)
_RESHAPER.configuration = _FrozenConfiguration(_RESHAPER.configuration)
_LAM_ALEF = frozenset(chr(c) for c in range(0xFEF5, 0xFEFD))
_LAM = "\u0644"
CARRIER = "\u25cc"  # dotted circle
_HARAKAT_LOW, _HARAKAT_HIGH = "\u064b", "\u065f"


@dataclass(frozen=True, slots=True)
class Glyph:
    """What one screen cluster shows: a base glyph with its marks, and where it comes from.

    `start` is the offset (within the shaped text) of the first character it stands for;
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


@lru_cache(maxsize=262_144)
def shape_text(word: str, harakat: bool = True, shape: bool = True) -> tuple[Glyph, ...]:
    """Glyphs of `word` in logical order, each with the range of characters it stands
    for. Joining never crosses a space, so the layout shapes word by word, and news
    vocabulary repeats enough for this cache to serve most words.

    Invisible format characters get an empty, zero-cell glyph; harakat hidden by
    `harakat=False` stay inside their base letter's range.
    """
    bases: list[int] = []  # offsets of the characters that take a cell
    bare_chars: list[str] = []
    marks_after: dict[int, list[int]] = {}
    for i, char in enumerate(word):
        if is_mark(char):
            if bases and bare_chars[-1] != " ":
                marks_after.setdefault(bases[-1], []).append(i)
                continue
            # A mark with no letter before it: draw it on a dotted circle, as fonts do.
            bases.append(i)
            bare_chars.append(CARRIER)
            marks_after[i] = [i]
        else:
            bases.append(i)
            bare_chars.append(char)

    bare = "".join(bare_chars)
    shaped = _reshape(bare) if shape and _has_arabic(bare) else bare
    groups = _align(bare, shaped)
    if groups is None:  # the reshaper did something we cannot map: show letters unshaped
        shaped, groups = bare, [(k, 1) for k in range(len(bare))]

    glyphs: list[Glyph] = []
    for out_char, (first, count) in zip(shaped, groups, strict=True):
        start = bases[first]
        last_base = bases[first + count - 1]
        marks = marks_after.get(last_base, [])
        if count > 1 and bases[first] in marks_after:
            marks = marks_after[bases[first]] + marks
        # A haraka on the lam of a lam-alef (`لًا`) sits before the alef: the glyph
        # still reaches the alef.
        end = max(marks[-1] if marks else last_base, last_base) + 1
        if is_invisible(out_char):
            glyphs.append(Glyph("", start, end - start, 0))
            continue
        shown_marks = "".join(word[i] for i in marks if harakat or not is_haraka(word[i]))
        glyphs.append(Glyph(out_char + shown_marks, start, end - start, cell_len(out_char)))
    return tuple(glyphs)


def _reshape(bare: str) -> str:
    try:
        shaped: str = _RESHAPER.reshape(bare)  # arabic-reshaper has no type hints
    except (IndexError, KeyError, ValueError):
        # arabic-reshaper raises IndexError on ZWJ before lam-alef (RTL-NOTES).
        return bare
    return shaped


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
