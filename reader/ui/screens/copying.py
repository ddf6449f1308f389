"""The reading screen's copying of text: Y copies a paragraph, a mouse drag what it covers.

A part of `ReaderScreen` kept in a file of its own: the article and the title report where
a drag goes; the selection map (`reader.text.selection`) turns the cells it covers into
offsets of the document, and the copy is its logical text, sent through the terminal
(OSC 52).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from reader.text.highlights import Span
from reader.text.selection import Row, runs, selected_offsets, selected_text
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.mention_marks import SELECTION
from reader.ui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from textual.app import App

    from reader.text.document import Document

_TITLE, _BODY = 0, 1
_Point = tuple[int, int, int]
"""Where a drag is: (_TITLE, row of the title, cell of its content) or (_BODY, row of the
article's whole column, cell of its content)."""


class _CopyingScreen(Protocol):
    """What of the reading screen the copying uses (mypy's way to type a mixin's self)."""

    document: Document
    current: Span | None

    @property
    def app(self) -> App[Any]: ...
    @property
    def article(self) -> ArticleView: ...
    @property
    def title_bar(self) -> TitleBar: ...
    def _body_point(self, row: int, x: int) -> _Point: ...
    def _title_point(self, y: int, x: int) -> _Point: ...
    def _select(self, one: _Point, other: _Point, *, final: bool) -> None: ...
    def notify(self, message: str, *, timeout: float | None = None) -> None: ...


class Copying:
    """Actions and handlers of the reading screen for copying text (a mixin)."""

    def action_copy_paragraph(self: _CopyingScreen) -> None:
        """Copy the paragraph of the current mention or match (else the one at the top of
        the article's view) as its logical text, through the terminal (OSC 52)."""
        current = self.current
        document = self.document
        if current is not None:
            location = document.locate(current.start)
            number = location.paragraph
        else:
            number = self.article.top_position.paragraph if document.body else None
        paragraph = document.title if number is None else document.body[number]
        if paragraph is None:
            return
        self.app.copy_to_clipboard(paragraph.text)
        self.notify(f"Copied the paragraph: {len(paragraph.text)} characters.", timeout=2)

    def on_article_view_text_selected(
        self: _CopyingScreen, message: ArticleView.TextSelected
    ) -> None:
        """A drag over the article (maybe on into the title above it)."""
        message.stop()
        self._select(self._body_point(*message.start), self._body_point(*message.end),
                     final=message.final)

    def on_title_bar_text_selected(self: _CopyingScreen, message: TitleBar.TextSelected
                                   ) -> None:
        """A drag over the title (maybe on into the article below it)."""
        message.stop()
        if self.document.title is None:  # the bar shows the file's name: no text of it
            return
        self._select(self._title_point(*message.start), self._title_point(*message.end),
                     final=message.final)

    def _body_point(self: _CopyingScreen, row: int, x: int) -> _Point:
        """Where a point the article reports (a row of its column, a cell of its content)
        is: above the view's top and over the title, in the title; else in the article."""
        view = self.article
        top = round(view.scroll_y)
        if row >= top or self.document.title is None:
            return (_BODY, row, x)
        bar = self.title_bar
        screen_y = view.content_region.y + row - top
        title_row = screen_y - bar.content_region.y
        if title_row < len(bar.rows()):
            return (_TITLE, max(0, title_row), view.content_region.x + x - bar.content_region.x)
        return (_BODY, top, x)  # between the title and the article: the view's top row

    def _title_point(self: _CopyingScreen, y: int, x: int) -> _Point:
        """Where a point the title reports (a cell of its content) is: below its rows and
        over the article, in the article; else in the title."""
        bar = self.title_bar
        shown = len(bar.rows())
        if y < shown:
            return (_TITLE, max(0, y), x)
        view = self.article
        view_y = bar.content_region.y + y - view.content_region.y
        if view_y < 0:  # between the title and the article: the title's last row
            return (_TITLE, shown - 1, x)
        return (_BODY, round(view.scroll_y) + view_y,
                bar.content_region.x + x - view.content_region.x)

    def _select(self: _CopyingScreen, one: _Point, other: _Point, *, final: bool) -> None:
        """A drag between two points marks the characters it covers (the title's, then
        the article's); let go, it copies them in logical order."""
        view = self.article
        bar = self.title_bar
        if one == other:
            view.set_selection({})
            bar.selected = ()
            return
        start, end = sorted((one, other), key=lambda point: point[:2])
        title = self.document.title
        rows: list[Row] = []
        pads: list[int] = []
        if start[0] == _TITLE and title is not None:
            shown = bar.rows()
            last = end[1] if end[0] == _TITLE else len(shown) - 1
            for shift, line, pad in shown[start[1]:last + 1]:
                rows.append((title.start + shift, line))
                pads.append(pad)
        index = view.line_index
        if end[0] == _BODY and index is not None and view.paragraphs:
            first_row = start[1] if start[0] == _BODY else round(view.scroll_y)
            for row in range(max(0, first_row), min(end[1], index.height - 1) + 1):
                paragraph, number = index.locate(row)
                lines = index.lines(paragraph)
                if number < len(lines):
                    line = lines[number]
                    rows.append((view.paragraphs[paragraph].start, line))
                    pads.append(view.margin + line.padding(view.text_width))
                else:
                    rows.append(None)
                    pads.append(0)
        if not rows:
            return
        first, last = start[2] - pads[0], end[2] - pads[-1]
        title_end = title.end if title is not None else 0
        if not final:
            chosen, _ = selected_offsets(rows, first, last)
            marked: dict[int, tuple[Span, ...]] = {}
            in_title: list[Span] = []
            for begin, stop in runs(chosen):
                if begin < title_end:
                    in_title.append(Span(begin, min(stop, title_end), SELECTION))
                    continue
                paragraph = view.paragraph_of(begin)
                at = view.paragraphs[paragraph].start
                marked[paragraph] = (*marked.get(paragraph, ()),
                                     Span(begin - at, stop - at, SELECTION))
            view.set_selection(marked)
            bar.selected = tuple(in_title)
            return
        view.set_selection({})
        bar.selected = ()
        breaks = (title_end,) if title is not None else ()
        text = selected_text(self.document.text, rows, first, last, breaks=breaks)
        if text:
            self.app.copy_to_clipboard(text)
            self.notify(f"Copied {len(text)} characters.", timeout=2)
