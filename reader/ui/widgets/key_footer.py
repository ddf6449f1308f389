"""Textual's footer, with its keys in the first frame and no repaint when they did not change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """The screen's keys from the first frame on.

    Textual's footer starts empty and composes its keys only after the screen publishes
    its bindings (once the focus is set), one or two frames and about a third of a
    second after the rest of the screen. The screen's own keys are known at compose
    time, so this one shows them at once; later it composes again only when what it shows
    (keys, names, which are enabled) changes: a focus move between the article and the
    panel, a search that gives n/N another meaning.
    """

    def __init__(
        self,
        *,
        compact: bool = False,
        show_command_palette: bool = True,
        id: str | None = None,
    ) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette, id=id)
        self.set_reactive(Footer._bindings_ready, True)
        self._shown: tuple[tuple[str, str, bool], ...] | None = None

    def compose(self) -> ComposeResult:
        self._shown = self._visible_keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        if self._shown is not None and self._visible_keys() == self._shown:
            return
        super().bindings_changed(screen)

    def watch_show_command_palette(self) -> None:
        self._shown = None  # the palette's hint is one of the keys shown: compose again
        if self.is_attached:
            self.call_after_refresh(self.recompose)

    def _visible_keys(self) -> tuple[tuple[str, str, bool], ...]:
        return tuple(
            (binding.key, binding.description, enabled)
            for _, binding, enabled, _ in self.screen.active_bindings.values()
            if binding.show
        ) + ((("palette", "", True),) if self.show_command_palette else ())
