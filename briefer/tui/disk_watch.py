"""Following the disk in the app: every ``POLL`` seconds and when the terminal regains
focus (never while a dialog or another screen is open: they may hold items), the library
is re-read in a thread and follows when a source note changed; the open brief is followed
too (``locking.BriefFollower``), and the header's git line is refreshed."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

from .host import Host, problems_text

if TYPE_CHECKING:
    from ..workspace import Workspace

POLL = 2.0  # seconds between two looks at the disk for changed source notes


class DiskWatch:
    """Looks at the disk for the app (one look at a time)."""

    def __init__(self, app: Host, start: Callable[[Workspace], object]) -> None:
        self.app = app
        self.start = start  # the app's worker: ``refresh`` below, in a thread
        self.busy = False

    def check(self) -> None:
        """Look at the disk now (in a thread); the library follows when anything changed.
        Skipped while a dialog or another screen is open (they may hold items)."""
        session = self.app.session
        if session is None or self.busy or len(self.app.screen_stack) != 1:
            return
        self.busy = True
        self.start(session.ws)

    def refresh(self, ws: Workspace) -> None:
        """In the worker's thread: a copy of ``ws`` re-reads what changed."""
        try:
            shadow = copy.copy(ws)  # refresh assigns new dicts and lists: ws is not touched
            changed = shadow.refresh()
            if changed:
                shadow.hits()  # build the search index here, not on the UI thread
        except Exception as e:  # noqa: BLE001 - reported on the UI thread, the app goes on
            self.app.call_from_thread(self._failed, e)
            return
        from ..editions.history import git_line

        self.app.call_from_thread(self.app.main_screen.show_git, git_line(ws.root))
        self.app.call_from_thread(self._checked, ws, shadow if changed else None)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.app.internal_error("reloading the library", error)

    def _checked(self, base: Workspace, shadow: Workspace | None) -> None:
        self.busy = False
        if self.app.follower is not None and len(self.app.screen_stack) == 1:
            self.app.follower.check()  # the open brief, followed like the library (#19)
        session = self.app.session
        if shadow is None or session is None:
            return
        if session.ws is not base or session.ws.sources is not base.sources:
            return  # an import changed the library meanwhile: look again later
        before = list(session.ws.errors)
        session.library_changed(shadow, before)
        known = {str(p) for p in before}
        broken = [p for p in shadow.errors if str(p) not in known]
        n = len(shadow.sources)
        self.app.notify(f"Library updated: {n:,} note{'' if n == 1 else 's'}", timeout=3)
        if broken:
            self.app.notify(
                f"{len(broken)} new problem(s) in the workspace's files:\n" + problems_text(broken),
                severity="warning",
                timeout=12,
            )
