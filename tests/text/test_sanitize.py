"""Untrusted text cannot send control sequences or reorder itself on screen."""

from __future__ import annotations

from reader.text.layout import layout_paragraph
from reader.text.sanitize import BIDI_CONTROL_MARKER, sanitize


def test_escape_becomes_a_visible_symbol():
    assert sanitize("a\x1b[2Jb") == "a\u241b[2Jb"


def test_c0_and_c1_controls_and_delete_are_visible():
    assert sanitize("\x07\x7f\x9b") == "\u2407\u2421\ufffd"


def test_bidi_overrides_are_neutralised_with_a_marker():
    text = "abc\u202edef\u202c"
    assert sanitize(text) == f"abc{BIDI_CONTROL_MARKER}def{BIDI_CONTROL_MARKER}"


def test_override_cannot_reverse_latin_text_on_screen():
    (line,) = layout_paragraph(sanitize("abc\u202edef"), 20)
    assert line.text == f"abc{BIDI_CONTROL_MARKER}def"


def test_substitution_keeps_length_and_letters():
    text = "نص\x1b\u2066عربي\u2069\tهنا"
    out = sanitize(text)
    assert len(out) == len(text)
    assert [c for c in out if "\u0600" <= c <= "\u06ff"] == [
        c for c in text if "\u0600" <= c <= "\u06ff"
    ]


def test_newlines_stay_tabs_become_spaces():
    assert sanitize("a\tb\nc") == "a b\nc"
