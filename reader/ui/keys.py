"""One table of the reader's keys: BINDINGS, the footer and the command palette come from it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from textual.binding import Binding, BindingType


class Key(NamedTuple):
    """One binding: `id` lets a keymap (settings.toml [keymap]) move it to other keys."""

    id: str
    keys: str
    action: str
    description: str
    show: bool = True
    key_display: str | None = None
    palette: bool = True
    """Offered in the command palette (ctrl+p); scrolling one line is not worth a line there."""
    help: str = ""
    """The longer name the command palette shows (the footer has room for `description`)."""
    group: str = ""
    """The heading the help screen (?) lists the key under; "" for its table's heading."""
    priority: bool = False
    """Run when the app reads the key, before it goes on to the focused widget (Textual's
    priority binding): for a key that moves the focus, so that the keys typed after it
    reach the widget it focuses (see `reader.search`)."""

    @property
    def title(self) -> str:
        return self.help or self.description


# Where a key works: "reader" anywhere on the reader screen, "article" when the article has
# the focus, "panel" when the entity panel has it. The footer lists the focused widget's
# keys first, then the screen's.
#
# Two rows may share a key (n, escape): the first whose action the screen allows at that
# moment (its check_action) runs, so n steps between matches while a search is on.
JUMP, SEARCH, COPY, PANEL_GROUP, VIEW, APP = "Jump", "Search", "Copy", "Panel", "View", "App"
"""Headings of the help screen (?)."""

READER: tuple[Key, ...] = (
    Key("reader.next-person", "p", "jump('person', 1)", "Person", key_display="p/P",
        help="Next person", group=JUMP),
    Key("reader.previous-person", "P", "jump('person', -1)", "Previous person", show=False,
        group=JUMP),
    Key("reader.next-place", "l", "jump('place', 1)", "Place", key_display="l/L",
        help="Next place", group=JUMP),
    Key("reader.previous-place", "L", "jump('place', -1)", "Previous place", show=False,
        group=JUMP),
    Key("reader.next-date", "d", "jump('date', 1)", "Date", key_display="d/D",
        help="Next date", group=JUMP),
    Key("reader.previous-date", "D", "jump('date', -1)", "Previous date", show=False,
        group=JUMP),
    Key("reader.next-mention", "n", "step_mention(1)", "Mention", key_display="n/N",
        help="Next mention of the current entity", group=JUMP),
    Key("reader.previous-mention", "N", "step_mention(-1)", "Previous mention", show=False,
        help="Previous mention of the current entity", group=JUMP),
    # A priority key: the letters typed right after it (a fast typist, a paste, one read
    # over a slow link) are read by the app after it has focused the search line.
    Key("reader.search", "slash", "start_search", "Search", key_display="/", show=False,
        help="Search the article (harakat and spelling variants ignored)", group=SEARCH,
        priority=True),
    Key("reader.next-match", "n", "step_match(1)", "Match", key_display="n/N",
        help="Next match of the search", group=SEARCH),
    Key("reader.previous-match", "N", "step_match(-1)", "Previous match", show=False,
        help="Previous match of the search", group=SEARCH),
    Key("reader.switch-focus", "tab", "switch_focus", "Panel", show=False,
        help="Switch between the article and the panel", group=PANEL_GROUP),
    Key("reader.switch-focus-back", "shift+tab", "switch_focus", "Panel", show=False,
        palette=False, help="Switch between the panel and the article", group=PANEL_GROUP),
    Key("reader.copy-name", "y", "copy_name", "Copy",
        help="Copy the current entity's name", group=COPY),
    Key("reader.copy-paragraph", "Y", "copy_paragraph", "Copy paragraph", show=False,
        help="Copy the current paragraph as text", group=COPY),
    Key("reader.toggle-panel", "e", "toggle_panel", "Panel",
        help="Show or hide the entity panel", group=PANEL_GROUP),
    Key("reader.hide-panel", "escape", "hide_overlay", "Hide panel", show=False,
        palette=False, help="Hide the panel shown over the article", group=PANEL_GROUP),
    Key("reader.clear-search", "escape", "clear_search", "Clear search", show=False,
        help="Clear the search (n/N step mentions again)", group=SEARCH),
    Key("reader.panel-side", "s", "switch_panel_side", "Side", show=False,
        help="Move the panel to the other side", group=PANEL_GROUP),
    Key("reader.panel-order", "o", "switch_panel_order", "Order", show=False,
        help="Order the panel by first appearance or by count", group=PANEL_GROUP),
    Key("reader.toggle-highlights", "h", "toggle_highlights", "Marks", show=False,
        help="Mark all mentions, or only the current one", group=VIEW),
    Key("reader.map", "m", "open_map", "Map", show=False,
        help="Show the article's places on a map"),
    Key("reader.timeline", "T", "open_timeline", "Timeline", show=False,
        help="Show the article's dates on a timeline"),
    Key("reader.toggle-bidi", "t", "app.toggle_bidi", "Bidi",
        help="Switch bidi between the app and the terminal", group=VIEW),
    Key("reader.help", "question_mark", "app.show_help", "Keys", key_display="?", show=False,
        help="Show every key", group=APP),
    Key("reader.quit", "q", "app.quit", "Quit", group=APP),
    Key("reader.suspend", "ctrl+z", "app.suspend_process", "Suspend", show=False,
        help="Suspend the reader (fg brings it back)", group=APP),
)

ARTICLE: tuple[Key, ...] = (
    Key("article.line-down", "j,down", "scroll_lines(1)", "Scroll", key_display="j/k",
        show=False, palette=False),
    Key("article.line-up", "k,up", "scroll_lines(-1)", "Line up", show=False, palette=False),
    Key("article.page-down", "space,pagedown", "scroll_pages(1)", "Page down", show=False),
    Key("article.page-up", "b,pageup", "scroll_pages(-1)", "Page up", show=False),
    Key("article.top", "g,home", "go_to_top", "Top of the article", show=False),
    Key("article.bottom", "G,end", "go_to_bottom", "End of the article", show=False),
)

# The map screen (m) and the timeline screen (T).
MAP: tuple[Key, ...] = (
    Key("map.next", "n,tab", "choose(1)", "Place", key_display="n/N",
        help="Choose the next place"),
    Key("map.previous", "N,shift+tab", "choose(-1)", "Previous place", show=False),
    Key("map.open", "enter", "open_chosen", "Go to", help="Go to the place's first mention"),
    Key("map.zoom-in", "plus,equals_sign", "zoom(1)", "Zoom", key_display="+/-",
        help="Zoom in"),
    Key("map.zoom-out", "minus", "zoom(-1)", "Zoom out", show=False),
    Key("map.fit", "f", "fit", "Fit", show=False, help="Zoom to the article's places"),
    Key("map.cells", "b", "switch_cells", "Blocks", show=False,
        help="Draw the map in braille dots or in blocks"),
    Key("map.pan-left", "left,h", "pan(-1, 0)", "Pan", key_display="←↑↓→", show=False,
        help="Pan left"),
    Key("map.pan-right", "right,l", "pan(1, 0)", "Pan right", show=False),
    Key("map.pan-up", "up,k", "pan(0, -1)", "Pan up", show=False),
    Key("map.pan-down", "down,j", "pan(0, 1)", "Pan down", show=False),
    Key("map.close", "escape,m,q", "close", "Back", key_display="esc",
        help="Back to the article"),
)

TIMELINE: tuple[Key, ...] = (
    Key("timeline.next", "n,tab,right,down,j", "choose(1)", "Date", key_display="n/N",
        help="Choose the next date"),
    Key("timeline.previous", "N,shift+tab,left,up,k", "choose(-1)", "Previous date",
        show=False),
    Key("timeline.open", "enter", "open_chosen", "Go to",
        help="Go to the date's first mention"),
    Key("timeline.close", "escape,T,q", "close", "Back", key_display="esc",
        help="Back to the article"),
)

PANEL: tuple[Key, ...] = (
    Key("panel.down", "j,down", "move_cursor(1)", "Down", key_display="j/k", show=False,
        palette=False),
    Key("panel.up", "k,up", "move_cursor(-1)", "Up", show=False, palette=False),
    Key("panel.top", "g,home", "cursor_to_end(-1)", "First entity", show=False,
        palette=False),
    Key("panel.bottom", "G,end", "cursor_to_end(1)", "Last entity", show=False,
        palette=False),
    Key("panel.open", "enter", "open_entry", "Go to", palette=False),
)

# The library screen (a folder of articles), and the keys an article opened from it adds.
LIBRARY: tuple[Key, ...] = (
    Key("library.open", "enter", "open_article", "Open", help="Open the article"),
    Key("library.down", "j,down", "move_cursor(1)", "Down", key_display="j/k", show=False,
        palette=False),
    Key("library.up", "k,up", "move_cursor(-1)", "Up", show=False, palette=False),
    Key("library.page-down", "space,pagedown", "move_pages(1)", "Page down", show=False,
        palette=False),
    Key("library.page-up", "b,pageup", "move_pages(-1)", "Page up", show=False,
        palette=False),
    Key("library.top", "g,home", "cursor_to_end(-1)", "First article", show=False),
    Key("library.bottom", "G,end", "cursor_to_end(1)", "Last article", show=False),
    Key("library.toggle-bidi", "t", "app.toggle_bidi", "Bidi",
        help="Switch bidi between the app and the terminal"),
    Key("library.help", "question_mark", "app.show_help", "Keys", key_display="?", show=False,
        help="Show every key"),
    Key("library.quit", "q", "app.quit", "Quit"),
    Key("library.suspend", "ctrl+z", "app.suspend_process", "Suspend", show=False,
        help="Suspend the reader (fg brings it back)"),
)

IN_LIBRARY: tuple[Key, ...] = (
    Key("reader.next-article", "]", "open_sibling(1)", "Next article", key_display="]/[",
        help="Open the next article of the folder"),
    Key("reader.previous-article", "[", "open_sibling(-1)", "Previous article", show=False,
        help="Open the previous article of the folder"),
    Key("reader.back-to-library", "escape", "back_to_library", "Library",
        key_display="esc", help="Back to the list of articles"),
)


def bindings(keys: Iterable[Key]) -> list[BindingType]:
    """Textual bindings for `keys`, each with its id."""
    return [
        Binding(
            key.keys,
            key.action,
            key.description,
            show=key.show,
            key_display=key.key_display,
            priority=key.priority,
            id=key.id,
        )
        for key in keys
    ]


TABLES: tuple[tuple[str, tuple[Key, ...]], ...] = (
    ("Reader", READER),
    ("In the article", ARTICLE),
    ("Map", MAP),
    ("Timeline", TIMELINE),
    ("In the panel", PANEL),
    ("Library", LIBRARY),
    ("An article of the library", IN_LIBRARY),
)
"""Every table, with the heading the help screen gives its keys that name no group."""


def known_ids() -> set[str]:
    """The id of every key of every table."""
    return {key.id for _, table in TABLES for key in table}


def keymap_from(keymap: Mapping[str, str]) -> dict[str, str]:
    """The user's keymap ({binding id: "keys"}), known ids and non-empty keys only."""
    known = known_ids()
    return {
        name: value
        for name, value in keymap.items()
        if name in known and isinstance(value, str) and value.strip()
    }
