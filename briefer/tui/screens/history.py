"""The history of a brief (``h``): its snapshots (and git commits), newest first, the diff
of any two, and restoring one as the current brief or as a new brief.

Self-contained: it takes plain data — the entries (:class:`briefer.editions.history.
HistoryEntry`) and a function that returns the text diff of two entries by key — and
dismisses with the user's choice; the caller restores (``History.restore`` then
``Outline.replace``: one undoable step) or writes the new brief (``History.restore_as_new``).

The diff pane compares the highlighted entry with the brief now; ``m`` marks the
highlighted entry as the other side instead (``m`` again, on it, clears the mark), so any
two can be compared. The older of the two is always the left-hand side of the diff.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from ...editions.history import NOW, HistoryEntry
from ...errors import BrieferError
from ..text import full, line

_MARKS = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


@dataclass(frozen=True, slots=True)
class HistoryChoice:
    action: str  # "restore" (as the current brief) | "new" (as a new brief file)
    key: str  # the entry's key


def styled_diff(text: str) -> Content:
    """The text diff with removed words struck through and added words highlighted; every
    character shown literally (text from notes can hold ``[bold]`` or escapes)."""
    parts: list[str | tuple[str, str]] = []
    pos = 0
    safe = full(text)
    for mt in _MARKS.finditer(safe):
        parts.append(safe[pos : mt.start()])
        if mt.group(1) is not None:
            parts.append((f"[-{mt.group(1)}-]", "strike $error"))
        else:
            parts.append((f"{{+{mt.group(2)}+}}", "bold $success"))
        pos = mt.end()
    parts.append(safe[pos:])
    return Content.assemble(*parts)


class HistoryScreen(ModalScreen[HistoryChoice | None]):
    """Returns what to restore (None when closed).

    | key | action |
    |---|---|
    | up / down | highlight a snapshot: the diff shows it against now (or the marked one) |
    | m | compare with the highlighted snapshot (m again on it: compare with now) |
    | tab | scroll the diff (up / down, pageup / pagedown) |
    | r | restore the highlighted snapshot as the current brief (one undoable step) |
    | n | restore it as a new brief beside this one |
    | escape, q | close |
    """

    DEFAULT_CSS = """
    HistoryScreen {
        align: center middle;
        background: $background 60%;
    }
    HistoryScreen #history-box {
        width: 100;
        max-width: 98%;
        height: 95%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    HistoryScreen #history-title {
        text-style: bold;
        color: $accent;
    }
    HistoryScreen #history-list {
        height: auto;
        max-height: 7;
        border: none;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    HistoryScreen #history-compare {
        color: $foreground-muted;
        border-top: solid $panel-lighten-2;
        width: 1fr;
    }
    HistoryScreen #history-diff-pane {
        height: 1fr;
    }
    HistoryScreen #history-hint {
        color: $foreground-muted;
    }
    """

    BINDINGS = [
        Binding("m", "mark", "Compare with", id="history.mark"),
        Binding("r", "restore", "Restore", id="history.restore"),
        Binding("n", "restore_new", "Restore as new", id="history.new"),
        Binding("escape,q", "close", "Close", id="history.close"),
    ]

    def __init__(
        self,
        entries: list[HistoryEntry],
        diff: Callable[[str, str], str],
        title: str = "",
        git: str = "",
    ) -> None:
        """``entries``: newest first (the brief now first); ``diff(old_key, new_key)``:
        the text diff; ``title``: the brief's file name; ``git``: branch and state."""
        super().__init__(id="history")
        self.entries = list(entries)
        if not any(e.key == NOW for e in self.entries):
            self.entries.insert(0, HistoryEntry(NOW, "now · the brief as it is", False))
        self.diff = diff
        self.heading = title
        self.git = git
        self.mark: int | None = None
        self._diffs: dict[tuple[str, str], Content] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="history-box"):
            yield Label(id="history-title")
            yield OptionList(id="history-list")
            yield Label(id="history-compare")
            with VerticalScroll(id="history-diff-pane"):
                yield Static(id="history-diff")
            yield Label(
                Content("↑↓ choose · m compare · r restore · n as new brief · tab diff · esc"),
                id="history-hint",
            )

    def on_mount(self) -> None:
        parts: list[str | tuple[str, str]] = [("History", "bold")]
        if self.heading:
            parts += ["  ", (line(self.heading, 50), "dim")]
        if self.git:
            parts += ["  ", (line(f"git: {self.git}", 40), "dim")]
        self.query_one("#history-title", Label).update(Content.assemble(*parts))
        self._fill()
        options = self.query_one(OptionList)
        options.highlighted = 1 if len(self.entries) > 1 else 0
        options.focus()
        self._show()

    def _fill(self) -> None:
        options = self.query_one(OptionList)
        keep = options.highlighted
        options.clear_options()
        for i, e in enumerate(self.entries):
            flag = "◆ " if i == self.mark else "  "
            options.add_option(Option(Content.assemble(flag, line(e.label, 200)), id=str(i)))
        if keep is not None:
            options.highlighted = keep

    @property
    def highlighted(self) -> int:
        h = self.query_one(OptionList).highlighted
        return h if h is not None else 0

    def pair(self) -> tuple[int, int]:
        """(older, newer) indexes of the two entries compared."""
        other = self.mark if self.mark is not None else 0
        h = self.highlighted
        return (max(h, other), min(h, other))

    @on(OptionList.OptionHighlighted, "#history-list")
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show()

    def _show(self) -> None:
        old, new = self.pair()
        a, b = self.entries[old], self.entries[new]
        compare = self.query_one("#history-compare", Label)
        pane = self.query_one("#history-diff", Static)
        if old == new:
            compare.update(Content.assemble(("Comparing ", "dim"), line(a.label, 60)))
            pane.update(Content("Highlight another entry (or mark one with m) to compare."))
            return
        compare.update(
            Content.assemble(
                ("From ", "dim"), line(a.label, 45), ("  to  ", "dim"), line(b.label, 45)
            )
        )
        key = (a.key, b.key)
        if key not in self._diffs:
            try:
                self._diffs[key] = styled_diff(self.diff(a.key, b.key))
            except BrieferError as e:
                self._diffs[key] = Content.assemble(
                    ("Cannot compare: ", "bold $error"), full(str(e))
                )
        pane.update(self._diffs[key])
        self.query_one("#history-diff-pane", VerticalScroll).scroll_home(animate=False)

    def action_mark(self) -> None:
        h = self.highlighted
        self.mark = None if self.mark == h else h
        self._fill()
        self._show()

    def _restorable(self) -> HistoryEntry | None:
        entry = self.entries[self.highlighted]
        if not entry.restorable:
            self.notify("That is the brief as it is now: choose a snapshot to restore.")
            return None
        return entry

    def action_restore(self) -> None:
        entry = self._restorable()
        if entry is not None:
            self.dismiss(HistoryChoice("restore", entry.key))

    def action_restore_new(self) -> None:
        entry = self._restorable()
        if entry is not None:
            self.dismiss(HistoryChoice("new", entry.key))

    def action_close(self) -> None:
        self.dismiss(None)
