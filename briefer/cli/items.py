"""``briefer items [WORKSPACE] [--search Q] [--kind take|quote|figure] [--json]``."""

from __future__ import annotations

import argparse
import json
import sys

from ..textutil import one_line
from .common import EXIT_OK, report

HELP = "list or search the items of a workspace"


def add_arguments(it: argparse.ArgumentParser) -> None:
    it.add_argument("workspace", nargs="?", default=".")
    it.add_argument(
        "--search",
        "-s",
        default="",
        help="words that must all match; items matching by their own text come first, items"
        " that match only through their note's title, id or tags last, marked",
    )
    it.add_argument("--kind", "-k", choices=("take", "quote", "figure"))
    it.add_argument("--json", action="store_true", help="a JSON list of items")


def run(args: argparse.Namespace) -> int:
    from ..workspace import Workspace

    ws = Workspace.load(args.workspace)
    report(ws.errors)
    own, note = ws.search_split(args.search, args.kind)  # own-text matches first
    hits = own + note
    through_note = {id(h) for h in note}
    if args.json:
        rows = []
        for h in hits:
            row = {
                "ref": h.ref,
                "kind": h.item.kind,
                "text": h.item.text,
                "source": h.source.id,
                "source_title": h.source.title,
                "grade": _grade(h),
            }
            if args.search.split():
                # "note": only the note's title, id or tags hold the words, not the item
                row["match"] = "note" if id(h) in through_note else "item"
            for key in (
                "speaker",
                "role",
                "value",
                "qualifier",
                "unit",
                "subject",
                "as_of",
                "attribution",
            ):
                if getattr(h.item, key, None) is not None:
                    row[key] = getattr(h.item, key)
            rows.append(row)
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for h in hits:
            mark = "\t(note matches)" if id(h) in through_note else ""
            print(f"{h.ref}\t{h.item.kind}\t{one_line(h.item.text, 200)}{mark}")
    return EXIT_OK


def _grade(hit: object) -> str:
    from ..model import admiralty

    return admiralty(hit.source, hit.item)  # type: ignore[attr-defined]
