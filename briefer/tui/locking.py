"""One brief in two terminals (issue #19, point 7): the lock beside the open brief, and the
open brief followed on disk.

- Opening a brief (at start, ``ctrl+o``, ``ctrl+n``, a restore) takes its lock
  (:mod:`briefer.session.lock`). When another live briefer holds it, a dialog says who
  and since when, as vim's swap warning does: open anyway (read-write; the lock becomes
  ours) or cancel (no brief open). The lock goes when the brief is closed, another one is
  opened, or the app ends.
- Every look at the disk (every 2 s and when the terminal regains focus, as for the
  library; never while a dialog is open) asks the session to follow the file
  (``BriefSession.follow_disk``): their version is taken live when nothing here is
  unsaved; otherwise the session announces the conflict and the save guard's dialog
  (reload theirs / keep mine) asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App

from ..session import BriefChanged, BriefSession, Event
from ..session import lock as locks
from .screens.dialogs import ChoiceDialog


class BriefFollower:
    def __init__(self, app: App[Any], session: BriefSession) -> None:
        self.app = app
        self.session = session
        self.locked: Path | None = None  # the brief whose lock we hold
        self.declined: Path | None = None  # the brief the user chose not to open here
        self.asking = False
        self._stop = session.subscribe(self._event)
        self.sync()

    # ----------------------------------------------------------------- locks
    def _event(self, event: Event) -> None:
        if isinstance(event, BriefChanged) and event.label in ("open", "close", "save as"):
            self.sync()

    def sync(self) -> None:
        """Hold the lock of the open brief, and only that one."""
        s = self.session
        path = s.path if s.is_open else None
        if path == self.locked:
            return
        self.release()
        if path is None:
            return
        other = locks.holder(path)
        if other is None:
            self.locked = path if locks.take(path) else None
            return
        self.asking = True
        self.app.push_screen(
            ChoiceDialog(
                "This brief is open in another briefer",
                f"{path.name} is open in another briefer: {other.describe()}.\n\n"
                "Two briefers on one brief do not lose work (neither ever overwrites a "
                "file the other changed; each follows the other's saves), but you will be "
                "asked to choose between versions. Open it here anyway, read-write, or "
                "cancel (no brief open; ctrl+o opens another)?",
                [("open", "Open anyway"), ("cancel", "Cancel")],
            ),
            lambda choice: self._answered(path, choice),
        )

    def _answered(self, path: Path, choice: str | None) -> None:
        self.asking = False
        s = self.session
        if not s.is_open or s.path != path:
            return
        if choice == "open":
            self.locked = path if locks.take(path) else None
            self.app.notify(f"{path.name} is open here too (the lock is now this briefer's).")
        else:
            self.declined = path
            s.close()
            self.app.notify(f"{path.name} not opened: it stays with the other briefer.")

    def release(self) -> None:
        if self.locked is not None:
            locks.release(self.locked)
            self.locked = None

    def stop(self) -> None:
        """The app ends: let go of the lock and the session."""
        self.release()
        self._stop()

    # -------------------------------------------------------------- follow disk
    def check(self) -> None:
        """Follow the open brief on disk (see the module); say what happened."""
        if self.asking:
            return
        what = self.session.follow_disk() if self.session.is_open else None
        if what is None:
            return
        name = self.session.path.name
        if what == "reloaded":
            self.app.notify(f"{name} changed on disk (another briefer or program): reloaded.")
        elif what == "unreadable":
            self.app.notify(
                f"{name} changed on disk but cannot be read now; your version stays here and "
                "is never written over theirs (briefer check names the problem).",
                severity="warning",
                timeout=10,
            )
        elif what == "missing":
            self.app.notify(
                f"{name} was deleted or moved on disk; your version stays here "
                "(the next change offers to save it as a new file).",
                severity="warning",
                timeout=10,
            )
