"""The article's title, laid out like a paragraph (shaped, right to left), mentions marked;
a mouse drag over it is reported, as the article's are, for copying."""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from reader.text.highlights import Span, clip
from reader.text.layout import BidiMode, Line, layout_paragraph
from reader.ui.widgets.drag_selection import DragSelection
from reader.ui.widgets.mention_marks import COMPONENT_CLASSES, MarkStyles, marked_strip

ELLIPSIS = "…"


class TitleBar(DragSelection, Widget):
    """One paragraph of text drawn line by line; its height follows the wrapped title.

    At most `max_lines` rows: a longer title ends in an ellipsis at the end of its last
    shown line (the left end of an RTL line), so a small terminal keeps room for the text.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = set(COMPONENT_CLASSES)

    bidi: reactive[BidiMode] = reactive(BidiMode.APP, layout=True, init=False)
    harakat: reactive[bool] = reactive(True, layout=True, init=False)
    right_edge: reactive[int | None] = reactive(None, layout=True)
    """Screen column where lines end (the body's column), or None for the widget's edge."""
    marks: reactive[tuple[Span, ...]] = reactive((), init=False)
    """Mentions to mark, in document offsets."""
    current: reactive[Span | None] = reactive(None, init=False, repaint=False)
    show_marks: reactive[bool] = reactive(True, init=False)
    selected: reactive[tuple[Span, ...]] = reactive((), init=False)
    """What a drag covers, in document offsets (shown even when marks are off)."""

    class TextClicked(Message):
        """A click on the character at document offset `offset`."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    class TextSelected(Message):
        """A drag from cell `start` to cell `end`, each (row, column) of the widget's
        content (either may lie outside it: a drag can go on into the article); `final`
        once the button is let go."""

        def __init__(
            self, bar: TitleBar, start: tuple[int, int], end: tuple[int, int], final: bool = True
        ) -> None:
            super().__init__()
            self.bar = bar
            self.start = start
            self.end = end
            self.final = final

        @property
        def control(self) -> TitleBar:
            return self.bar

    def __init__(
        self,
        title: str,
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        start: int = 0,
        max_lines: int = 2,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.title_text = title
        self.start = start
        """Where the title starts in the document: marks come in document offsets."""
        self._styles = MarkStyles(self)
        self.max_lines = max_lines
        self.set_reactive(TitleBar.bidi, BidiMode(bidi))
        self.set_reactive(TitleBar.harakat, harakat)

    @property
    def inset(self) -> int:
        """Cells kept free on the right so the title ends where the body's lines end."""
        if self.right_edge is None:
            return 0
        return max(0, min(self.content_region.right - self.right_edge, self.size.width // 2))

    def lines(self, width: int | None = None) -> tuple[Line, ...]:
        """The title's lines at `width` (the room left of the inset by default)."""
        width = self.size.width - self.inset if width is None else width
        return layout_paragraph(
            self.title_text, max(1, width), bidi=self.bidi, harakat=self.harakat
        )

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return min(self.max_lines, len(self.lines(width - self.inset)))

    def rows(self) -> list[tuple[int, Line, int]]:
        """Each row shown: (the title offset its line's offsets count from, the line, the
        cells before the line's text). A cut last row is the rest of the title laid out
        anew (`_cut_line`), so its offsets count from where that rest starts."""
        width = max(1, self.size.width - self.inset)
        lines = self.lines(width)
        shown: list[tuple[int, Line, int]] = [
            (0, line, line.padding(width)) for line in lines[:self.max_lines]
        ]
        if len(lines) > self.max_lines:
            start = lines[self.max_lines - 1].start
            cut = self._rest_line(start, width)
            shown[-1] = (start, cut, cut.padding(max(1, width - 2)) + 2 if cut.rtl else 0)
        return shown

    def render_line(self, y: int) -> Strip:
        style = self.rich_style
        width = max(1, self.size.width - self.inset)
        lines = self.lines(width)
        if not 0 <= y < min(self.max_lines, len(lines)):
            return Strip.blank(self.size.width, style)
        line = lines[y]
        end = self.start + len(self.title_text)
        if y == self.max_lines - 1 and len(lines) > self.max_lines:
            shift, cut, pad = self.rows()[y]
            selected = clip(self.selected, self.start + shift, end)
            if not selected:
                text = self._cut_line(line.start, width)
                return Strip([Segment(text, style)]).crop_extend(0, self.size.width, style)
            strip = marked_strip(cut, pad, self.size.width, self._styles, selected)
            ellipsis = Strip([Segment(ELLIPSIS + " " if cut.rtl else " " + ELLIPSIS, style)])
            at = pad - 2 if cut.rtl else cut.cells
            return Strip.join([strip.crop(0, at), ellipsis, strip.crop(at + 2)])
        spans = clip(self.marks, self.start, end) if self.show_marks else ()
        spans += clip(self.selected, self.start, end)
        current = clip((self.current,), self.start, end) if self.current else ()
        return marked_strip(line, line.padding(width), self.size.width, self._styles, spans,
                            current[0] if current else None)

    def watch_current(self, old: Span | None, new: Span | None) -> None:
        # A jump inside the body leaves the title as it was: no repaint.
        end = self.start + len(self.title_text)
        if any(span is not None and span.overlaps(self.start, end) for span in (old, new)):
            self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def selection(self, start: tuple[int, int], end: tuple[int, int], final: bool) -> Message:
        return self.TextSelected(self, start, end, final)

    def on_click(self, event: Click) -> None:
        if self.ends_a_drag():  # not a click on a mention
            return
        at = event.get_content_offset(self)
        if at is None:
            return
        width = max(1, self.size.width - self.inset)
        lines = self.lines(width)
        if not 0 <= at.y < min(self.max_lines, len(lines)):
            return
        line = lines[at.y]
        cell = line.cell_range(at.x - line.padding(width))
        if cell is not None:
            self.post_message(self.TextClicked(self.start + cell[0]))

    def _cut_line(self, start: int, width: int) -> str:
        """The title from `start` on, in `width` less two cells, and an ellipsis where it
        goes on: at the left of an RTL line, at the right of an LTR one. Words stay whole."""
        room = max(1, width - 2)
        line = self._rest_line(start, width)
        if line.rtl:
            return " " * line.padding(room) + ELLIPSIS + " " + line.text
        return line.text + " " + ELLIPSIS

    def _rest_line(self, start: int, width: int) -> Line:
        """The first line of the title from `start` on, in `width` less two cells."""
        return layout_paragraph(
            self.title_text[start:], max(1, width - 2), bidi=self.bidi, harakat=self.harakat
        )[0]
