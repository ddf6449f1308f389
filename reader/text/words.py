"""One word shaped into screen units, grapheme clusters kept whole, cached by word.

Joining never crosses a space, so a paragraph is shaped word by word and a word met
again costs a dictionary look-up. A unit is what layout never splits and reordering
never reverses: a glyph of `shape_text` (a letter with its marks, a lam-alef ligature),
or several of them when they are one grapheme cluster (UAX #29, the `regex` module's
`\\X`): an emoji ZWJ sequence, an emoji with its skin tone, a flag, a base and its
spacing marks (a joiner after a letter stays a unit of its own, with no cell). Besides
the units, a word keeps the arrays a paragraph is assembled from by concatenation (see
`layout`), each ending with the space that follows the word.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from bidi.mirror import MIRRORED
from rich.cells import cell_len

from reader.text.shaping import Glyph, plain_shape, shape_text

if TYPE_CHECKING:
    import regex

# Text in which every cluster is already one glyph: Latin, Arabic, their marks (shaping
# attaches marks), punctuation; not the Arabic signs that prepend to what follows
# (U+0600–U+0605, U+06DD, U+08E2), joiners or bidi marks. A fast test before `\\X`.
_PLAIN = re.compile(
    "[\u0000-\u036f\u0606-\u06dc\u06de-\u06ff\u0750-\u077f\u08a0-\u08e1\u08e3-\u08ff"
    "\u2010-\u2027\u2030-\u205e\ufb50-\ufdff\ufe70-\ufeff]*"
)
_ZWJ = "\u200d"
_VS16 = "\ufe0f"


class _ClusterPatterns(NamedTuple):
    """The `regex` module's expressions for grapheme clusters, compiled when a word first
    needs them (loading the module's property tables costs some 10 ms of a cold start,
    and most text never asks: see `_PLAIN`)."""

    cluster: regex.Pattern[str]
    pictographic: regex.Pattern[str]
    may_extend: regex.Pattern[str]
    """Characters that can join a cluster beyond the glyph `shape_text` gives them:
    joiners, emoji modifiers and tags, regional indicators, spacing marks, Hangul jamo,
    prepends."""
    format_not_emoji: regex.Pattern[str]
    """Format characters, but the joiner and the tags that emoji sequences are made of."""


@cache
def _cluster_patterns() -> _ClusterPatterns:
    import regex

    return _ClusterPatterns(
        cluster=regex.compile(r"\X"),
        pictographic=regex.compile(r"\p{Extended_Pictographic}"),
        may_extend=regex.compile(
            r"[\u200c\u200d\U0001F1E6-\U0001F1FF\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F"
            r"\p{Grapheme_Cluster_Break=SpacingMark}\p{Grapheme_Cluster_Break=Prepend}"
            r"\p{Hangul_Syllable_Type=L}\p{Hangul_Syllable_Type=V}\p{Hangul_Syllable_Type=T}"
            r"\p{Hangul_Syllable_Type=LV}\p{Hangul_Syllable_Type=LVT}]"
        ),
        format_not_emoji=regex.compile(r"[\p{Cf}--[\u200d\U000E0020-\U000E007F]]", regex.V1),
    )


_MIRRORABLE = re.compile("[" + "".join(re.escape(char) for char in MIRRORED) + "]")


class ShapedWord(NamedTuple):
    """A word's units and the arrays a paragraph is assembled from. (A named tuple of
    tuples: the garbage collector stops visiting it, though the cache holds 100,000.)

    `cells` is the width of its units. Per character of the word and
    the space after it: `starts` is 1 where a unit that takes cells begins, 0 elsewhere.
    Per unit that takes cells (the space after the word included): `texts` what it
    shows, `mirrored` the same with a mirrored bracket first (rule L4), `lengths` how
    many characters it covers. `hidden` holds the offsets of the characters of units
    that take no cell (a lone joiner, a bidi mark); `wide` is true when a unit takes
    more than one cell (or shows something in none).
    """

    cells: int
    starts: bytes
    texts: tuple[str, ...]
    mirrored: tuple[str, ...]
    lengths: tuple[int, ...]
    hidden: tuple[int, ...]
    wide: bool



@lru_cache(maxsize=131_072)
def shaped_word(word: str, harakat: bool = True, shape: bool = True) -> ShapedWord:
    """`word` (no space inside) as units; `shape=False` keeps the letters unshaped."""
    plain = plain_shape(word, shape) if _PLAIN.fullmatch(word) else None
    if plain is not None:  # a unit a character, one cell each: no glyph objects needed
        count = len(word) + 1
        plain_texts = (*plain, " ")
        plain_mirrored = (
            tuple(map(_mirrored, plain_texts)) if _MIRRORABLE.search(word) else plain_texts
        )
        return ShapedWord(
            count - 1, b"\x01" * count, plain_texts,
            plain_mirrored if plain_mirrored != plain_texts else plain_texts,
            (1,) * count, (), False,
        )
    units = _units(word, harakat, shape)
    starts = bytearray(len(word) + 1)
    starts[-1] = 1
    texts: list[str] = []
    lengths: list[int] = []
    hidden: list[int] = []
    wide = False
    cells = 0
    for unit in units:
        unit_cells = unit.cells
        if unit_cells:
            starts[unit.start] = 1
            texts.append(unit.text)
            lengths.append(unit.length)
            if unit_cells > 1:
                wide = True
                cells += unit_cells - 1
        else:
            hidden.extend(range(unit.start, unit.start + unit.length))
            wide = wide or bool(unit.text)  # drawn in no cell: a control character
    cells += len(texts)
    texts.append(" ")
    lengths.append(1)
    shown = tuple(texts)
    mirrored = tuple(map(_mirrored, shown)) if _MIRRORABLE.search(word) else shown
    return ShapedWord(
        cells, bytes(starts), shown, mirrored if mirrored != shown else shown,
        tuple(lengths), tuple(hidden), wide,
    )


def _mirrored(text: str) -> str:
    mirror = MIRRORED.get(text[0]) if text else None
    return text if mirror is None else mirror + text[1:]


@lru_cache(maxsize=4096)
def word_units(word: str, harakat: bool = True, shape: bool = True) -> tuple[Glyph, ...]:
    """The glyphs of `word`, those of one grapheme cluster merged into one unit (for
    `layout_reference`; the layout itself keeps only `shaped_word`'s arrays)."""
    return _units(word, harakat, shape)


def _units(word: str, harakat: bool, shape: bool) -> tuple[Glyph, ...]:
    glyphs = shape_text(word, harakat, shape)
    if _VS16 in word:
        glyphs = tuple(map(_painted_width, glyphs))
    if _PLAIN.fullmatch(word):
        return glyphs  # every cluster is a letter with its marks: one glyph already
    patterns = _cluster_patterns()
    if patterns.may_extend.search(word) is None:
        return glyphs
    boundaries = {match.start() for match in patterns.cluster.finditer(word)}
    units: list[Glyph] = []
    group: list[Glyph] = []
    for glyph in glyphs:
        if group and glyph.start not in boundaries:
            group.append(glyph)  # inside the cluster the previous glyph began
            continue
        if group:
            units.extend(_merged(word, group) if len(group) > 1 else group)
        group = [glyph]
    if group:
        units.extend(_merged(word, group) if len(group) > 1 else group)
    return tuple(units)


def _painted_width(glyph: Glyph) -> Glyph:
    """`glyph` as wide as it is painted: a VS16 among its marks (`❤️`, `1️⃣`) asks for
    the emoji presentation, two cells where the base alone takes one."""
    if _VS16 not in glyph.text:
        return glyph
    return glyph._replace(cells=cell_len(glyph.text))


def _merged(word: str, group: list[Glyph]) -> list[Glyph]:
    start = group[0].start
    end = max(glyph.start + glyph.length for glyph in group)
    source = word[start:end]
    patterns = _cluster_patterns()
    if patterns.pictographic.search(source):
        # An emoji sequence is sent as it is, joiners, modifiers and tags in their order,
        # for the terminal to draw as one picture; not the format characters shaping
        # hung on its last glyph (a bidi mark after it), nor a joiner it ends with, which
        # joins nothing and would join what is painted next to it (rich measures
        # `😀\u200dﺍ` as the emoji alone).
        shown = patterns.format_not_emoji.sub("", source).rstrip(_ZWJ)
        return [Glyph(shown, start, end - start, cell_len(shown))]
    if sum(1 for glyph in group if glyph.cells) < 2:
        # One glyph that shows and joiners that do not (a letter and a ZWJ): nothing to
        # keep together on screen, and a joiner keeps no cell of its own (RTL-NOTES).
        return group
    text = "".join(glyph.text for glyph in group)
    return [Glyph(text, start, end - start, cell_len(text))]
