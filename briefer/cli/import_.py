"""``briefer import FILE|- [-o SOURCES_DIR] [--id ID] [--update|--new]``: a raw article →
a draft note (or, with --update, the refreshed note it already is)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import BrieferError
from ..extract import extract, read_input, summary, write_note
from ..extract.update import find_existing, update_note
from .common import EXIT_USAGE

HELP = "turn a raw article into a draft source note"


def add_arguments(i: argparse.ArgumentParser) -> None:
    i.add_argument("file", help="the article (text, Markdown, HTML, PDF or DOCX), or - for stdin")
    i.add_argument("-o", "--output", help="sources folder to write into (default ./sources)")
    i.add_argument("--id", help="id of the new source note (default: from the title)")
    again = i.add_mutually_exclusive_group()
    again.add_argument(
        "--update",
        action="store_true",
        help="the article is a note already: refresh that note's body and add the items its "
        "new text has (its grades, markings and edited items are kept)",
    )
    again.add_argument(
        "--new",
        action="store_true",
        help="import it as a new note even if the same article (URL or text) is a note already",
    )
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
        existing = None if getattr(args, "new", False) else find_existing(source, folder)
        if getattr(args, "update", False):
            if existing is None:
                raise BrieferError(
                    f"{args.file}: no note in {folder} has this article's URL or text; "
                    "import it without --update"
                )
            kept, added = update_note(existing[0], source)
            print(existing[0])
            print(f"updated: {kept} items kept as they were, {added} new")
            return 0
        if existing is not None:
            raise BrieferError(
                f"{args.file}: this article is already the note {existing[0]} "
                f"({existing[1]}); run again with --update to refresh that note, "
                "or with --new to import it as another note"
            )
        if not source.title:
            source.title = "Untitled"
            print(
                f"briefer import: {args.file}: no headline found; the title is 'Untitled': "
                "give the note its title",
                file=sys.stderr,
            )
        path = write_note(
            source, folder, getattr(args, "id", None), exact=bool(getattr(args, "id", None))
        )
    except BrieferError as e:
        print(f"briefer import: {e}", file=sys.stderr)
        return 1
    print(path)
    print(summary(source))
    return 0
