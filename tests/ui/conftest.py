"""Pinned environment for UI tests: no theme, colour or config leaks from the machine; a
hand-made set of entities for the bundled article, so the UI is tested apart from the engine."""

from __future__ import annotations

import re

import pytest

from reader.entities import Entity, Mention
from reader.resources import default_article
from reader.text.document import Document, parse_document
from reader.text.load import load_text
from reader.ui.app import ReaderApp

# Read off the bundled article by hand: each entity with the written forms of its mentions.
BUNDLED_ENTITIES = [
    ("place", "مراكش", None, ["مراكش"]),
    ("place", "المغرب", None, ["المغرب"]),
    ("place", "الولايات المتحدة", None, ["الولايات المتحدة"]),
    ("place", "ليبيا", None, ["ليبيا"]),
    ("person", "أنتوني بلينكن", None, ["أنتوني بلينكن"]),
    ("person", "حسن بلوان", None, ["حسن بلوان", "بلوان"]),
    ("person", "فيكتوريا نولاند", None, ["فيكتوريا نولاند", "نولاند"]),
    ("date", "الأربعاء", "weekday:WE", ["الأربعاء"]),
    ("date", "يوليو/ تموز", "--07", ["يوليو/ تموز"]),
    ("date", "2004", "2004", ["2004"]),
    ("date", "أمس الثلاثاء", "relative:-1d", ["أمس الثلاثاء"]),
]
_LETTER = re.compile(r"[\u0621-\u064a\w]")
_PROCLITICS = "وفبلك"


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where `form` stands as a word of `text`, maybe after one or two proclitics
    (`بمراكش` holds `مراكش`), never inside a longer word (`المغربية`)."""
    found = []
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        before = start
        while before > 0 and start - before < 2 and text[before - 1] in _PROCLITICS:
            before -= 1
        starts_word = before == 0 or not _LETTER.match(text[before - 1])
        ends_word = end == len(text) or not _LETTER.match(text[end])
        if starts_word and ends_word:
            found.append((start, end))
        start = text.find(form, start + 1)
    return found


def entities_of(text: str, table=BUNDLED_ENTITIES) -> list[Entity]:
    """Entities of `table` with every mention found in `text` (a shorter form inside a
    longer one of the same entity counts once), sorted by first mention like extract()."""
    entities = []
    for kind, name, value, forms in table:
        spans: list[tuple[int, int]] = []
        for form in sorted(forms, key=len, reverse=True):
            for start, end in occurrences(text, form):
                if not any(s < end and start < e for s, e in spans):
                    spans.append((start, end))
        mentions = tuple(Mention(s, e, text[s:e]) for s, e in sorted(spans))
        if mentions:
            entities.append(Entity(kind, name, value, mentions))
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.mentions[0].end))


@pytest.fixture(autouse=True)
def _pinned_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    # RTL-NOTES: TEXTUAL_THEME, NO_COLOR and blinking cursors leak into snapshots. The
    # reader has no text input, hence no cursor; the theme and colour filter are pinned.
    for name in ("TEXTUAL_THEME", "NO_COLOR", "TEXTUAL_ANIMATIONS", "TEXTUAL_COLOR_SYSTEM"):
        monkeypatch.delenv(name, raising=False)
    # Settings go to a throw-away config dir, never to the user's.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    # Reading positions too: each test starts with none saved.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture(scope="session")
def article() -> Document:
    """The bundled article, as the reader opens it by default."""
    path = default_article()
    return parse_document(load_text(path), path.name)


@pytest.fixture(scope="session")
def bundled_entities(article: Document) -> list[Entity]:
    return entities_of(article.text)


@pytest.fixture
def make_app(article: Document):
    """A reader on the bundled article (or `document`), with `bidi` and `harakat` as given.

    Entities come from the hand-made table (`find_entities` gives others; pass
    `find_entities=None` for the real engine)."""

    def make(document: Document | None = None, **options) -> ReaderApp:
        options.setdefault("find_entities", entities_of)
        app = ReaderApp(document or article, **options)
        app.animation_level = "none"
        return app

    return make
