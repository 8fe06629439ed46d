"""The main screen: library, detail and outline, and every outline edit.

A view of the session (``briefer.session.BriefSession``, set by the app once the
workspace is loaded): each edit is one call on it (saved, checked and announced there);
the screen listens to its events and hands the new state down to its widgets through
reactives (``data_bind``): the library, the outline and the header. The widgets post
what the analyst wants up (``OutlineView.EditRequested``, ``LibraryList.Highlighted``…).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from ... import model as m
from ...outline import (
    BLUF,
    BlufCursor,
    Cursor,
    EntryCursor,
    OutlineError,
    SectionCursor,
    next_confidence,
    next_marking,
)
from ...textutil import visible
from .. import recovering
from ..widgets.detail import Detail
from ..widgets.header import BriefHeader, HeaderState, unreadable_files
from ..widgets.library import LibraryList, LibraryPane
from ..widgets.outline_view import OutlineState, OutlineView

# Not on the first frame (#18): the session (the screen gets one once the workspace is
# loaded), the dialogs and the external editor are imported where used.
if TYPE_CHECKING:
    from ...session import BriefSession, Event
    from ...workspace import Workspace

NO_BRIEF = "No brief is open: ctrl+o opens one, ctrl+n creates one."


class MainScreen(Screen[None]):
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
    | m | the entry's (or the BLUF's) portion marking |
    | s / h | take a snapshot / the brief's history (diff, restore) |
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
        Binding("p", "app.preview", "Preview", id="preview", tooltip="preview the rendered brief"),
        Binding(
            "ctrl+e",
            "app.export",
            "Export",
            id="export",
            priority=True,
            tooltip="export: format and path (enter exports)",
        ),
        Binding("question_mark", "app.help", "Help", id="help", tooltip="this help"),
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
            "app.open",
            "Open brief",
            id="open",
            priority=True,
            tooltip="open another brief of the workspace",
        ),
        Binding(
            "ctrl+n",
            "app.new_brief",
            "New brief",
            id="new",
            priority=True,
            tooltip="create a brief from the template",
        ),
        Binding(
            "c",
            "app.checks",
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
            "app.import_article",
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
    BINDINGS += [
        Binding(
            "m",
            "marking",
            "Marking",
            id="marking",
            show=False,
            tooltip="the entry's (or the BLUF's) portion marking: inherited → TLP:CLEAR → … → RED",
        ),
        Binding(
            "s",
            "app.snapshot",
            "Snapshot",
            id="snapshot",
            show=False,
            tooltip="take a snapshot of the brief and its cited items (optional note)",
        ),
        Binding(
            "h",
            "app.history",
            "History",
            id="history",
            show=False,
            tooltip="the brief's snapshots and commits: diff, restore",
        ),
    ]
    BINDINGS += [
        # tab moves between the three panes only: the filter is entered with / and left
        # with escape or enter (tab there used to type the next key into the filter)
        Binding("tab", "focus_pane(1)", show=False, id="pane.next"),
        Binding("shift+tab", "focus_pane(-1)", show=False, id="pane.previous"),
    ]
    BINDING_GROUP_TITLE = "Outline"
    # Three columns only from 160: below that, library and detail side by side over a
    # full-width outline, so library rows and outline text get the room (#19: at 120
    # columns three columns cut library rows at ~30 characters).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (160, "-wide")]

    session: reactive[BriefSession | None] = reactive(None, init=False)
    library: reactive[Workspace | None] = reactive(None, always_update=True, init=False)
    outline_state: reactive[OutlineState] = reactive(
        lambda: OutlineState(note="Loading the workspace…"), always_update=True, init=False
    )
    header: reactive[HeaderState] = reactive(
        lambda: HeaderState(note="loading…"), always_update=True, init=False
    )

    def __init__(self, editor: str | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.editor = editor  # the config's editor (E, ctrl+g), before $VISUAL / $EDITOR
        self._revision = 0
        self._unsubscribe: Callable[[], None] | None = None
        self._load_error = ""
        self.git = ""  # git_line() of the workspace, set by the app's disk worker

    def compose(self) -> ComposeResult:
        yield BriefHeader(id="header").data_bind(MainScreen.header)
        with Horizontal(id="panes"):
            yield LibraryPane(id="library-pane").data_bind(MainScreen.library)
            yield Detail(id="detail")
            yield OutlineView(id="outline").data_bind(state=MainScreen.outline_state)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(LibraryList).focus()

    # --------------------------------------------------- following the session
    def watch_session(self, old: BriefSession | None, new: BriefSession | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if new is not None:
            self._unsubscribe = new.subscribe(self._session_event)
            self.library = new.ws
        self._show_brief(BLUF)
        self._show_library_detail()

    def _session_event(self, event: Event) -> None:
        from ...session import BriefChanged, FindingsChanged, LibraryChanged, SaveFailed

        if isinstance(event, BriefChanged):
            self._show_brief(event.cursor)
            self._show_library_detail()
        elif isinstance(event, LibraryChanged):
            session = self.session
            if session is not None:
                if event.select is not None:
                    self.library = session.ws
                    self.query_one(LibraryPane).reload(select=event.select)
                else:
                    self.library = session.ws
            self._show_brief(None)  # a reference may resolve now (or no longer)
            self._show_library_detail()
            self._outline_detail()
        elif isinstance(event, FindingsChanged | SaveFailed):
            self._show_header()

    def _show_brief(self, cursor: Cursor | None) -> None:
        s = self.session
        self._revision += 1
        if s is None:
            self.outline_state = OutlineState(
                note="Loading the workspace…", revision=self._revision
            )
        else:
            self.outline_state = OutlineState(
                s.ws, s.brief if s.is_open else None, cursor, self._revision
            )
        self._show_header()

    def _show_header(self) -> None:
        s = self.session
        if s is None:
            self.header = HeaderState(note="loading…")
        elif not s.is_open:
            self.header = HeaderState(
                note="no brief open", unreadable=unreadable_files(s.ws.errors)
            )
        else:
            from ...session import State

            self.header = HeaderState(
                s.brief.title,
                s.brief.marking,
                "unsaved" if s.state is State.UNSAVED else "saved",
                s.path.name,
                tuple(s.findings) if s.findings is not None else None,
                git=self.git,
                unreadable=unreadable_files(s.ws.errors),
            )

    def show_git(self, text: str) -> None:
        """The workspace's git branch and state for the header ("" outside git; #16)."""
        if text != self.git:
            self.git = text
            self._show_header()

    @property
    def outline_view(self) -> OutlineView:
        return self.query_one(OutlineView)

    @property
    def cursor(self) -> Cursor | None:
        return self.outline_view.cursor

    def jump(self, cursor: Cursor) -> None:
        """Focus the outline on ``cursor`` (a finding's place)."""
        self.outline_view.focus()
        self.outline_view.go_to(cursor)
        self._outline_detail()

    # ------------------------------------------------------------- the detail
    def _cited(self, src: m.Source, item: m.Item | None) -> list[str]:
        if self.session is None or item is None:
            return []
        return self.session.cited(m.Ref(src.id, item.id))

    def _show_library_detail(self) -> None:
        if self.outline_view.has_focus:
            return
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
        self._outline_detail()

    def _outline_detail(self) -> None:
        s, c = self.session, self.cursor
        if s is None or not s.is_open or c is None or not self.outline_view.has_focus:
            return
        brief = s.brief
        detail = self.query_one(Detail)
        if isinstance(c, BlufCursor):
            detail.show_text("BLUF", brief.bluf or "(empty)")
        elif isinstance(c, SectionCursor):
            detail.show_text(
                f"Section: {brief.sections[c.section].heading}",
                f"{len(brief.sections[c.section].entries)} entries",
            )
        else:
            entry = brief.sections[c.section].entries[c.entry]
            hit = s.ws.resolve(entry.ref) if entry.ref else None
            if hit is not None:
                detail.show(hit.source, hit.item, self._cited(hit.source, hit.item))
            elif entry.ref is not None:
                detail.show_text(str(entry.ref), "This item is not in the library (BRF001).")
            else:
                detail.show_text("Prose", entry.text or "")

    @on(OutlineView.EditRequested)
    def _outline_edit(self, event: OutlineView.EditRequested) -> None:
        event.stop()
        self.action_edit()  # enter (or a double click) edits the line

    # ------------------------------------------------------------- editing
    def _open_session(self) -> BriefSession | None:
        s = self.session
        if s is None:
            self.notify(
                f"The workspace could not be loaded: {self._load_error}"
                if self._load_error
                else "The workspace is still loading.",
                severity="warning",
            )
            return None
        if not s.is_open:
            self.notify(NO_BRIEF, severity="warning")
            return None
        return s

    def cannot_load(self, reason: str) -> None:
        """The workspace could not be read: say so where the outline would be."""
        self._load_error = reason
        self._revision += 1
        self.outline_state = OutlineState(note=f"Cannot load: {reason}", revision=self._revision)
        self.header = HeaderState(note="workspace not loaded")

    def apply(self, op: Callable[[BriefSession], Cursor | None]) -> bool:
        """Run one edit on the session (saved, checked and shown from its events). False
        when it was refused (the reason is shown)."""
        s = self._open_session()
        if s is None:
            return False
        try:
            op(s)
        except (OutlineError, ValueError) as e:
            self.notify(str(e), severity="warning")
            return False
        return True

    def ask(self, screen: Screen[Any], callback: Callable[[Any], None]) -> None:
        self.app.push_screen(screen, callback)

    def action_filter(self) -> None:
        self.query_one("#filter").focus()

    def action_focus_pane(self, step: int) -> None:
        """tab / shift+tab: library list → detail → outline (from the filter: as from the
        library)."""
        panes: list[Widget] = [
            self.query_one(LibraryList),
            self.query_one(Detail),
            self.query_one(OutlineView),
        ]
        focused = self.focused
        at = 0
        for i, pane in enumerate(panes):
            if focused is not None and (focused is pane or pane in focused.ancestors):
                at = i
        if focused is not None and focused.id == "filter":
            at = 0
        panes[(at + step) % len(panes)].focus()

    def action_add(self) -> None:
        src, item = self.query_one(LibraryList).current
        if src is None or item is None:
            self.notify(
                "Highlight an item in the library first (not a source line).", severity="warning"
            )
            return
        ref = m.Ref(src.id, item.id)
        s = self._open_session()
        if s is None:
            return
        again = bool(s.outline.cites(ref))
        at = self.cursor
        if self.apply(lambda s: s.add_ref(ref, at)) and again:
            self.notify(f"{ref} is already cited in this brief; added again.")

    def _text_of(self, c: Cursor) -> tuple[str, str]:
        """(dialog title, current text) of the BLUF, a section's heading or an entry."""
        assert self.session is not None
        brief = self.session.brief
        if isinstance(c, EntryCursor):
            entry = brief.sections[c.section].entries[c.entry]
            title = "Prose entry" if entry.is_prose else f"Comment on {entry.ref}"
            return title, (entry.text if entry.is_prose else entry.comment) or ""
        if isinstance(c, SectionCursor):
            return "Rename section", brief.sections[c.section].heading
        return "BLUF (bottom line up front)", brief.bluf or ""

    def action_prose(self, typed: str | None = None) -> None:
        from .dialogs import TextDialog

        if self._open_session() is None:
            return
        at = self.cursor

        def done(text: object) -> None:
            if isinstance(text, str) and text.strip():
                self.apply(lambda s: s.add_prose(text.strip(), at))

        self.ask(
            TextDialog(
                "New prose entry (Markdown)",
                editor=self.editor,
                target=recovering.target("prose", at),
                typed=typed,
            ),
            done,
        )

    def action_edit(self, typed: str | None = None) -> None:
        from .dialogs import TextDialog

        c = self.cursor
        if self._open_session() is None or c is None:
            return
        if isinstance(c, SectionCursor):
            self.action_rename_section(typed)
            return
        title, initial = self._text_of(c)

        def done(text: object) -> None:
            if isinstance(text, str) and text != initial:
                self.apply(lambda s: s.set_text(c, text.strip()))

        kind = "bluf" if isinstance(c, BlufCursor) else "entry"
        target = recovering.target(kind, c)
        self.ask(TextDialog(title, initial, editor=self.editor, target=target, typed=typed), done)

    def action_bluf(self, typed: str | None = None) -> None:
        from .dialogs import TextDialog

        if self._open_session() is None:
            return
        title, initial = self._text_of(BLUF)

        def done(text: object) -> None:
            if isinstance(text, str) and text != initial:
                self.apply(lambda s: s.set_text(BLUF, text.strip()))

        self.ask(TextDialog(title, initial, editor=self.editor, target="bluf", typed=typed), done)

    def action_new_section(self, typed: str | None = None) -> None:
        from .dialogs import LineDialog

        if self._open_session() is None:
            return
        at = self.cursor

        def done(heading: object) -> None:
            if isinstance(heading, str) and heading.strip():
                self.apply(lambda s: s.new_section(heading, at))

        self.ask(
            LineDialog(
                "New section",
                placeholder="Heading",
                target=recovering.target("new-section", at),
                typed=typed,
            ),
            done,
        )

    def action_rename_section(self, typed: str | None = None) -> None:
        from .dialogs import LineDialog

        c = self.cursor
        if self._open_session() is None:
            return
        if not isinstance(c, SectionCursor | EntryCursor):
            self.notify(
                "Highlight a section (or one of its entries) in the outline to rename it.",
                severity="warning",
            )
            return
        at = SectionCursor(c.section)
        _, heading = self._text_of(at)

        def done(text: object) -> None:
            if isinstance(text, str) and text.strip() and text.strip() != heading:
                self.apply(lambda s: s.set_text(at, text))

        self.ask(
            LineDialog(
                "Rename section", heading, target=recovering.target("section", at), typed=typed
            ),
            done,
        )

    def reopen(self, target: str | None, typed: str) -> bool:
        """Open again the dialog a recovery record names (``target``, see
        :mod:`briefer.tui.recovering`) with the text that was typed in it; False when that
        place no longer exists (the caller offers the text otherwise)."""
        t = recovering.parse(target)
        s = self._open_session()
        if t is None or s is None:
            return False
        if t.cursor is not None and t.cursor not in self.outline_view.cursors:
            return False
        if t.cursor is not None:
            self.jump(t.cursor)
        actions = {
            "bluf": self.action_bluf,
            "entry": self.action_edit,
            "prose": self.action_prose,
            "section": self.action_rename_section,
            "new-section": self.action_new_section,
        }
        actions[t.kind](typed)
        return True

    def action_remove(self) -> None:
        from .dialogs import ChoiceDialog

        c = self.cursor
        s = self._open_session()
        if s is None:
            return
        if not isinstance(c, SectionCursor | EntryCursor):
            self.notify(
                "Highlight an entry or a section in the outline to remove it.", severity="warning"
            )
            return
        if isinstance(c, EntryCursor) or not s.brief.sections[c.section].entries:
            self.apply(lambda s: s.remove(c))
            return
        sec = s.brief.sections[c.section]

        def done(choice: object) -> None:
            if choice == "delete":
                self.apply(lambda s: s.remove(c))

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
        if self._open_session() is None or c is None:
            return
        self.apply(lambda s: s.move(c, delta))

    def action_undo(self) -> None:
        self._history(undo=True)

    def action_redo(self) -> None:
        self._history(undo=False)

    def _history(self, undo: bool) -> None:
        s = self._open_session()
        if s is None:
            return
        cursor = s.undo() if undo else s.redo()
        if cursor is None:
            self.notify("Nothing to " + ("undo." if undo else "redo."))
            return
        self.notify(("Undone: " if undo else "Redone: ") + s.outline.last_label, timeout=2)

    # ------------------------------------------------------------ comforts
    def action_external_edit(self) -> None:
        """``E``: the BLUF's or the entry's text in the user's editor (one undoable edit)."""
        from ..editor import editor_command, run_editor
        from .dialogs import TextDialog

        c = self.cursor
        if self._open_session() is None or c is None:
            return
        if isinstance(c, SectionCursor):
            self.notify(
                "Highlight the BLUF or an entry in the outline (E edits its text in your editor).",
                severity="warning",
            )
            return
        title, initial = self._text_of(c)
        command = editor_command(self.editor)
        if command is None:  # no editor configured: the built-in dialog

            def done(text: object) -> None:
                if isinstance(text, str) and text.strip() != initial.strip():
                    self.apply(lambda s: s.set_text(c, text.strip()))

            self.ask(TextDialog(title, initial), done)
            return
        new, message = run_editor(self.app, command, initial)
        if message:
            self.notify(message, severity="warning" if new is None else "information", timeout=4)
        if new is not None:
            self.apply(lambda s: s.set_text(c, new))

    def _citation_target(self) -> tuple[m.Source | None, m.Item | None]:
        c, s = self.cursor, self.session
        if self.outline_view.has_focus and s is not None and isinstance(c, EntryCursor):
            entry = s.brief.sections[c.section].entries[c.entry]
            if entry.ref is None:
                return None, None
            hit = s.ws.resolve(entry.ref)
            if hit is None:
                self.notify(
                    f"{entry.ref} is not in the library: nothing to copy.", severity="warning"
                )
                return None, None
            return hit.source, hit.item
        return self.query_one(LibraryList).current

    def action_copy(self) -> None:
        """Copy the highlighted item (library, or the outline entry's item) as a Markdown
        citation: text, attribution and source."""
        src, item = self._citation_target()
        if src is None:
            self.notify(
                "Highlight an item in the library (or a cited entry in the outline) "
                "to copy its citation.",
                severity="warning",
            )
            return
        from ...citation import citation  # with the document model: not on the first frame

        text = citation(src, item)
        self.app.copy_to_clipboard(text)
        what = f"{src.id}/{item.id}" if item is not None else src.id
        self.notify(
            visible(f"Copied the citation of {what} ({len(text.splitlines())} lines of Markdown)"),
            timeout=3,
        )

    def action_marking(self) -> None:
        """``m``: the highlighted entry's portion marking, or the BLUF's: inherited →
        TLP:CLEAR → GREEN → AMBER → AMBER+STRICT → RED → inherited (one undoable step)."""
        c = self.cursor
        s = self._open_session()
        if s is None:
            return
        if isinstance(c, EntryCursor):
            if self.apply(lambda s: s.edit(lambda o: o.cycle_marking(c.section, c.entry))):
                now = s.brief.sections[c.section].entries[c.entry].marking
                self.notify(f"Portion marking: {now or 'inherited'} (ctrl+z undoes)", timeout=3)
        elif isinstance(c, BlufCursor):
            after = next_marking(s.brief.bluf_marking)
            if self.apply(lambda s: s.edit(lambda o: o.set_bluf_marking(after))):
                self.notify(f"BLUF marking: {after or 'inherited'} (ctrl+z undoes)", timeout=3)
        else:
            self.notify(
                "Highlight an entry or the BLUF in the outline to set its portion marking.",
                severity="warning",
            )

    def action_confidence(self) -> None:
        """The highlighted reference entry's confidence: high → moderate → low → none (one
        undoable step, saved like every edit)."""
        c = self.cursor
        s = self._open_session()
        if s is None:
            return
        if not isinstance(c, EntryCursor):
            self.notify(
                "Highlight a reference entry in the outline to set its confidence.",
                severity="warning",
            )
            return
        if self.apply(lambda s: s.cycle_confidence(c)):
            confidence = s.brief.sections[c.section].entries[c.entry].confidence
            self.notify(
                f"Confidence: {confidence or 'none'} "
                f"(f again: {next_confidence(confidence) or 'none'}; ctrl+z undoes)",
                timeout=3,
            )
