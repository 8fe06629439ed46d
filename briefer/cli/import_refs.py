"""``briefer import-refs FILE [-o SOURCES_DIR] [--format csl|bibtex] [--dry-run]
[--add-annotations]``: references → source notes, re-import safe."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import BrieferError, LoadError
from ..textutil import visible
from .common import EXIT_OK, EXIT_PROBLEMS, err, report

HELP = "create or update source notes from CSL JSON (Zotero) or BibTeX references"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="a CSL JSON (.json) or BibTeX/BibLaTeX (.bib) file")
    p.add_argument("-o", "--output", help="sources folder to write into (default ./sources)")
    p.add_argument(
        "--format",
        choices=("csl", "bibtex"),
        help="the file's format (default: from the suffix, else from its first character)",
    )
    p.add_argument(
        "-n",
        "--dry-run",
        action="store_true",
        help="show what would change (a diff); write nothing",
    )
    p.add_argument(
        "--add-annotations",
        action="store_true",
        help="also add annotations that match no item to notes that already exist",
    )


def run(args: argparse.Namespace) -> int:
    from ..refs import apply, plan, read_references, summary

    folder = Path(args.output) if args.output else Path("sources")
    if folder.exists() and not folder.is_dir():
        err(f"briefer import-refs: {folder}: exists and is not a folder")
        return EXIT_PROBLEMS
    try:
        refs, problems = read_references(Path(args.file), args.format)
    except LoadError as e:
        report(e.problems)
        return EXIT_PROBLEMS
    report(problems)
    changes = plan(refs, folder, add_annotations=args.add_annotations)
    out = sys.stdout
    for ch in changes:
        where = f"{args.file}:{ch.ref.line}:1"
        if ch.action == "skip":
            err(f"{where}: {visible(ch.ref.key)}: skipped: {visible(ch.reason)}")
        elif args.dry_run and ch.action in ("new", "update"):
            out.write(visible(ch.diff()))
        elif ch.action == "new":
            print(f"new      {ch.path}")
        elif ch.action == "update":
            print(f"updated  {ch.path} ({', '.join(ch.fields) or 'items'})")
    if not args.dry_run:
        try:
            apply(changes)
        except BrieferError as e:
            err(f"briefer import-refs: {e}")
            return EXIT_PROBLEMS
    print(summary(changes) + ("; dry run, nothing written" if args.dry_run else ""))
    skipped = any(ch.action == "skip" for ch in changes)
    unread = any(not p.message.startswith("warning:") for p in problems)
    return EXIT_PROBLEMS if (skipped or unread) else EXIT_OK
