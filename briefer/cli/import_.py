"""``briefer import FILE|- [-o SOURCES_DIR] [--id ID]``: a raw article → a draft note."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import BrieferError
from ..extract import extract, read_input, summary, write_note
from .common import EXIT_USAGE

HELP = "turn a raw article into a draft source note"


def add_arguments(i: argparse.ArgumentParser) -> None:
    i.add_argument("file", help="the article (text, Markdown, HTML, PDF or DOCX), or - for stdin")
    i.add_argument("-o", "--output", help="sources folder to write into (default ./sources)")
    i.add_argument("--id", help="id of the new source note (default: from the title)")
    i.add_argument(
        "--refs",
        action="store_true",
        help="FILE is a reference library (CSL JSON or BibTeX): the same as briefer import-refs",
    )


def run(args: argparse.Namespace) -> int:
    """``briefer import FILE|- [-o SOURCES_DIR] [--id ID]``."""
    if getattr(args, "refs", False):
        from . import import_refs

        if args.id or args.file == "-":
            print("briefer import: error: --refs takes a file, and no --id", file=sys.stderr)
            return EXIT_USAGE
        refs_args = argparse.Namespace(
            file=args.file, output=args.output, format=None, dry_run=False, add_annotations=False
        )
        return import_refs.run(refs_args)
    try:
        text = read_input(args.file)
        name = None if args.file == "-" else args.file
        try:
            source = extract(text, name=name)
        except (
            ValueError,
            IndexError,
            KeyError,
            AttributeError,
            TypeError,
            RecursionError,
        ) as e:  # a bug here must not become a traceback
            raise BrieferError(
                f"{args.file}: could not read the article ({type(e).__name__}: "
                f"{e}); please report this with the file"
            ) from None
        folder = Path(args.output) if getattr(args, "output", None) else Path("sources")
        path = write_note(
            source, folder, getattr(args, "id", None), exact=bool(getattr(args, "id", None))
        )
    except BrieferError as e:
        print(f"briefer import: {e}", file=sys.stderr)
        return 1
    print(path)
    print(summary(source))
    return 0
