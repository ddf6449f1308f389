"""Properties of extract() on arbitrary text: offsets, order, and the article date."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.entities import extract

# Words that exercise clitics, names, places, dates, digits, marks and punctuation.
WORDS = [
    "بمراكش",
    "والمغرب",
    "لبريطانيا",
    "وبلينكن",
    "أنتوني",
    "بلينكن",
    "الرئيس",
    "في",
    "أمس",
    "الثلاثاء",
    "يونيو/",
    "حزيران",
    "2004",
    "٢٠٠٤",
    "المغربية",
    "عمان",
    "المدينة",
    "ـ",
    "،",
    ".",
    "«",
    "»",
    "\n",
    "مُحَمَّد",
    "بن",
    "آل",
    "سعود",
    "Paris",
    "42",
    "(",
    ")",
    "؟",
    "الشرق",
    "الأوسط",
    "منطقة",
    "الساحل",
    "وزير",
    "الخارجية",
    "للمغرب",
    "x",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.sampled_from([" ", "", "  "]))
def test_mentions_slice_the_text_and_come_in_order(words, sep):
    text = sep.join(words)
    entities = extract(text)
    firsts = [(e.mentions[0].start, e.mentions[0].end) for e in entities]
    assert firsts == sorted(firsts)
    for e in entities:
        assert e.kind in ("person", "place", "date")
        assert e.mentions
        assert list(e.mentions) == sorted(e.mentions, key=lambda m: (m.start, m.end))
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.text
    # A stretch of text is one thing at most: no two mentions overlap.
    spans = sorted((m.start, m.end) for e in entities for m in e.mentions)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


def test_article_date_resolves_relative_dates():
    text = "وأمس الثلاثاء، أعلنت الوزارة أن نولاند ستسافر إلى مراكش."
    # 13 March 2024 was a Wednesday, so "أمس الثلاثاء" is 12 March 2024.
    entities = extract(text, article_date=datetime.date(2024, 3, 13))
    dates = {e.name: e.value for e in entities if e.kind == "date"}
    assert dates == {"أمس الثلاثاء": "2024-03-12"}


def test_same_place_twice_is_one_entity_with_two_mentions():
    text = "وصل الوفد إلى مراكش صباحا، وغادر مراكش مساء."
    places = [e for e in extract(text) if e.kind == "place"]
    assert len(places) == 1 and len(places[0].mentions) == 2
