"""The screen's keys on one line: one widget, painted as Textual's footer paints them.

Textual's `Footer` is a container with a widget for every key: ten widgets on the reading
screen, each styled, laid out and rendered on its own, a third of the time the first frame
took. This widget draws the same line (the same component styles, paddings and margins,
the palette's key on the right behind its bar) from the screen's active bindings, as
`Footer` reads them, and repaints when what it shows changes: a focus move between the
article and the panel, a search that gives n/N another meaning. A click on a key presses
it; a disabled key rings the bell. (Textual's binding groups, which the reader does not
use, are shown as plain keys.)
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual._border import BORDER_CHARS
from textual.reactive import reactive
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

_BAR = BORDER_CHARS["vkey"][1][0]
"""The bar left of the palette's key (Textual's `border-left: vkey`)."""


class _Item(NamedTuple):
    """One key as the footer shows it."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str


class KeyFooter(Widget, can_focus=False):
    """The keys of the focused widget, then the screen's, and ctrl+p on the right."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-footer--item",
        "key-footer--hover",
        "key-footer--key",
        "key-footer--description",
        "key-footer--bar",
    }
    # Textual's Footer and FooterKey styles, with the same variables.
    DEFAULT_CSS = """
    KeyFooter {
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
        .key-footer--item {
            background: $footer-item-background;
        }
        .key-footer--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        .key-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .key-footer--bar {
            color: $foreground 20%;
        }
    }
    """

    compact = reactive(False, toggle_class="-compact", layout=False)
    """Less room between the keys (a narrow terminal)."""
    show_command_palette = reactive(True)
    """Show ctrl+p, the command palette's key, on the right."""
    _hover: reactive[int | None] = reactive(None)

    def __init__(
        self,
        *,
        compact: bool = False,
        show_command_palette: bool = True,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.set_reactive(KeyFooter.compact, compact)
        self.set_reactive(KeyFooter.show_command_palette, show_command_palette)
        self.set_class(compact, "-compact", update=False)
        self._items: tuple[_Item, ...] = ()
        self._palette: _Item | None = None
        self._spans: list[tuple[int, int, int]] = []
        """(first cell, end cell, item index) of each key painted; the palette is -1."""

    def on_mount(self) -> None:
        self._read_bindings()
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen and self._read_bindings():
            self.refresh()

    def watch_show_command_palette(self) -> None:
        if self.is_mounted:
            self._read_bindings()

    def _read_bindings(self) -> bool:
        """Take the keys to show from the screen; True if they changed."""
        active = self.screen.active_bindings
        items: dict[str, _Item] = {}  # one key an action: the first bound
        for _, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in items:
                items[binding.action] = _Item(
                    binding.key, self.app.get_key_display(binding), binding.description,
                    enabled, tooltip,
                )
        palette = None
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            found = active.get(self.app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _, binding, enabled, _ = found
                palette = _Item(binding.key, self.app.get_key_display(binding),
                                binding.description, enabled,
                                binding.tooltip or binding.description)
        shown = (tuple(items.values()), palette)
        if shown == (self._items, self._palette):
            return False
        self._items, self._palette = shown
        return True

    # -- painting ----------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        """A component's style over whatever is beneath it: without a background where
        the component's is transparent (as FooterKey's key is, over its hover colour)."""
        style = self.get_component_rich_style(name)
        if self.get_component_styles(name).background.a == 0:
            style = Style(color=style.color, bold=style.bold, dim=style.dim,
                          italic=style.italic, underline=style.underline,
                          reverse=style.reverse, strike=style.strike)
        return style

    def _key_segments(self, item: _Item, index: int, compact: bool) -> list[Segment]:
        """One key as FooterKey renders it: the key, then its description, each padded
        (less in compact style)."""
        base = self.get_component_rich_style(
            "key-footer--hover" if self._hover == index else "key-footer--item"
        )
        if not item.enabled:
            base += Style(dim=True)
        key_style = base + self._style("key-footer--key")
        if not item.description:
            return [Segment(item.display, key_style)]
        description_style = base + self._style("key-footer--description")
        if compact:
            return [Segment(item.display, key_style),
                    Segment(f" {item.description}", description_style)]
        return [Segment(f" {item.display} ", key_style),
                Segment(f"{item.description} ", description_style)]

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        background = Style(bgcolor=self.rich_style.bgcolor)  # as a container's blank
        segments: list[Segment] = []
        spans: list[tuple[int, int, int]] = []
        x = 0
        for index, item in enumerate(self._items):
            key = Strip(self._key_segments(item, index, self.compact))
            spans.append((x, x + key.cell_length, index))
            segments.extend(key)
            x += key.cell_length
            if self.compact:
                segments.append(Segment(" ", background))
                x += 1
        line = Strip(segments).crop_extend(0, width, background)
        if self._palette is not None:  # always in compact style, as Footer draws it
            under = self.get_component_rich_style("key-footer--item")
            palette = Strip([
                Segment(_BAR, under + self._style("key-footer--bar")),
                *self._key_segments(self._palette, -1, compact=True),
                *([Segment(" ", Style(bgcolor=under.bgcolor))] if not self.compact else []),
            ])
            start = max(0, width - palette.cell_length)
            spans = [span for span in spans if span[1] <= start]
            spans.append((start + 1, width, -1))
            line = Strip.join([line.crop(0, start), palette.crop(0, width - start)])
        self._spans = spans
        return line.simplify()

    @property
    def keys_shown(self) -> list[tuple[str, int, int]]:
        """(description, first cell, end cell) of each key as last painted, left to right."""
        return [(self._item_of(index).description, start, end)
                for start, end, index in self._spans]

    # -- the mouse ---------------------------------------------------------------------------

    def _item_at(self, x: int) -> int | None:
        return next((index for start, end, index in self._spans if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover = self._item_at(event.x)
        item = None if self._hover is None else self._item_of(self._hover)
        self.tooltip = item.tooltip if item is not None and item.tooltip else None

    def on_leave(self, _event: events.Leave) -> None:
        self._hover = None

    def watch__hover(self) -> None:
        self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        index = self._item_at(event.x)
        if index is None:
            return
        item = self._item_of(index)
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()

    def _item_of(self, index: int) -> _Item:
        if index == -1:
            assert self._palette is not None
            return self._palette
        return self._items[index]
