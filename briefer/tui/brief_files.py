"""Brief files in the app: open one (``ctrl+o``, the palette, a restored snapshot), create
one (``ctrl+n``), save as, and quit (``ctrl+q``), each asking first about unsaved typing
in a dialog or unsaved changes of the open brief (``saving.SaveGuard``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BrieferError
from .host import Host, problems_text

if TYPE_CHECKING:
    from textual.screen import Screen


class BriefFiles:
    """Opening, creating and saving briefs, and quitting (one per app)."""

    def __init__(self, app: Host) -> None:
        self.app = app

    def unsaved_then(self, then: Any, verb: str) -> None:
        if self.app.guard is None:
            then()
            return
        self.app.guard.unsaved_then(then, verb)

    def open(self, path: Path) -> bool:
        session = self.app.session
        if session is None:
            return False
        try:
            session.open(path)
        except BrieferError as e:
            problems = getattr(e, "problems", None)
            detail = problems_text(problems) if problems else str(e)
            self.app.notify(
                f"{path.name} cannot be opened:\n{detail}", severity="error", timeout=15
            )
            return False
        except OSError as e:
            self.app.notify(f"{path}: {e.strerror or e}", severity="error")
            return False
        self.app.notify(f"Opened {path.name}", timeout=2)
        return True

    def open_asking(self, path: Path) -> None:
        """Open ``path`` (asking first when a change of the open brief is not saved)."""
        self.unsaved_then(lambda: self.open(path), "open another brief")

    def choose(self) -> None:
        """The open dialog: the workspace's briefs."""
        session = self.app.session
        if session is None:
            return

        def done(path: Path | None) -> None:
            if path is not None:
                self.open_asking(path)

        from .screens.briefs import OpenBriefDialog

        current = session.path if session.is_open else None
        self.app.push_screen(OpenBriefDialog(session.ws.brief_paths(), current), done)

    def new(self, note: str = "") -> None:
        """The new brief dialog (``note``: why it is shown, e.g. no brief yet)."""
        session = self.app.session
        if session is None:
            return

        def done(result: tuple[str, Path] | None) -> None:
            if result is None:
                return
            title, path = result
            author = session.ws.settings.author or self.app.config.author
            marking = session.ws.settings.marking or self.app.config.marking

            def create() -> None:
                try:
                    session.create(path, title, author, marking)
                except BrieferError as e:
                    self.app.notify(str(e), severity="error")

            self.unsaved_then(create, "open the new brief")

        from .screens.briefs import NewBriefDialog

        self.app.push_screen(NewBriefDialog(session.ws.root, note), done)

    def save_as(self) -> None:
        if self.app.guard is not None:
            self.app.guard.save_as()

    def quit(self) -> None:
        """ctrl+q: first what is typed in an open dialog (save / discard / back), then the
        brief's unsaved changes (see SaveGuard), then quit."""
        from .screens.dialogs import ChoiceDialog, HoldsInput
        from .screens.importer import ImportDialog

        holder = next(
            (
                s
                for s in reversed(self.app.screen_stack)
                if isinstance(s, HoldsInput) and s.unsaved_input()
            ),
            None,
        )
        if holder is None:
            self.unsaved_then(lambda: self.app.exit(return_code=0), "quit")
            return
        choices = [("discard", "Discard and quit"), ("back", "Back to it")]
        if not isinstance(holder, ImportDialog):  # reading an article saves nothing
            choices.insert(0, ("save", "Save it"))

        def answer(choice: str | None) -> None:
            if choice == "discard":
                self.unsaved_then(lambda: self.app.exit(return_code=0), "quit")
            elif choice == "save":
                holder.keep_input()
                # once it is saved and closed, quit (or ask about the next dialog)
                self.app.call_after_refresh(self._quit_after_save, holder)

        self.app.push_screen(
            ChoiceDialog(
                "Quit: your typing is not saved",
                "A dialog holds text or changes that are not saved anywhere yet. Save them "
                "first, or quit without them?",
                choices,
                danger="discard",
            ),
            answer,
        )

    def _quit_after_save(self, holder: Screen[Any]) -> None:
        if holder in self.app.screen_stack:  # it could not be saved (it says why): stay
            return
        self.quit()
