"""Arabic shaping of a paragraph, with a map from each glyph back to its characters.

arabic-reshaper gives presentation forms but no index map, and it deletes diacritics by
default. We strip the marks ourselves, shape the bare letters, align the output with the
input (only the lam-alef ligatures join two letters into one glyph), and put each mark
back after the glyph of its base letter, so the terminal draws it on the right letter.

Which letters join is the Unicode Joining_Type (ArabicShaping.txt), not arabic-reshaper's
own letter list: that list misses letters (U+06A8, U+0672 were non-joining), makes U+06BA
right-joining, and gives some Kurdish letters private-use glyphs. We hand the reshaper a
table made from the joining types and the presentation forms Unicode defines (built
ahead by scripts/build_joining_letters.py, as `joining_letters`), and a ZWJ
reaches it as a tatweel (join-causing too), since its own ZWJ handling drops the character
and misplaces the ligatures after it.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from rich.cells import cell_len

from reader.text.joining_letters import LAM_ALEF, LETTERS, RESHAPER_DELETES

if TYPE_CHECKING:
    import regex

SETTINGS = {
    "delete_harakat": True,  # we re-insert marks ourselves, after their base glyph
    "support_ligatures": True,
    "ARABIC LIGATURE ALLAH": False,  # drawn wider than its one cell in most fonts
}
"""arabic-reshaper's settings for the reader, over its defaults. With these it makes the
four lam-alef ligatures only, which `_joined` makes by the same table (LAM_ALEF)."""
_CONFIG_VARIABLE = "PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE"


class _Settings:
    """The reshaper's settings, read from a dict: arabic-reshaper looks them up through a
    configparser section (six lookups a call, a third of the layout time once)."""

    def __init__(self, values: dict[str, bool | str]) -> None:
        self._values = values

    def getboolean(self, key: str) -> bool | None:
        value = self._values.get(key)
        return None if value is None else bool(value)


@cache
def reshaper() -> Any:
    """arabic-reshaper's reshaper, with SETTINGS given as a dict and our letter table.
    Its own constructor fills a ConfigParser with its 288 defaults and ours, and each
    ligature's switch is then read through it: some 5 ms. Imported at the first word that
    needs it (one with a character it deletes, RESHAPER_DELETES: the layout strips marks
    before shaping, so real text seldom has one), not at every start (3 ms)."""
    # arabic-reshaper reads $PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE when it is
    # imported: a missing file would stop the reader there, and other settings
    # (ligatures) would break the glyph map. Ours are all given here.
    config_file = os.environ.pop(_CONFIG_VARIABLE, None)
    try:
        from arabic_reshaper import ArabicReshaper
        from arabic_reshaper.reshaper_config import default_config
    finally:
        if config_file is not None:
            os.environ[_CONFIG_VARIABLE] = config_file

    class Reshaper(ArabicReshaper):  # type: ignore[misc]  # (arabic-reshaper has no types)
        def __init__(self) -> None:  # (not the parent's: no parser)
            self.configuration = _Settings({**default_config, **SETTINGS})
            self.language = "Arabic"
            # The letter table, made from the joining types of the Arabic script's
            # letters and the presentation forms Unicode defines, at build time
            # (build_joining_letters.py).
            self.letters = LETTERS

    return Reshaper()


_ZWJ, _TATWEEL = "\u200d", "\u0640"
_LAM_ALEF = frozenset(chr(c) for c in range(0xFEF5, 0xFEFD))
_LAM = "\u0644"
CARRIER = "\u25cc"  # dotted circle
_HARAKAT_LOW, _HARAKAT_HIGH = "\u064b", "\u065f"


class Glyph(NamedTuple):
    """What one screen cluster shows: a base glyph with its marks, and where it comes from.

    A named tuple, not a dataclass: a tuple of strings and integers is left alone by the
    garbage collector once seen, and the word caches hold a million glyphs; collections
    traversing them were a third of the time of laying out a long article.

    `start` is the offset (within the shaped text) of the first character it stands for;
    `length` how many logical characters it covers (2 for a lam-alef ligature, plus marks).
    """

    text: str
    start: int
    length: int
    cells: int


_JOINING_KINDS = "DRLCT"


@cache
def _joining_type_tests() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    # The regex module's property tables cost some 10 ms to load: only a format
    # character (`is_transparent`) and the build of the letter table ask for them.
    import regex

    return tuple((kind, regex.compile(rf"\p{{Joining_Type={kind}}}")) for kind in _JOINING_KINDS)


def joining_type(char: str) -> str:
    """The Unicode Joining_Type of `char`: D, R, L, C, T or U (ArabicShaping.txt, with
    the derived T for unlisted marks and format characters)."""
    return next((kind for kind, test in _joining_type_tests() if test.match(char)), "U")


def is_mark(char: str) -> bool:
    """A combining mark: drawn on the previous glyph, zero cells wide."""
    return unicodedata.combining(char) != 0 or unicodedata.category(char) in ("Mn", "Me")


def is_invisible(char: str) -> bool:
    """Format characters (joiners, bidi marks, BOM) that must not reach the screen."""
    return unicodedata.category(char) == "Cf"


def is_transparent(char: str) -> bool:
    """A character that letters join across (Joining_Type T): marks, and format
    characters such as ALM or LRM. ZWJ and ZWNJ are not: one joins, the other breaks."""
    return is_mark(char) or (is_invisible(char) and joining_type(char) == "T")


def is_haraka(char: str) -> bool:
    """An Arabic diacritic (tashkeel), removable with --no-harakat."""
    return _HARAKAT_LOW <= char <= _HARAKAT_HIGH or char == "\u0670"


_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_LAM_ALEF_FORM = re.compile("[\ufef5-\ufefc]")
_TRANSPARENT, _MARK, _INVISIBLE, _HARAKA = 1, 2, 4, 8


class _Kinds(dict[str, int]):
    """Character -> what shaping asks of it (bit flags), found once: unicodedata and the
    Joining_Type expressions cost microseconds a call, and a new word meets only
    characters already seen."""

    def __missing__(self, char: str) -> int:
        kind = (
            (_TRANSPARENT if is_transparent(char) else 0)
            | (_MARK if is_mark(char) else 0)
            | (_INVISIBLE if is_invisible(char) else 0)
            | (_HARAKA if is_haraka(char) else 0)
        )
        self[char] = kind
        return kind


class _Cells(dict[str, int]):
    """Character -> its width in cells (rich's cell_len), found once."""

    def __missing__(self, char: str) -> int:
        cells = self[char] = cell_len(char)
        return cells


_KIND = _Kinds()
_CELLS = _Cells()


def _has_arabic(word: str) -> bool:
    return _ARABIC_LETTER.search(word) is not None


def shape_text(word: str, harakat: bool = True, shape: bool = True) -> tuple[Glyph, ...]:
    """Glyphs of `word` in logical order, each with the range of characters it stands
    for. Joining never crosses a space, so the layout shapes word by word (and caches
    what it makes of each word: `words.shaped_word`).

    Invisible format characters get an empty, zero-cell glyph; harakat hidden by
    `harakat=False` stay inside their base letter's range.
    """
    kinds = list(map(_KIND.__getitem__, word))
    if not any(kind & _TRANSPARENT for kind in kinds):
        return _shape_plain(word, shape)
    bases: list[int] = []  # offsets of the characters that take a cell
    bare_chars: list[str] = []
    marks_after: dict[int, list[int]] = {}
    for i, char in enumerate(word):
        if kinds[i] & _TRANSPARENT:
            # Letters join across it, so the reshaper must not see it: it goes with the
            # glyph before it (drawn there if it is a mark, hidden if it is a format one).
            if bases and bare_chars[-1] != " ":
                marks_after.setdefault(bases[-1], []).append(i)
                continue
            if kinds[i] & _MARK:
                # A mark with no letter before it: draw it on a dotted circle, as fonts do.
                bases.append(i)
                bare_chars.append(CARRIER)
                marks_after[i] = [i]
                continue
        bases.append(i)
        bare_chars.append(char)

    bare = "".join(bare_chars)
    shaped = _shaped(bare, shape)
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
        if _KIND[out_char] & _INVISIBLE or bare[first] == _ZWJ:
            glyphs.append(Glyph("", start, end - start, 0))
            continue
        shown_marks = "".join(
            word[i] for i in marks
            if not kinds[i] & _INVISIBLE and (harakat or not kinds[i] & _HARAKA)
        )
        glyphs.append(Glyph(out_char + shown_marks, start, end - start, _CELLS[out_char]))
    return tuple(glyphs)


def plain_shape(word: str, shape: bool = True) -> str | None:
    """What `word` shows when each of its characters is a glyph of one cell of its own
    (no mark, format character, ligature or wide character: most words), so that the
    caller needs no glyph objects; None otherwise."""
    kinds = _KIND
    if any(map(kinds.__getitem__, word)):
        return None
    shaped = _shaped(word, shape)
    cells = _CELLS
    if (
        len(shaped) != len(word)
        or _LAM_ALEF_FORM.search(shaped)
        or any(cells[char] != 1 or kinds[char] for char in shaped)
    ):
        return None
    return shaped


def _shape_plain(word: str, shape: bool) -> tuple[Glyph, ...]:
    """`shape_text` of a word with no mark and no transparent character (most words):
    every character is its own base."""
    shaped = _shaped(word, shape)
    if len(shaped) != len(word) or _LAM_ALEF_FORM.search(shaped):
        groups = _align(word, shaped)
        if groups is None:
            shaped = word
        elif len(groups) != len(word):  # a lam-alef ligature: two letters, one glyph
            return tuple(
                Glyph("", first, count, 0) if _KIND[out] & _INVISIBLE or word[first] == _ZWJ
                else Glyph(out, first, count, _CELLS[out])
                for out, (first, count) in zip(shaped, groups, strict=True)
            )
    return tuple([
        Glyph("", i, 1, 0) if _KIND[out] & _INVISIBLE or word[i] == _ZWJ
        else Glyph(out, i, 1, _CELLS[out])
        for i, out in enumerate(shaped)
    ])


def _shaped(bare: str, shape: bool) -> str:
    # A ZWJ is join-causing, as a tatweel is; the reshaper keeps a tatweel in its place.
    return _reshape(bare.replace(_ZWJ, _TATWEEL)) if shape and _has_arabic(bare) else bare


_RESHAPER_DELETES_OR_ZWJ = re.compile(RESHAPER_DELETES + "|\u200d")
_ISOLATED, _INITIAL, _MEDIAL, _FINAL = 0, 1, 2, 3
# Letter -> (its forms, joins the letter before it, joins the one after, joins both):
# arabic-reshaper's connects_with_letter_before/after/before_and_after, read once.
_JOINS = {
    letter: (forms, bool(forms[_FINAL] or forms[_MEDIAL]), bool(forms[_INITIAL] or forms[_MEDIAL]),
             bool(forms[_MEDIAL]))
    for letter, forms in LETTERS.items()
}


def _reshape(bare: str) -> str:
    if _RESHAPER_DELETES_OR_ZWJ.search(bare) is None:
        return _joined(bare)
    try:
        shaped: str = reshaper().reshape(bare)  # arabic-reshaper has no type hints
    except (IndexError, KeyError, ValueError):
        # arabic-reshaper raises IndexError on ZWJ before lam-alef (RTL-NOTES).
        return bare
    return shaped


def _joined(text: str) -> str:
    """arabic-reshaper's reshape for a text with no haraka or ZWJ: each letter in the form
    its neighbours give it, and a lam with the alef after it as one ligature, by the
    reshaper's own rules and tables (a fifth of its time: it is the cost of every new
    word). A letter's form is known only when the next character comes, so it is written
    one character late."""
    joins = _JOINS
    after_lam = LAM_ALEF
    lam = joins[_LAM]
    out: list[str] = []
    before: tuple[tuple[str, str, str, str], bool, bool, bool] | None = None
    form = _ISOLATED
    for letter in text:
        info = joins.get(letter)
        if info is None:  # not a letter of the table: it joins nothing
            if before is not None:
                out.append(before[0][form])
                before = None
            out.append(letter)
            continue
        if before is lam and letter in after_lam:
            # Lam-alef: one glyph, isolated or final as the lam was; an alef joins nothing
            # after it, so the next letter starts afresh.
            out.append(after_lam[letter][0 if form == _ISOLATED else 1])
            before = None
            continue
        if before is None:
            form = _ISOLATED
        elif not info[1] or not before[2] or (form == _FINAL and not before[3]):
            out.append(before[0][form])
            form = _ISOLATED
        else:
            out.append(before[0][_INITIAL if form == _ISOLATED else _MEDIAL])
            form = _FINAL
        before = info
    if before is not None:
        out.append(before[0][form])
    return "".join(out)


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
