"""Build reader/text/joining_letters.py: arabic-reshaper's letter table, made from Unicode,
its lam-alef ligatures, and the characters it deletes.

Which letters join is the Unicode Joining_Type (ArabicShaping.txt, as the `regex` module
knows it), not arabic-reshaper's own letter list (see reader/text/shaping.py); a letter's
presentation forms are the compatibility decompositions of U+FB50–U+FDFF and
U+FE70–U+FEFF (Python's `unicodedata`). Deriving the table takes the `regex` module's
property tables and some 10 ms; the reader needs it before its first frame, so it ships
made. The lam-alef ligatures are the compatibility decompositions of U+FEF5–U+FEFC, and
the characters the reshaper deletes are those of its own pattern (arabic-reshaper's
HARAKAT_RE), read here so that the reader imports arabic-reshaper only for a word that
holds one. A rebuild gives the same bytes (tests/text/test_joining_letters.py).

Usage: python scripts/build_joining_letters.py [OUT]
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import regex
from arabic_reshaper.arabic_reshaper import HARAKAT_RE

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.text.shaping import joining_type  # noqa: E402

OUT = REPO / "reader" / "text" / "joining_letters.py"
_ARABIC_SCRIPT = regex.compile(r"\p{Script_Extensions=Arabic}")
LINE_LENGTH = 100  # ruff's, in pyproject.toml
_POSITION = {"<isolated>": 0, "<initial>": 1, "<medial>": 2, "<final>": 3}

HEADER = '''"""arabic-reshaper's letter table, made from Unicode's Joining_Type and
presentation forms, its lam-alef ligatures and the characters it deletes, by
scripts/build_joining_letters.py (do not edit: rebuild).

LETTERS: letter -> (isolated, initial, medial, final): the form the reshaper gives the
letter in each position, "" where it does not join on that side.
"""

LETTERS: dict[str, tuple[str, str, str, str]] = {
'''


LAM_ALEF_DOC = '''"""The letter after a lam -> the isolated and final forms of their ligature."""
'''
RESHAPER_DELETES_DOC = '''"""arabic-reshaper's pattern of what it deletes (harakat, Quranic
marks): a word with one of these goes to the reshaper itself."""
'''


def presentation_forms() -> dict[str, list[str]]:
    """Letter → [isolated, initial, medial, final] presentation forms ('' where Unicode
    has none)."""
    forms: dict[str, list[str]] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        tag, *chars = unicodedata.decomposition(chr(code)).split() or [""]
        if tag in _POSITION and len(chars) == 1:
            letter = chr(int(chars[0], 16))
            forms.setdefault(letter, ["", "", "", ""])[_POSITION[tag]] = chr(code)
    return forms


def joining_letters() -> dict[str, tuple[str, str, str, str]]:
    """The table, from the joining types of the Arabic script's letters. The reshaper
    joins a letter on a side when it has a form for that side: a letter that joins but
    has no presentation form (U+06A8 ڨ, the initial of U+06BA) gets its own code point
    in that form. A non-joining letter is listed only for its isolated form (hamza,
    U+FE80)."""
    forms = presentation_forms()
    letters: dict[str, tuple[str, str, str, str]] = {}
    for char in map(chr, (*range(0x0600, 0x0900), *range(0x10EC0, 0x10F00))):
        kind = joining_type(char)
        if not _ARABIC_SCRIPT.match(char) or not (kind in "DRLC" or char in forms):
            continue
        isolated, initial, medial, final = forms.get(char, ["", "", "", ""])
        joins_before, joins_after = kind in "DRC", kind in "DLC"  # before: on its right
        letters[char] = (
            isolated or char,
            (initial or char) if joins_after else "",
            (medial or char) if joins_before and joins_after else "",
            (final or char) if joins_before else "",
        )
    return letters


def lam_alef_ligatures() -> dict[str, tuple[str, str]]:
    """The letter after a lam -> the isolated and final forms of the ligature of the two
    (U+FEF5–U+FEFC): the only ligatures the reader has the reshaper make."""
    forms: dict[str, list[str]] = {}
    for code in range(0xFEF5, 0xFEFD):
        tag, lam, alef = unicodedata.decomposition(chr(code)).split()
        assert lam == "0644" and tag in ("<isolated>", "<final>"), hex(code)
        forms.setdefault(chr(int(alef, 16)), ["", ""])[tag == "<final>"] = chr(code)
    return {letter: (isolated, final) for letter, (isolated, final) in sorted(forms.items())}


def escaped(text: str) -> str:
    """A string literal with every non-ASCII character as an escape."""
    return '"' + "".join(
        char if char.isascii() and char.isprintable() and char not in '"\\'
        else f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}"
        for char in text
    ) + '"'


def source() -> str:
    lines = [HEADER]
    for letter, forms in joining_letters().items():
        entry = f"    {escaped(letter)}: ({', '.join(map(escaped, forms))}),"
        comment = f"  # {unicodedata.name(letter, f'U+{ord(letter):04X}')}"
        if len(entry + comment) > LINE_LENGTH:
            entry, comment = comment.strip().join(("    ", "\n" + entry)), ""
        lines.append(entry + comment + "\n")
    lines.append("}\n\nLAM_ALEF: dict[str, tuple[str, str]] = {\n")
    for letter, (isolated, final) in lam_alef_ligatures().items():
        name = unicodedata.name(letter).removeprefix("ARABIC LETTER ")
        lines.append(f"    {escaped(letter)}: ({escaped(isolated)}, {escaped(final)}),"
                     f"  # LAM WITH {name}\n")
    lines.append("}\n" + LAM_ALEF_DOC + "\n")
    pattern = HARAKAT_RE.pattern  # in pieces of 12 characters: lines of under 100
    pieces = (escaped(pattern[i:i + 12]) for i in range(0, len(pattern), 12))
    lines.append("RESHAPER_DELETES = (\n" + "".join(f"    {piece}\n" for piece in pieces))
    lines.append(")\n" + RESHAPER_DELETES_DOC)
    return "".join(lines)


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else OUT
    out.write_text(source(), encoding="utf-8")
    print(f"{out}: {len(joining_letters())} letters")


if __name__ == "__main__":
    main(sys.argv[1:])
