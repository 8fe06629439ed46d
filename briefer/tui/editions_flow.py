"""Editions (#16) and sourcing (#14) in the app: a snapshot of the brief (``s``), the
brief's history (``h``; a snapshot restored as the brief or as a new brief), and the
drafted source summary statement inserted as prose (the palette)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import BrieferError
from ..outline import OutlineError
from .host import Host, ready_session

if TYPE_CHECKING:
    from .screens.history import HistoryChoice


def snapshot(app: Host) -> None:
    """``s``: a snapshot of the brief and its cited items, with an optional note."""
    session = ready_session(app)
    if session is None:
        return

    def done(note: str | None) -> None:
        if note is None or not session.is_open:
            return
        from ..editions.snapshot import take_snapshot

        try:
            snap = take_snapshot(session.ws, session.brief, session.path, note)
        except BrieferError as e:
            app.notify(f"No snapshot taken: {e}", severity="error", timeout=12)
            return
        shown = snap.path.name if snap.path is not None else "?"
        app.notify(f"Snapshot taken: {shown} (h shows the history)", timeout=6)

    from .screens.dialogs import LineDialog

    app.push_screen(
        LineDialog(
            "Take a snapshot",
            placeholder="Note (optional), e.g. sent to the desk",
            note="A copy of the brief and of the items it cites, kept under "
            ".briefer/snapshots/. Enter takes it.",
        ),
        done,
    )


def show_history(app: Host) -> None:
    """``h``: the brief's snapshots (and git commits); restore one as the brief (one
    undoable step) or as a new brief."""
    session = ready_session(app)
    if session is None:
        return
    from ..editions.history import History
    from .screens.history import HistoryScreen

    try:
        history = History(session.ws, session.brief, session.path)
        entries = history.entries()
    except BrieferError as e:
        app.notify(f"The history cannot be read: {e}", severity="error", timeout=12)
        return
    git = app.main_screen.git

    def done(choice: HistoryChoice | None) -> None:
        if choice is None or not session.is_open:
            return
        try:
            if choice.action == "restore":
                brief = history.restore(choice.key)
                session.edit(lambda o: o.replace(brief))
                app.notify("Snapshot restored as the brief (ctrl+z undoes).", timeout=6)
            elif choice.action == "new":
                path = history.restore_as_new(choice.key)
                app.notify(f"Snapshot restored as a new brief: {path.name}", timeout=6)
                app.open_brief_asking(path)
        except (BrieferError, OutlineError) as e:
            app.notify(f"Not restored: {e}", severity="error", timeout=12)

    app.push_screen(HistoryScreen(entries, history.diff_text, session.path.name, git), done)


def sourcing_statement(app: Host) -> None:
    """Insert the drafted source summary statement (ICD 206) as a prose entry in a new
    "Sourcing" section (one undoable step; the analyst edits it like prose)."""
    session = ready_session(app)
    if session is None:
        return
    from ..document import resolve
    from ..tradecraft.sourcing import insert_statement, statement, summarize

    try:
        doc = resolve(session.ws, session.brief, session.path)
        text = statement(summarize(session.ws, doc))
        cursor = session.edit(lambda o: insert_statement(o, text))
    except (BrieferError, OutlineError) as e:
        app.notify(f"No sourcing statement inserted: {e}", severity="warning", timeout=10)
        return
    app.main_screen.jump(cursor)
    app.notify("Sourcing statement inserted (edit it like prose; ctrl+z undoes).", timeout=6)
