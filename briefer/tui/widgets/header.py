"""The title bar: brief title, marking and whether every change is on disk."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ..text import line
from .detail import marking_content


class BriefHeader(Static):
    """``briefer ✗1 ⚠6 │ Title │ TLP:GREEN │ saved · file.brief.yaml`` (the checks' counts
    first, so they stay in view at 80 columns whatever the title)."""

    checks: Content = Content("")
    _state: tuple[str | None, str | None, str, str] = (None, None, "", "")

    def set_checks(self, badge: Content) -> None:
        """The checks' counts (``briefer.tui.checking.badge``)."""
        self.checks = badge
        self.set_state(*self._state)

    def set_state(
        self, title: str | None, marking: str | None, state: str, filename: str = ""
    ) -> None:
        """``state`` is "saved", "unsaved" or "" (no brief open)."""
        self._state = (title, marking, state, filename)
        parts: list[str | tuple[str, str] | Content] = [("briefer", "bold")]
        if title is not None and self.checks.plain:
            parts += [" ", self.checks]
        if title is not None:
            parts += [
                " │ ",
                (line(title, 60) or "(untitled)", "bold"),
                " │ ",
                marking_content(marking),
            ]
        if state == "saved":
            parts += [" │ ", ("saved", "$success")]
        elif state:
            parts += [" │ ", (state.upper(), "bold reverse $error")]
        if filename:
            parts += [" · ", (line(filename, 40), "dim")]
        self.update(Content.assemble(*parts))
