"""Small modal dialogs: a text editor, a one-line prompt and a choice of buttons.

Nothing typed is lost: a dialog holding typed or changed input says so
(``unsaved_input()``); escape then asks "Discard changes?" (``confirm_discard``), and the
app's ctrl+q asks too (save / discard / back; ``keep_input()`` saves where that means
something)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Footer, Input, Label, TextArea

from ..editor import editor_command, run_editor
from ..text import full


@runtime_checkable
class HoldsInput(Protocol):
    """A screen that may hold typed input not saved anywhere yet."""

    def unsaved_input(self) -> bool: ...

    def keep_input(self) -> bool:
        """Save what was typed (as the dialog's own save key does); False when this
        dialog has no such thing (its input can only be kept by going back to it)."""
        ...


def confirm_discard(screen: Screen[Any], discard: Callable[[], object], what: str = "") -> None:
    """Escape with changes: "Discard changes?" — keep editing (the default) or discard."""

    def answer(choice: str | None) -> None:
        if choice == "discard":
            discard()

    screen.app.push_screen(
        ChoiceDialog(
            "Discard changes?",
            what or "What you typed here is not saved anywhere yet.",
            [("back", "Keep editing"), ("discard", "Discard")],
            danger="discard",
        ),
        answer,
    )


class TextDialog(ModalScreen[str | None]):
    """Edit a text of one or more lines.

    | key | action |
    |---|---|
    | ctrl+s | save and close |
    | ctrl+g | edit in $VISUAL / $EDITOR |
    | ctrl+a | select all (then typing or delete replaces it) |
    | escape | cancel (asks first when the text was changed) |
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="dialog.save"),
        Binding("ctrl+g", "external", "$EDITOR", id="dialog.external"),
        Binding("ctrl+a", "select_all", "Select all", id="dialog.select_all", priority=True),
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(
        self,
        title: str,
        text: str = "",
        editor: str | None = None,
        *,
        target: str = "",
        typed: str | None = None,
    ) -> None:
        """``text``: what is saved now; ``typed``: what the box starts with when that
        differs (text recovered after a crash, #11); ``target``: what the text edits, in
        the words of :mod:`briefer.tui.recovering` (kept in a recovery record)."""
        super().__init__(classes="dialog")
        self.title_text = title
        self.initial = text
        self.editor = editor
        self.target = target
        self.start = text if typed is None else typed

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box", classes="text-dialog"):
            yield Label(Content(self.title_text), classes="dialog-title")
            yield TextArea(self.start, id="dialog-text", soft_wrap=True, show_line_numbers=False)
            yield Label(
                Content("ctrl+s saves · esc cancels · ctrl+a selects all · ctrl+g $EDITOR"),
                classes="dialog-hint",
            )
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def unsaved_input(self) -> bool:
        return self.query_one(TextArea).text != self.initial

    @property
    def typed(self) -> str:
        """The text in the box now."""
        return self.query_one(TextArea).text

    def keep_input(self) -> bool:
        self.action_save()
        return True

    def action_select_all(self) -> None:
        self.query_one(TextArea).select_all()

    def action_cancel(self) -> None:
        if self.unsaved_input():
            confirm_discard(self, lambda: self.dismiss(None))
        else:
            self.dismiss(None)

    def action_external(self) -> None:
        command = editor_command(self.editor)  # the config's editor, $VISUAL, $EDITOR
        if command is None:
            self.notify(
                "Set $EDITOR (or 'editor' in the config file) to use an external editor.",
                severity="warning",
            )
            return
        area = self.query_one(TextArea)
        new, message = run_editor(self.app, command, area.text)
        if new is not None:
            area.text = new
        elif message != "Unchanged.":
            self.notify(message, severity="warning", markup=False)


class LineDialog(ModalScreen[str | None]):
    """Ask for one line of text (enter accepts, escape cancels)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(
        self,
        title: str,
        value: str = "",
        placeholder: str = "",
        note: str = "",
        *,
        target: str = "",
        typed: str | None = None,
    ) -> None:
        """``target`` and ``typed``: as for :class:`TextDialog`."""
        super().__init__(classes="dialog")
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.note = note
        self.target = target
        self.start = value if typed is None else typed

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(Content(self.title_text), classes="dialog-title")
            if self.note:
                yield Label(Content(full(self.note, 2000)), classes="dialog-note")
            yield Input(self.start, placeholder=self.placeholder, id="dialog-input")
            yield Label(Content("enter accepts · escape cancels"), classes="dialog-hint")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def unsaved_input(self) -> bool:
        return self.query_one(Input).value != self.value

    @property
    def typed(self) -> str:
        """The text in the box now."""
        return self.query_one(Input).value

    def keep_input(self) -> bool:
        self.dismiss(self.query_one(Input).value)
        return True

    def action_cancel(self) -> None:
        if self.unsaved_input():
            confirm_discard(self, lambda: self.dismiss(None))
        else:
            self.dismiss(None)


class ChoiceDialog(ModalScreen[str | None]):
    """A message and a row of buttons; returns the id of the button (None on escape)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("left", "app.focus_previous", "Previous", show=False),
        Binding("right", "app.focus_next", "Next", show=False),
    ]

    def __init__(
        self, title: str, message: str, choices: list[tuple[str, str]], danger: str | None = None
    ) -> None:
        super().__init__(classes="dialog")
        self.title_text = title
        self.message = message
        self.choices = choices
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(Content(self.title_text), classes="dialog-title")
            yield Label(Content(full(self.message, 4000)), classes="dialog-note")
            with Horizontal(classes="dialog-buttons"):
                for key, label in self.choices:
                    yield Button(
                        Content(label),
                        id=f"choice-{key}",
                        variant="error" if key == self.danger else "default",
                    )

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("choice-"))

    def action_cancel(self) -> None:
        self.dismiss(None)
