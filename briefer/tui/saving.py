"""Nothing lost: the dialogs of the session's save and conflict policy.

The session (``briefer.session``) saves after every edit and never writes over a file
another program changed. When a save fails it announces ``SaveFailed``; this asks what to
do:

- the file changed on disk since it was read → reload theirs, or keep mine (saved as a
  new file beside theirs, never over it), or decide later;
- the save failed (read-only, disk full) → say so, keep the edit in memory, offer
  "save as".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import App

from ..errors import ChangedOnDisk, LoadError, SaveError
from ..session import BriefSession, SaveFailed, sibling_path
from ..textutil import visible
from .screens.dialogs import ChoiceDialog, LineDialog


class SaveGuard:
    """Answers the session's failed saves with dialogs (one at a time)."""

    def __init__(self, app: App[None], session: BriefSession) -> None:
        self.app = app
        self.session = session
        self.asking = False

    def failed(self, event: SaveFailed) -> None:
        if event.conflict:
            assert isinstance(event.error, ChangedOnDisk)
            self._changed_on_disk(event.error)
        else:
            self._save_failed(event.error)

    def _changed_on_disk(self, error: ChangedOnDisk) -> None:
        if self.asking:
            self.app.notify(
                f"Not saved: {error.path}: {error.reason}.", severity="warning", timeout=8
            )
            return
        self.asking = True
        name = Path(error.path).name
        why = "" if error.reason == ChangedOnDisk(error.path).reason else f" ({error.reason})"
        message = (
            f"{name} was changed by another program (an editor, a git pull…) since "
            f"briefer read it{why}.\n\nYour last change is not saved yet. Reload "
            "their version (dropping your unsaved changes), or keep yours as a new "
            f"file beside it ({sibling_path(Path(error.path)).name})? Their file is "
            "never overwritten."
        )
        self.app.push_screen(
            ChoiceDialog(
                "The brief changed on disk",
                message,
                [("theirs", "Reload theirs"), ("mine", "Keep mine"), ("later", "Decide later")],
            ),
            self._resolve_conflict,
        )

    def _resolve_conflict(self, choice: str | None) -> None:
        self.asking = False
        session = self.session
        if not session.is_open:
            return
        if choice == "theirs":
            try:
                session.reload()
            except LoadError as e:
                self.app.notify(
                    "Their version cannot be read, so yours is kept in memory:\n"
                    + "\n".join(str(p) for p in e.problems[:3]),
                    severity="error",
                    timeout=12,
                )
                return
            except OSError as e:
                self.app.notify(f"Cannot read {session.path}: {e}", severity="error")
                return
            self.app.notify("Reloaded their version from disk.")
        elif choice == "mine":
            try:
                target = session.keep_mine()
            except SaveError as e:
                self._save_failed(e)
                return
            self.app.notify(f"Your version is saved as {target}; theirs is untouched.", timeout=10)
        else:
            self.app.notify(
                "Unsaved: briefer will ask again at the next change or on quit.", severity="warning"
            )

    def _save_failed(self, error: SaveError) -> None:
        if self.asking:
            self.app.notify(
                f"Could not save {error.path}: {error.reason}. The change is kept in memory.",
                severity="error",
                timeout=10,
            )
            return
        self.asking = True
        self.app.push_screen(
            ChoiceDialog(
                "Could not save",
                visible(
                    f"{error.path}: {error.reason}.\n\nYour change is kept in memory "
                    "(the header says UNSAVED). Save it to another file?"
                ),
                [("saveas", "Save as…"), ("later", "Later")],
            ),
            self._after_failure,
        )

    def _after_failure(self, choice: str | None) -> None:
        self.asking = False
        if choice == "saveas":
            self.save_as()

    def save_as(self, then: Callable[[], object] | None = None) -> None:
        """Ask for a new file name and save the brief there (never over a file)."""
        session = self.session
        if not session.is_open:
            self.app.notify("No brief is open.", severity="warning")
            return
        default = sibling_path(session.path, "copy")

        def done(value: str | None) -> None:
            if not value or not value.strip():
                return
            try:
                session.save_as(Path(value.strip()).expanduser())
            except SaveError as e:
                self._save_failed(e)
                return
            self.app.notify(f"Saved as {session.path}.")
            if then is not None:
                then()

        self.app.push_screen(
            LineDialog(
                "Save as", str(default), note="A new file (an existing one is never replaced)."
            ),
            done,
        )

    def unsaved_then(self, then: Callable[[], object], verb: str) -> None:
        """Run ``then`` unless a change is unsaved; then ask first (save as / go on
        without saving / cancel)."""
        s = self.session
        if s.dirty:
            try:
                s.save()  # maybe the disk is back; never over a changed file
            except SaveError:
                pass
        if not s.dirty:
            then()
            return

        def done(choice: str | None) -> None:
            if choice == "discard":
                then()
            elif choice == "saveas":
                self.save_as(then)

        self.app.push_screen(
            ChoiceDialog(
                "Unsaved changes",
                f"Your last changes to {s.path.name} are not saved. "
                f"Save them to a new file first, or {verb} without saving them?",
                [
                    ("saveas", "Save as…"),
                    ("discard", f"{verb.capitalize()} without saving"),
                    ("cancel", "Cancel"),
                ],
                danger="discard",
            ),
            done,
        )
