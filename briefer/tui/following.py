"""The library follows the disk: source notes and briefer.yaml changed by another program
(an editor, git pull, a sync tool) show up without restarting.

Every ``POLL`` seconds, and when the terminal gives the app its focus back, a thread worker
runs ``Workspace.refresh`` (only changed files are read again) on a shallow copy of the
workspace, so the UI thread never sees a half-built library and 5,000 files never block a
keystroke. When something changed, the copy's state replaces the workspace's in one step on
the UI thread, the library is shown again (same filter, same highlighted item), the detail,
the outline and the checks are redrawn, and a note that broke on disk is reported with its
``file:line:col``. Skipped while a dialog or another screen is open (they may hold items).

Mixed into ``BrieferApp`` (before ``App``).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from textual import events, work

from ..errors import Problem
from ..workspace import Workspace

if TYPE_CHECKING:
    from .app import BrieferApp

POLL = 2.0  # seconds between two looks at the disk


def _changed_problems(before: list[Problem], after: list[Problem]) -> list[Problem]:
    """Problems in ``after`` that were not reported before (a note that broke on disk)."""
    known = {str(p) for p in before}
    return [p for p in after if str(p) not in known]


class FollowDisk:
    """Reloads the library when its files change on disk, for ``BrieferApp``."""

    _disk_busy: bool = False

    def start_following_disk(self: BrieferApp) -> None:
        self.set_interval(POLL, self.check_disk, name="follow-disk")

    def on_app_focus(self: BrieferApp, event: events.AppFocus) -> None:
        self.check_disk()

    def check_disk(self: BrieferApp) -> None:
        """Look at the disk now (in a thread); the library follows when anything changed."""
        if self._disk_busy or len(self.screen_stack) != 1:  # a dialog is open: later
            return
        self._disk_busy = True
        self._refresh_in_thread(self.ws, self.ws.sources)

    @work(
        thread=True,
        group="follow-disk",
        exit_on_error=False,
        description="look for source notes changed on disk",
    )
    def _refresh_in_thread(self: BrieferApp, ws: Workspace, base: dict) -> None:
        try:
            shadow = copy.copy(ws)  # refresh assigns new dicts and lists: ws is not touched
            changed = shadow.refresh()
            if changed:
                shadow.hits()  # build the search index here, not on the UI thread
        except Exception as e:  # noqa: BLE001 - reported on the UI thread, the app goes on
            self.call_from_thread(self._disk_failed, e)
            return
        self.call_from_thread(self._disk_checked, shadow if changed else None, base)

    def _disk_failed(self: BrieferApp, error: Exception) -> None:
        self._disk_busy = False
        self.internal_error("reloading the library", error)

    def _disk_checked(self: BrieferApp, shadow: Workspace | None, base: dict) -> None:
        self._disk_busy = False
        if shadow is None:
            return
        if self.ws.sources is not base:  # an import refreshed meanwhile: look again later
            return
        before = list(self.ws.errors)
        vars(self.ws).update(vars(shadow))
        self.library_changed()
        broken = _changed_problems(before, self.ws.errors)
        n = len(self.ws.sources)
        self.notify(f"Library updated: {n:,} note{'' if n == 1 else 's'}", timeout=3)
        if broken:
            # local import: the app module imports this one
            from .app import _problems_text

            self.notify(
                f"{len(broken)} new problem(s) in the workspace's files:\n"
                + _problems_text(broken),
                severity="warning",
                timeout=12,
            )

    def library_changed(self: BrieferApp) -> None:
        """Show the workspace's sources again: library (filter and highlight kept), detail,
        outline and checks (a fixed source can clear a finding)."""
        main = self.main
        main.query_one("#library-pane").follow_workspace()
        main.redraw(main.cursor)
        if main.outline_view.has_focus and main.cursor is not None:
            main.outline_view.post_message(main.outline_view.CursorMoved(main.cursor))
