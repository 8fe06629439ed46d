"""The main screen: library, detail and outline, and every outline edit.

Edits go to ``briefer.outline`` (plain Python); after each one the outline is redrawn and
the brief saved at once (see ``saving.SavingMixin`` for what happens when that fails).
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer

from ... import model as m
from ...outline import BLUF, Cursor, OutlineError
from ..comforts import ComfortsMixin
from ..saving import SavingMixin
from ..widgets.detail import Detail
from ..widgets.header import BriefHeader
from ..widgets.library import LibraryList, LibraryPane
from ..widgets.outline_view import OutlineView
from .dialogs import ChoiceDialog, LineDialog, TextDialog


class MainScreen(ComfortsMixin, SavingMixin, Screen[None]):
    """Library | Detail | Outline.

    | key | action |
    |---|---|
    | / | focus the filter |
    | a | add the highlighted item to the current section |
    | t | add a prose entry |
    | e, enter (outline) | edit the entry's comment or prose (the BLUF, a section's heading) |
    | b | edit the BLUF |
    | n / r | new section / rename section |
    | delete, x | remove the entry or section (a non-empty section asks first) |
    | shift+up / shift+down, K / J | move the entry or section |
    | ctrl+z / ctrl+y | undo / redo |
    | p | preview |
    | ctrl+e | export |
    | ctrl+o / ctrl+n | open / create a brief |
    | c | check the brief (enter on a finding jumps to it) |
    | i | import an article: review its takes, quotes and figures, save a source note |
    | E | edit the entry's comment or prose (or the BLUF) in $VISUAL / $EDITOR |
    | y | copy the highlighted item as a Markdown citation |
    | f | the reference entry's confidence: high → moderate → low → none |
    | ? | help |
    """

    BINDINGS = [
        Binding(
            "slash",
            "filter",
            "Filter",
            id="filter",
            tooltip="focus the library filter (all words must match)",
        ),
        Binding(
            "a",
            "add",
            "Add",
            id="add",
            tooltip="add the highlighted library item to the current section",
        ),
        Binding(
            "e", "edit", "Edit", id="edit", tooltip="edit the highlighted entry's comment or prose"
        ),
        Binding(
            "delete,x",
            "remove",
            "Remove",
            id="remove",
            tooltip="remove the entry (a non-empty section asks first)",
        ),
        Binding(
            "ctrl+z", "undo", "Undo", id="undo", tooltip="undo the last outline change (unlimited)"
        ),
        Binding("p", "preview", "Preview", id="preview", tooltip="preview the rendered brief"),
        Binding(
            "ctrl+e",
            "export",
            "Export",
            id="export",
            priority=True,
            tooltip="export: format and path (enter exports)",
        ),
        Binding("question_mark", "help", "Help", id="help", tooltip="this help"),
        Binding(
            "t", "prose", "Prose", id="prose", tooltip="add a prose entry (your own text, Markdown)"
        ),
        Binding("b", "bluf", "BLUF", id="bluf", tooltip="edit the BLUF (bottom line up front)"),
        Binding(
            "n",
            "new_section",
            "New section",
            id="section.new",
            tooltip="new section after the highlighted one",
        ),
        Binding(
            "r",
            "rename_section",
            "Rename section",
            id="section.rename",
            tooltip="rename the highlighted section",
        ),
        Binding(
            "shift+up,K",
            "move(-1)",
            "Move up",
            id="move.up",
            tooltip="move the entry or section up (entries cross into the previous section)",
        ),
        Binding(
            "shift+down,J",
            "move(1)",
            "Move down",
            id="move.down",
            tooltip="move the entry or section down (entries cross into the next section)",
        ),
        Binding("ctrl+y", "redo", "Redo", id="redo", tooltip="redo"),
        Binding(
            "ctrl+o",
            "open",
            "Open brief",
            id="open",
            priority=True,
            tooltip="open another brief of the workspace",
        ),
        Binding(
            "ctrl+n",
            "new_brief",
            "New brief",
            id="new",
            priority=True,
            tooltip="create a brief from the template",
        ),
        Binding(
            "c",
            "checks",
            "Check",
            id="checks",
            tooltip="check the brief against analytic standards",
        ),
        Binding(
            "f",
            "confidence",
            "Confidence",
            id="confidence",
            tooltip="the reference entry's confidence: high → moderate → low → none",
        ),
        Binding(
            "i",
            "import_article",
            "Import",
            id="import",
            show=False,
            tooltip="import an article (file or pasted text): review, then save a source note",
        ),
        Binding(
            "y",
            "copy",
            "Copy citation",
            id="copy",
            show=False,
            tooltip="copy the highlighted item as a Markdown citation (OSC 52: over ssh too)",
        ),
        Binding(
            "E",
            "external_edit",
            "Edit in $EDITOR",
            id="editor",
            show=False,
            tooltip="edit the entry's comment or prose, or the BLUF, in $VISUAL / $EDITOR",
        ),
    ]
    BINDING_GROUP_TITLE = "Outline"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    def compose(self):  # noqa: ANN201
        yield BriefHeader(id="header")
        with Horizontal(id="panes"):
            yield LibraryPane(self.app.ws, id="library-pane")
            yield Detail(id="detail")
            yield OutlineView(id="outline")
        yield Footer()

    def on_mount(self) -> None:
        self.redraw()
        self.query_one(LibraryList).focus()

    # ----------------------------------------------------------- rendering
    @property
    def session(self):  # noqa: ANN201 - BriefSession | None
        return self.app.session

    @property
    def outline_view(self) -> OutlineView:
        return self.query_one(OutlineView)

    def redraw(self, cursor: Cursor | None = None) -> None:
        """Redraw the outline (keeping or moving the highlight) and the header."""
        brief = self.session.brief if self.session else None
        self.outline_view.show(self.app.ws, brief, cursor)
        self.update_header()
        self.app.checker.refresh()  # after every change: the header's counts, the panel
        self._show_library_detail()

    def update_header(self) -> None:
        s = self.session
        header = self.query_one(BriefHeader)
        if s is None:
            header.set_state(None, None, "", "no brief open")
        else:
            header.set_state(
                s.brief.title, s.brief.marking, "unsaved" if s.dirty else "saved", s.path.name
            )

    def _cited(self, src: m.Source, item: m.Item | None) -> list[str]:
        if self.session is None or item is None:
            return []
        secs = self.session.brief.sections
        return [
            f"{secs[c[1]].heading} #{c[2] + 1}"
            for c in self.session.outline.cites(m.Ref(src.id, item.id))
        ]

    def _show_library_detail(self) -> None:
        src, item = self.query_one(LibraryList).current
        self.query_one(Detail).show(src, item, self._cited(src, item) if src else [])

    @on(LibraryList.Highlighted)
    def _library_moved(self, event: LibraryList.Highlighted) -> None:
        if event.source is not None:
            cited = self._cited(event.source, event.item)
            self.query_one(Detail).show(event.source, event.item, cited)
        else:
            self.query_one(Detail).show(None, None, [])

    @on(OutlineView.CursorMoved)
    def _outline_moved(self, event: OutlineView.CursorMoved) -> None:
        if self.session is None or not self.outline_view.has_focus:
            return
        c, brief = event.cursor, self.session.brief
        detail = self.query_one(Detail)
        if c == BLUF:
            detail.show_text("BLUF", brief.bluf or "(empty)")
        elif c[0] == "section":
            detail.show_text(
                f"Section: {brief.sections[c[1]].heading}",
                f"{len(brief.sections[c[1]].entries)} entries",
            )
        else:
            entry = brief.sections[c[1]].entries[c[2]]
            hit = self.app.ws.resolve(entry.ref) if entry.ref else None
            if hit is not None:
                detail.show(hit.source, hit.item, self._cited(hit.source, hit.item))
            elif entry.ref is not None:
                detail.show_text(str(entry.ref), "This item is not in the library (BRF001).")
            else:
                detail.show_text("Prose", entry.text or "")

    @on(OutlineView.OptionSelected)
    def _outline_enter(self, event: OutlineView.OptionSelected) -> None:
        event.stop()
        self.action_edit()  # enter (or a click on the highlighted line) edits it

    # ------------------------------------------------------------- editing
    @property
    def cursor(self) -> Cursor | None:
        return self.outline_view.cursor

    def apply(self, op: Callable[[], Cursor]) -> bool:
        """Run one outline operation, redraw, save. False when it was refused."""
        if self.session is None:
            self.notify(
                "No brief is open: ctrl+o opens one, ctrl+n creates one.", severity="warning"
            )
            return False
        try:
            cursor = op()
        except (OutlineError, ValueError) as e:
            self.notify(str(e), severity="warning")
            return False
        self.save_now()
        self.redraw(cursor)
        return True

    def action_filter(self) -> None:
        self.query_one("#filter").focus()

    def action_add(self) -> None:
        src, item = self.query_one(LibraryList).current
        if src is None or item is None:
            self.notify(
                "Highlight an item in the library first (not a source line).", severity="warning"
            )
            return
        ref = m.Ref(src.id, item.id)
        if self.session and self.session.outline.cites(ref):
            self.notify(f"{ref} is already cited in this brief; added again.")
        if self.apply(lambda: self.session.outline.add_ref(ref, self.cursor)):
            self._show_library_detail()

    def _entry_cursor(self) -> Cursor | None:
        c = self.cursor
        return c if c and c[0] == "entry" else None

    def action_prose(self) -> None:
        def done(text: str | None) -> None:
            if text and text.strip():
                self.apply(lambda: self.session.outline.add_prose(text.strip(), self.cursor))

        self.ask(TextDialog("New prose entry (Markdown)", editor=self.app.config.editor), done)

    def action_edit(self) -> None:
        c = self.cursor
        if self.session is None or c is None:
            self.apply(lambda: BLUF)
            return
        if c == BLUF:
            return self.action_bluf()
        if c[0] == "section":
            return self.action_rename_section()
        entry = self.session.brief.sections[c[1]].entries[c[2]]
        title = "Prose entry" if entry.is_prose else f"Comment on {entry.ref}"
        initial = (entry.text if entry.is_prose else entry.comment) or ""

        def done(text: str | None) -> None:
            if text is not None and text != initial:
                self.apply(lambda: self.session.outline.edit_entry(c[1], c[2], text.strip()))

        self.ask(TextDialog(title, initial, editor=self.app.config.editor), done)

    def action_bluf(self) -> None:
        if self.session is None:
            self.apply(lambda: BLUF)
            return
        initial = self.session.brief.bluf or ""

        def done(text: str | None) -> None:
            if text is not None and text != initial:
                self.apply(lambda: self.session.outline.set_bluf(text.strip()))

        self.ask(
            TextDialog("BLUF (bottom line up front)", initial, editor=self.app.config.editor), done
        )

    def action_new_section(self) -> None:
        def done(heading: str | None) -> None:
            if heading is not None and heading.strip():
                self.apply(lambda: self.session.outline.new_section(heading, self.cursor))

        if self.session is None:
            self.apply(lambda: BLUF)
            return
        self.ask(LineDialog("New section", placeholder="Heading"), done)

    def action_rename_section(self) -> None:
        c = self.cursor
        if self.session is None or c is None or c == BLUF:
            self.notify(
                "Highlight a section (or one of its entries) in the outline to rename it.",
                severity="warning",
            )
            return
        heading = self.session.brief.sections[c[1]].heading

        def done(text: str | None) -> None:
            if text is not None and text.strip() and text.strip() != heading:
                self.apply(lambda: self.session.outline.rename_section(c[1], text))

        self.ask(LineDialog("Rename section", heading), done)

    def action_remove(self) -> None:
        c = self.cursor
        if self.session is None or c is None or c == BLUF:
            self.notify(
                "Highlight an entry or a section in the outline to remove it.", severity="warning"
            )
            return
        outline = self.session.outline
        if c[0] == "entry":
            self.apply(lambda: outline.remove_entry(c[1], c[2]))
            return
        sec = outline.brief.sections[c[1]]
        if not sec.entries:
            self.apply(lambda: outline.delete_section(c[1]))
            return

        def done(choice: str | None) -> None:
            if choice == "delete":
                self.apply(lambda: outline.delete_section(c[1]))

        self.ask(
            ChoiceDialog(
                "Delete section?",
                f"“{sec.heading}” has {len(sec.entries)} entries. Delete the "
                "section and its entries? (ctrl+z brings them back)",
                [("delete", "Delete"), ("cancel", "Keep it")],
                danger="delete",
            ),
            done,
        )

    def action_move(self, delta: int) -> None:
        c = self.cursor
        if self.session is None or c is None:
            self.apply(lambda: BLUF)
            return
        self.apply(lambda: self.session.outline.move(c, delta))

    def action_undo(self) -> None:
        self._history(undo=True)

    def action_redo(self) -> None:
        self._history(undo=False)

    def _history(self, undo: bool) -> None:
        if self.session is None:
            return
        outline = self.session.outline
        cursor = outline.undo() if undo else outline.redo()
        if cursor is None:
            self.notify("Nothing to " + ("undo." if undo else "redo."))
            return
        self.notify(("Undone: " if undo else "Redone: ") + outline.last_label, timeout=2)
        self.save_now()
        self.redraw(cursor)
        self._show_library_detail()

    # ---------------------------------------------------- the other actions
    def action_preview(self) -> None:
        self.app.action_preview()

    def action_export(self) -> None:
        self.app.action_export()

    def action_open(self) -> None:
        self.app.action_open()

    def action_new_brief(self) -> None:
        self.app.action_new_brief()

    def action_checks(self) -> None:
        self.app.action_checks()

    def action_import_article(self) -> None:
        from ..importing import start_import  # the import dialogs load on first use

        start_import(self.app)

    def action_help(self) -> None:
        self.app.action_help()
