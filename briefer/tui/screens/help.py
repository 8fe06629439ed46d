"""The help screen: every key, generated from the bindings themselves."""

from __future__ import annotations

import textwrap
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

TEXT_WIDTH = 74  # inside #help-body (80 wide: border and padding take 4, the scrollbar 2)

# Keys handled by widgets rather than by a binding of ours.
EXTRA_KEYS: list[tuple[str, str, str]] = [
    ("Moving around", "tab / shift+tab", "next / previous pane (the filter: /)"),
    ("Moving around", "up / down, pgup / pgdn", "move the highlight"),
    ("Moving around", "left / right (library)", "fold / unfold a source"),
    (
        "Moving around",
        "enter (in the filter)",
        "highlight the first match (items whose own text matches come first; those that"
        " match only through their note's title or tags follow under their own heading)",
    ),
    ("Moving around", "escape", "leave the filter / close a dialog (asks if you typed)"),
    ("Dialogs", "ctrl+s (text dialog)", "save the text"),
    ("Dialogs", "ctrl+a (text dialog)", "select all (typing then replaces it)"),
    ("Dialogs", "ctrl+g (text dialog)", "edit in $VISUAL / $EDITOR"),
]


def help_rows(groups: list[tuple[str, list[Binding]]], app: App[Any]) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for group, bindings in groups:
        for b in bindings:
            if not b.description or b.key in ("up", "down"):
                continue
            keys = " / ".join(
                app.get_key_display(Binding(k.strip(), b.action)) for k in b.key.split(",")
            )
            rows.append((group, keys, b.tooltip or b.description))
    return rows + EXTRA_KEYS


class HelpScreen(ModalScreen[None]):
    """Lists every binding. escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__(id="help")
        self.rows = rows

    def compose(self) -> ComposeResult:
        parts: list[str | tuple[str, str]] = [("briefer keys", "bold $accent"), "\n"]
        group = None
        width = max(len(k) for _, k, _ in self.rows) + 2
        for g, keys, description in self.rows:
            if g != group:
                parts += ["\n", (g, "bold underline"), "\n"]
                group = g
            # descriptions wrap under themselves, not under the keys (the box is 80 wide)
            lines = textwrap.wrap(description, max(24, TEXT_WIDTH - width)) or [""]
            parts += [(keys.ljust(width), "bold $accent"), ("\n" + " " * width).join(lines), "\n"]
        with VerticalScroll(id="help-body"):
            yield Static(Content.assemble(*parts))
        yield Footer()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
