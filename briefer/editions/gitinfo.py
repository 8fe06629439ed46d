"""What git knows about a workspace kept in a repository: the branch, uncommitted changes,
the commits that touched a brief, and a brief (with its cited items) as of a commit.

Through the ``git`` command line, not a library: every team that keeps a workspace in git
has it installed, it reads every repository format and config (worktrees, partial clones,
sha256 repositories, ``safe.directory``) exactly as the analyst's own git does, and it
costs no dependency. Each call is read-only (``GIT_OPTIONAL_LOCKS=0``: ``git status``
does not even refresh the index), has a timeout, and any failure — git missing, not a
repository, a timeout — reads as "no git information", never as an error. briefer never
commits, pushes or pulls.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .. import model as m
from ..errors import BrieferError, LoadError
from ..schema import brief_from_doc, source_from_doc
from ..workspace import SOURCES_DIR, Workspace
from ..yamlio import compose
from .snapshot import Snapshot, cited_sources

TIMEOUT = 10.0
_SEP = "\x1f"


class GitError(BrieferError):
    """A git revision that cannot be read."""


def _git(folder: Path, *args: str, timeout: float = TIMEOUT) -> str | None:
    """git's stdout, or None when git is missing, fails or takes too long."""
    env = dict(os.environ)
    env.update(GIT_OPTIONAL_LOCKS="0", GIT_TERMINAL_PROMPT="0", LC_ALL="C", LANG="C")
    env.pop("GIT_DIR", None)
    env.pop("GIT_WORK_TREE", None)
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            timeout=timeout,
            env=env,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")


def _folder(path: Path | str) -> Path:
    p = Path(path)
    return p if p.is_dir() else (p.parent if str(p.parent) else Path("."))


def repo_root(path: Path | str) -> Path | None:
    """The top folder of the git repository holding ``path``, or None."""
    out = _git(_folder(path), "rev-parse", "--show-toplevel")
    return Path(out.strip()) if out and out.strip() else None


@dataclass(slots=True)
class GitStatus:
    """The state of the repository a workspace is in."""

    branch: str  # "main"; "(detached at 1a2b3c4)"; "(no commits yet on main)"
    changed: list[str] = field(default_factory=list)  # uncommitted paths in the workspace
    ahead: int = 0
    behind: int = 0

    @property
    def dirty(self) -> bool:
        return bool(self.changed)

    def describe(self) -> str:
        """ "main · 2 uncommitted" or "main · clean" (for a header or a status line)."""
        n = len(self.changed)
        state = f"{n} uncommitted" if n else "clean"
        sync = []
        if self.ahead:
            sync.append(f"↑{self.ahead}")
        if self.behind:
            sync.append(f"↓{self.behind}")
        return " · ".join([self.branch, state, *([" ".join(sync)] if sync else [])])


def status(workspace: Path | str) -> GitStatus | None:
    """Branch and uncommitted changes under ``workspace`` (a folder or a brief), or None
    when it is not in a git repository."""
    out = _git(_folder(workspace), "status", "--porcelain=v1", "--branch", "-z", "--", ".")
    if out is None:
        return None
    records = out.split("\0")
    head = records[0][3:] if records and records[0].startswith("## ") else ""
    changed: list[str] = []
    skip = False
    for rec in records[1:]:
        if skip:  # the old name of a rename
            skip = False
            continue
        if len(rec) > 3:
            skip = rec[0] in "RC"
            if rec.endswith(".briefer.lock"):  # an open brief's lock (session/lock.py)
                continue
            changed.append(rec[3:])
    branch, ahead, behind = _branch(head)
    return GitStatus(branch, changed, ahead, behind)


def _branch(head: str) -> tuple[str, int, int]:
    """Parse ``main...origin/main [ahead 1, behind 2]`` (and the special forms)."""
    ahead = behind = 0
    if " [" in head and head.endswith("]"):
        head, counts = head[:-1].split(" [", 1)
        for part in counts.split(", "):
            word, _, num = part.partition(" ")
            if num.isdigit():
                ahead, behind = (int(num), behind) if word == "ahead" else (ahead, int(num))
    if head.startswith("No commits yet on "):
        return f"(no commits yet on {head[18:]})", ahead, behind
    if head.startswith("HEAD (no branch)"):
        return "(detached)", ahead, behind
    return head.split("...", 1)[0], ahead, behind


@dataclass(slots=True)
class Commit:
    hash: str
    short: str
    author: str
    date: str  # ISO 8601 with the author's offset
    subject: str

    @property
    def label(self) -> str:
        """ "1a2b3c4 2026-11-26 J. Analyst: Weekly brief, outlook"."""
        return f"{self.short} {self.date[:10]} {self.author}: {self.subject}"


def commits(brief_path: Path | str, limit: int = 50) -> list[Commit]:
    """The commits that changed the brief, newest first (renames followed); [] outside git."""
    path = Path(brief_path)
    fmt = _SEP.join(("%H", "%h", "%an", "%aI", "%s"))
    out = _git(
        _folder(path),
        "log",
        "--follow",
        f"-n{int(limit)}",
        f"--format={fmt}",
        "--",
        path.name,
    )
    found = []
    for line in (out or "").splitlines():
        parts = line.split(_SEP)
        if len(parts) == 5:
            found.append(Commit(*parts))
    return found


def _show(folder: Path, rev: str, name: str) -> str | None:
    return _git(folder, "show", f"{rev}:./{name}")


def snapshot_at(ws: Workspace, brief_path: Path | str, rev: str) -> Snapshot:
    """The brief as committed in ``rev``, with its cited items as the source notes were in
    that commit (a note missing there is simply absent). Raises GitError or LoadError."""
    if rev.startswith("-") or not rev.strip():
        raise GitError(f"{rev!r} is not a git revision")
    path = Path(brief_path)
    folder = _folder(path)
    resolved = _git(folder, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    if not resolved:
        raise GitError(f"{folder}: {rev!r} is not a commit of this repository")
    commit = resolved.strip()
    text = _show(folder, commit, path.name)
    if text is None:
        raise GitError(f"{path.name} is not in commit {rev}")
    label = f"{rev}:{path.name}"
    brief = brief_from_doc(compose(text, label))
    wanted = cited_sources(_notes_at(ws, folder, commit, brief), brief)
    date = _git(folder, "show", "-s", "--format=%cI", commit) or ""
    subject = _git(folder, "show", "-s", "--format=%h %s", commit) or rev
    return Snapshot(
        path.name,
        utc(date.strip()),
        f"git {subject.strip()}",
        None,
        brief,
        wanted,
        None,
        rev,
    )


def _notes_at(ws: Workspace, folder: Path, commit: str, brief: m.Brief) -> Workspace:
    """A workspace holding the cited source notes as they were in ``commit``."""
    old = Workspace(ws.root)
    ids = {e.ref.source for s in brief.sections for e in s.entries if e.ref is not None}
    for source_id in sorted(ids):
        current = ws.source_paths.get(source_id)
        names = []
        if current is not None:
            try:
                names.append(current.relative_to(folder).as_posix())
            except ValueError:
                pass
        names.append(f"{SOURCES_DIR}/{source_id}.yaml")
        for name in dict.fromkeys(names):
            text = _show(folder, commit, name)
            if text is None:
                continue
            try:
                src = source_from_doc(compose(text, name))
            except LoadError:
                continue
            old.sources[src.id] = src
            break
    return old


def utc(iso: str) -> str:
    """git's ISO date as the snapshot's UTC form ("2026-12-03T07:12:05Z")."""
    from datetime import UTC, datetime

    try:
        return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return ""
