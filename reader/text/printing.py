"""The laid-out article as a terminal receives it, written out paragraph by paragraph."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from reader.text.document import Document, Paragraph
from reader.text.layout import BidiMode, lay_out


def printed_paragraphs(
    paragraphs: Document | Iterable[Paragraph],
    width: int,
    *,
    bidi: BidiMode = BidiMode.APP,
    harakat: bool = True,
) -> Iterator[str]:
    """Each paragraph (of a document: the title first) as printed lines, each ending in
    a newline, right-to-left ones padded on the left to `width`, a blank line before
    every paragraph but the first. A paragraph is laid out when it is asked for and not
    kept, so the output of a long article starts at once and costs no memory as it goes
    (given `document.iter_paragraphs`, nor does splitting the article)."""
    if isinstance(paragraphs, Document):
        title = paragraphs.title
        paragraphs = ((title,) if title else ()) + paragraphs.body
    for index, paragraph in enumerate(paragraphs):
        lines = lay_out(paragraph.text, width, bidi, harakat)
        block = "".join([" " * line.padding(width) + line.text + "\n" for line in lines])
        yield "\n" + block if index else block


def write_document(
    document: Document | Iterable[Paragraph],
    width: int,
    stream: TextIO,
    *,
    bidi: BidiMode = BidiMode.APP,
    harakat: bool = True,
) -> None:
    """Write `printed_paragraphs` to `stream`; the first is flushed at once, so a pipe
    (`| head -1`) has it without waiting for the rest of the article."""
    for index, block in enumerate(printed_paragraphs(document, width, bidi=bidi,
                                                     harakat=harakat)):
        stream.write(block)
        if index == 0:
            stream.flush()
    stream.flush()
