"""Names so often in the news that wordfreq lists them among frequent words (issue 9)."""

from reader.entities import extract
from reader.entities.gazetteer import lexicons
from reader.entities.name_checks import name_like
from reader.entities.normalize import normalize


def _people(text: str) -> set[str]:
    return {m.text for e in extract(text) if e.kind == "person" for m in e.mentions}


def test_a_frequent_word_with_no_other_form_is_name_like():
    lex = lexicons()
    for word in ("ترامب", "أردوغان", "بوتين"):
        assert normalize(word) in lex.frequent_words
        assert name_like(normalize(word), lex)


def test_an_everyday_word_a_verb_or_a_place_is_not_name_like():
    lex = lexicons()
    for word in ("قال", "كتاب", "السابق", "يجتمع", "تركيا", "الأسد"):
        assert not name_like(normalize(word), lex)


def test_a_frequent_surname_after_a_title_is_a_person():
    text = "وصرح الرئيس ترامب للصحفيين بأن المفاوضات طويلة، ثم غادر القاعة."
    assert "ترامب" in _people(text)


def test_a_name_the_model_ends_on_a_given_name_takes_a_frequent_surname():
    text = "استقبل الرئيس الأمريكي دونالد ترامب وفدا من رجال الأعمال في البيت الأبيض."
    assert "دونالد ترامب" in _people(text)


def test_an_everyday_word_after_a_title_is_still_no_person():
    text = "وقال الرئيس السابق إن الحكومة ستقدم خطتها للبرلمان الأسبوع المقبل."
    assert not _people(text)


def test_a_frequent_word_after_a_title_without_the_article_is_no_person():
    # "رئيس حماس" is the head of an organisation, not a title before a name.
    text = "وصرح رئيس حماس للصحفيين بأن المفاوضات طويلة، ثم غادر القاعة."
    assert "حماس" not in _people(text)


def test_a_frequent_surname_found_once_marks_its_later_mentions():
    text = "وصرح الرئيس ترامب للصحفيين بأن المفاوضات طويلة. وأضاف ترامب أن الوفد سيعود غدا."
    found = [text[m.start : m.end] for e in extract(text) if e.kind == "person" for m in e.mentions]
    assert found == ["ترامب", "ترامب"]
