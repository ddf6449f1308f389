"""The fast layout gives exactly the lines and maps of the one-unit-at-a-time reference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text.layout import BidiMode, lay_out
from reader.text.layout_reference import reference_layout

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةىئؤڨ"
LATIN = "abcXYZ"
DIGITS = "0123456789٠١٢٣۴"
PUNCT = "()[]{}<>.,،؛:!?-+/%$#\"'«»"
MARKS = "\u064b\u064e\u0650\u0651\u0652\u0670"
SPACES = "  \u00a0\u2003"
INVISIBLE = "\u200c\u200d\u200e\u200f\u061c\u00ad"
SEPARATORS = "\u000b\u001f"  # segment separators (class S) reach layout in tests only
EMOJI = ["\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F44D\U0001F3FD",
         "\U0001F1F2\U0001F1E6", "\u4e2d\u6587", "\U0001F600"]

piece = st.one_of(
    st.text(alphabet=ARABIC + MARKS, min_size=1, max_size=8),
    st.text(alphabet=ARABIC + LATIN + DIGITS + PUNCT + MARKS, min_size=1, max_size=8),
    st.text(alphabet=DIGITS + PUNCT, min_size=1, max_size=5),
    st.text(alphabet=INVISIBLE + SEPARATORS + ARABIC, min_size=1, max_size=4),
    st.sampled_from(EMOJI),
)
paragraph = st.lists(
    st.tuples(piece, st.sampled_from(["", " ", " ", "  "] + list(SPACES))), min_size=1,
    max_size=30,
).map(lambda pairs: "".join(a + b for a, b in pairs))
prose = st.lists(st.text(alphabet=ARABIC + MARKS, min_size=1, max_size=9), min_size=1,
                 max_size=40).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(paragraph, st.integers(min_value=1, max_value=60), st.sampled_from(list(BidiMode)),
       st.booleans())
def test_fast_layout_equals_the_reference_on_mixed_text(text, width, bidi, harakat):
    assert lay_out(text, width, bidi, harakat) == reference_layout(text, width, bidi, harakat)


@settings(max_examples=150, deadline=None)
@given(prose, st.integers(min_value=1, max_value=90))
def test_fast_layout_equals_the_reference_on_arabic_prose(text, width):
    # The path most news takes: one level, every line copied backwards in one slice.
    assert lay_out(text, width, BidiMode.APP, True) == reference_layout(
        text, width, BidiMode.APP, True
    )


def test_fast_path_is_taken_for_mixed_lines_too():
    # Digits in Arabic (two levels) and brackets: the run path, checked by hand.
    text = "في (2004) كان"
    (line,) = lay_out(text, 40, BidiMode.APP, True)
    assert line == reference_layout(text, 40, BidiMode.APP, True)[0]
    # Visual, left to right: كان, space, the brackets mirrored around 2004, space, في.
    assert line.text.index("2004") == line.text.index("(") + 1
    assert line.visual_to_logical(line.text.index("2004")) == 4  # the "2" of 2004
