"""``briefer snapshot BRIEF [-m NOTE] [--list]``: a dated copy of the brief and the text of
the items it cites, in ``.briefer/snapshots/<brief>/`` beside it."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..textutil import one_line
from .common import EXIT_OK, err, open_brief, report

HELP = "snapshot a brief and the items it cites (--list: its snapshots and git commits)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("brief", help="the .brief.yaml file")
    p.add_argument("-m", "--message", default="", help="a note naming the snapshot")
    p.add_argument(
        "--list",
        action="store_true",
        help="list the brief's snapshots, newest first (and its git commits), take none",
    )


def list_history(brief_path: Path) -> int:
    from ..editions import gitinfo
    from ..editions.snapshot import list_snapshots, snapshot_dir

    snaps, problems = list_snapshots(brief_path)
    report(problems)
    if not snaps:
        print(f"no snapshots of {brief_path.name} yet (in {snapshot_dir(brief_path)})")
    for s in snaps:
        print(f"{s.name}  {one_line(s.label)}")
    found = gitinfo.commits(brief_path)
    if found:
        print(f"\ngit commits of {brief_path.name} (compare with `briefer diff BRIEF git:REV`):")
        for c in found:
            print(f"git:{c.short}  {one_line(c.label)}")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from ..editions.snapshot import take_snapshot

    ws, brief, path = open_brief(args.brief)
    if args.list:
        return list_history(path)
    snap = take_snapshot(ws, brief, path, note=args.message)
    missing = [
        str(e.ref)
        for sec in brief.sections
        for e in sec.entries
        if e.ref is not None and snap.lookup(e.ref) is None
    ]
    if missing:
        err(
            f"briefer: note: {len(missing)} cited item(s) not in the workspace, kept as"
            f" references only: {', '.join(dict.fromkeys(missing))}"
        )
    print(snap.path)
    return EXIT_OK
