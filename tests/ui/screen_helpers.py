"""What the UI tests read off a running reader: the screen, a mention's cells, their styles."""

from __future__ import annotations

import time
import unicodedata

from rich.cells import cell_len
from rich.style import Style
from textual.strip import Strip

from reader.text.highlights import Span
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.widgets.article_view import ArticleView


async def entities_shown(pilot, seconds: float = 60) -> None:
    """Wait until the entity worker has reported and the screen shows its result."""
    from reader.ui.widgets.entity_panel import PanelState

    deadline = time.monotonic() + seconds
    while not pilot.app.reader.query("#panel") or (
        pilot.app.reader.panel.state is PanelState.WORKING
    ):
        assert time.monotonic() < deadline, "the entity worker never reported"
        await pilot.pause(0.05)
    await pilot.pause()


def reader(app) -> ReaderScreen:
    return app.reader


def status_line(app) -> str:
    """The status line as logical text: the current entity's name and i/n."""
    status = reader(app).status
    return f"{status.name} {status.rank}".strip()


def notices(app) -> list[str]:
    return [notification.message for notification in app._notifications]


def logical(visual_rtl_run: str) -> str:
    """What an RTL run of presentation forms says, in logical order, plain letters (NFKC):
    the cells are read from the right, each letter with the marks drawn on it."""
    cells: list[str] = []
    for char in visual_rtl_run:
        if cells and cell_len(char) == 0:
            cells[-1] += char
        else:
            cells.append(char)
    return unicodedata.normalize("NFKC", "".join(reversed(cells)))


def style_at(strip: Strip, x: int) -> Style:
    """The style of the cell at column `x` of a painted strip."""
    column = 0
    for segment in strip:
        width = cell_len(segment.text)
        if column <= x < column + width:
            return segment.style or Style()
        column += width
    raise IndexError(x)


def text_at(strip: Strip, left: int, right: int) -> str:
    """The characters painted in cells `left` to `right` (marks with their letters)."""
    out, column = [], 0
    for segment in strip:
        for char in segment.text:
            width = cell_len(char)
            if left <= column < right or (width == 0 and left < column <= right and out):
                out.append(char)
            column += width
    return "".join(out)


def mention_cells(view: ArticleView, span: Span) -> tuple[int, list[tuple[int, int]]]:
    """(row on screen, runs of screen columns) where the article paints `span`, which
    must be on screen and in one line. Columns count from the view's content left edge."""
    row = view.row_of_offset(span.start)
    y = row - round(view.scroll_y)
    paragraph, line = view.line_at(y)
    start = view.paragraphs[paragraph].start
    pad = view.margin + line.padding(view.text_width)
    runs = line.span_columns(span.start - start, span.end - start)
    return y, [(pad + left, pad + right) for left, right in runs]
