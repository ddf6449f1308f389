"""Painting a laid-out line with its mentions marked: one style per kind, and the current one."""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

from reader.text.highlights import Span, paint_runs
from reader.text.layout import Line

KINDS = ("person", "place", "date", "match", "current", "selection")
"""The marks the reader paints; "match" is a search match, "current" the mention or match
the reader is on, "selection" what a drag of the mouse covers."""
MATCH = "match"
SELECTION = "selection"

COMPONENT_CLASSES = frozenset(f"mention--{kind}" for kind in KINDS)
"""Styled in styles/reader.tcss: underline, bold, reverse, so they differ without colour."""


class MarkStyles:
    """The rich styles of a widget's mention classes, combined per set of kinds."""

    def __init__(self, widget: Widget) -> None:
        self._widget = widget
        self._combined: dict[tuple[str, ...], Style] = {}

    def clear(self) -> None:
        """Forget the styles (the theme or the CSS changed)."""
        self._combined.clear()

    def style(self, kinds: tuple[str, ...]) -> Style:
        """The widget's style with each of `kinds` laid over it ("current" on top)."""
        style = self._combined.get(kinds)
        if style is None:
            style = self._widget.rich_style
            shown = kinds
            if MATCH in kinds:  # a match hides a mention's mark; the current one, its own
                shown = ("current",) if "current" in kinds else (MATCH,)
            if SELECTION in kinds:  # what is being selected shows as that alone
                shown = (SELECTION,)
            for kind in sorted(shown, key=KINDS.index):
                style += self._widget.get_component_rich_style(f"mention--{kind}", partial=True)
            self._combined[kinds] = style
        return style


def marked_strip(
    line: Line,
    pad: int,
    width: int,
    styles: MarkStyles,
    spans: Sequence[Span] = (),
    current: Span | None = None,
) -> Strip:
    """`line` after `pad` blank cells, cut or filled to `width`, its mentions styled.

    The line is cut between its units (`paint_runs`), not by the Strip: rich cuts an emoji
    ZWJ sequence between its code points, and what is left is wider than it says."""
    base = styles.style(())
    segments = [Segment(" " * pad, base)] if pad else []
    for text, kinds in paint_runs(line, spans, current, room=max(0, width - pad)):
        segments.append(Segment(text, styles.style(kinds) if kinds else base))
    return Strip(segments).crop_extend(0, width, base)
