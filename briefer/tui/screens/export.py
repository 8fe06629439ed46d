"""The export dialog: a format, an audience (a tearline export, #14) and a path (defaults
filled in); enter exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option


class ExportDialog(ModalScreen[tuple[str, Path, str | None] | None]):
    """Returns (format, output path, audience or None), or None when cancelled.

    | key | action |
    |---|---|
    | up / down (formats) | choose the format (the path follows) |
    | tab | to the audience list, then the path |
    | up / down (audience) | everyone who may read the brief, or a TLP level below it |
    | enter | export |
    | escape | cancel |
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
        Binding("enter", "export", "Export", id="export.go", priority=True),
    ]

    def __init__(
        self,
        formats: list[str],
        default: Callable[[str], Path],
        base: Path,
        fmt: str = "md",
        warning: str = "",
        names: dict[str, str] | None = None,
        audiences: list[str] | None = None,
    ) -> None:
        """``default(fmt)`` gives the default output; paths are shown relative to ``base``
        (the workspace) when inside it, and a relative path typed in is taken from there.
        ``warning`` (e.g. the brief has check errors) is shown above the formats; exporting
        stays possible. ``names``: each format's name for people (default: its code).
        ``audiences``: the TLP levels below the brief's marking that the export may be
        released to (portions above the chosen one are left out); none: no audience list."""
        super().__init__(classes="dialog", id="export")
        self.warning = warning
        self.formats = formats
        self.names = names or {}
        self._default = default
        self.base = base
        self.fmt = fmt if fmt in formats else formats[0]
        self.audiences = audiences or []
        self.audience: str | None = None

    def default(self, fmt: str) -> str:
        path = self._default(fmt)
        try:
            return str(path.relative_to(self.base))
        except ValueError:
            return str(path)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(Content("Export the brief"), classes="dialog-title")
            if self.warning:
                yield Label(Content(self.warning), id="export-warning", classes="dialog-warning")
            yield OptionList(
                *[Option(Content(f"{self.names.get(f, f)}  ({f})"), id=f) for f in self.formats],
                id="export-formats",
            )
            if self.audiences:
                yield Label(Content("Audience (portions marked above it are left out):"))
                yield OptionList(
                    Option(Content("Everyone who may read the brief"), id="audience-all"),
                    *[
                        Option(Content(f"{level} readers only"), id=f"audience-{level}")
                        for level in self.audiences
                    ],
                    id="export-audience",
                )
            yield Label(Content(f"Save to (relative to {self.base.name}/):"))
            yield Input(self.default(self.fmt), id="export-path")
            yield Label(
                Content("enter exports · tab next field · escape cancels"), classes="dialog-hint"
            )

    def on_mount(self) -> None:
        formats = self.query_one("#export-formats", OptionList)
        if self.audiences:  # both lists and the path must fit in 24 rows: the lists scroll
            formats.styles.max_height = 6
            formats.styles.margin = (0, 0, 0, 0)
            self.query_one("#export-audience", OptionList).styles.max_height = 6
        formats.highlighted = self.formats.index(self.fmt)
        formats.focus()

    @on(OptionList.OptionHighlighted, "#export-formats")
    def _format(self, event: OptionList.OptionHighlighted) -> None:
        old_default = self.default(self.fmt)
        self.fmt = event.option.id or self.fmt
        path = self.query_one("#export-path", Input)
        if path.value in (old_default, ""):
            path.value = self.default(self.fmt)

    @on(OptionList.OptionHighlighted, "#export-audience")
    def _audience(self, event: OptionList.OptionHighlighted) -> None:
        key = (event.option.id or "").removeprefix("audience-")
        self.audience = None if key == "all" else key

    def action_export(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if not value:
            self.notify("Give a path to export to.", severity="warning")
            return
        path = Path(value).expanduser()
        self.dismiss((self.fmt, path if path.is_absolute() else self.base / path, self.audience))

    def action_cancel(self) -> None:
        self.dismiss(None)
