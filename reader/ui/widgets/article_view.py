"""The article body: paragraphs laid out right to left, drawn line by line, mentions marked."""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Sequence
from typing import ClassVar, NamedTuple

from textual.binding import BindingType
from textual.events import Click, Resize
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.text.document import Paragraph
from reader.text.highlights import Span, split_spans
from reader.text.layout import BidiMode, Line
from reader.text.line_index import LineIndex
from reader.ui import keys
from reader.ui.widgets.drag_selection import DragSelection
from reader.ui.widgets.mention_marks import COMPONENT_CLASSES, MarkStyles, marked_strip

_RENDERED_LINES = 1024
"""Painted lines kept: a few screens' worth, so scrolling back costs nothing."""


class ReadingPosition(NamedTuple):
    """Where the top row of the view is: a paragraph and a logical offset inside it."""

    paragraph: int
    offset: int


class ArticleView(DragSelection, ScrollView, can_focus=True, inherit_bindings=False):
    """Body paragraphs, a blank row between them, each laid out for the current width.

    Only the paragraphs on screen (and a screen above and below) are laid out; the others
    count as an estimate until they come into view. When an estimate above the top row is
    corrected, the view moves with it, so what the reader sees never jumps.
    """

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.ARTICLE)
    COMPONENT_CLASSES: ClassVar[set[str]] = set(COMPONENT_CLASSES)

    MEASURE = 90
    """Longest line in cells: wider terminals get a centred column, which reads better."""

    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    """Who reorders: the app (visual order, shaped) or the terminal (logical order)."""

    harakat: reactive[bool] = reactive(True, init=False)
    """Show diacritics."""

    marks: reactive[tuple[Span, ...]] = reactive((), init=False)
    """Mentions to mark, in document offsets (paragraphs carry their own start)."""

    current: reactive[Span | None] = reactive(None, init=False, repaint=False)
    """The mention the reader is on, marked above the others (document offsets)."""

    show_marks: reactive[bool] = reactive(True, init=False)
    """Mark the mentions at all (the current one stays marked)."""

    class PositionChanged(Message):
        """The top row moved to `row`; at the end of the article it is `last_row`."""

        def __init__(
            self, view: ArticleView, position: ReadingPosition, row: int, last_row: int
        ) -> None:
            super().__init__()
            self.view = view
            self.position = position
            self.row = row
            self.last_row = last_row

        @property
        def control(self) -> ArticleView:
            return self.view

    class TextClicked(Message):
        """A click on the character at document offset `offset`."""

        def __init__(self, view: ArticleView, offset: int) -> None:
            super().__init__()
            self.view = view
            self.offset = offset

        @property
        def control(self) -> ArticleView:
            return self.view

    class TextSelected(Message):
        """A drag from cell `start` to cell `end`, each (row of the whole column, column of
        the content, the margin included); `final` once the button is let go."""

        def __init__(
            self,
            view: ArticleView,
            start: tuple[int, int],
            end: tuple[int, int],
            final: bool = True,
        ) -> None:
            super().__init__()
            self.view = view
            self.start = start
            self.end = end
            self.final = final

        @property
        def control(self) -> ArticleView:
            return self.view

    class ColumnChanged(Message):
        """The text column moved: it spans screen columns `left` to `right` (exclusive)."""

        def __init__(self, view: ArticleView, left: int, right: int) -> None:
            super().__init__()
            self.view = view
            self.left = left
            self.right = right

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(
        self,
        paragraphs: Sequence[Paragraph],
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.paragraphs = tuple(paragraphs)
        self._texts = tuple(paragraph.text for paragraph in self.paragraphs)
        self.set_reactive(ArticleView.bidi, BidiMode(bidi))
        self.set_reactive(ArticleView.harakat, harakat)
        self._index: LineIndex | None = None
        # (paragraph, offset) at the top, kept while the top row holds it, so re-wrapping
        # on resize never moves the reading position (LineIndex.position_at).
        self._anchor: tuple[int, int] | None = None
        self._start = ReadingPosition(0, 0)
        """Where the first layout puts the top (a saved reading position)."""
        self._settling = False
        self._near_only = False
        self._last_reported: tuple[ReadingPosition, int, int] | None = None
        self._last_column: tuple[int, int] | None = None
        self._bounds = [(p.start, p.end) for p in self.paragraphs]
        self._starts = [p.start for p in self.paragraphs]
        self._marks_by_paragraph: tuple[tuple[Span, ...], ...] = ((),) * len(self.paragraphs)
        self._matches_by_paragraph: Sequence[tuple[Span, ...]] = ()
        self._marks_version = 0
        self._selected: dict[int, tuple[Span, ...]] = {}
        self._layout_version = 0
        self._rendered: OrderedDict[tuple[object, ...], Strip] = OrderedDict()
        self._styles = MarkStyles(self)

    # -- what is on screen -------------------------------------------------------------

    @property
    def line_index(self) -> LineIndex | None:
        """The index for the current width and mode (None before the first layout)."""
        return self._index

    @property
    def text_width(self) -> int:
        """Cells of a line of text: the room inside padding and scrollbar, up to MEASURE."""
        return self._column()[1]

    @property
    def margin(self) -> int:
        """Blank cells left of the text column, which is centred when the room is wider."""
        return self._column()[2]

    def _column(self) -> tuple[int, int, int]:
        """(room, text width, margin), from one look at the room inside padding and
        scrollbar: Textual works it out anew at each call, and a repaint asks per line."""
        room = self.scrollable_content_region.width
        width = max(1, min(self.MEASURE, room))
        return max(1, room), width, max(0, room - width) // 2

    @property
    def top_position(self) -> ReadingPosition:
        """The paragraph and logical offset shown in the top row."""
        index = self._index
        if index is None or not self.paragraphs:
            return ReadingPosition(0, 0)
        top = round(self.scroll_y)
        at_end = top >= round(self.max_scroll_y)
        return ReadingPosition(*index.position_at(top, self._anchor, at_end=at_end))

    def line_at(self, y: int) -> tuple[int, Line] | None:
        """(paragraph, line) painted in row `y` of the view, or None for a blank row."""
        index = self._index
        if index is None or not self.paragraphs:
            return None
        row = round(self.scroll_y) + y
        if row < 0 or row >= index.height:
            return None
        paragraph, line = index.locate(row)
        lines = index.lines(paragraph)
        return (paragraph, lines[line]) if line < len(lines) else None

    def render_line(self, y: int) -> Strip:
        room, width, margin = self._column()
        if self._index is None:
            # The first frame is painted before the Resize event comes: lay out now, so
            # the body arrives in the same frame as the title; only the screen itself, the
            # screens around it once the frame is out.
            self._near_only = True
            self._relayout()
            self._near_only = False
            self.call_after_refresh(self._settle)
        index = self._index
        row = round(self.scroll_y) + y
        if index is None or not self.paragraphs or not 0 <= row < index.height:
            return Strip.blank(room, self._styles.style(()))
        paragraph, number = index.locate(row)
        lines = index.lines(paragraph)
        if number >= len(lines):
            return Strip.blank(room, self._styles.style(()))
        line = lines[number]
        selected = self._selected.get(paragraph, ())
        current = self._local_current(paragraph)
        key = (self._layout_version, paragraph, number, room, margin, self._marks_version,
               self.show_marks, current, selected)
        strip = self._rendered.get(key)
        if strip is None:
            spans = self._marks_by_paragraph[paragraph] if self.show_marks else ()
            if self._matches_by_paragraph:  # search matches show even when marks are off
                spans += self._matches_by_paragraph[paragraph]
            spans += selected
            pad = margin + line.padding(width)
            strip = marked_strip(line, pad, room, self._styles, spans, current)
            self._rendered[key] = strip
            if len(self._rendered) > _RENDERED_LINES:
                self._rendered.popitem(last=False)
        return strip

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._rendered.clear()

    # -- marks -----------------------------------------------------------------------------

    def watch_marks(self, marks: tuple[Span, ...]) -> None:
        self._marks_by_paragraph = split_spans(marks, self._bounds)
        self._marks_version += 1
        self.refresh()

    def set_matches(self, by_paragraph: Sequence[tuple[Span, ...]]) -> None:
        """Mark search matches, already cut to paragraphs (`split_spans`, in each
        paragraph's offsets), as a search worker makes them: no splitting here."""
        self._matches_by_paragraph = by_paragraph
        self._marks_version += 1
        self.refresh()

    def set_selection(self, by_paragraph: dict[int, tuple[Span, ...]]) -> None:
        """Mark what a drag covers: spans in their paragraphs' offsets, by paragraph."""
        if by_paragraph != self._selected:
            self._selected = by_paragraph
            self.refresh()

    def watch_current(self, old: Span | None, new: Span | None) -> None:
        # Only the paragraphs of the old and the new mention: a jump repaints a few rows,
        # not the screen (the scroll that brings a mention into view repaints the rest).
        index = self._index
        if index is None or not self.paragraphs:
            return
        for span in (old, new):
            if span is None or span.end <= self._starts[0]:
                continue
            first, last = self.paragraph_of(span.start), self.paragraph_of(max(0, span.end - 1))
            if index.is_laid_out(first) and index.is_laid_out(last):
                # The rows of the mention itself (a line's map says where it is).
                top = index.row_of(first, max(0, span.start - self._starts[first]))
                bottom = index.row_of(last, max(0, span.end - 1 - self._starts[last])) + 1
            else:  # not laid out yet (so not on screen): its estimated rows, laying out nothing
                top = index.start(first)
                bottom = index.start(last) + index.row_count(last)
            self.refresh_lines(top, bottom - top)

    def watch_show_marks(self) -> None:
        self.refresh()

    def _local_current(self, paragraph: int) -> Span | None:
        """The current mention in paragraph `paragraph`'s offsets, if it is in it."""
        current = self.current
        if current is None:
            return None
        start, end = self._bounds[paragraph]
        if not current.overlaps(start, end):
            return None
        return Span(max(current.start, start) - start, min(current.end, end) - start,
                    current.kind)

    def paragraph_of(self, offset: int) -> int:
        """The body paragraph holding document `offset` (the next one in a gap)."""
        k = max(0, bisect.bisect_right(self._starts, offset) - 1)
        if k + 1 < len(self._bounds) and offset >= self._bounds[k][1]:
            return k + 1
        return k

    def row_of_offset(self, offset: int) -> int | None:
        """The row (of the whole column) showing document `offset`; None before the body."""
        index = self._index
        if index is None or not self.paragraphs or offset < self._starts[0]:
            return None
        paragraph = self.paragraph_of(offset)
        return index.row_of(paragraph, max(0, offset - self._starts[paragraph]))

    def shows_offset(self, offset: int) -> bool:
        """True when the line holding document `offset` is in view."""
        row = self.row_of_offset(offset)
        top = round(self.scroll_y)
        return row is not None and top <= row < top + self._page_height()

    def reveal(self, offset: int) -> None:
        """Bring document `offset` into view: left alone when it is on screen, else its
        line goes to the middle of the screen."""
        if self._index is None or not self.paragraphs or self.shows_offset(offset):
            return
        paragraph = self.paragraph_of(offset)
        local = max(0, offset - self._starts[paragraph])
        self.scroll_to_position(ReadingPosition(paragraph, local))
        self.scroll_to_row(round(self.scroll_y) - self._page_height() // 2)
        if not self.shows_offset(offset):  # estimates above moved: put it on top instead
            self.scroll_to_position(ReadingPosition(paragraph, local))

    def offset_at(self, x: int, y: int) -> int | None:
        """The document offset of the character painted at content cell (`x`, `y`)."""
        found = self.line_at(y)
        if found is None:
            return None
        paragraph, line = found
        column = x - self.margin - line.padding(self.text_width)
        cell = line.cell_range(column)
        if cell is None:
            return None
        return self._starts[paragraph] + cell[0]

    def drag_row(self, y: int) -> int:
        return round(self.scroll_y) + y

    def selection(self, start: tuple[int, int], end: tuple[int, int], final: bool) -> Message:
        return self.TextSelected(self, start, end, final)

    def on_click(self, event: Click) -> None:
        if self.ends_a_drag():  # not a click on a mention
            return
        offset_in_content = event.get_content_offset(self)
        if offset_in_content is None:
            return
        offset = self.offset_at(offset_in_content.x, offset_in_content.y)
        if offset is not None:
            self.post_message(self.TextClicked(self, offset))

    # -- moving ----------------------------------------------------------------------------

    def action_scroll_lines(self, count: int) -> None:
        """Move the text `count` rows up (positive: read on)."""
        self.scroll_to_row(round(self.scroll_y) + count)

    def action_scroll_pages(self, count: int) -> None:
        """Move by `count` screens of text."""
        page = max(1, self.scrollable_content_region.height)
        self.scroll_to_row(round(self.scroll_y) + count * page)

    def action_go_to_top(self) -> None:
        self.scroll_to_row(0)

    def action_go_to_bottom(self) -> None:
        """Show the last screen; the tail is laid out first so the end is exact."""
        index = self._index
        if index is None or not self.paragraphs:
            return
        rows = 0
        paragraph = len(self.paragraphs) - 1
        while paragraph >= 0 and rows < 2 * self._page_height():
            index.lines(paragraph)
            rows += index.row_count(paragraph)
            paragraph -= 1
        self._update_virtual_size()
        self.scroll_to_row(index.height)

    def scroll_to_row(self, row: int) -> None:
        """Put `row` at the top (clamped), without animation: keys should feel immediate."""
        self.scroll_to(y=max(0, row), animate=False, force=True, immediate=True)

    def scroll_to_position(self, position: ReadingPosition) -> None:
        """Put the line holding `position` at the top of the view (before the first
        layout: the view opens there)."""
        index = self._index
        if index is None or not self.paragraphs:
            self._start = position
            return
        paragraph = min(position.paragraph, len(self.paragraphs) - 1)
        row = index.row_of(paragraph, position.offset)
        self._anchor = (paragraph, position.offset)
        self._settle(anchor_row=row)

    # -- layout ------------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        if self._index is None or self._index.width != self.text_width:
            self._relayout()
        else:
            self._settle()
            self.refresh()  # the column may have moved even if its width did not
        self._report_column()

    def watch_bidi(self) -> None:
        self._relayout()

    def watch_harakat(self) -> None:
        self._relayout()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._settling:
            self._settle()

    def _relayout(self) -> None:
        """A new index for the current width and mode; the top row keeps its text."""
        if not self.is_mounted or self.scrollable_content_region.width <= 0:
            return
        position = self.top_position if self._index is not None else self._start
        self._index = LineIndex(
            self._texts, self.text_width, bidi=self.bidi, harakat=self.harakat
        )
        self._layout_version += 1
        self._rendered.clear()
        self._update_virtual_size()
        self.scroll_to_position(position)
        self.refresh()

    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def _settle(self, anchor_row: int | None = None) -> None:
        """Lay out what is on screen and a screen around it; keep the top row's text in place.

        Correcting the estimate of a paragraph above the top row moves every row below it,
        so the top row is moved by the same amount. Before the first frame, only the screen
        itself is laid out.
        """
        index = self._index
        if index is None or not self.paragraphs or self._settling:
            return
        self._settling = True
        try:
            top = round(self.scroll_y) if anchor_row is None else anchor_row
            top = max(0, min(top, index.height - 1))
            paragraph, line = index.locate(top)
            page = self._page_height()
            shift = 0
            above, rows = paragraph - 1, 0
            ahead = 1 if self._near_only else 2  # screens laid out below the top row
            while above >= 0 and rows < page and not self._near_only:
                before = index.row_count(above)
                index.lines(above)
                shift += index.row_count(above) - before
                rows += index.row_count(above)
                above -= 1
            below, rows = paragraph, -line
            while below < len(self.paragraphs) and rows < ahead * page:
                index.lines(below)
                rows += index.row_count(below)
                below += 1
            self._update_virtual_size()
            if top + shift != round(self.scroll_y):
                # Only when needed: scrolling stops a running animation (scrollbar clicks).
                self.scroll_to(y=top + shift, animate=False, force=True, immediate=True)
        finally:
            self._settling = False
        position = self.top_position
        self._anchor = (position.paragraph, position.offset)
        self._report_position()

    def _update_virtual_size(self) -> None:
        index = self._index
        height = index.height if index is not None else 0
        self.virtual_size = Size(self.text_width, height)

    def _report_column(self) -> None:
        left = self.scrollable_content_region.x + self.margin
        column = (left, left + self.text_width)
        if column != self._last_column:
            self._last_column = column
            self.post_message(self.ColumnChanged(self, *column))

    def _report_position(self) -> None:
        last_row = max(0, self.max_scroll_y)
        report = (self.top_position, round(self.scroll_y), last_row)
        if report != self._last_reported:
            self._last_reported = report
            self.post_message(self.PositionChanged(self, *report))
