"""The outline pane: the BLUF, the sections and their entries (with comments)."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events, on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ... import model as m
from ...outline import BLUF, Cursor
from ...workspace import Workspace
from ..text import line
from .detail import KIND_STYLE
from .hanging import Hanging
from .library import GLYPHS


def _entry_prompt(ws: Workspace, entry: m.Entry) -> Hanging:
    """One entry; wrapped lines continue under its text (a hanging indent)."""
    if entry.ref is None:
        return Hanging((Content.assemble("  ", ("¶ ", "$accent")), Content(line(entry.text, 160))))
    hit = ws.resolve(entry.ref)
    if hit is None:
        head = Content.assemble("  ", ("? ", "bold $error"))
        parts: list[str | tuple[str, str]] = [
            (str(entry.ref), "bold"),
            (" not in the library", "$error"),
        ]
    else:
        head = Content.assemble("  ", (GLYPHS[hit.item.kind] + " ", KIND_STYLE[hit.item.kind]))
        parts = [line(hit.item.text, 140), (f" {m.admiralty(hit.source, hit.item)}", "dim")]
    if entry.confidence:
        parts.append((f" [{entry.confidence}]", "italic"))
    rows = [(head, Content.assemble(*parts))]
    if entry.comment:
        rows.append(
            (
                Content.assemble("    ", ("↳ ", "dim")),
                Content.styled(line(entry.comment, 160), "italic"),
            )
        )
    return Hanging(*rows)


class OutlineView(OptionList):
    """One option per BLUF, section and entry; the highlight is the outline cursor."""

    @dataclass
    class CursorMoved(Message):
        view: OutlineView
        cursor: Cursor

        @property
        def control(self) -> OutlineView:
            return self.view

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.cursors: list[Cursor] = []

    def on_mount(self) -> None:
        self.border_title = "Outline"

    def show(self, ws: Workspace, brief: m.Brief | None, cursor: Cursor | None = None) -> None:
        keep = cursor if cursor is not None else self.cursor
        options: list[Option] = []
        cursors: list[Cursor] = []
        if brief is None:
            options.append(
                Option(
                    Content("No brief open: ctrl+o opens one, ctrl+n creates one."),
                    id="none",
                    disabled=True,
                )
            )
        else:
            bluf = line(brief.bluf, 300) if brief.bluf else ""
            options.append(
                Option(
                    Hanging(
                        (
                            Content.styled("BLUF ", "bold $accent"),
                            Content(bluf)
                            if bluf
                            else Content.styled("(empty: b to write it)", "dim"),
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
                                Content.styled("▌", "$accent"),
                                Content.assemble(
                                    (line(sec.heading, 120) or "(no heading)", "bold"),
                                    (f"  ({len(sec.entries)})", "dim"),
                                ),
                            )
                        ),
                        id=f"s{s}",
                    )
                )
                cursors.append(("section", s))
                for e, entry in enumerate(sec.entries):
                    options.append(Option(_entry_prompt(ws, entry), id=f"e{s}.{e}"))
                    cursors.append(("entry", s, e))
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

    async def _on_click(self, event: events.Click) -> None:
        """A click highlights; a double click selects (edits). OptionList would select on
        every click, opening the editor when one only meant to point."""
        clicked = event.style.meta.get("option")
        if clicked is None or not 0 <= clicked < self.option_count:
            return
        event.prevent_default()
        if self.get_option_at_index(clicked).disabled:
            return
        self.highlighted = clicked
        if event.chain >= 2:
            self.action_select()

    @on(OptionList.OptionHighlighted)
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.cursor is not None:
            self.post_message(self.CursorMoved(self, self.cursor))
