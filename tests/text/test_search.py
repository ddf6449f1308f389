"""The Arabic-aware matcher: what a reader types finds what the article spells."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text.highlights import Span, SpanIndex, split_spans
from reader.text.search import (
    _MARK,
    _PROCLITICS,
    FoldedText,
    Match,
    Matches,
    MatchIndex,
    find_matches,
    fold,
)


def found(text: str, query: str) -> list[str]:
    return [text[m.start:m.end] for m in find_matches(text, query)]


def test_hamza_on_alef_and_taa_marbuta_are_the_plain_letters():
    text = "انعقدت القمة الأفريقية أمس"
    assert find_matches(text, "الافريقيه") == [Match(13, 22)]
    assert found(text, "الافريقيه") == ["الأفريقية"]


def test_diacritics_in_the_text_are_ignored_and_kept_in_the_match():
    assert found("قال الحُلفاء إنهم", "الحلفاء") == ["الحُلفاء"]


def test_diacritics_in_the_query_are_ignored():
    assert found("قال الحلفاء إنهم", "الحُلَفاءُ") == ["الحلفاء"]


def test_a_match_keeps_the_marks_on_its_last_letter():
    text = "كتبَ الطالبُ"
    assert found(text, "كتب") == ["كتبَ"]


def test_tatweel_is_ignored():
    assert found("مدينة مـــراكش الحمراء", "مراكش") == ["مـــراكش"]


def test_a_match_may_start_after_a_proclitic():
    text = "اجتمعوا بمراكش ثم غادروا مراكش"
    assert find_matches(text, "مراكش") == [Match(9, 14), Match(25, 30)]


def test_a_match_may_start_after_conjunction_and_article():
    assert found("وصل وزير خارجية والمغرب", "مغرب") == ["مغرب"]
    assert found("ذهب إلى المغرب وللمغرب", "مغرب") == ["مغرب", "مغرب"]


def test_no_match_inside_a_longer_word():
    assert found("مقاتلو داعش", "اتل") == []
    assert found("المراكشي", "راكش") == []


def test_a_match_may_end_inside_a_word():
    assert found("المدينة المراكشية", "مراكش") == ["مراكش"]


def test_alef_maqsura_is_ya_and_the_hamza_seats_are_one():
    assert found("مستشفى المدينة", "مستشفي") == ["مستشفى"]
    assert found("رئيس الوزراء", "رءيس") == ["رئيس"]
    assert found("مؤتمر صحفي", "مئتمر") == ["مؤتمر"]


def test_alef_forms_are_one_letter():
    for spelling in ("إسرائيل", "اسرائيل", "آسرائيل", "ٱسرائيل"):
        assert found("زار إسرائيل", spelling) == ["إسرائيل"], spelling


def test_arabic_indic_and_persian_digits_are_digits():
    text = "عام ٢٠٠٤ وعام ۲۰۰۴ وعام 2004"
    assert found(text, "2004") == ["٢٠٠٤", "۲۰۰۴", "2004"]
    assert found(text, "٢٠٠٤") == ["٢٠٠٤", "۲۰۰۴", "2004"]


def test_latin_ignores_case():
    assert found("ISIS or Isis", "isis") == ["ISIS", "Isis"]


def test_an_empty_or_blank_query_finds_nothing():
    assert find_matches("نص", "") == []
    assert find_matches("نص", "  ") == []
    assert find_matches("نص", "\u064e") == []


def test_folding_the_text_once_serves_many_queries():
    text = FoldedText("قال الحُلفاء في مراكش ومراكش")
    assert text.find("مراكش") == [Match(16, 21), Match(23, 28)]
    assert [text.text[m.start:m.end] for m in text.find("الحلفاء")] == ["الحُلفاء"]
    assert text.find("مراكش", limit=1) == [Match(16, 21)]


def test_fold_drops_marks_and_unifies_letters():
    assert fold("الأَفْريقيّة") == "الافريقيه"


# -- the property: a word with random diacritics and variants is always found -------------

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_VARIANTS = {"ا": "اأإآٱ", "ي": "يى", "ه": "هة", "ء": "ءؤئ"}
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"


@st.composite
def spelled(draw: st.DrawFn) -> tuple[str, str]:
    """(a plain word, the same word spelled with variants, harakat and tatweel)."""
    letters = draw(st.lists(st.sampled_from(_LETTERS + "ء"), min_size=2, max_size=8))
    plain = "".join(letters)
    written = []
    for letter in letters:
        written.append(draw(st.sampled_from(_VARIANTS.get(letter, letter))))
        written.append("".join(draw(st.lists(st.sampled_from(_MARKS), max_size=2))))
    return plain, "".join(written)


_filler = st.lists(
    st.text(alphabet=_LETTERS, min_size=1, max_size=6), max_size=4
).map(" ".join)


@given(spelled(), _filler, _filler, st.sampled_from(["", "و", "ب", "ال", "وال", "فب", "لل"]))
def test_a_word_spelled_with_variants_and_marks_is_always_found(
    word: tuple[str, str], before: str, after: str, proclitic: str
) -> None:
    plain, written = word
    head = f"{before} {proclitic}" if before else proclitic
    text = f"{head}{written} {after}"
    start = len(head)
    matches = find_matches(text, plain)
    assert any(m.start == start for m in matches), (text, plain)
    match = next(m for m in matches if m.start == start)
    # It covers the written word: all of it but what follows a final tatweel.
    assert fold(text[match.start:match.end]) == plain
    rest = text[match.end:start + len(written)]
    assert not rest or rest.startswith("\u0640"), (text, match)


@given(spelled())
def test_the_written_word_finds_the_plain_one(word: tuple[str, str]) -> None:
    plain, written = word
    text = f"« {plain} »"
    assert find_matches(text, written) == [Match(2, 2 + len(plain))]


def test_a_long_text_is_folded_in_pieces_as_if_whole():
    word = "الحُلَفاءُ"
    text = " ".join([word] * 30_000)  # 330,000 characters: several pieces
    folded = FoldedText(text)
    assert folded.folded == fold(text)
    matches = folded.find("الحلفاء")
    assert len(matches) == 30_000
    step = len(word) + 1
    assert all(m.start == k * step and m.end == k * step + len(word)
               for k, m in enumerate(matches))


# -- the same matches as the letter-by-letter way ------------------------------------------


def _one_by_one(text: str, query: str) -> list[Match]:
    """The matches as the reader first found them: every place the folded query stands in
    the folded text, kept when a word starts there (maybe after proclitics), a Python step
    a place. Slow, plain, and the reference the fast matcher must agree with."""
    folded = FoldedText(text)
    hay, needle = folded.folded, fold(query.strip())
    found = []
    at = hay.find(needle) if needle else -1
    while at >= 0:
        starts = any(
            (at - n == 0 or not hay[at - n - 1].isalnum()) and hay[at - n:at] in _PROCLITICS
            for n in range(min(at, 4) + 1)
        )
        if starts:
            start = folded.original(at)
            end = folded.original(at + len(needle) - 1) + 1
            while end < len(text) and _MARK.match(text, end):
                end += 1
            found.append(Match(start, end))
        at = hay.find(needle, at + 1)
    return found


_PIECES = ["ال", "و", "ب", "لل", "ل", "ف", " ", "  ", "،", "ـ", "\u064e", "\u0651\u064f",
           "ة", "ه", "أ", "ا", "ى", "ي", "٣", "3", "x", "_", "İ", "\n", "مراكش", "بمراكش",
           "الحُلفاء", "كک"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
       st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3).map("".join))
def test_the_fast_matcher_finds_what_the_letter_by_letter_way_finds(text: str, query: str):
    assert find_matches(text, query) == _one_by_one(text, query)


def test_overlapping_matches_are_all_found():
    # لل at 0 starts the word, at 1 it follows the preposition ل, at 2 the article's لل
    # (ل + ال); at 3 the text reads لا.
    assert find_matches("للللا", "لل") == [Match(0, 2), Match(1, 3), Match(2, 4)]


def test_a_search_asked_to_stop_gives_no_answer():
    text = FoldedText(" ".join(["الحلفاء"] * 10_000))
    assert text.find_all("ال", stop=lambda: True) is None
    found = text.find_all("ال", stop=lambda: False)
    assert found is not None and len(found) == 10_000


def test_matches_go_between_processes_as_bytes():
    found = FoldedText("قال الحُلفاء في مراكش ومراكش").find_all("مراكش")
    assert found is not None
    back = Matches.from_bytes(found.to_bytes())
    assert list(back) == [Match(16, 21), Match(23, 28)]


# -- the matches as spans: what SpanIndex and split_spans say of the same spans -----------

_WORDS = st.lists(st.sampled_from(["الحلفاء", "والحلفاء", "في", "الحُلفاء", "قال", "ال"]),
                  min_size=1, max_size=40)


@settings(max_examples=100)
@given(_WORDS, st.lists(st.integers(0, 400), max_size=6), st.integers(-5, 400))
def test_a_match_index_steps_as_a_span_index_of_the_same_spans(words, cuts, offset):
    text = " ".join(words)
    found = FoldedText(text).find_all("الحلفاء")
    assert found is not None
    lazy = MatchIndex(found, "match")
    spans = [Span(m.start, m.end, "match") for m in found]
    plain = SpanIndex(spans)
    assert lazy.spans == plain.spans and len(lazy) == len(plain)
    assert lazy.after(offset) == plain.after(offset)
    assert lazy.after(offset, inclusive=True) == plain.after(offset, inclusive=True)
    assert lazy.before(offset) == plain.before(offset)
    assert lazy.within(offset, offset + 9) == plain.within(offset, offset + 9)
    for span in spans:
        assert lazy.position_of(span) == plain.position_of(span)
        assert lazy.step(span, 1) == plain.step(span, 1)
        assert lazy.step(span, -1) == plain.step(span, -1)
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    paragraphs = list(zip(bounds, bounds[1:], strict=False))
    assert list(lazy.by_paragraph(paragraphs)) == list(split_spans(spans, paragraphs))


def test_a_match_index_knows_no_span_it_does_not_hold():
    found = FoldedText("قال الحلفاء").find_all("الحلفاء")
    assert found is not None
    lazy = MatchIndex(found, "match")
    assert lazy.spans == (Span(4, 11, "match"),)  # by hand: قال and a space before it
    with pytest.raises(ValueError):
        lazy.position_of(Span(4, 11, "place"))
    assert MatchIndex(Matches(), "match").after(0) is None
