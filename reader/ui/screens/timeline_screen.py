"""The timeline screen: where in time the article's dates fall, a row a year or a month."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, Static

from reader.entities import Entity
from reader.text.layout import BidiMode
from reader.ui import keys
from reader.ui.screens.choice import ChoiceScreen
from reader.ui.screens.entity_rows import date_label
from reader.ui.screens.timeline_rows import dated_and_apart, timeline_rows
from reader.ui.widgets.timeline_strip import TimelineEvent, TimelineRow, TimelineStrip

TITLE = "التواريخ على خط الزمن"
APART = "تواريخ بلا موضع في الزمن"
"""Heading of the dates the timeline cannot place (no year, or relative to an unknown
article date)."""
NONE = "لا تواريخ في هذا المقال."


class TimelineScreen(ChoiceScreen):
    """The dated events in time order; those without a place in time listed apart."""

    NOTHING = "No dates in this article."

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.TIMELINE)
    AUTO_FOCUS = "#timeline"
    DEFAULT_CSS = """
    TimelineScreen #timeline-title, TimelineScreen #timeline-status {
        height: 1; padding: 0 1;
    }
    TimelineScreen #timeline-title { text-style: bold; text-align: right; }
    TimelineScreen #timeline { padding: 0 1; }
    """

    def __init__(
        self,
        entities: Sequence[Entity],
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        current: int | None = None,
    ) -> None:
        self.entities = tuple(entities)
        dated, apart = dated_and_apart(entities)
        rows = list(timeline_rows(dated))
        if apart:
            if rows:
                rows.append(TimelineRow("", "", ()))
            rows.append(TimelineRow("", "", (), heading=APART))
            rows += [
                TimelineRow(date_label(value) or "vague", "", (TimelineEvent(k, name),))
                for k, name, value in apart
            ]
        if not rows:
            rows.append(TimelineRow("", "", (), heading=NONE))
        self.rows = tuple(rows)
        # Choosing goes in time order, then through the dates apart.
        order = [e.number for row in self.rows for e in row.events]
        super().__init__(order, bidi=bidi, harakat=harakat, current=current)

    def compose(self) -> ComposeResult:
        yield Static(self.shown(TITLE), id="timeline-title", markup=False)
        yield TimelineStrip(id="timeline")
        yield Static("", id="timeline-status", markup=False)
        yield Footer()

    @property
    def strip(self) -> TimelineStrip:
        return self.query_one("#timeline", TimelineStrip)

    def on_mount(self) -> None:
        strip = self.strip
        strip.bidi, strip.harakat = self.bidi, self.harakat
        strip.rows = self.rows
        self.show_chosen()

    def show_chosen(self) -> None:
        self.strip.chosen = self.chosen
        status = self.query_one("#timeline-status", Static)
        if self.chosen is None:
            status.update(f"{len(self.order)} dates · n/N choose · enter go to")
            return
        entity = self.entities[self.chosen]
        value = date_label(entity.value) or "no value"
        count = len(entity.mentions)
        status.update(f"{self.shown(entity.name)} · {value} · {count}×")

    @on(TimelineStrip.EventClicked)
    def choose_clicked(self, message: TimelineStrip.EventClicked) -> None:
        self.choose_or_open(message.number)
