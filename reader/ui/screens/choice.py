"""What the map and timeline screens share: choosing one of the article's entities with
n/N or a click, and handing it back to the reader when they close."""

from __future__ import annotations

from typing import NamedTuple

from textual.screen import Screen

from reader.text.layout import BidiMode, one_line


class EntityChoice(NamedTuple):
    """The entity chosen (its index in the reader's entities), and whether to go to its
    first mention (enter) or only make it current (closing with it chosen)."""

    entity: int
    jump: bool


class ChoiceScreen(Screen[EntityChoice | None]):
    """A screen over the reader on which one entity of `order` at a time is chosen."""

    NOTHING = "Nothing to choose in this article."

    def __init__(
        self, order: list[int], *, bidi: BidiMode, harakat: bool, current: int | None
    ) -> None:
        super().__init__()
        self.bidi = BidiMode(bidi)
        self.harakat = harakat
        self.order = order
        """The entities to choose from, in the order n steps through them."""
        self.chosen: int | None = current if current in order else None

    def shown(self, text: str) -> str:
        """Arabic `text` laid out as one line (for a Static, which paints what it gets)."""
        return one_line(text, bidi=self.bidi, harakat=self.harakat)

    def show_chosen(self) -> None:
        """Paint the chosen entity (each screen its own way)."""

    def action_choose(self, step: int) -> None:
        """Choose the next (`step` > 0) or previous entity, wrapping."""
        if not self.order:
            self.notify(self.NOTHING, timeout=2)
            return
        if self.chosen not in self.order:
            k = 0 if step > 0 else len(self.order) - 1
        else:
            k = (self.order.index(self.chosen) + step) % len(self.order)
        self.chosen = self.order[k]
        self.show_chosen()

    def action_open_chosen(self) -> None:
        """Go to the chosen entity's first mention (choose the first one if none is)."""
        if self.chosen is None:
            self.action_choose(1)
            return
        self.dismiss(EntityChoice(self.chosen, jump=True))

    def action_close(self) -> None:
        self.dismiss(None if self.chosen is None else EntityChoice(self.chosen, jump=False))

    def choose_or_open(self, entity: int) -> None:
        """A click: the first chooses the entity, a second on it goes there."""
        if entity == self.chosen:
            self.dismiss(EntityChoice(entity, jump=True))
            return
        self.chosen = entity
        self.show_chosen()
