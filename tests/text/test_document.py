"""Documents: title, paragraphs and their offsets in the loaded text."""

from __future__ import annotations

from reader.text.document import MAX_PARAGRAPH, parse_document


def test_title_is_first_non_empty_line_and_blank_lines_are_dropped():
    doc = parse_document("\nالعنوان\n\nفقرة أولى\nفقرة ثانية\n")
    assert doc.title.text == "العنوان"
    assert [p.text for p in doc.body] == ["فقرة أولى", "فقرة ثانية"]


def test_paragraph_offsets_point_into_the_text():
    text = "عنوان\nفقرة أولى\n\nثانية"
    doc = parse_document(text)
    for paragraph in (doc.title, *doc.body):
        assert text[paragraph.start:paragraph.end] == paragraph.text


def test_huge_paragraph_is_cut_at_sentence_ends_without_losing_text():
    sentence = "جملة قصيرة من كلمات عربية. "
    line = sentence * (3 * MAX_PARAGRAPH // len(sentence))
    text = "عنوان\n" + line
    doc = parse_document(text)
    assert len(doc.body) >= 3
    for paragraph in doc.body:
        assert len(paragraph.text) <= MAX_PARAGRAPH
        assert text[paragraph.start:paragraph.end] == paragraph.text
        assert paragraph.text.rstrip().endswith(".")
    assert "".join(p.text for p in doc.body).replace(" ", "") == line.replace(" ", "")


def test_huge_word_without_spaces_is_cut_hard():
    text = "t\n" + "ب" * (MAX_PARAGRAPH * 2 + 5)
    doc = parse_document(text)
    assert [len(p.text) for p in doc.body] == [MAX_PARAGRAPH, MAX_PARAGRAPH, 5]


def test_empty_text_has_no_title():
    doc = parse_document("")
    assert doc.title is None and doc.body == ()
