"""The shipped letter table (reader/text/joining_letters.py) is what its script builds, and
what arabic-reshaper makes with it."""

import subprocess
import sys
from pathlib import Path

from reader.text import shaping
from reader.text.joining_letters import LAM_ALEF, LETTERS, RESHAPER_DELETES

REPO = Path(__file__).resolve().parents[2]


def test_the_letter_table_is_rebuilt_byte_identical(tmp_path):
    out = tmp_path / "joining_letters.py"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_joining_letters.py"), str(out)],
        cwd=REPO, check=True, capture_output=True,
    )
    assert out.read_bytes() == (REPO / "reader" / "text" / "joining_letters.py").read_bytes()


def test_the_reshaper_is_given_the_table():
    assert shaping.reshaper().letters is LETTERS


def test_the_reshaper_makes_the_lam_alef_ligatures_only_and_as_the_table_has_them():
    from arabic_reshaper.ligatures import LIGATURES

    configuration = shaping.reshaper().configuration
    made = {sequence: forms for name, (sequence, forms) in LIGATURES
            if configuration.getboolean(name)}
    assert made == {"\u0644" + letter: (isolated, "", "", final)
                    for letter, (isolated, final) in LAM_ALEF.items()}
    # Unicode's names: U+FEFB LAM WITH ALEF ISOLATED FORM, U+FEFC its final form.
    assert LAM_ALEF["\u0627"] == ("\ufefb", "\ufefc")


def test_what_the_reshaper_deletes_is_its_own_pattern():
    from arabic_reshaper.arabic_reshaper import HARAKAT_RE

    assert HARAKAT_RE.pattern == RESHAPER_DELETES


def test_laying_out_real_text_does_not_import_the_reshaper():
    # It is needed only for a word with a character it deletes that the layout did not
    # strip first: the bundled article has none, and the start is 3 ms shorter.
    script = ("import sys; from reader.resources import default_article; "
              "from reader.text.layout import layout_paragraph; "
              "text = default_article().read_text(encoding='utf-8'); "
              "[layout_paragraph(line, 60) for line in text.splitlines()]; "
              "print('arabic_reshaper' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_table_holds_what_unicode_says_of_some_letters():
    # Worked out from ArabicShaping.txt and the presentation forms' decompositions:
    assert LETTERS["\u0628"] == ("\ufe8f", "\ufe91", "\ufe92", "\ufe90")  # beh: dual
    assert LETTERS["\u062f"] == ("\ufea9", "", "", "\ufeaa")  # dal: right-joining
    assert LETTERS["\u0621"] == ("\ufe80", "", "", "")  # hamza: joins neither side
    # ڨ (U+06A8) is dual-joining with no presentation forms: its own code point.
    assert LETTERS["\u06a8"] == ("\u06a8",) * 4
    assert "\u064e" not in LETTERS  # a fatha is a mark (transparent), not a letter
