"""Pinned environment for UI tests: no theme, colour or config leaks from the machine."""

from __future__ import annotations

import pytest

from reader.resources import default_article
from reader.text.document import Document, parse_document
from reader.text.load import load_text
from reader.ui.app import ReaderApp


@pytest.fixture(autouse=True)
def _pinned_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    # RTL-NOTES: TEXTUAL_THEME, NO_COLOR and blinking cursors leak into snapshots. The
    # reader has no text input, hence no cursor; the theme and colour filter are pinned.
    for name in ("TEXTUAL_THEME", "NO_COLOR", "TEXTUAL_ANIMATIONS", "TEXTUAL_COLOR_SYSTEM"):
        monkeypatch.delenv(name, raising=False)
    # Settings go to a throw-away config dir, never to the user's.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(scope="session")
def article() -> Document:
    """The bundled article, as the reader opens it by default."""
    path = default_article()
    return parse_document(load_text(path), path.name)


@pytest.fixture
def make_app(article: Document):
    """A reader on the bundled article (or `document`), with `bidi` and `harakat` as given."""

    def make(document: Document | None = None, **options) -> ReaderApp:
        app = ReaderApp(document or article, **options)
        app.animation_level = "none"
        return app

    return make
