"""The outline pane: the BLUF, the sections and their entries (with comments)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual import events, on
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ... import model as m
from ...outline import BLUF, Cursor, EntryCursor, SectionCursor
from ..text import line
from .detail import KIND_STYLE
from .hanging import Hanging
from .header import ascii_mode
from .library import kind_glyph

if TYPE_CHECKING:  # the YAML stack is read after the first frame (#18)
    from ...workspace import Workspace


def _entry_prompt(ws: Workspace, entry: m.Entry) -> Hanging:
    """One entry; wrapped lines continue under its text (a hanging indent)."""
    mark = [(f"({entry.marking}) ", "bold")] if entry.marking else []  # portion marking (#14)
    if entry.ref is None:
        return Hanging(
            (
                Content.assemble("  ", ("¶ ", "$accent")),
                Content.assemble(*mark, line(entry.text, 160)),
            )
        )
    hit = ws.resolve(entry.ref)
    if hit is None:
        head = Content.assemble("  ", ("? ", "bold $error"))
        parts: list[str | tuple[str, str]] = [
            (str(entry.ref), "bold"),
            (" not in the library", "$error"),
        ]
    else:
        head = Content.assemble("  ", (kind_glyph(hit.item.kind) + " ", KIND_STYLE[hit.item.kind]))
        parts = [line(hit.item.text, 140), (f" {m.grade_label(hit.source, hit.item)}", "dim")]
    parts[:0] = mark
    if entry.confidence:
        parts.append((f" [{entry.confidence}]", "italic"))
    rows = [(head, Content.assemble(*parts))]
    if entry.comment:
        rows.append(
            (
                Content.assemble("    ", ("-> " if ascii_mode() else "↳ ", "dim")),
                Content.styled(line(entry.comment, 160), "italic"),
            )
        )
    return Hanging(*rows)


@dataclass(frozen=True)
class OutlineState:
    """What the outline shows: the brief (None: none open) with the library that resolves
    its references, and where the highlight goes (None: where it was). ``revision`` makes
    each change a new value (the brief is edited in place)."""

    ws: Workspace | None = None
    brief: m.Brief | None = None
    cursor: Cursor | None = None
    revision: int = 0
    note: str = field(default="No brief open: ctrl+o opens one, ctrl+n creates one.")


class OutlineView(OptionList):
    """One option per BLUF, section and entry; the highlight is the outline cursor.
    Posts ``CursorMoved`` when the highlight moves and ``EditRequested`` on enter or a
    double click (a single click only highlights)."""

    @dataclass
    class CursorMoved(Message):
        view: OutlineView
        cursor: Cursor

        @property
        def control(self) -> OutlineView:
            return self.view

    @dataclass
    class EditRequested(Message):
        view: OutlineView
        cursor: Cursor

        @property
        def control(self) -> OutlineView:
            return self.view

    state: reactive[OutlineState] = reactive(OutlineState, always_update=True, init=False)

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.cursors: list[Cursor] = []
        self._pointing = False  # a mouse button is down: a click highlights, not edits

    def on_mount(self) -> None:
        self.border_title = "Outline"
        self.show(self.state)

    def watch_state(self, state: OutlineState) -> None:
        self.show(state)

    def show(self, state: OutlineState) -> None:
        ws, brief, cursor = state.ws, state.brief, state.cursor
        keep = cursor if cursor is not None else self.cursor
        options: list[Option] = []
        cursors: list[Cursor] = []
        if brief is None or ws is None:
            options.append(Option(Content(state.note), id="none", disabled=True))
        else:
            bluf = line(brief.bluf, 300) if brief.bluf else ""
            options.append(
                Option(
                    Hanging(
                        (
                            Content.styled("BLUF ", "bold $accent"),
                            Content.assemble(
                                *(
                                    [(f"({brief.bluf_marking}) ", "bold")]
                                    if brief.bluf_marking
                                    else []
                                ),
                                Content(bluf)
                                if bluf
                                else Content.styled("(empty: b to write it)", "dim"),
                            ),
                        )
                    ),
                    id="bluf",
                )
            )
            cursors.append(BLUF)
            for s, sec in enumerate(brief.sections):
                options.append(
                    Option(
                        Hanging(
                            (
                                Content.styled("|" if ascii_mode() else "▌", "$accent"),
                                Content.assemble(
                                    (line(sec.heading, 120) or "(no heading)", "bold"),
                                    (f"  ({len(sec.entries)})", "dim"),
                                ),
                            )
                        ),
                        id=f"s{s}",
                    )
                )
                cursors.append(SectionCursor(s))
                for e, entry in enumerate(sec.entries):
                    options.append(Option(_entry_prompt(ws, entry), id=f"e{s}.{e}"))
                    cursors.append(EntryCursor(s, e))
            if not brief.sections:
                options.append(Option(Content("(no sections: n adds one)"), disabled=True))
        self.cursors = cursors
        self.clear_options()
        self.add_options(options)
        if cursors:
            index = cursors.index(keep) if keep in cursors else 0
            self.highlighted = index
            self.scroll_to_highlight()

    @property
    def cursor(self) -> Cursor | None:
        h = self.highlighted
        if h is None or not 0 <= h < len(self.cursors):
            return None
        return self.cursors[h]

    def go_to(self, cursor: Cursor) -> None:
        """Highlight ``cursor`` (when it is in the outline)."""
        if cursor in self.cursors:
            self.highlighted = self.cursors.index(cursor)
            self.scroll_to_highlight()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self._pointing = True

    def on_click(self, event: events.Click) -> None:
        """A click highlights; a double click edits (OptionList selects on every click,
        which opened the editor when one only meant to point)."""
        if event.chain >= 2 and self.cursor is not None:
            self.post_message(self.EditRequested(self, self.cursor))
        self.call_later(self._stop_pointing)  # after OptionList's own click handling

    def _stop_pointing(self) -> None:
        self._pointing = False

    def action_select(self) -> None:
        if self._pointing:  # the click's own highlight: on_click decides
            return
        if self.cursor is not None:
            self.post_message(self.EditRequested(self, self.cursor))

    @on(OptionList.OptionHighlighted)
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.cursor is not None:
            self.post_message(self.CursorMoved(self, self.cursor))
