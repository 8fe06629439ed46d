"""The user's text editor ($VISUAL / $EDITOR, or ``editor`` in the config), run with the
terminal handed over (``App.suspend``): used by ``E`` on the main screen and ctrl+g in the
text dialog."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from textual.app import App, SuspendNotSupported

from ..servemode import editor_unavailable

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


def run_editor(app: App[Any], command: list[str], text: str) -> tuple[str | None, str]:
    """Edit ``text`` in ``command`` (terminal handed over with ``App.suspend``). Returns the
    new text (None when nothing is to change) and a message for the user ("" if none)."""
    if (why := editor_unavailable(app)) is not None:
        return None, why
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
            rc = subprocess.run(
                argv,
                check=False,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=EDITOR_TIMEOUT,
            ).returncode
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
