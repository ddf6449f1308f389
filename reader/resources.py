"""Where the files that ship with the reader are: the bundled article, styles, NOTICE."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """`styles`, `seeds` or `NOTICE.md`: inside the installed wheel, or at the top of a
    source checkout."""
    installed = _PACKAGE / "_bundled" / name
    if installed.exists():
        return installed
    return _PACKAGE.parent / name


def default_article() -> Path:
    """The bundled article opened when no file is given."""
    return sorted(bundled("seeds").glob("*.txt"))[0]


def stylesheet(name: str) -> Path:
    """A .tcss file of the app's look."""
    return bundled("styles") / name
