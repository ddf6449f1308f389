"""Every Arabic letter joins as ArabicShaping.txt says, in our shaper and in fribidi.

A letter's joining type is read off the shaper's output, not asked of the shaper: between
two behs (`بXب`), the first beh is initial when X joins on its right, the second is final
when X joins on its left; a transparent X (a mark) lets the behs join each other, and
leaves a lone beh before it (`بX`) isolated. Join-causing (ZWJ, tatweel) shows as
dual-joining. The file covers other scripts too (Syriac, N'Ko, Mongolian ...); they have
no presentation forms, so the terminal shows their letters as they are and we shape only
the Arabic script.
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from reader.text.shaping import shape_text

ARABIC_SHAPING = Path(__file__).resolve().parents[1] / "data" / "unicode" / "ArabicShaping.txt.gz"
BEH = "\u0628"
# The Arabic blocks (Blocks.txt) and the two joiners, less what Python's Unicode 14 lacks.
ARABIC_BLOCKS = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x089F), (0x08A0, 0x08FF)]
JOINERS = (0x200C, 0x200D)
# Added after Unicode 10.0 (DerivedAge.txt), which is the version of fribidi 1.0.8's tables.
AFTER_UNICODE_10 = [(0x0870, 0x089F), (0x08B5, 0x08B5), (0x08BE, 0x08D3)]
AS_SEEN = {"D": "dual", "C": "dual", "R": "right", "L": "left", "U": "none", "T": "transparent"}


@cache
def joining_types() -> dict[str, str]:
    """Joining type of every code point of the Arabic blocks and the joiners, from the
    file, with its rule for the unlisted: Mn, Me and Cf are T, all others U."""
    listed: dict[int, str] = {}
    for raw in gzip.decompress(ARABIC_SHAPING.read_bytes()).decode("utf-8").splitlines():
        if raw and not raw.startswith("#"):
            code, _name, kind, _group = (field.strip() for field in raw.split(";"))
            listed[int(code, 16)] = kind
    types = {}
    codes = [*JOINERS, *(c for low, high in ARABIC_BLOCKS for c in range(low, high + 1))]
    for code in codes:
        category = unicodedata.category(chr(code))
        if category == "Cn":
            continue
        derived = "T" if category in ("Mn", "Me", "Cf") else "U"
        types[chr(code)] = listed.get(code, derived)
    return types


def form(char: str) -> str:
    """'initial', 'medial', 'final' or 'isolated' for a beh as shown (nominal: isolated)."""
    tag = unicodedata.decomposition(char).split()[:1]
    return tag[0].strip("<>") if tag and tag[0].startswith("<") else "isolated"


def seen(first_beh: str, last_beh: str, lone_beh: str) -> str:
    """The joining behaviour shown by `بXب` (its two behs) and `بX` (its beh)."""
    joins_right, joins_left = form(first_beh) == "initial", form(last_beh) == "final"
    if joins_right and joins_left:
        return "transparent" if form(lone_beh) == "isolated" else "dual"
    return {(True, False): "right", (False, True): "left"}.get((joins_right, joins_left), "none")


def ours(char: str) -> str:
    between = [g.text[0] for g in shape_text(BEH + char + BEH) if g.text]
    lone = shape_text(BEH + char)[0].text[0]
    return seen(between[0], between[-1], lone)


def test_the_file_gives_each_joining_type_to_some_arabic_code_point():
    kinds = set(joining_types().values())
    assert kinds == {"D", "R", "U", "C", "T"}  # no L in the Arabic script
    assert len(joining_types()) > 400


def test_every_arabic_code_point_joins_as_arabic_shaping_txt_says():
    wrong = {
        f"U+{ord(char):04X} {unicodedata.name(char, '?')}: {kind} in the file, {ours(char)}"
        for char, kind in joining_types().items()
        if ours(char) != AS_SEEN[kind]
    }
    assert not wrong, "\n".join(sorted(wrong))


@pytest.mark.parametrize("char", ["\u06a8", "\u0672", "\u06ba", "\u200d", "\u0640", "\u064e"])
def test_letters_the_reshaper_got_wrong_join_as_the_file_says(char):
    expected = {"\u06a8": "dual", "\u0672": "right", "\u06ba": "dual", "\u200d": "dual",
                "\u0640": "dual", "\u064e": "transparent"}[char]
    assert AS_SEEN[joining_types()[char]] == expected  # the file, as read here
    assert ours(char) == expected


def test_no_letter_comes_out_as_a_private_use_glyph():
    # arabic-reshaper's own table maps some Kurdish letters (U+0695, U+06B5, U+06CE,
    # U+06D5) to private-use code points that no terminal font draws.
    for char in joining_types():
        for word in (char, BEH + char, char + BEH, BEH + char + BEH):
            shown = "".join(g.text for g in shape_text(word))
            assert not any(unicodedata.category(c) == "Co" for c in shown), hex(ord(char))


def _newer_than_fribidi(char: str) -> bool:
    return any(low <= ord(char) <= high for low, high in AFTER_UNICODE_10)


def test_fribidi_agrees_with_the_file_on_every_code_point_it_knows():
    if shutil.which("fribidi") is None:
        pytest.skip("fribidi is not installed (Debian: libfribidi-bin; .ci/run installs it)")
    chars = [c for c in joining_types() if not _newer_than_fribidi(c)]
    lines = [f"{BEH}{c}{BEH}\n{BEH}{c}" for c in chars]
    result = subprocess.run(
        ["fribidi", "--nopad", "--nobreak"], input="\n".join(lines) + "\n",
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=True,
    )
    visual = result.stdout.splitlines()
    assert len(visual) == 2 * len(chars)
    wrong = []
    for k, char in enumerate(chars):
        # Visual order: a right-to-left line's logically first beh is its rightmost.
        behs = [c for c in visual[2 * k] if unicodedata.normalize("NFKC", c) == BEH]
        lone = [c for c in visual[2 * k + 1] if unicodedata.normalize("NFKC", c) == BEH]
        fribidi = seen(behs[-1], behs[0], lone[0])
        if fribidi != AS_SEEN[joining_types()[char]]:
            wrong.append(f"U+{ord(char):04X}: {joining_types()[char]} in the file, {fribidi}")
    assert not wrong, "\n".join(wrong)
