"""The joining shaping does for most words gives exactly arabic-reshaper's forms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text import shaping

# Letters of every joining type (dual, right, non-joining, join-causing tatweel), letters
# arabic-reshaper lists only since shaping gave it Unicode's table (ڨ, ں), and others.
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةىئؤڨںےۀۂۓڤگپچژـ"
OTHER = "ab1٢ .،()«»\u200c\u061c"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=LETTERS + OTHER, min_size=1, max_size=12))
def test_joined_forms_equal_the_reshaper_on_words_it_takes(word):
    if shaping._RESHAPER_DELETES_OR_ZWJ.search(word):
        return  # those go to the reshaper itself
    assert shaping._joined(word) == shaping.reshaper().reshape(word)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ل", "لا", "لأ", "لإ", "لآ", "ب", "د", "ـ", " ", "a"]),
                min_size=1, max_size=8))
def test_lam_alef_ligatures_equal_the_reshaper(pieces):
    word = "".join(pieces)
    assert shaping._joined(word) == shaping.reshaper().reshape(word)


def test_lam_alef_is_one_glyph_isolated_or_final_as_the_lam_joins():
    # لا alone: LAM WITH ALEF ISOLATED U+FEFB; after beh (initial U+FE91) the final U+FEFC.
    assert shaping._joined("لا") == "\ufefb"
    assert shaping._joined("بلا") == "\ufe91\ufefc"
    # After the ligature the next letter starts afresh: لاب is U+FEFB then beh isolated.
    assert shaping._joined("لاب") == "\ufefb\ufe8f"
    # With hamza below after dal (which joins nothing after it): isolated U+FEF9.
    assert shaping._joined("دلإ") == "\ufea9\ufef9"


def test_a_dual_joining_word_takes_initial_medial_and_final_forms():
    # بتث: beh initial U+FE91, teh medial U+FE98, theh final U+FE9A (Unicode tables).
    assert shaping._joined("بتث") == "\ufe91\ufe98\ufe9a"
    # دب: dal joins only the letter before it, so beh after it stands isolated (U+FE8F).
    assert shaping._joined("دب") == "\ufea9\ufe8f"
