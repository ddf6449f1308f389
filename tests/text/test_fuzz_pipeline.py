"""Any text, however hostile, goes from bytes to painted cells without breaking the screen.

Random Unicode (Arabic with marks, Latin, digits, brackets, controls, bidi controls, wide
CJK, joiners, any other character but emoji) takes the reader's own path: decoded and
sanitised as a file is, split into paragraphs, laid out at a width from 1 to 200 cells,
and painted into the Strip the article view sends to the terminal, mentions marked.
Bounded for CI, and derandomised: every run tries the same cases.

Emoji and their sequences (ZWJ, skin tones, flags, keycaps, VS16), and grapheme clusters
kept whole, are test_fuzz_graphemes.py's: it feeds them through this same path.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.style import Style

from reader.text.document import parse_document
from reader.text.highlights import Span
from reader.text.layout import BidiMode, layout_paragraph
from reader.text.load import LoadError, decode_article
from reader.ui.widgets.mention_marks import KINDS, MarkStyles, marked_strip

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةىڨٲںےپچژگ"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0654\u0655"
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
C0_C1 = "".join(map(chr, [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]))
SEQUENCE_PARTS = "\ufe0e\ufe0f\u20e3" + "".join(map(chr, [*range(0x1F3FB, 0x1F400),
                                                           *range(0x1F1E6, 0x1F200)]))
CJK = "中文字漢語한국어ｶﾀｶﾅＡＢ"
ESCAPES = ["\x1b]0;evil\x07", "\x1b[2J", "\x1b[31m", "\x9b2J", "\x1bP+q\x1b\\"]

arabic_word = st.lists(
    st.tuples(st.sampled_from(ARABIC_LETTERS), st.text(st.sampled_from(MARKS), max_size=2)),
    min_size=1, max_size=8,
).map(lambda letters: "".join(letter + marks for letter, marks in letters))
piece = st.one_of(
    arabic_word,
    arabic_word.map(lambda word: word[:1] + "\u200d" + word[1:]),
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABC"), min_size=1, max_size=8),
    st.text(st.sampled_from("0123456789٠١٢٣٤٥٦٧٨٩.,%"), min_size=1, max_size=6),
    st.sampled_from(list("()[]{}<>«»")),
    st.text(st.sampled_from(C0_C1), min_size=1, max_size=3),
    st.sampled_from(ESCAPES),
    st.text(st.sampled_from(BIDI_CONTROLS), min_size=1, max_size=2),
    st.text(st.sampled_from(CJK), min_size=1, max_size=4),
    st.sampled_from(["\u200d", "\u200c", "\ufeff", "\u00ad", "\u2028", "\u2029"]),
    st.sampled_from([" ", " ", " ", "  ", "\n", "\t", "\r\n", "\r"]),
    # Emoji (category So) are test_fuzz_graphemes.py's, with their sequences.
    st.characters(codec="utf-8", exclude_categories=["So", "Cs"],
                  exclude_characters=SEQUENCE_PARTS),
)
article = st.lists(piece, min_size=1, max_size=40).map("".join)


class _PlainWidget:
    """What MarkStyles reads of a widget: its style and its mention classes' styles."""

    rich_style = Style()

    def get_component_rich_style(self, name: str, partial: bool = False) -> Style:
        return Style(bold=True, underline=name.endswith(("person", "current")))


def painted_lines(data: bytes, width: int, spans_seed: int, bidi: BidiMode):
    """(paragraph text, line, painted segments' text) for every line of the article, or
    None when the loader refuses it (empty, binary) with its one-line message."""
    try:
        text = decode_article(data, name="fuzz")
    except LoadError as error:
        assert "\n" not in str(error)
        return None
    document = parse_document(text, "fuzz")
    styles = MarkStyles(_PlainWidget())  # type: ignore[arg-type]
    painted = []
    for paragraph in [p for p in (document.title, *document.body) if p is not None]:
        size = len(paragraph.text)
        spans = [Span(start, min(size, start + 1 + spans_seed % 7), KINDS[start % 3])
                 for start in range(spans_seed % 5, size, 6)]
        current = spans[0] if spans else None
        for line in layout_paragraph(paragraph.text, width, bidi=bidi):
            strip = marked_strip(line, line.padding(width), width, styles, spans, current)
            painted.append((paragraph.text, line, strip))
    return painted


FUZZ = settings(max_examples=200, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(text=article, width=st.integers(1, 200), seed=st.integers(0, 1000),
       bidi=st.sampled_from(list(BidiMode)), bad_byte=st.sampled_from([b"", b"\xff", b"\xc3"]))
def test_any_text_is_painted_within_the_width_with_no_control_character(
    text, width, seed, bidi, bad_byte
):
    check_painted(text, width, seed, bidi, bad_byte)


def check_painted(text: str, width: int, seed: int, bidi: BidiMode, bad_byte: bytes) -> None:
    """Every line of `text` (a bad byte in its middle) as painted at `width`: as wide as the
    view, as wide as the layout says, and no control character sent."""
    data = text.encode("utf-8")
    data = data[: len(data) // 2] + bad_byte + data[len(data) // 2:]
    painted = painted_lines(data, width, seed, bidi)
    if painted is None:
        return
    for _paragraph, line, strip in painted:
        sent = "".join(segment.text for segment in strip)
        if line.cells > width:
            # Only a view narrower than one glyph (a wide character at width 1); the strip
            # below still fits.
            assert width == 1 and len(set(line.columns)) == 1, line
        else:
            assert cell_len(line.text) == line.cells, repr(line.text)
        assert strip.cell_length == width
        assert cell_len(sent) == width, repr(sent)
        bad = [c for c in sent if unicodedata.category(c) == "Cc" or c in BIDI_CONTROLS]
        assert not bad, f"{bad!r} reaches the terminal in {sent!r}"
