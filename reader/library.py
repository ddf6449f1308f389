"""A folder of articles and the reading position of each, kept between sessions. No Textual."""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from platformdirs import user_state_path

from reader.settings import APP_NAME
from reader.text.load import LoadError, load_text

ARTICLE_SUFFIX = ".txt"
MAX_POSITIONS = 2000
"""Positions kept; past this many the ones read longest ago are forgotten."""


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One article file of a library: its title, or why it cannot be read."""

    path: Path
    size: int
    """Bytes on disk."""
    title: str
    """The article's first line (logical text); the file's name when it is unreadable."""
    error: str | None = None
    """Why the loader refused the file (one short line), None when it reads."""

    @property
    def readable(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class Library:
    """The articles of one folder, in name order."""

    folder: Path
    entries: tuple[LibraryEntry, ...]


@dataclass(frozen=True, slots=True)
class EntityCounts:
    """How many distinct people, places and dates an article mentions."""

    people: int
    places: int
    dates: int

    @classmethod
    def of(cls, kinds: Iterable[str]) -> EntityCounts:
        """Counts from the kind ("person", "place", "date") of each entity."""
        counted = Counter(kinds)
        return cls(counted["person"], counted["place"], counted["date"])


def scan_library(folder: str | os.PathLike[str]) -> Library:
    """Every `.txt` file in `folder` (not below it), each read to find its title.

    A file the loader refuses is an entry with the reason; a folder that cannot be listed,
    or holds no article, is a LoadError.
    """
    folder = Path(folder)
    try:
        paths = sorted(
            (path for path in folder.iterdir()
             if path.suffix.lower() == ARTICLE_SUFFIX and not path.name.startswith(".")
             and path.is_file()),
            key=lambda path: (path.name.casefold(), path.name),
        )
    except PermissionError:
        raise LoadError(f"{folder}: permission denied") from None
    except OSError as error:
        raise LoadError(f"{folder}: cannot read ({error.strerror or error})") from None
    if not paths:
        raise LoadError(f"{folder}: no .txt article in this directory")
    return Library(folder, tuple(read_entry(path) for path in paths))


def read_entry(path: Path) -> LibraryEntry:
    """`path` as a library entry: its size and title, or why it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        text = load_text(path)
    except LoadError as error:
        return LibraryEntry(path, size, path.name, _reason(error, path))
    return LibraryEntry(path, size, title_of(text) or path.name)


def _reason(error: LoadError, path: Path) -> str:
    """The loader's message without the file's name, which the row shows already."""
    return str(error).removeprefix(f"{path}: ")


def title_of(text: str) -> str:
    """The first line with a visible character, as the reader shows it for a title."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            return line.strip()
        start = end + 1
    return ""


def content_digest(text: str) -> str:
    """What identifies an article's text: a position saved for another text is not reused."""
    import hashlib  # here, not at the top: the bundled article's start does without it

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class SavedPosition:
    """A reading position: body paragraph `paragraph`, logical `offset` inside it (what was
    at the top of the screen; the same text whatever the terminal's size)."""

    paragraph: int
    offset: int


def positions_path() -> Path:
    """$XDG_STATE_HOME/arabic-reader/positions.json on Linux."""
    return user_state_path(APP_NAME) / "positions.json"


class PositionStore:
    """Reading positions of articles, by path and content, in one small JSON file.

    Each save reads the file again first, so two readers open at once lose nothing but
    the same article's older position; the file is replaced in one rename.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or positions_path()

    def load(self, article: Path, digest: str) -> SavedPosition | None:
        """The position saved for `article` with this content, if any."""
        record = self._read().get(_key(article))
        if not isinstance(record, dict) or record.get("sha256") != digest:
            return None
        paragraph, offset = record.get("paragraph"), record.get("offset")
        if not (_count(paragraph) and _count(offset)):
            return None
        return SavedPosition(paragraph, offset)

    def save(self, article: Path, digest: str, position: SavedPosition) -> None:
        """Remember `position` for `article`; failing to write (read-only home) is no error."""
        records = self._read()
        records[_key(article)] = {
            "sha256": digest,
            "paragraph": position.paragraph,
            "offset": position.offset,
            "saved": time.time(),
        }
        if len(records) > MAX_POSITIONS:
            by_age = sorted(records, key=lambda key: _saved_at(records[key]), reverse=True)
            records = {key: records[key] for key in by_age[:MAX_POSITIONS]}
        self._write({"version": 1, "articles": records})

    def _read(self) -> dict[str, object]:
        import json  # as hashlib above

        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        records = data.get("articles") if isinstance(data, dict) else None
        return dict(records) if isinstance(records, dict) else {}

    def _write(self, data: dict[str, object]) -> None:
        import json

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=".positions-",
                                            suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    json.dump(data, out, ensure_ascii=False)
                os.replace(name, self.path)
            except BaseException:
                os.unlink(name)
                raise
        except OSError:
            pass


def _key(article: Path) -> str:
    return str(article.resolve())


def _count(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _saved_at(record: object) -> float:
    saved = record.get("saved") if isinstance(record, dict) else None
    return float(saved) if isinstance(saved, int | float) else 0.0


@dataclass(frozen=True, slots=True)
class Bookmark:
    """The saved position of one article's text: what a reading screen restores and keeps."""

    store: PositionStore
    article: Path
    digest: str

    @classmethod
    def of(cls, article: Path, text: str, store: PositionStore | None = None) -> Bookmark:
        return cls(store or PositionStore(), article, content_digest(text))

    def load(self) -> SavedPosition | None:
        return self.store.load(self.article, self.digest)

    def save(self, position: SavedPosition) -> None:
        self.store.save(self.article, self.digest, position)
