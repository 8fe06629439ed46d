"""Nothing lost: saving after every edit, and what happens when a save cannot be made.

- The file changed on disk since it was read → ask: reload theirs, or keep mine (saved
  as a new file beside theirs, never over it).
- The save failed (read-only, disk full) → say so, keep the edit in memory, offer
  "save as".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ChangedOnDisk, LoadError, SaveError
from ..textutil import visible
from .screens.dialogs import ChoiceDialog, LineDialog
from .session import sibling_path


class SavingMixin:
    """For the main screen (needs ``session``, ``redraw``, ``update_header``)."""

    _asking_save = False

    def ask(self, screen: Any, callback: Callable[[Any], None]) -> None:
        """Show a dialog; ``callback`` gets its result."""
        self.app.push_screen(screen, callback)

    def save_now(self) -> bool:
        """Save the open brief; on failure explain and offer a way out. True when saved."""
        session = self.session
        if session is None:
            return False
        try:
            session.save()
        except ChangedOnDisk as e:
            self.update_header()
            self._changed_on_disk(e)
            return False
        except SaveError as e:
            self.update_header()
            self._save_failed(e)
            return False
        return True

    def _changed_on_disk(self, error: ChangedOnDisk) -> None:
        if self._asking_save:
            self.notify(
                visible(f"Not saved: {error.path}: {error.reason}."), severity="warning", timeout=8
            )
            return
        self._asking_save = True
        name = Path(error.path).name
        why = "" if error.reason == ChangedOnDisk(error.path).reason else f" ({error.reason})"
        message = (
            f"{name} was changed by another program (an editor, a git pull…) since "
            f"briefer read it{why}.\n\nYour last change is not saved yet. Reload "
            "their version (dropping your unsaved changes), or keep yours as a new "
            f"file beside it ({sibling_path(Path(error.path)).name})? Their file is "
            "never overwritten."
        )
        self.ask(
            ChoiceDialog(
                "The brief changed on disk",
                message,
                [("theirs", "Reload theirs"), ("mine", "Keep mine"), ("later", "Decide later")],
            ),
            self._resolve_conflict,
        )

    def _resolve_conflict(self, choice: str | None) -> None:
        self._asking_save = False
        session = self.session
        if session is None:
            return
        if choice == "theirs":
            try:
                session.reload()
            except LoadError as e:
                self.notify(
                    visible(
                        "Their version cannot be read, so yours is kept in memory:\n"
                        + "\n".join(str(p) for p in e.problems[:3])
                    ),
                    severity="error",
                    timeout=12,
                )
                return
            except OSError as e:
                self.notify(visible(f"Cannot read {session.path}: {e}"), severity="error")
                return
            self.notify("Reloaded their version from disk.")
            self.redraw()
        elif choice == "mine":
            try:
                target = session.keep_mine()
            except SaveError as e:
                self._save_failed(e)
                return
            self.notify(
                visible(f"Your version is saved as {target}; theirs is untouched."), timeout=10
            )
            self.redraw()
        else:
            self.notify(
                "Unsaved: briefer will ask again at the next change or on quit.", severity="warning"
            )

    def _save_failed(self, error: SaveError) -> None:
        if self._asking_save:
            self.notify(
                visible(
                    f"Could not save {error.path}: {error.reason}. The change is kept in memory."
                ),
                severity="error",
                timeout=10,
            )
            return
        self._asking_save = True
        self.ask(
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
        self._asking_save = False
        if choice == "saveas":
            self.save_as()

    def save_as(self, then: Callable[[], None] | None = None) -> None:
        session = self.session
        if session is None:
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
            self.notify(visible(f"Saved as {session.path}."))
            self.redraw()
            if then is not None:
                then()

        self.ask(
            LineDialog(
                "Save as", str(default), note="A new file (an existing one is never replaced)."
            ),
            done,
        )
