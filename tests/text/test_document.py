"""Documents: title, paragraphs and their offsets in the loaded text."""

from __future__ import annotations

from reader.text.document import MAX_PARAGRAPH, iter_paragraphs, parse_document, stream_paragraphs


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


def test_paragraphs_of_pieces_cut_anywhere_are_those_of_the_text():
    text = "عنوان\nفقرة أولى\n\nثانية"
    # By hand: the title is 5 letters, then LF; "فقرة أولى" (9) at 6, two LFs, then 17.
    expected = [("عنوان", 0), ("فقرة أولى", 6), ("ثانية", 17)]
    for cut in range(len(text) + 1):
        for pieces in ([text[:cut], text[cut:]], [text[:cut], "", text[cut:]], list(text)):
            got = [(p.text, p.start) for p in stream_paragraphs(pieces)]
            assert got == expected, pieces


def test_a_blank_line_cut_between_pieces_is_still_dropped():
    assert [p.text for p in stream_paragraphs(["أ\n  ", " \t\n", "ب"])] == ["أ", "ب"]


def test_a_long_line_is_given_in_pieces_before_its_end_is_read():
    sentence = "جملة قصيرة من كلمات عربية. "
    line = sentence * (3 * MAX_PARAGRAPH // len(sentence))
    taken = []

    def pieces():
        for start in range(0, len(line), 1000):
            taken.append(start)
            yield line[start:start + 1000]

    streamed = stream_paragraphs(pieces())
    first = next(streamed)
    assert len(taken) * 1000 < len(line) // 2  # the first paragraph came early
    rest = list(streamed)
    whole = parse_document("t\n" + line).body
    assert [(p.text, p.start + 2) for p in [first, *rest]] == [(p.text, p.start)
                                                               for p in whole]


def test_a_long_line_cut_into_pieces_keeps_its_blank_paragraph():
    # By hand: the first cut is after "ب." (a sentence end), the space after it skipped;
    # the next has no sentence end in its 10,000 characters: cut after its last space,
    # then the spaces to the line's end are skipped. The blank middle paragraph stays (its
    # line is not blank), though the rest of the line read after it is only spaces.
    text = "t\n" + "ب. " + "\u00a0" + " " * (2 * MAX_PARAGRAPH) + "\nx"
    expected = [("t", 0), ("ب.", 2), ("\u00a0" + " " * (MAX_PARAGRAPH - 1), 5),
                ("x", 2 + 4 + 2 * MAX_PARAGRAPH + 1)]
    assert [(p.text, p.start) for p in iter_paragraphs(text)] == expected
    for size in (7, 999, MAX_PARAGRAPH, MAX_PARAGRAPH + 3):
        pieces = [text[at:at + size] for at in range(0, len(text), size)]
        assert [(p.text, p.start) for p in stream_paragraphs(pieces)] == expected, size
