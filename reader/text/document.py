"""An article as the reader sees it: its text, title and paragraphs with their offsets."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from reader.text.highlights import Span, clip, split_spans


class Paragraph(NamedTuple):
    """One paragraph (one line of the file) and where it starts in the document text."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class Location(NamedTuple):
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
    asked for."""
    return stream_paragraphs((text,))


def stream_paragraphs(pieces: Iterable[str]) -> Iterator[Paragraph]:
    """The paragraphs of the text `pieces` make up, as `iter_paragraphs` gives them, each
    as soon as the pieces read so far decide it: `cat` prints the first before the rest of
    a long article is read, and holds no more than a paragraph of it."""
    rest = ""  # the start of a line whose end is not read yet
    offset = 0  # its offset in the text
    continued = False  # the start of rest's line is given already: it is not blank
    for piece in pieces:
        text = rest + piece if rest else piece
        start = 0
        while (end := text.find("\n", start)) >= 0:
            line = text[start:end]
            if continued or line.strip():
                yield from _pieces(line, offset + start, complete=True)[0]
            start, continued = end + 1, False
        rest = text[start:]
        offset += start
        if len(rest) > MAX_PARAGRAPH and (continued or not rest.isspace()):
            # A long line: the pieces its start is cut into are known before its end.
            done, used = _pieces(rest, offset, complete=False)
            yield from done
            rest, offset = rest[used:], offset + used
            continued = continued or bool(done)
    if continued or rest.strip():
        yield from _pieces(rest, offset, complete=True)[0]


def _pieces(line: str, offset: int, *, complete: bool) -> tuple[list[Paragraph], int]:
    """`line` cut into paragraphs of at most MAX_PARAGRAPH characters, and the offset in
    it where the rest starts; of a line not `complete` (more may follow), only the
    paragraphs whose end and next start are known whatever follows."""
    pieces = []
    start = 0
    while len(line) - start > MAX_PARAGRAPH:
        limit = start + MAX_PARAGRAPH
        cut = max(line.rfind(end, start, limit) for end in _SENTENCE_ENDS)
        if cut <= start:
            cut = line.rfind(" ", start, limit)
        cut = limit if cut <= start else cut + 1  # keep the stop with its sentence
        after = cut
        while after < len(line) and line[after] == " ":
            after += 1
        if not complete and after == len(line):
            break  # more spaces may follow: the next piece's start is not known yet
        pieces.append(Paragraph(line[start:cut], offset + start))
        start = after
    if complete and start < len(line):
        pieces.append(Paragraph(line[start:], offset + start))
        start = len(line)
    return pieces, start
