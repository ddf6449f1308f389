"""The Arabic-aware matcher: what a reader types finds what the article spells."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.text.search import FoldedText, Match, find_matches, fold


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
