"""Everyday comforts of the main screen: ``E`` hands the highlighted text to the user's
editor, ``y`` copies a Markdown citation to the clipboard (OSC 52: works over ssh).

Mixed into ``MainScreen``; the app's own comforts (themes, help, palette exports) are in
``app_comforts``.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from textual.app import App, SuspendNotSupported

from .. import model as m
from ..citation import citation
from ..outline import BLUF
from ..textutil import visible
from .screens.dialogs import TextDialog
from .widgets.library import LibraryList

EDITOR_TIMEOUT = 24 * 3600  # only without a terminal (tests, pipes): never wait forever


def editor_command(configured: str | None) -> list[str] | None:
    """The editor to run: the config's ``editor``, else $VISUAL, else $EDITOR, split like a
    shell would ("code -w" → ["code", "-w"]). None when none is set (or it is unreadable)."""
    for raw in (configured, os.environ.get("VISUAL"), os.environ.get("EDITOR")):
        if raw and raw.strip():
            try:
                return shlex.split(raw) or None
            except ValueError:
                return None
    return None


def run_editor(app: App, command: list[str], text: str) -> tuple[str | None, str]:
    """Edit ``text`` in ``command`` (terminal handed over with ``App.suspend``). Returns the
    new text (None when nothing is to change) and a message for the user ("" if none)."""
    fd, name = tempfile.mkstemp(prefix="briefer-", suffix=".md")
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text + "\n" if text else "")
        argv = [*command, str(path)]
        try:
            with app.suspend():
                rc = subprocess.run(argv, check=False).returncode
        except SuspendNotSupported:  # no terminal to hand over (headless, tests)
            rc = subprocess.run(argv, check=False, stdin=subprocess.DEVNULL,
                                capture_output=True, timeout=EDITOR_TIMEOUT).returncode
        if rc != 0:
            return None, f"{command[0]} exited with status {rc}: nothing changed."
        new = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError, subprocess.SubprocessError) as e:
        return None, f"The editor could not be used: {e}"
    finally:
        path.unlink(missing_ok=True)
    if new == text.strip():
        return None, "Unchanged."
    return new, ""


class ComfortsMixin:
    """``E`` (external editor) and ``y`` (copy a citation) for the main screen."""

    def action_external_edit(self) -> None:
        session, c = self.session, self.cursor
        if session is None or c is None:
            self.apply(lambda: BLUF)  # says how to open a brief
            return
        brief = session.brief
        if c == BLUF:
            title, initial = "BLUF (bottom line up front)", brief.bluf or ""

            def change(text: str):  # noqa: ANN202
                return lambda: session.outline.set_bluf(text)
        elif c[0] == "entry":
            entry = brief.sections[c[1]].entries[c[2]]
            title = "Prose entry" if entry.is_prose else f"Comment on {entry.ref}"
            initial = (entry.text if entry.is_prose else entry.comment) or ""

            def change(text: str):  # noqa: ANN202
                return lambda: session.outline.edit_entry(c[1], c[2], text)
        else:
            self.notify("Highlight the BLUF or an entry in the outline (E edits its text in "
                        "your editor).", severity="warning")
            return
        command = editor_command(self.app.config.editor)
        if command is None:  # no editor configured: the built-in dialog

            def done(text: str | None) -> None:
                if text is not None and text.strip() != initial.strip():
                    self.apply(change(text.strip()))
            self.ask(TextDialog(title, initial), done)
            return
        new, message = run_editor(self.app, command, initial)
        if message:
            self.notify(visible(message), severity="warning" if new is None else "information",
                        timeout=4)
        if new is not None:
            self.apply(change(new))

    def _citation_target(self) -> tuple[m.Source | None, m.Item | None]:
        c = self.cursor
        if self.outline_view.has_focus and self.session and c and c[0] == "entry":
            entry = self.session.brief.sections[c[1]].entries[c[2]]
            if entry.ref is None:
                return None, None
            hit = self.app.ws.resolve(entry.ref)
            if hit is None:
                self.notify(f"{entry.ref} is not in the library: nothing to copy.",
                            severity="warning")
                return None, None
            return hit.source, hit.item
        return self.query_one(LibraryList).current

    def action_copy(self) -> None:
        """Copy the highlighted item (library, or the outline entry's item) as a Markdown
        citation: text, attribution and source."""
        src, item = self._citation_target()
        if src is None:
            self.notify("Highlight an item in the library (or a cited entry in the outline) "
                        "to copy its citation.", severity="warning")
            return
        text = citation(src, item)
        self.app.copy_to_clipboard(text)
        what = f"{src.id}/{item.id}" if item is not None else src.id
        self.notify(visible(f"Copied the citation of {what} ({len(text.splitlines())} lines "
                            "of Markdown)"), timeout=3)
