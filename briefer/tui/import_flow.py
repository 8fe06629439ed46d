"""Import in the app (``i``): the import dialog, then the review screen, then the session
told that the library changed (see ``tui/importing.py`` for the steps)."""

from __future__ import annotations

from pathlib import Path

from .. import model as m
from .host import Host


def import_article(app: Host) -> None:
    """``i``: the import dialog, then the review screen, then save."""
    session = app.session
    if session is None:
        return
    from ..extract import summary
    from ..extract.draft import free_id
    from .screens.importer import ImportDialog
    from .screens.review import ReviewScreen

    ws = session.ws

    def reviewed(result: tuple[Path, m.Source] | None) -> None:
        if result is None:
            app.notify("Import cancelled: nothing was written.", timeout=4)
            return
        path, saved = result
        shown = path.relative_to(ws.root) if path.is_relative_to(ws.root) else path
        app.notify(f"Saved {shown}: {summary(saved)}. Its items are in the library.", timeout=10)
        # the library, the outline and the checks: a reference may have been unknown
        session.library_changed(before=before, select=saved)

    def read(result: tuple[m.Source, str] | None) -> None:
        if result is None:
            app.notify("Import cancelled: nothing was written.", timeout=4)
            return
        draft, name = result
        note_id = free_id(ws, draft.id or draft.title)
        app.push_screen(ReviewScreen(draft, name, ws, note_id), reviewed)

    before = list(ws.errors)
    app.push_screen(ImportDialog(ws.root), read)
