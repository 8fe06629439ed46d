"""The theme picker (ctrl+t): the highlighted theme is shown at once, enter keeps it (and
the app remembers it in the config file), escape goes back to the theme before."""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option


def theme_names(available: Iterable[str]) -> list[str]:
    """briefer's own themes first, then the user's and Textual's, each group sorted."""
    names = list(available)
    return sorted(names, key=lambda n: (not n.startswith("briefer-"), n))


class ThemePicker(ModalScreen[str | None]):
    """Returns the chosen theme's name, or None (the theme before is put back)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, names: list[str], current: str) -> None:
        super().__init__(classes="dialog", id="theme-picker")
        self.names = names
        self.before = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(Content("Theme"), classes="dialog-title")
            yield OptionList(*[Option(Content(n), id=n) for n in self.names], id="theme-list")
            yield Label(
                Content("up / down shows a theme · enter keeps it · escape cancels"),
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.before in self.names:
            options.highlighted = self.names.index(self.before)
        options.focus()

    @on(OptionList.OptionHighlighted)
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id and event.option.id != self.app.theme:
            self.app.theme = event.option.id

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        if self.app.theme != self.before:
            self.app.theme = self.before
        self.dismiss(None)
