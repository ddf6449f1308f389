"""The floor on the bundled article (issue 3): what a reader must see in the panel."""

from pathlib import Path

import pytest

from reader.entities import extract
from reader.entities.normalize import normalize

ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d49b3e75e2fba2f2.txt"


@pytest.fixture(scope="module")
def text():
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def entities(text):
    return extract(text)


def _find(entities, kind, name):
    hits = [e for e in entities if e.kind == kind and normalize(e.name) == normalize(name)]
    assert hits, f"no {kind} named {name}"
    return hits[0]


def test_mentions_are_slices_of_the_text(text, entities):
    for e in entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("أنتوني بلينكن", {"أنتوني بلينكن"}),
        ("حسن بلوان", {"حسن بلوان", "بلوان"}),
        ("فيكتوريا نولاند", {"فيكتوريا نولاند", "نولاند"}),
    ],
)
def test_people_with_their_surname_mentions(entities, name, forms):
    person = _find(entities, "person", name)
    assert {m.text for m in person.mentions} == forms
    assert len(person.mentions) == 2


@pytest.mark.parametrize(
    "name",
    [
        "مراكش",
        "المغرب",
        "القارة الأفريقية",
        "أفريقيا",
        "الإمارات العربية المتحدة",
        "منطقة الساحل",
        "ليبيا",
        "الولايات المتحدة",
        "العراق",
        "سوريا",
        "بريطانيا",
        "الشرق الأوسط",
        "منطقة الساحل والصحراء",
    ],
)
def test_places_of_the_floor(entities, name):
    _find(entities, "place", name)


def test_marrakesh_includes_the_clitic_form_without_its_preposition(text, entities):
    marrakesh = _find(entities, "place", "مراكش")
    starts = {m.start for m in marrakesh.mentions}
    assert text.index("بمراكش") + 1 in starts  # "ب" is outside the span
    assert all(m.text == "مراكش" for m in marrakesh.mentions)


def test_misspelt_middle_east_is_found(entities):
    assert "الشرق الوسط" in {m.text for m in _find(entities, "place", "الشرق الأوسط").mentions}


@pytest.mark.parametrize(
    "name", ["الأربعاء", "يونيو/ حزيران المقبل", "يوليو/ تموز", "2004", "أمس الثلاثاء"]
)
def test_dates_of_the_floor(entities, name):
    texts = {m.text for e in entities if e.kind == "date" for m in e.mentions}
    assert name in texts


def test_no_adjective_organisation_or_title_is_an_entity(entities):
    names = {normalize(m.text) for e in entities if e.kind != "date" for m in e.mentions}
    for wrong in (
        "المغربية",
        "الأمريكي",
        "الأمريكية",
        "الأفريقي",
        "وكالة المغرب العربي للأنباء",
        "المغرب العربي",
        "وزير الخارجية",
        "الخبير",
        "الاتحاد الأوروبي",
        "داعش",
        "كورونا",
    ):
        assert normalize(wrong) not in names
    for e in entities:
        if e.kind == "person":
            assert not e.name.startswith(("وزير", "الخبير", "الرئيس", "الشيخ"))


def test_entities_sorted_by_first_mention(entities):
    firsts = [e.mentions[0].start for e in entities]
    assert firsts == sorted(firsts)
