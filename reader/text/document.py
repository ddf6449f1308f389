"""An article as the reader sees it: its text, title and paragraphs with their offsets."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from reader.text.highlights import Span, clip, split_spans


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph (one line of the file) and where it starts in the document text."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a document offset falls: body paragraph `paragraph` (None for the title),
    and the offset inside that paragraph's text."""

    paragraph: int | None
    offset: int

    @property
    def in_title(self) -> bool:
        return self.paragraph is None


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded article. `text` is the whole text as loaded (BOM removed, LF line
    endings, sanitised); the title is its first non-empty line, the body the rest."""

    name: str
    text: str
    title: Paragraph | None
    body: tuple[Paragraph, ...]
    _body_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_body_starts", tuple(p.start for p in self.body))

    def locate(self, offset: int) -> Location:
        """The paragraph holding document `offset`, and the offset inside it.

        An offset between paragraphs (a line break, a blank line) belongs to the start of
        the next paragraph; one past the end to the end of the last.
        """
        title = self.title
        if title is not None and (offset < title.end or not self.body):
            return Location(None, max(0, min(offset, title.end) - title.start))
        if not self.body:
            return Location(None, 0)
        k = bisect.bisect_right(self._body_starts, offset) - 1
        if k < 0:
            return Location(0, 0)
        paragraph = self.body[k]
        if offset < paragraph.end:
            return Location(k, offset - paragraph.start)
        if k + 1 < len(self.body):
            return Location(k + 1, 0)
        return Location(k, len(paragraph.text))

    def offset_of(self, location: Location) -> int:
        """The document offset of `location` (the inverse of `locate`)."""
        if location.paragraph is None:
            return (self.title.start if self.title else 0) + location.offset
        return self.body[location.paragraph].start + location.offset

    def split_spans(
        self, spans: Iterable[Span]
    ) -> tuple[tuple[Span, ...], tuple[tuple[Span, ...], ...]]:
        """Document spans cut to paragraphs, in paragraph offsets: (the title's, each body
        paragraph's). A span over a line break is marked in both paragraphs."""
        spans = tuple(spans)
        title = clip(sorted(spans), self.title.start, self.title.end) if self.title else ()
        return title, split_spans(spans, [(p.start, p.end) for p in self.body])


# A paragraph is laid out whole (bidi levels need all of it); past this many characters
# (a file with no line breaks, say) it is shown as several, cut at sentence ends, so the
# first screen never waits for the layout of a megabyte.
MAX_PARAGRAPH = 10_000
_SENTENCE_ENDS = (". ", "! ", "? ", "\u061f ", "\u06d4 ", "\u061b ")


def parse_document(text: str, name: str = "") -> Document:
    """Split a loaded text into title and body paragraphs (blank lines dropped)."""
    paragraphs = list(iter_paragraphs(text))
    title = paragraphs[0] if paragraphs else None
    return Document(name=name, text=text, title=title, body=tuple(paragraphs[1:]))


def iter_paragraphs(text: str) -> Iterator[Paragraph]:
    """The paragraphs of `parse_document(text)`, the title first, each found when it is
    asked for: `cat` prints the first before the rest of a long article is split."""
    offset = 0
    length = len(text)
    while offset <= length:
        end = text.find("\n", offset)
        if end < 0:
            end = length
        line = text[offset:end]
        if line.strip():
            yield from _pieces(line, offset)
        offset = end + 1


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
