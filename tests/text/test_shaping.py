"""Words the reshaper alone drew wrong, laid out as the terminal receives them.

Expected forms are written out from Arabic Presentation Forms-A/B, letter by letter.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reader.text.layout import layout_paragraph

ZWJ, ALM, FATHA = "\u200d", "\u061c", "\u064e"
BEH_INITIAL, BEH_FINAL = "\ufe91", "\ufe90"


def painted(word: str):
    (line,) = layout_paragraph(word, 40)
    return line


@pytest.mark.parametrize(
    ("word", "visual"),
    [
        # ZWJ is join-causing: both behs join it, and so each other.
        (f"ب{ZWJ}ب", BEH_FINAL + BEH_INITIAL),
        # A leading ZWJ makes the meem medial: مؤسسة drawn as a fragment of a word.
        (f"{ZWJ}مؤسسة", "\ufe94\ufeb4\ufeb3\ufe86\ufee4"),
        # A trailing ZWJ shows a letter's initial form.
        (f"ب{ZWJ}", BEH_INITIAL),
        # ZWJ before lam-alef: the ligature, final, after an initial beh.
        (f"ب{ZWJ}لا", "\ufefc" + BEH_INITIAL),
    ],
    ids=["beh-zwj-beh", "zwj-muassasa", "beh-zwj", "zwj-before-lam-alef"],
)
def test_a_zwj_joins_takes_no_cell_and_is_not_sent(word, visual):
    line = painted(word)
    assert line.text == visual
    assert line.cells == len(visual)
    assert line.logical_to_visual(word.index(ZWJ)) is None


def test_dotless_qaf_with_three_dots_joins_on_both_sides():
    # ديڨيدسون (Davidson): U+06A8 is dual-joining and has no presentation forms, so it is
    # sent as it is and the yehs around it take their joining forms.
    line = painted("ديڨيدسون")
    assert line.text == "\ufee5\ufeee\ufeb3\ufeaa\ufef4\u06a8\ufef3\ufea9"


def test_alef_with_wavy_hamza_joins_the_letter_before_it_only():
    assert painted("بٲب").text == "\ufe8f\u0672" + BEH_INITIAL


def test_yeh_barree_after_dotless_noon_takes_its_final_form():
    # U+06BA is dual-joining (its initial form has no presentation form of its own).
    assert painted("ںے").text == "\ufbaf\u06ba"


@pytest.mark.parametrize("between", [FATHA, FATHA + "\u0651", ALM, "\u0670"],
                         ids=["fatha", "fatha-shadda", "alm", "superscript-alef"])
def test_transparent_characters_do_not_break_joining(between):
    line = painted(f"ب{between}ب")
    assert line.text.startswith(BEH_FINAL)
    assert line.text[1] == BEH_INITIAL
    assert ALM not in line.text
    assert line.cells == 2


def test_a_mark_on_lam_before_alef_keeps_the_alef_in_the_ligature_cell():
    # مثلًا: lam, tanwin fath, alef: the ligature's cell covers the alef too.
    word = "مثلًا"
    line = painted(word)
    assert line.text[0] == "\ufefc"
    assert line.logical_to_visual(word.index("ا")) == 0


def test_the_reshaper_ignores_its_configuration_file_variable(tmp_path):
    config = tmp_path / "reshaper.ini"
    config.write_text("[ArabicReshaper]\ndelete_harakat = no\nsupport_ligatures = no\n")
    script = ("from reader.text import shaping; from reader.text.layout import layout_paragraph; "
              "print(shaping.reshaper().reshape('لا'), layout_paragraph('لا', 9)[0].text)")
    for value in (str(tmp_path / "missing.ini"), str(config)):
        env = {**os.environ, "PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE": value}
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                                text=True, encoding="utf-8", timeout=60)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["\ufefb"] * 2  # the lam-alef ligature, as by default


def test_allah_is_four_letters_not_the_ligature_glyph():
    # U+FDF2 (ARABIC LIGATURE ALLAH) is drawn wider than its one cell in most fonts: the
    # reshaper's own default turns it on, ours off. Alef isolated, lam initial, lam medial,
    # heh final, right to left.
    line = painted("الله")
    assert line.text == "\ufeea\ufee0\ufedf\ufe8d"
    assert line.cells == 4
