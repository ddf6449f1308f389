"""A paragraph's embedding levels, resolved once on a string of bidi class codes.

`bidi.resolve_levels` follows the rules one character at a time; here the same rules
(W1–W7, N1–N2, I1–I2) run as regular expressions and translations over one code letter
per character, which is what makes laying out a long article fast; only bracket pairs
(N0) are resolved on a list, and only in a paragraph that has them. A paragraph with no
left-to-right letter and no number (most Arabic prose) is at the paragraph level
throughout and needs no rule at all. Paragraphs with characters removed by X9 or
isolate controls go to `bidi.resolve_levels`; the conformance tests run both on every
case of BidiCharacterTest.txt.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.text.bidi import (
    CLOSING_BRACKETS,
    OPENING_TO_CLOSING,
    bidi_class,
    classes_of,
    resolve_brackets,
    resolve_levels,
)

# One letter per Bidi_Class: upper case for the strong types and numbers.
_CODE = {
    "L": "L", "R": "R", "AL": "A", "EN": "E", "AN": "N", "ES": "s", "ET": "t", "CS": "c",
    "NSM": "m", "BN": "b", "B": "B", "S": "S", "WS": "w", "ON": "o",
    "LRE": "x", "RLE": "x", "LRO": "x", "RLO": "x", "PDF": "x",
    "LRI": "i", "RLI": "i", "FSI": "i", "PDI": "i",
}


class _Codes(dict[int, str]):
    """Code point -> class letter, filled on first sight (a table for str.translate)."""

    def __missing__(self, code: int) -> str:
        letter = self[code] = _CODE[bidi_class(chr(code))]
        return letter


_CODES = _Codes()
_FIRST_STRONG = re.compile("[LRA]")
_LTR_OR_NUMBER = re.compile("[LEN]")
_RTL_OR_ARABIC_NUMBER = re.compile("[RAN]")
_NEEDS_REFERENCE = re.compile("[bxi]")
_BRACKET = re.compile(
    "[" + "".join(re.escape(c) for c in (*OPENING_TO_CLOSING, *CLOSING_BRACKETS)) + "]"
)
_LEADING_MARKS = re.compile("^m+")
_MARKS_AFTER = re.compile("([^m])(m+)")
_ARABIC_LETTER_SPAN = re.compile("A[^LR]*")
_SEPARATOR_IN_NUMBER = re.compile("(?<=E)[sc](?=E)|(?<=N)c(?=N)")
_TERMINATORS_BY_NUMBER = re.compile("(?<=E)t+|t+(?=E)")
_LEFT_SPAN = re.compile("L[^R]*")
_LEADING_NON_STRONG = re.compile("^[^LR]+")
_NEUTRALS_BETWEEN_LEFT = re.compile("(?<=L)[BSwo]+(?=L)")
_NEUTRALS_BETWEEN_RIGHT = re.compile("(?<=[REN])[BSwo]+(?=[REN])")
_NAMES = {"L": "L", "R": "R", "E": "EN", "N": "AN", "o": "ON", "w": "WS", "S": "S", "B": "B"}
_LETTERS = {name: letter for letter, name in _NAMES.items()}
_WEAK_TO_NEUTRAL = str.maketrans("stc", "ooo")
_NEUTRAL_TO_R = str.maketrans("BSwo", "RRRR")
_NEUTRAL_TO_L = str.maketrans("BSwo", "LLLL")
_LEVEL_IN_RTL = str.maketrans("RLEN", "\x01\x02\x02\x02")
_LEVEL_IN_LTR = str.maketrans("LREN", "\x00\x01\x02\x02")


class ParagraphLevels(NamedTuple):
    """`codes`: one class letter per character; `base`: the paragraph level (P2/P3);
    `levels`: one byte per character, or None when every character is at `base`."""

    codes: str
    base: int
    levels: bytes | None


def class_codes(text: str) -> str:
    """One letter per character of `text` for its Bidi_Class (see `_CODE`)."""
    return text.translate(_CODES)


def paragraph_levels(text: str, base: int | None = None) -> ParagraphLevels:
    """Resolve the embedding levels of one paragraph (no line rules yet); its level is
    `base`, or that of its first strong character."""
    codes = class_codes(text)
    if base is None:
        first = _FIRST_STRONG.search(codes)
        base = 0 if first is None or first.group() == "L" else 1
    if base == 1 and _LTR_OR_NUMBER.search(codes) is None:
        # Only right-to-left letters and neutrals: all of it resolves to R (level 1).
        return ParagraphLevels(codes, 1, None)
    if base == 0 and _RTL_OR_ARABIC_NUMBER.search(codes) is None:
        # European numbers after L or the start become L (W7): all of it is at level 0.
        return ParagraphLevels(codes, 0, None)
    if _NEEDS_REFERENCE.search(codes):
        levels = bytes(resolve_levels(text, classes_of(text), base))
    else:
        levels = resolve_codes(codes, base, text)
    return ParagraphLevels(codes, base, levels)


def resolve_codes(codes: str, base: int, text: str) -> bytes:
    """Levels of paragraph `text`, `codes` its class letters, which hold no removed
    character or isolate control: rules W1–W7, N0–N2 and I1–I2."""
    sos = "R" if base else "L"
    types = codes
    if "m" in types:  # W1: a mark takes the type of what it follows
        types = _LEADING_MARKS.sub(lambda m: sos * len(m.group()), types)
        types = _MARKS_AFTER.sub(lambda m: m.group(1) * len(m.group()), types)
    if "E" in types and "A" in types:  # W2: numbers after Arabic letters are Arabic
        types = _ARABIC_LETTER_SPAN.sub(lambda m: m.group().replace("E", "N"), types)
    types = types.replace("A", "R")  # W3
    if "s" in types or "c" in types:  # W4: one separator inside a number
        types = _SEPARATOR_IN_NUMBER.sub(lambda m: types[m.start() - 1], types)
    if "t" in types and "E" in types:  # W5: terminators next to a European number
        types = _TERMINATORS_BY_NUMBER.sub(lambda m: "E" * len(m.group()), types)
    types = types.translate(_WEAK_TO_NEUTRAL)  # W6
    if "E" in types:  # W7: European numbers after left-to-right text are L
        types = _LEFT_SPAN.sub(lambda m: m.group().replace("E", "L"), types)
        if sos == "L":
            types = _LEADING_NON_STRONG.sub(lambda m: m.group().replace("E", "L"), types)
    if _BRACKET.search(text):
        types = _paired_brackets(text, codes, types, sos)
    # N1: neutrals between two strong types of one direction take it (numbers count as
    # R; the paragraph's ends count as sos); N2: the others take the paragraph's.
    if base:
        types = _NEUTRALS_BETWEEN_LEFT.sub(lambda m: "L" * len(m.group()), types)
        types = types.translate(_NEUTRAL_TO_R)
        return types.translate(_LEVEL_IN_RTL).encode("latin-1")
    types = _NEUTRALS_BETWEEN_RIGHT.sub(lambda m: "R" * len(m.group()), types)
    types = types.translate(_NEUTRAL_TO_L)
    return types.translate(_LEVEL_IN_LTR).encode("latin-1")


def _paired_brackets(text: str, codes: str, types: str, sos: str) -> str:
    """N0 (`bidi.resolve_brackets`), on class names for once."""
    names = [_NAMES[letter] for letter in types]
    original = ["NSM" if letter == "m" else "" for letter in codes]
    resolve_brackets(text, list(range(len(text))), names, original, sos, sos)
    return "".join([_LETTERS[name] for name in names])
