"""The status line: the current entity, its place among its mentions (`أنتوني بلينكن 2/2`),
and a strip of where in the article its mentions fall."""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from reader.text.layout import BidiMode, layout_paragraph

ELLIPSIS = "…"
TRACK, MENTION, HERE = "─", "┃", "█"
"""The mention map's cells: a stretch of the article with no mention, with one or more,
with the current one (glyphs, not colours alone: they stay apart under NO_COLOR)."""
MAP_WIDTH = 60
"""Cells of the mention map at most; it takes what the name leaves, down to MAP_MIN."""
MAP_MIN = 8


def mention_map(spread: tuple[float, ...], here: int, width: int) -> str:
    """`width` cells for the article read right to left (its start in the rightmost cell):
    MENTION where a fraction of `spread` falls, HERE for `spread[here]`, TRACK elsewhere."""
    cells = [TRACK] * width
    for k, fraction in enumerate(spread):
        cell = width - 1 - min(width - 1, max(0, int(fraction * width)))
        if k == here:
            cells[cell] = HERE
        elif cells[cell] != HERE:
            cells[cell] = MENTION
    return "".join(cells)


class MentionStatus(Widget):
    """One row: on the right the current mention's entity and `i/n`, read right to left;
    on the left a short hint in plain words."""

    COMPONENT_CLASSES = {"mention-status--hint", "mention-status--map"}

    name: reactive[str] = reactive("", init=False)
    """The current entity's name (logical text), or "" when no mention is current."""
    rank: reactive[str] = reactive("", init=False)
    """`i/n` in ASCII digits: the current mention is the i-th of the entity's n."""
    hint: reactive[str] = reactive("", init=False)
    spread: reactive[tuple[float, ...]] = reactive((), init=False)
    """Where the entity's mentions fall, as fractions of the article (0 its start), in
    order; drawn as the mention map while no hint is shown."""
    here: reactive[int] = reactive(-1, init=False)
    """Which of `spread` is the current mention."""
    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    harakat: reactive[bool] = reactive(True, init=False)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1

    def render_line(self, y: int) -> Strip:
        width = max(1, self.size.width)
        style = self.rich_style
        if y != 0:
            return Strip.blank(width, style)
        hint_style = style + self.get_component_rich_style("mention-status--hint", partial=True)
        segments = [Segment(self.hint, hint_style)] if self.hint else []
        if self.name:
            room = max(1, width - len(self.hint) - len(self.rank) - 3)
            shown = self._fitted_name(room)
            if self.bidi is BidiMode.TERMINAL:
                text = f"{shown} {self.rank}"  # logical order: the terminal reorders it
            else:
                text = f"{self.rank} {shown}"
            left = width - len(self.hint) - len(self.rank) - 1 - cell_len(shown)
            cells = min(MAP_WIDTH, left - 2)
            if not self.hint and self.spread and cells >= MAP_MIN:
                map_style = style + self.get_component_rich_style(
                    "mention-status--map", partial=True)
                segments.append(Segment(mention_map(self.spread, self.here, cells), map_style))
                left -= cells
            segments += [Segment(" " * max(1, left), style), Segment(text, style)]
        return Strip(segments).crop_extend(0, width, style)

    def _fitted_name(self, room: int) -> str:
        lines = layout_paragraph(self.name, room, bidi=self.bidi, harakat=self.harakat)
        if len(lines) == 1 or room < 3:
            return lines[0].text
        cut = layout_paragraph(
            self.name[: lines[0].end], room - 2, bidi=self.bidi, harakat=self.harakat
        )[0]
        return f"{ELLIPSIS} {cut.text}" if cut.rtl else f"{cut.text} {ELLIPSIS}"
