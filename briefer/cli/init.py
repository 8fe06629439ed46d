"""``briefer init [DIR]``: make a folder a briefer workspace."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK

HELP = "make a folder a briefer workspace (sources/ and briefer.yaml)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("folder", nargs="?", default=".", help="the folder (default: this one)")


def run(args: argparse.Namespace) -> int:
    from ..template import init_workspace

    folder = Path(args.folder)
    created = init_workspace(folder)
    for path in created:
        print(f"created {path}")
    if not created:
        print(f"{folder}: already a briefer workspace; nothing changed")
    print(f"next: briefer {folder}  (open it; it offers to create a first brief)")
    return EXIT_OK
