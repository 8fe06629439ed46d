"""Crash recovery in the app (#11): what exists only in memory (a brief that could not be
saved, text typed in an open dialog) written to the brief's recovery record
(:mod:`briefer.recovery`) on SIGTERM / SIGHUP and after a failed save; the record offered
back when the brief is opened (restore, discard, or not now); the record discarded once
the brief is saved."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BrieferError
from . import recovering
from .host import Host

if TYPE_CHECKING:
    from .. import recovery
    from .screens.dialogs import LineDialog, TextDialog


class RecoveryFlow:
    """The open brief's recovery record, kept by the app (one per app)."""

    def __init__(self, app: Host) -> None:
        self.app = app
        self.written = False  # a record of ours holds the open brief's edit

    def _typed_dialog(self) -> TextDialog | LineDialog | None:
        """The topmost open text dialog that edits the brief and holds unsaved typing."""
        from .screens.dialogs import LineDialog, TextDialog

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, TextDialog | LineDialog) and screen.target:
                if screen.unsaved_input():
                    return screen
        return None

    def save(self) -> Path | None:
        """Write what exists only in memory (a brief that could not be saved, text typed in
        an open dialog) to the brief's recovery record; the record's path, or None when
        nothing needed it. Called on SIGTERM / SIGHUP (``cli.tui.run_app``) and after a
        failed save. Raises RecoveryError when the record cannot be written."""
        session = self.app.session
        if session is None or not session.is_open:
            return None
        dialog = self._typed_dialog()
        if not session.dirty and dialog is None:
            return None
        from .. import recovery

        written = recovery.write(
            session.path,
            yaml=session.text if session.dirty else None,
            dialog=dialog.typed if dialog is not None else None,
            target=dialog.target if dialog is not None else None,
            base_sha256=session.disk_sha256,
        )
        self.written = True
        return written

    def after_failed_save(self) -> None:
        from ..recovery import RecoveryError

        try:
            self.save()
        except RecoveryError as e:
            self.app.notify(str(e), severity="warning", timeout=10)

    def after_event(self) -> None:
        """A session event other than a failed save: once the brief is saved, our record
        goes."""
        session = self.app.session
        if self.written and session is not None:
            from ..session import State

            if session.is_open and session.state is State.SAVED:
                from .. import recovery

                recovery.discard(session.path)  # saved: nothing is only in memory now
                self.written = False

    def offer(self) -> None:
        """If the open brief has a recovery record (briefer was stopped with an edit in
        memory), ask: restore it, discard it, or not now (asked again next time)."""
        session = self.app.session
        if session is None or not session.is_open:
            return
        from .. import recovery
        from .screens.dialogs import ChoiceDialog

        path = session.path
        record = recovery.pending(path)
        if record is None:
            return
        held = []
        if record.yaml is not None:
            held.append("changes to the brief that were not saved")
        if record.dialog:
            held.append(f"text typed in {recovering.describe(record.target)}")
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.saved_at))
        message = f"briefer was stopped on {when} holding {' and '.join(held)}. Restore?"
        if record.disk_changed():
            message += (
                f"\n\nWarning: {path.name} was changed on disk since then. Restoring "
                "replaces that version (ctrl+z brings it back)."
            )

        def answer(choice: str | None) -> None:
            if choice == "restore":
                self._restore(record)
            elif choice == "discard":
                recovery.discard(path)
                self.app.notify("Recovered work discarded.", timeout=4)

        self.app.push_screen(
            ChoiceDialog(
                "Recover unsaved work?",
                message,
                [("restore", "Restore"), ("discard", "Discard it"), ("later", "Not now")],
                danger="discard",
            ),
            answer,
        )

    def _restore(self, record: recovery.Record) -> None:
        session = self.app.session
        if session is None or not session.is_open:
            return
        from .. import recovery
        from ..schema import brief_from_doc
        from ..yamlio import compose

        if record.yaml is not None:
            try:
                brief = brief_from_doc(compose(record.yaml, str(record.brief)))
            except BrieferError as e:
                self.app.notify(f"The recovered brief cannot be read: {e}", severity="error")
                return
            session.edit(lambda o: o.replace(brief, "restore recovered changes"))
        recovery.discard(record.brief)
        if record.dialog and not self.app.main_screen.reopen(record.target, record.dialog):
            self.app.main_screen.action_prose(record.dialog)  # its place is gone: as new prose
        self.app.notify("Recovered work restored (ctrl+z undoes a restored brief).", timeout=6)
