"""Person rules chosen by training counts (issue 9)."""

from reader.entities import extract


def _people(text: str) -> set[str]:
    return {m.text for e in extract(text) if e.kind == "person" for m in e.mentions}


def test_a_word_with_the_accusative_tanwin_ends_no_name():
    text = "وقال الأستاذ ماجد عوناً لأخيه إن الوفد وصل."
    assert not any("عوناً" in name for name in _people(text))


def test_an_adverb_with_tanwin_is_no_person():
    text = "وصل الرئيس أنتوني بلينكن إلى القاهرة. وقال بلينكن خامساً إن الاتفاق قريب."
    people = _people(text)
    assert "أنتوني بلينكن" in people
    assert not any("خامساً" in name for name in people)
