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


# A paragraph is laid out whole (bidi levels need all of it); past this many characters
# (a file with no line breaks, say) it is shown as several, cut at sentence ends, so the
# first screen never waits for the layout of a megabyte.
MAX_PARAGRAPH = 10_000
_SENTENCE_ENDS = (". ", "! ", "? ", "\u061f ", "\u06d4 ", "\u061b ")


def parse_document(text: str, name: str = "") -> Document:
    """Split a loaded text into title and body paragraphs (blank lines dropped)."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.extend(_pieces(line, offset))
        offset += len(line) + 1
    title = paragraphs[0] if paragraphs else None
    return Document(name=name, text=text, title=title, body=tuple(paragraphs[1:]))


def _pieces(line: str, offset: int) -> list[Paragraph]:
    pieces = []
    start = 0
    while len(line) - start > MAX_PARAGRAPH:
        limit = start + MAX_PARAGRAPH
        cut = max(line.rfind(end, start, limit) for end in _SENTENCE_ENDS)
        if cut <= start:
            cut = line.rfind(" ", start, limit)
        cut = limit if cut <= start else cut + 1  # keep the stop with its sentence
        pieces.append(Paragraph(line[start:cut], offset + start))
        start = cut
        while start < len(line) and line[start] == " ":
            start += 1
    if start < len(line):
        pieces.append(Paragraph(line[start:], offset + start))
    return pieces
