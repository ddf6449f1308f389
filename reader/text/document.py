"""An article as the reader sees it: its text, title and paragraphs with their offsets."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph (one line of the file) and where it starts in the document text."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded article. `text` is the whole text as loaded (BOM removed, LF line
    endings, sanitised); the title is its first non-empty line, the body the rest."""

    name: str
    text: str
    title: Paragraph | None
    body: tuple[Paragraph, ...]


def parse_document(text: str, name: str = "") -> Document:
    """Split a loaded text into title and body paragraphs (blank lines dropped)."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(Paragraph(line, offset))
        offset += len(line) + 1
    title = paragraphs[0] if paragraphs else None
    return Document(name=name, text=text, title=title, body=tuple(paragraphs[1:]))
