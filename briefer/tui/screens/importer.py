"""Import dialogs: where the article comes from (``ImportDialog``) and the editing of one
extracted item (``ItemDialog``). The review screen between them is ``review.py``."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, TextArea
from textual.worker import Worker, WorkerState

from ... import model as m
from ...errors import BrieferError
from ..importing import error_text, parse_value, read_article, value_text
from .dialogs import confirm_discard


class ImportDialog(ModalScreen[tuple[m.Source, str] | None]):
    """A file path (relative to the workspace) or pasted text; returns the draft note and
    its name (None on escape).

    | key | action |
    |---|---|
    | enter (path), ctrl+s | read the article and review what was found |
    | tab | between the path and the text box |
    | escape | cancel (nothing is written) |
    """

    @dataclass
    class ReadFailed(Message):
        """Reading the article failed with a bug (not a problem with the file)."""

        error: BaseException

    BINDINGS = [
        Binding("ctrl+s", "read", "Read", id="import.read"),
        Binding("ctrl+a", "select_all", "Select all", id="import.select_all", priority=True),
        Binding("escape", "cancel", "Cancel", id="import.cancel"),
    ]

    def __init__(self, root: Path) -> None:
        super().__init__(classes="dialog", id="import")
        self.root = root
        self.reading = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box", classes="import-box"):
            yield Label(Content("Import an article"), classes="dialog-title")
            yield Label(
                Content(f"File, relative to {self.root.name}/ (.txt, .md, .html, .pdf or .docx):")
            )
            yield Input(placeholder="e.g. articles/report.txt", id="import-path")
            yield Label(Content("…or paste the article's text here:"), classes="import-label")
            yield TextArea(id="import-text", soft_wrap=True, show_line_numbers=False)
            yield Label(id="import-error", classes="dialog-warning")
            yield Label(
                Content("enter/ctrl+s reads it, then you review · ctrl+a selects all · esc"),
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        self.query_one("#import-error", Label).display = False
        self.query_one("#import-path", Input).focus()

    def show_error(self, text: str) -> None:
        label = self.query_one("#import-error", Label)
        label.update(Content(text))
        label.display = bool(text)

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_read()

    def action_read(self) -> None:
        if self.reading:
            return
        path = self.query_one("#import-path", Input).value
        text = self.query_one("#import-text", TextArea).text
        self.reading = True
        self.show_error("")
        self.query_one(".dialog-hint", Label).update(Content("Reading the article…"))
        self.run_worker(
            lambda: read_article(self.root, path, text),
            name="import-read",
            group="import",
            thread=True,
            exclusive=True,
            exit_on_error=False,
            description="read and extract the article",
        )

    @on(Worker.StateChanged)
    def _read_done(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "import-read" or not self.is_attached:
            return
        if event.state == WorkerState.SUCCESS:
            self.dismiss(event.worker.result)
        elif event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
            self.reading = False
            self.query_one(".dialog-hint", Label).update(
                Content("enter/ctrl+s reads it, then you review · ctrl+a selects all · esc")
            )
            error = event.worker.error
            if isinstance(error, BrieferError):
                self.show_error(error_text(error))
            elif error is not None:
                self.show_error(
                    "The article could not be read (an internal error; details in the crash log)."
                )
                self.post_message(self.ReadFailed(error))  # the app logs it
            self.query_one("#import-path", Input).focus()

    def unsaved_input(self) -> bool:
        path = self.query_one("#import-path", Input).value
        return bool(path.strip() or self.query_one("#import-text", TextArea).text.strip())

    def keep_input(self) -> bool:
        return False  # reading leads to the review: nothing to save yet

    def action_select_all(self) -> None:
        """ctrl+a: select everything in the focused box (then typing replaces it)."""
        focused = self.focused
        if isinstance(focused, TextArea):
            focused.select_all()
        elif isinstance(focused, Input):
            focused.select_all()

    def action_cancel(self) -> None:
        if self.unsaved_input():
            confirm_discard(self, lambda: self.dismiss(None))
        else:
            self.dismiss(None)


# ------------------------------------------------------------------- one item
FIGURE_FIELDS = (
    ("unit", "Unit"),
    ("subject", "Subject"),
    ("as_of", "As of"),
    ("attribution", "Attribution"),
)


class ItemDialog(ModalScreen[m.Item | None]):
    """Edit one extracted item; returns the changed copy (None on escape).

    | key | action |
    |---|---|
    | ctrl+s | keep the changes (a figure's value must be a number) |
    | tab / shift+tab | next / previous field |
    | escape | cancel |
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Keep changes", id="item.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="item.cancel"),
    ]

    def __init__(self, item: m.Item) -> None:
        super().__init__(classes="dialog", id="item-edit")
        self.item = item

    def _line(self, label: str, value: str | None, field: str) -> Horizontal:
        return Horizontal(
            Label(Content(label), classes="field-label"),
            Input(value or "", id=f"item-{field}", compact=True),
            classes="field-row",
        )

    def compose(self) -> ComposeResult:
        it = self.item
        with Vertical(id="dialog-box", classes="item-box"):
            yield Label(Content(f"Edit {it.kind} {it.id}"), classes="dialog-title")
            if isinstance(it, m.Figure):
                yield self._line("Value", value_text(it.value), "value")
                yield Horizontal(
                    Label(Content("Qualifier"), classes="field-label"),
                    Select(
                        [(q, q) for q in m.QUALIFIERS],
                        prompt="(none)",
                        compact=True,
                        value=it.qualifier if it.qualifier in m.QUALIFIERS else Select.NULL,
                        id="item-qualifier",
                    ),
                    classes="field-row",
                )
                for name, label in FIGURE_FIELDS:
                    yield self._line(label, getattr(it, name), name)
            else:
                yield Label(Content("Text"))
                yield TextArea(it.text, id="item-text", soft_wrap=True, show_line_numbers=False)
                if isinstance(it, m.Quote):
                    yield self._line("Speaker", it.speaker, "speaker")
                    yield self._line("Role", it.role, "role")
                    yield Label(
                        Content("No speaker: the quote stays unattributed (BRF007)."),
                        classes="dialog-hint",
                    )
            yield Label(id="item-error", classes="dialog-warning")
            yield Label(Content("ctrl+s keeps the changes · escape cancels"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#item-error", Label).display = False
        first = self.query("#item-text, #item-value").first()
        first.focus()

    def _value(self, field: str) -> str | None:
        text = " ".join(self.query_one(f"#item-{field}", Input).value.split())
        return text or None

    def edited(self) -> m.Item:
        """The item with the dialog's values; ValueError says what is wrong."""
        it = self.item
        if isinstance(it, m.Figure):
            value = parse_value(self.query_one("#item-value", Input).value)
            qualifier = self.query_one("#item-qualifier", Select).value
            texts: dict[str, Any] = {name: self._value(name) for name, _ in FIGURE_FIELDS}
            return dataclasses.replace(
                it,
                value=value,
                qualifier=qualifier if isinstance(qualifier, str) else None,
                **texts,
            )
        text = self.query_one("#item-text", TextArea).text.strip()
        if not text:
            raise ValueError(
                f"the {it.kind}'s text is empty (drop the item instead: space in the list)"
            )
        if isinstance(it, m.Quote):
            return dataclasses.replace(
                it, text=text, speaker=self._value("speaker"), role=self._value("role")
            )
        return dataclasses.replace(it, text=text)

    def action_save(self) -> None:
        try:
            item = self.edited()
        except ValueError as e:
            label = self.query_one("#item-error", Label)
            label.update(Content(f"Not kept: {e}."))
            label.display = True
            return
        self.dismiss(item)

    def unsaved_input(self) -> bool:
        try:
            return self.edited() != self.item
        except ValueError:
            return True  # something typed that is not valid yet is still typed

    def keep_input(self) -> bool:
        self.action_save()
        return True

    def action_cancel(self) -> None:
        if self.unsaved_input():
            confirm_discard(self, lambda: self.dismiss(None))
        else:
            self.dismiss(None)
