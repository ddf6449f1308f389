"""The shipped letter table (reader/text/joining_letters.py) is what its script builds."""

import subprocess
import sys
from pathlib import Path

from reader.text import shaping
from reader.text.joining_letters import LETTERS

REPO = Path(__file__).resolve().parents[2]


def test_the_letter_table_is_rebuilt_byte_identical(tmp_path):
    out = tmp_path / "joining_letters.py"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_joining_letters.py"), str(out)],
        cwd=REPO, check=True, capture_output=True,
    )
    assert out.read_bytes() == (REPO / "reader" / "text" / "joining_letters.py").read_bytes()


def test_the_reshaper_is_given_the_table():
    assert shaping._RESHAPER.letters is LETTERS


def test_the_table_holds_what_unicode_says_of_some_letters():
    # Worked out from ArabicShaping.txt and the presentation forms' decompositions:
    assert LETTERS["\u0628"] == ("\ufe8f", "\ufe91", "\ufe92", "\ufe90")  # beh: dual
    assert LETTERS["\u062f"] == ("\ufea9", "", "", "\ufeaa")  # dal: right-joining
    assert LETTERS["\u0621"] == ("\ufe80", "", "", "")  # hamza: joins neither side
    # ڨ (U+06A8) is dual-joining with no presentation forms: its own code point.
    assert LETTERS["\u06a8"] == ("\u06a8",) * 4
    assert "\u064e" not in LETTERS  # a fatha is a mark (transparent), not a letter
