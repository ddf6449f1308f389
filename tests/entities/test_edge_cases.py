"""extract() on inputs with nothing, or too much, to find: no crash, sensible output."""

from reader.entities import extract


def test_empty_text():
    assert extract("") == []


def test_whitespace_only():
    assert extract(" \n\n\t ") == []


def test_text_without_arabic_has_no_people_or_places():
    entities = extract("The quick brown fox jumps over the lazy dog. 42 is the answer.")
    assert all(e.kind == "date" for e in entities)


def test_text_full_of_digits_and_punctuation():
    text = " ".join(["123", "٤٥٦", "3.14", "--", "((", "2024/01/02", "۷۸۹"] * 2000)
    entities = extract(text)
    assert all(e.kind == "date" for e in entities)
    for e in entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_one_megabyte_paragraph_without_line_breaks():
    sentence = "وقال وزير الخارجية أنتوني بلينكن في واشنطن إن المغرب شريك مهم "
    text = sentence * (1_000_000 // len(sentence))
    entities = extract(text)
    places = {e.name for e in entities if e.kind == "place"}
    assert {"واشنطن", "المغرب"} <= places
    blinken = [e for e in entities if e.kind == "person" and "بلينكن" in e.name]
    assert len(blinken) == 1
    assert len(blinken[0].mentions) == text.count("بلينكن")


def test_diacritised_and_tatweel_text_keeps_offsets():
    text = "وَصَلَ الرَّئِيسُ إِلَى بِـمَرَّاكُشَ أَمْسِ"
    entities = extract(text)
    for e in entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    places = [e for e in entities if e.kind == "place"]
    assert [m.text for e in places for m in e.mentions] == ["مَرَّاكُشَ"]  # "بِـ" left out


def test_one_megabyte_word_without_spaces():
    assert extract("ب" * 1_000_000) == []


def test_invisible_marks_and_emoji_do_not_break_offsets():
    text = "😀 \u200f زار الوفد مراكش\u200c اليوم 😀"
    entities = extract(text)
    places = [m.text for e in entities if e.kind == "place" for m in e.mentions]
    assert places == ["مراكش"]
