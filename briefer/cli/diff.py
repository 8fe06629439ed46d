"""``briefer diff BRIEF [SNAP_A] [SNAP_B] [--format text|json|md]``: what changed between
two editions of a brief, read as an outline (moves, rewording, confidence, figures…)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BrieferError
from .common import EXIT_OK, open_brief
from .snapshot import list_history

if TYPE_CHECKING:
    from .. import model as m
    from ..editions.snapshot import Snapshot
    from ..workspace import Workspace

HELP = "what changed in a brief between two snapshots (default: the last one and now)"
EPILOG = """\
A snapshot is named by its file name (or the start of it) in .briefer/snapshots/BRIEF/,
a path to a snapshot file, 'last' (the newest), '~N' (N before the newest),
'last-edition' (the newest taken at an export), 'git:REV' (the brief and its cited
notes as committed in REV, e.g. git:HEAD~1) or 'now' (the brief as it is).
One name compares that snapshot with now; none compares the last snapshot with now."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    # "briefer diff BRIEF -f json A B": options between the names, as people type them
    # (plain parse_args gives optional positionals their values before the first option)
    p.parse_args = p.parse_intermixed_args  # type: ignore[method-assign]
    p.epilog = EPILOG
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("brief", help="the .brief.yaml file")
    p.add_argument("old", nargs="?", help="the older snapshot (default: last)")
    p.add_argument("new", nargs="?", help="the newer one (default: now)")
    p.add_argument("--format", "-f", choices=("text", "json", "md"), default="text")
    p.add_argument("--list", action="store_true", help="list the snapshots and git commits")


def run(args: argparse.Namespace) -> int:
    from ..editions.diff import diff
    from ..editions.report import FORMATTERS

    ws, brief, path = open_brief(args.brief)
    if args.list:
        return list_history(path)
    old = pick(ws, brief, path, args.old or "last")
    new = pick(ws, brief, path, args.new or "now")
    sys.stdout.write(FORMATTERS[args.format](diff(old, new)))
    return EXIT_OK


def pick(ws: Workspace, brief: m.Brief, path: Path, name: str) -> Snapshot:
    """The snapshot ``name`` stands for (see EPILOG)."""
    from ..editions import gitinfo
    from ..editions.snapshot import current, find_snapshot

    if name == "now":
        return current(ws, brief, path)
    if name.startswith("git:"):
        if gitinfo.repo_root(path) is None:
            raise BrieferError(f"{path.parent}: not in a git repository, so {name} means nothing")
        return gitinfo.snapshot_at(ws, path, name[4:])
    return find_snapshot(path, name)
