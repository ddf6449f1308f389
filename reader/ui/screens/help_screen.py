"""The help screen (?): every key of the key table, grouped, as the user's keymap has them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical, VerticalScroll
from textual.keys import format_key
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.resources import stylesheet
from reader.ui import keys
from reader.ui.keys import Key


def key_names(spec: str) -> str:
    """`"j,down"` as it is shown: `j ↓`."""
    return " ".join(format_key(name) if "+" not in name else name for name in spec.split(","))


def help_sections(
    keymap: Mapping[str, str] | None = None,
    tables: Iterable[tuple[str, tuple[Key, ...]]] = keys.TABLES,
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(keys, what they do)]) in the order the tables first name each heading;
    a key moved by `keymap` is shown where it now is."""
    keymap = keymap or {}
    sections: dict[str, list[tuple[str, str]]] = {}
    for heading, table in tables:
        for key in table:
            sections.setdefault(key.group or heading, []).append(
                (key_names(keymap.get(key.id, key.keys)), key.title)
            )
    return list(sections.items())


class HelpScreen(ModalScreen[None]):
    """Over the reader; escape, q or ? closes it."""

    CSS_PATH = stylesheet("help.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, keymap: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = dict(keymap or {})

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "esc closes"
            with Grid(id="help-groups"):
                for heading, rows in help_sections(self.keymap):
                    with Vertical(classes="help-group"):
                        yield Static(heading, classes="help-heading", markup=False)
                        yield Static(self._table(rows), classes="help-keys")

    @staticmethod
    def _table(rows: list[tuple[str, str]]) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 1, 0, 0), expand=True)
        table.add_column(no_wrap=True, style="bold")
        table.add_column(ratio=1)
        for names, what in rows:
            table.add_row(names, what)
        return table
