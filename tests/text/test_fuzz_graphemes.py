"""Emoji sequences and other grapheme clusters (UAX #29) through the reader's whole path.

The same path as test_fuzz_pipeline.py (bytes → sanitised text → layout → painted Strip),
fed emoji ZWJ sequences, skin tones, flags, keycaps and VS16 presentation among Arabic with
marks: every cluster is painted whole. (That the lines still fit their width with these
is test_fuzz_emoji_widths.py's.)
"""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import given
from hypothesis import strategies as st

from reader.text.layout import BidiMode
from tests.text.test_fuzz_pipeline import FUZZ, painted_lines, piece

SEQUENCES = ["😀", "🎉", "✈", "👨\u200d👩\u200d👧\u200d👦", "👍🏽", "🇲🇦", "🇪🇬", "1\ufe0f\u20e3",
             "#\u20e3", "🏳\ufe0f\u200d🌈", "❤\ufe0f", "☺\ufe0e", "🧑🏿\u200d🚀", "👩\u200d💻"]
article = st.lists(st.one_of(piece, st.sampled_from(SEQUENCES)), min_size=1,
                   max_size=40).map("".join)


@FUZZ
@given(text=article, width=st.integers(1, 200))
def test_every_grapheme_cluster_is_painted_whole(text, width):
    """A cluster (an emoji sequence, a flag, a letter with its marks) lands on one line, in
    cells side by side, and one that is not reshaped is sent with its characters in order."""
    painted = painted_lines(text.encode("utf-8"), width, 0, BidiMode.APP)
    if painted is None:
        return
    for paragraph, line, _strip in painted:
        for cluster in regex.finditer(r"\X", paragraph):
            start, end = cluster.span()
            if not line.start <= start < line.end:
                continue
            assert end <= line.end, f"{cluster.group()!r} split across lines"
            columns = sorted({c for o in range(start, end)
                              if (c := line.logical_to_visual(o)) is not None})
            if not columns:
                continue  # nothing of it shown (a space at a break, an invisible character)
            assert columns == list(range(columns[0], columns[-1] + 1)), (
                f"{cluster.group()!r} painted in cells {columns} of {line.text!r}")
            if not regex.search(r"\p{Arabic}|\p{Mn}|\p{Bidi_Mirrored}", cluster.group()):
                # Neither reshaped nor mirrored: sent as it is, its characters in order.
                assert _visible(cluster.group()) in _visible(line.text), (cluster, line.text)


def _visible(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Cf")
