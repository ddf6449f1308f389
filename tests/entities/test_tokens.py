"""Tokens as parallel lists, and sentence ranges over them."""

from reader.entities.tokens import MAX_SENTENCE_TOKENS, sentences, tokenize


def test_tokens_are_slices_of_the_text():
    text = "قال «الرئيس»، أمس: 12 شخصا."
    tokens = tokenize(text)
    assert tokens.texts == ["قال", "«", "الرئيس", "»", "،", "أمس", ":", "12", "شخصا", "."]
    spans = zip(tokens.starts, tokens.ends, tokens.texts, strict=True)
    assert all(text[a:b] == t for a, b, t in spans)


def test_the_words_of_a_hashtag_joined_by_underscores_are_words_apart():
    text = "وشارك #محمود_عباس في القمة"
    tokens = tokenize(text)
    assert tokens.texts == ["وشارك", "#", "محمود", "عباس", "في", "القمة"]
    spans = zip(tokens.starts, tokens.ends, tokens.texts, strict=True)
    assert all(text[a:b] == t for a, b, t in spans)


def test_a_sentence_ends_at_a_full_stop_and_at_a_line_break():
    text = "وصل الوفد . ثم غادر\nعنوان آخر"
    assert sentences(text, tokenize(text)) == [(0, 3), (3, 5), (5, 7)]


def test_a_long_unpunctuated_run_is_cut():
    text = " ".join(["كلمة"] * (2 * MAX_SENTENCE_TOKENS + 5))
    bounds = sentences(text, tokenize(text))
    assert [b - a for a, b in bounds] == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 5]


def test_no_tokens_no_sentences():
    assert sentences("  \n ", tokenize("  \n ")) == []
