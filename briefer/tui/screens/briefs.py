"""Open another brief of the workspace, or create one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ...errors import BrieferError
from ...schema import load_brief
from ...textutil import slugify
from ...workspace import BRIEF_SUFFIX
from ..text import line
from .dialogs import confirm_discard


def _describe(path: Path) -> Content:
    try:
        brief, _ = load_brief(path)
        title = line(brief.title, 60)
    except (BrieferError, OSError):
        title = "(cannot be read: see 'briefer check')"
    try:
        when = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        when = ""
    return Content.assemble((title, "bold"), "\n  ", (f"{line(path.name, 60)}  {when}", "dim"))


class OpenBriefDialog(ModalScreen[Path | None]):
    """Pick one of the workspace's briefs (newest first); enter opens, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, paths: list[Path], current: Path | None) -> None:
        super().__init__(classes="dialog")
        self.paths = paths
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(Content("Open a brief"), classes="dialog-title")
            if not self.paths:
                yield Label(Content("This workspace has no brief yet: ctrl+n creates one."))
            yield OptionList(
                *[Option(_describe(p), id=str(i)) for i, p in enumerate(self.paths)],
                id="brief-list",
            )
            yield Label(Content("enter opens · escape cancels"), classes="dialog-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.current in self.paths:
            options.highlighted = self.paths.index(self.current)
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.paths[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)


class NewBriefDialog(ModalScreen[tuple[str, Path] | None]):
    """A title; the file name follows from it (editable). Returns (title, path)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, folder: Path, note: str = "") -> None:
        super().__init__(classes="dialog")
        self.folder = folder
        self.note = note
        self._auto = True

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(Content("Create a brief"), classes="dialog-title")
            if self.note:
                yield Label(Content(self.note), classes="dialog-note")
            yield Label(Content("Title:"))
            yield Input(placeholder="e.g. Weekly brief on …", id="new-title")
            yield Label(Content("File:"))
            yield Input(id="new-file")
            yield Label(Content("enter creates · escape cancels"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#new-title", Input).focus()

    @on(Input.Changed, "#new-title")
    def _title(self, event: Input.Changed) -> None:
        if self._auto:
            name = slugify(event.value) + BRIEF_SUFFIX if event.value.strip() else ""
            self.query_one("#new-file", Input).value = name

    @on(Input.Changed, "#new-file")
    def _file(self, event: Input.Changed) -> None:
        title = self.query_one("#new-title", Input).value
        self._auto = event.value in ("", slugify(title) + BRIEF_SUFFIX)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def submit(self) -> None:
        """Create: the title and file typed (a title is needed)."""
        title = self.query_one("#new-title", Input).value.strip()
        name = self.query_one("#new-file", Input).value.strip()
        if not title:
            self.notify("Give the brief a title.", severity="warning")
            self.query_one("#new-title", Input).focus()
            return
        path = Path(name or slugify(title)).expanduser()
        self.dismiss((title, path if path.is_absolute() else self.folder / path))

    def unsaved_input(self) -> bool:
        return bool(self.query_one("#new-title", Input).value.strip())

    def keep_input(self) -> bool:
        self.submit()
        return True

    def action_cancel(self) -> None:
        if self.unsaved_input():
            confirm_discard(self, lambda: self.dismiss(None))
        else:
            self.dismiss(None)
