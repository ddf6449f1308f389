"""The line reordering agrees with the Unicode reference (BidiCharacterTest.txt)."""

from __future__ import annotations

import gzip
import unicodedata
from pathlib import Path

import pytest

from reader.text.bidi import (
    CLOSING_BRACKETS,
    OPENING_TO_CLOSING,
    classes_of,
    line_levels,
    paragraph_level,
    resolve_levels,
    visual_order,
)
from reader.text.levels import class_codes, paragraph_levels, resolve_codes

# Unicode 15.0.0, vendored (gzip) with its licence: see tests/data/unicode/README.md.
UNICODE_DATA = Path(__file__).resolve().parents[1] / "data" / "unicode"
EXPLICIT = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}


def _reference(name: str) -> str:
    """The text of one vendored Unicode data file."""
    path = UNICODE_DATA / f"{name}.gz"
    if not path.exists():
        pytest.fail(f"{path} is missing: it is part of the source tree")
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def _cases():
    for raw in _reference("BidiCharacterTest.txt").splitlines():
        if not raw or raw.startswith("#"):
            continue
        fields = raw.split(";")
        text = "".join(chr(int(code, 16)) for code in fields[0].split())
        yield text, int(fields[1]), int(fields[2]), [int(i) for i in fields[4].split()]


def test_visual_order_matches_bidi_character_test_without_explicit_controls():
    checked = failures = skipped = 0
    examples = []
    for text, direction, want_level, want_order in _cases():
        classes = classes_of(text)
        # Characters this Python's Unicode database does not know yet are skipped,
        # as are cases with embedding/isolate controls, which the reader neutralises.
        unknown = any(unicodedata.category(c) == "Cn" for c in text)
        if unknown or EXPLICIT.intersection(classes):
            skipped += 1
            continue
        checked += 1
        base = paragraph_level(classes) if direction == 2 else direction
        levels = line_levels(classes, resolve_levels(text, classes, base), 0, len(text), base)
        order = [i for i in visual_order(levels) if classes[i] != "BN"]
        if base != want_level or order != want_order:
            failures += 1
            if len(examples) < 5:
                examples.append((text, direction, order, want_order))
    assert checked > 90_000, (checked, skipped)
    assert failures == 0, examples


def test_levels_resolved_on_class_codes_match_bidi_character_test():
    """The fast resolver (`levels`) on every case it takes (no removed character or
    isolate control), and `paragraph_levels`, whichever route it picks, on all."""
    by_codes = by_paragraph = 0
    failures = []
    for text, direction, want_level, want_order in _cases():
        classes = classes_of(text)
        if any(unicodedata.category(c) == "Cn" for c in text) or EXPLICIT.intersection(classes):
            continue
        codes = class_codes(text)
        resolved = paragraph_levels(text, None if direction == 2 else direction)
        base = resolved.base
        routes = [("paragraph_levels", list(resolved.levels or [base] * len(text)))]
        by_paragraph += 1
        if not set(codes) & set("bxi"):
            routes.append(("resolve_codes", list(resolve_codes(codes, base, text))))
            by_codes += 1
        for route, levels in routes:
            lined = line_levels(classes, levels, 0, len(text), base)
            order = [i for i in visual_order(lined) if classes[i] != "BN"]
            if base != want_level or order != want_order:
                failures.append((route, text, direction, order, want_order))
    assert by_codes > 90_000 and by_paragraph > 90_000, (by_codes, by_paragraph)
    assert failures == [], failures[:5]


def test_bracket_pairs_match_bidi_brackets_txt():
    opening: dict[str, str] = {}
    closing: set[str] = set()
    for raw in _reference("BidiBrackets.txt").splitlines():
        data = raw.split("#")[0].strip()
        if not data:
            continue
        code, pair, kind = (field.strip() for field in data.split(";"))
        if kind == "o":
            opening[chr(int(code, 16))] = chr(int(pair, 16))
        else:
            closing.add(chr(int(code, 16)))
    # Brackets newer than this Python's Unicode database cannot be derived here.
    known = {o: c for o, c in opening.items() if unicodedata.category(o) != "Cn"}
    assert known == OPENING_TO_CLOSING
    assert {c for c in closing if unicodedata.category(c) != "Cn"} == set(CLOSING_BRACKETS)


@pytest.mark.parametrize("name", ["BidiCharacterTest", "BidiBrackets", "ArabicShaping"])
def test_vendored_reference_is_unicode_15_with_its_licence(name):
    assert _reference(f"{name}.txt").startswith(f"# {name}-15.0.0.txt\n")
    assert "UNICODE LICENSE" in (UNICODE_DATA / "LICENSE.txt").read_text(encoding="utf-8")
