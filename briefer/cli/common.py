"""What every command shares: the argument parser, exit codes, messages on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BrieferError, Problem
from ..textutil import visible

if TYPE_CHECKING:
    from .. import model as m
    from ..workspace import Workspace

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def err(message: str) -> None:
    """A message on stderr, control characters made visible."""
    print(visible(message), file=sys.stderr)


def report(problems: Sequence[Problem]) -> None:
    for p in problems:
        err(str(p))


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # exit 2, no traceback
        self.print_usage(sys.stderr)
        err(f"{self.prog}: error: {message}")
        raise SystemExit(EXIT_USAGE)


def open_brief(brief_arg: str) -> tuple[Workspace, m.Brief, Path]:
    """The brief named on the command line (read strictly) and its workspace (the brief's
    folder; an empty one when that is not a workspace). Raises BrieferError."""
    from ..schema import load_brief
    from ..workspace import BRIEF_SUFFIX, NotAWorkspace, Workspace

    path = Path(brief_arg)
    if path.is_dir():
        raise BrieferError(f"{path}: is a folder; name a {BRIEF_SUFFIX} file")
    if not path.exists():  # a FIFO or device is read by load_brief, which says what it is
        raise BrieferError(f"{path}: no such file")
    brief, _ = load_brief(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        ws = Workspace.load(folder)
    except NotAWorkspace:
        ws = Workspace(folder)
    return ws, brief, path
