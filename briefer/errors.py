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


MAX_PROBLEMS = 20  # per file: a file with 900,000 bad keys is 21 lines, not 900,000


class ProblemList(list[Problem]):
    """A list of problems that keeps the first ``limit`` and only counts the rest, so a
    file with 900,000 bad keys costs neither memory nor 900,000 messages."""

    def __init__(self, limit: int = MAX_PROBLEMS):
        super().__init__()
        self.limit = limit
        self.dropped = 0

    def append(self, problem: Problem) -> None:
        if len(self) < self.limit:
            super().append(problem)
        else:
            self.dropped += 1

    @property
    def full(self) -> bool:
        return len(self) >= self.limit


def capped(problems: list[Problem], limit: int = MAX_PROBLEMS) -> list[Problem]:
    """The problems in file order, at most ``limit`` per file, then one more per file
    saying how many were left out (counting those a ProblemList already dropped)."""
    ordered = sorted(problems, key=lambda p: (p.path, p.line, p.col))
    dropped = getattr(problems, "dropped", 0)
    out: list[Problem] = []
    extra: dict[str, int] = {}
    for p in ordered:
        shown = sum(1 for q in out[-limit:] if q.path == p.path)
        if shown < limit:
            out.append(p)
        else:
            extra[p.path] = extra.get(p.path, 0) + 1
    if dropped and ordered:
        extra[ordered[-1].path] = extra.get(ordered[-1].path, 0) + dropped
    for path, more in extra.items():
        last = max(i for i, p in enumerate(out) if p.path == path)
        out.insert(
            last + 1,
            Problem(
                path,
                out[last].line,
                out[last].col,
                f"… and {more:,} more problem{'s' if more != 1 else ''} in this file",
            ),
        )
    return out


class LoadError(BrieferError):
    """A file that could not be read; carries the problems found in it (at most
    MAX_PROBLEMS per file, then a line saying how many more there are)."""

    def __init__(self, problems: list[Problem]):
        self.problems = capped(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

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
