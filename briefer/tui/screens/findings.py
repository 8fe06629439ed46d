"""The checks, as a list of findings; enter jumps to the finding's place in the outline.
(A minimal hook: the full checks panel comes with its own issue.)"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ..text import line


class FindingsDialog(ModalScreen[Any]):
    """Returns the chosen finding (None on escape)."""

    BINDINGS = [Binding("escape", "cancel", "Close", id="dialog.cancel")]

    def __init__(self, findings: list[Any]) -> None:
        super().__init__(classes="dialog", id="findings")
        self.findings = findings

    def compose(self):  # noqa: ANN201
        errors = sum(1 for f in self.findings if f.severity == "error")
        head = (f"{len(self.findings)} finding(s), {errors} error(s)" if self.findings
                else "No findings: the brief passes every check.")
        with Vertical(id="dialog-box"):
            yield Label(Content(f"Checks: {head}"), classes="dialog-title")
            yield OptionList(*[
                Option(Content.assemble(
                    (f"{f.code} ", "bold $error" if f.severity == "error" else "bold $warning"),
                    (f"{f.line}:{f.col} ", "dim"), line(f.message, 300)), id=str(i))
                for i, f in enumerate(self.findings)], id="findings-list")
            yield Label(Content("enter jumps to the entry · escape closes"),
                        classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.findings[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
