"""The history of one brief as plain data, for the TUI's history screen (and any other
front end): its snapshots and git commits, newest first, the diff of any two, restoring.

The screen (:mod:`briefer.tui.screens.history`) only sees keys and text: ``"now"``, a
snapshot's file name, or ``"git:<hash>"``. Everything else happens here, headless.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import model as m
from ..errors import Problem
from ..workspace import Workspace
from . import gitinfo
from .diff import diff
from .report import format_text
from .snapshot import (
    Snapshot,
    current,
    list_snapshots,
    restore_as_new,
    restore_brief,
    take_snapshot,
)

NOW = "now"
GIT_COMMITS = 30


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    key: str  # NOW, a snapshot's name, or "git:<hash>"
    label: str  # one line: "2026-12-03 07:12 UTC · exported md · before review"
    restorable: bool = True


class History:
    """The snapshots and commits of the brief at ``brief_path`` (read once; ``reload``
    after taking a snapshot)."""

    def __init__(self, ws: Workspace, brief: m.Brief, brief_path: Path | str) -> None:
        self.ws, self.brief, self.path = ws, brief, Path(brief_path)
        self.snapshots: list[Snapshot] = []
        self.commits: list[gitinfo.Commit] = []
        self.problems: list[Problem] = []
        self._cache: dict[str, Snapshot] = {}
        self.reload()

    def reload(self) -> None:
        self.snapshots, self.problems = list_snapshots(self.path)
        self.commits = gitinfo.commits(self.path, GIT_COMMITS)
        self._cache = {s.name: s for s in self.snapshots}

    def entries(self) -> list[HistoryEntry]:
        """The brief now, then its snapshots and commits together, newest first."""
        dated = [(s.taken, HistoryEntry(s.name, s.label)) for s in self.snapshots]
        dated += [
            (gitinfo.utc(c.date), HistoryEntry(f"git:{c.hash}", f"git {c.label}"))
            for c in self.commits
        ]
        dated.sort(key=lambda pair: pair[0], reverse=True)  # stable: ties keep their order
        return [HistoryEntry(NOW, "now · the brief as it is", restorable=False)] + [
            e for _, e in dated
        ]

    def snapshot(self, key: str) -> Snapshot:
        """The snapshot a key names. Raises BrieferError (git revisions can vanish)."""
        if key == NOW:
            return current(self.ws, self.brief, self.path)
        if key not in self._cache and key.startswith("git:"):
            self._cache[key] = gitinfo.snapshot_at(self.ws, self.path, key[4:])
        if key not in self._cache:
            from .snapshot import SnapshotError

            raise SnapshotError(f"no snapshot named {key!r}")
        return self._cache[key]

    def diff_text(self, old: str, new: str = NOW) -> str:
        """The text diff of two entries (older first), for the screen's diff pane."""
        return format_text(diff(self.snapshot(old), self.snapshot(new)))

    def take(self, note: str = "") -> Snapshot:
        """A new snapshot of the brief now (``s`` in the app)."""
        snap = take_snapshot(self.ws, self.brief, self.path, note)
        self.reload()
        return snap

    def restore(self, key: str) -> m.Brief:
        """The brief of ``key`` as a new Brief: apply it with ``Outline.replace`` (one
        undoable step) and save it."""
        return restore_brief(self.snapshot(key), self.path)

    def restore_as_new(self, key: str) -> Path:
        """Write the brief of ``key`` as a new brief file beside this one; its path."""
        return restore_as_new(self.snapshot(key), self.path)


def git_line(workspace: Path | str) -> str:
    """ "main · 2 uncommitted" for a header, or "" outside git."""
    st = gitinfo.status(workspace)
    return st.describe() if st is not None else ""
