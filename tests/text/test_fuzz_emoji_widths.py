"""Emoji sequences through the reader's whole path still fit the view's width.

The same check as test_fuzz_pipeline.py, with the emoji sequences of test_fuzz_graphemes.py
among the text: the layout's width of each line is the terminal's (rich's) width, and the
painted strip is exactly the view's width, no cluster cut.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.text.layout import BidiMode
from tests.text.test_fuzz_graphemes import article
from tests.text.test_fuzz_pipeline import FUZZ, check_painted


@FUZZ
@given(text=article, width=st.integers(1, 200), seed=st.integers(0, 1000),
       bidi=st.sampled_from(list(BidiMode)))
def test_emoji_sequences_are_painted_within_the_width(text, width, seed, bidi):
    check_painted(text, width, seed, bidi, b"")
