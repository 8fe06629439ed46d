"""Error types. Every problem with user input knows its file, line and column."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class BrieferError(Exception):
    """Base of every error briefer reports to the user (never shown as a traceback)."""


@dataclass(slots=True)
class Problem:
    """One problem in one file, at a 1-based line and column."""

    path: str
    line: int
    col: int
    message: str
    context: str | None = None  # the offending line, quoted under the message

    def __str__(self) -> str:
        head = f"{self.path}:{self.line}:{self.col}: {self.message}"
        if self.context is None:
            return head
        shown = self.context.expandtabs(1)
        if len(shown) > 200:
            start = max(0, self.col - 80)
            shown = ("…" if start else "") + shown[start : start + 160] + "…"
            caret_at = self.col - start + (1 if start else 0)
        else:
            caret_at = self.col
        shown = "".join(ch if ch.isprintable() else "\N{REPLACEMENT CHARACTER}" for ch in shown)
        return f"{head}\n    {shown}\n    {' ' * max(0, caret_at - 1)}^"


class LoadError(BrieferError):
    """A file that could not be read; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.path, p.line, p.col))
        super().__init__("\n".join(str(p) for p in problems))

    @property
    def path(self) -> str:
        return self.problems[0].path


class SaveError(BrieferError):
    """A save that did not happen. The file on disk is unchanged."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: could not save: {reason}")


class ChangedOnDisk(SaveError):
    """The file changed on disk since it was read; saving would overwrite someone's work."""

    def __init__(self, path: str | Path, reason: str = "it changed on disk since it was read"):
        super().__init__(path, reason)


class UsageError(BrieferError):
    """Bad command-line use (exit status 2)."""
