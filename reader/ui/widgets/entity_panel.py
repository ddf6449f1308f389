"""The side panel: the article's people, places and dates, one per row, laid out right to left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.events import Click, Resize
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.text.layout import BidiMode, layout_paragraph
from reader.ui import keys

SECTIONS = (("person", "الأشخاص"), ("place", "الأماكن"), ("date", "التواريخ"))
"""The panel's sections, in order, with their headings."""
WORKING = "يجري البحث عن الأشخاص والأماكن والتواريخ…"
FAILED = "تعذّر استخراج الأسماء من هذا المقال."
NONE = "—"
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class PanelEntry:
    """One row of the panel: an entity, by its number on the screen that owns it."""

    entity: int
    kind: str
    name: str
    detail: str | None
    """A date's value (`2023-05-10`, `2023-06`) or a place's English name (`Morocco`);
    None when there is none (always for people)."""
    count: int
    first: int
    """Document offset of its first mention: the order of first appearance."""


class Order(StrEnum):
    APPEARANCE = "appearance"
    COUNT = "count"


class PanelState(StrEnum):
    WORKING = "working"
    READY = "ready"
    FAILED = "failed"


class _Row(NamedTuple):
    kind: str  # "heading", "entry", "note", "gap"
    entry: PanelEntry | None
    text: str  # logical text of a heading or note row


class EntityPanel(ScrollView, can_focus=True, inherit_bindings=False):
    """Sections of entities, each row its name (shaped, right-aligned) and its count."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.PANEL)
    COMPONENT_CLASSES = {
        "entity-panel--heading",
        "entity-panel--cursor",
        "entity-panel--current",
        "entity-panel--detail",
        "entity-panel--note",
    }

    entries: reactive[tuple[PanelEntry, ...]] = reactive((), init=False)
    order: reactive[Order] = reactive(Order.APPEARANCE, init=False)
    state: reactive[PanelState] = reactive(PanelState.WORKING, init=False)
    current_entity: reactive[int | None] = reactive(None, init=False, repaint=False)
    """The entity of the mention the reader is on: its row is marked, the cursor goes to it."""
    cursor: reactive[int] = reactive(0, init=False, repaint=False)
    """The row the cursor is on (moved with j/k, chosen with enter)."""
    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    harakat: reactive[bool] = reactive(True, init=False)

    class EntryChosen(Message):
        """The user chose the row of entity `entity` (enter or a click)."""

        def __init__(self, panel: EntityPanel, entity: int) -> None:
            super().__init__()
            self.panel = panel
            self.entity = entity

        @property
        def control(self) -> EntityPanel:
            return self.panel

    def __init__(
        self,
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.set_reactive(EntityPanel.bidi, BidiMode(bidi))
        self.set_reactive(EntityPanel.harakat, harakat)
        self._rows: list[_Row] = []
        self._styles: dict[tuple[str, ...], Style] = {}
        """The panel's style with component classes laid over it, by their names: each
        painted row would otherwise work out the same style again from the ancestors'."""
        self._rebuild()

    # -- rows --------------------------------------------------------------------------

    @property
    def rows(self) -> tuple[_Row, ...]:
        return tuple(self._rows)

    def row_of_entity(self, entity: int) -> int | None:
        """The row showing entity number `entity`, if it is shown."""
        for k, row in enumerate(self._rows):
            if row.entry is not None and row.entry.entity == entity:
                return k
        return None

    @property
    def cursor_entry(self) -> PanelEntry | None:
        """The entity under the cursor, if the cursor is on one."""
        if 0 <= self.cursor < len(self._rows):
            return self._rows[self.cursor].entry
        return None

    def _rebuild(self) -> None:
        rows: list[_Row] = []
        if self.state is PanelState.WORKING:
            rows.append(_Row("note", None, WORKING))
        elif self.state is PanelState.FAILED:
            rows.append(_Row("note", None, FAILED))
        else:
            for kind, heading in SECTIONS:
                entries = [entry for entry in self.entries if entry.kind == kind]
                if self.order is Order.COUNT:
                    entries.sort(key=lambda entry: (-entry.count, entry.first))
                else:
                    entries.sort(key=lambda entry: entry.first)
                if rows:
                    rows.append(_Row("gap", None, ""))
                rows.append(_Row("heading", None, f"{heading} ({len(entries)})"))
                rows.extend(_Row("entry", entry, "") for entry in entries)
                if not entries:
                    rows.append(_Row("note", None, NONE))
        chosen = self.cursor_entry if self._rows else None
        self._rows = rows
        self.virtual_size = Size(self.size.width, len(rows))
        target = self.row_of_entity(chosen.entity) if chosen is not None else None
        self.set_reactive(EntityPanel.cursor, target if target is not None else self._first_entry())
        self.refresh()

    def _first_entry(self) -> int:
        return next((k for k, row in enumerate(self._rows) if row.entry is not None), 0)

    def watch_entries(self) -> None:
        self._rebuild()

    def watch_order(self) -> None:
        self._rebuild()
        self._show_cursor()

    def watch_state(self) -> None:
        self._rebuild()

    def watch_bidi(self) -> None:
        self.refresh()

    def watch_harakat(self) -> None:
        self.refresh()

    def watch_current_entity(self, old: int | None, new: int | None) -> None:
        # Only the two rows that change: a jump must not repaint the whole panel.
        for entity in (old, new):
            self._refresh_row(None if entity is None else self.row_of_entity(entity))
        row = None if new is None else self.row_of_entity(new)
        if row is not None:
            self.cursor = row

    def watch_cursor(self, old: int, new: int) -> None:
        self._show_cursor()
        self._refresh_row(old)
        self._refresh_row(new)

    def _refresh_row(self, row: int | None) -> None:
        if row is not None and 0 <= row < len(self._rows):
            self.refresh_lines(row)

    def on_resize(self, event: Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self._rows))
        self.refresh()

    # -- painting ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = max(1, self.scrollable_content_region.width)
        number = round(self.scroll_y) + y
        if not 0 <= number < len(self._rows):
            return Strip.blank(width, self._style())
        row = self._rows[number]
        if row.kind == "gap":
            return Strip.blank(width, self._style())
        if row.kind in ("heading", "note"):
            return self._text_strip(row.text, width, self._style(row.kind))
        assert row.entry is not None
        parts: tuple[str, ...] = ()
        if row.entry.entity == self.current_entity:
            parts += ("current",)
        if number == self.cursor and self.has_focus:
            parts += ("cursor",)
        return self._entry_strip(row.entry, width, self._style(*parts),
                                 self._style(*parts, "detail"))

    def _style(self, *parts: str) -> Style:
        """The panel's style with its classes `entity-panel--<part>` laid over it in turn."""
        style = self._styles.get(parts)
        if style is None:
            style = self.rich_style
            for part in parts:
                style += self.get_component_rich_style(f"entity-panel--{part}", partial=True)
            self._styles[parts] = style
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()  # the theme, the CSS or a pseudo-class (focus) changed

    def _text_strip(self, text: str, width: int, style: Style) -> Strip:
        line = self._fitted(text, width)
        return Strip([Segment(line, style)]).crop_extend(0, width, style)

    def _entry_strip(
        self, entry: PanelEntry, width: int, style: Style, detail_style: Style
    ) -> Strip:
        # Read from the right: the name, then (on the left) the count and a date's value or
        # a place's English name. The name comes first: the detail gets what it leaves.
        detail = f"{entry.count:>3}" + self._detail_text(entry, width)
        room = max(1, width - len(detail) - 2)
        if self.bidi is BidiMode.TERMINAL:
            text = f"{self._fitted(entry.name, room).strip()}  {detail}"
            return Strip([Segment(text, style)]).crop_extend(0, width, style)
        name = self._fitted(entry.name, room)
        gap = max(1, width - len(detail) - cell_len(name))
        segments = [
            Segment(detail, detail_style),
            Segment(" " * gap, style),
            Segment(name, style),
        ]
        return Strip(segments).crop_extend(0, width, style)

    def _detail_text(self, entry: PanelEntry, width: int) -> str:
        """" " and the entry's detail, cut with an ellipsis to the room the whole name
        leaves (the name comes first); "" when fewer than four cells are left."""
        if not entry.detail:
            return ""
        name_cells = layout_paragraph(
            entry.name, 10_000, bidi=self.bidi, harakat=self.harakat
        )[0].cells
        free = width - 3 - 1 - 2 - name_cells  # count, a space, the gap before the name
        if free >= len(entry.detail):
            return " " + entry.detail
        return " " + entry.detail[: free - 1] + ELLIPSIS if free >= 4 else ""

    def _fitted(self, text: str, width: int) -> str:
        """`text` laid out in one line of `width` cells, right-aligned; cut with an
        ellipsis at its end (the left of an RTL line) when it does not fit."""
        lines = layout_paragraph(text, width, bidi=self.bidi, harakat=self.harakat)
        if len(lines) > 1 and width > 2:
            lines = layout_paragraph(
                text[: lines[0].end], width - 2, bidi=self.bidi, harakat=self.harakat
            )
            line = lines[0]
            return " " * line.padding(width - 2) + ELLIPSIS + " " + line.text
        line = lines[0]
        return " " * line.padding(width) + line.text

    # -- moving ----------------------------------------------------------------------------

    def _show_cursor(self) -> None:
        if self._rows and self.is_mounted:
            # The first row of a section brings its heading into view with it.
            above = self._rows[self.cursor - 1].kind if self.cursor > 0 else ""
            top = self.cursor - 1 if above == "heading" else self.cursor
            self.scroll_to_region(
                Region(0, top, 1, self.cursor - top + 1), animate=False, immediate=True
            )

    def _entry_rows(self) -> Sequence[int]:
        return [k for k, row in enumerate(self._rows) if row.entry is not None]

    def action_move_cursor(self, step: int) -> None:
        """Move the cursor to the next (`step` > 0) or previous entity row."""
        rows = self._entry_rows()
        if not rows:
            return
        if step > 0:
            after = [k for k in rows if k > self.cursor]
            self.cursor = after[0] if after else rows[-1]
        else:
            before = [k for k in rows if k < self.cursor]
            self.cursor = before[-1] if before else rows[0]

    def action_cursor_to_end(self, direction: int) -> None:
        rows = self._entry_rows()
        if rows:
            self.cursor = rows[-1] if direction > 0 else rows[0]

    def action_open_entry(self) -> None:
        entry = self.cursor_entry
        if entry is not None:
            self.post_message(self.EntryChosen(self, entry.entity))

    def on_click(self, event: Click) -> None:
        at = event.get_content_offset(self)
        if at is None:
            return
        number = round(self.scroll_y) + at.y
        if 0 <= number < len(self._rows) and self._rows[number].entry is not None:
            self.cursor = number
            self.action_open_entry()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
