"""``briefer sourcing BRIEF [--audience TLP:LEVEL] [--insert]``: the drafted source summary
statement (ICD 206): sources by type and grade, oldest and newest, key judgments resting on
one source, figures on which sources agree or differ."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BrieferError
from .common import EXIT_OK, EXIT_PROBLEMS, err, open_brief
from .export import audience_level

if TYPE_CHECKING:
    from ..workspace import Workspace

HELP = "print the drafted source summary statement of a brief (ICD 206)"
SECTION = "Sourcing"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("brief", help="the .brief.yaml file")
    p.add_argument(
        "--audience",
        type=audience_level,
        metavar="TLP:LEVEL",
        help="count only what readers at this TLP level get (as export --audience does)",
    )
    p.add_argument(
        "--insert",
        action="store_true",
        help=f"add the statement to the brief as a prose entry in a new '{SECTION}' section "
        "(to edit like any prose) instead of printing it",
    )


def run(args: argparse.Namespace) -> int:
    from ..document import resolve
    from ..tradecraft.audience import for_audience
    from ..tradecraft.sourcing import statement, summarize

    try:
        ws, brief, brief_path = open_brief(args.brief)
        doc = resolve(ws, brief, brief_path)
        if args.audience:
            doc, _ = for_audience(doc, args.audience)
        text = statement(summarize(ws, doc))
        if args.insert:
            return _insert(ws, brief_path, text)
    except BrieferError as e:
        err(str(e))
        return EXIT_PROBLEMS
    sys.stdout.write(text + "\n")
    return EXIT_OK


def _insert(ws: Workspace, brief_path: Path, text: str) -> int:
    """Append a "Sourcing" section holding the statement; refuse when there is one. The
    edit goes through the session, as in the TUI (saved never over a changed file)."""
    from ..session import BriefSession
    from ..tradecraft.sourcing import SectionExists, insert_statement

    session = BriefSession(ws)
    session.open(brief_path)
    try:
        session.edit(lambda outline: insert_statement(outline, text))
    except SectionExists as e:
        err(f"{brief_path}:{e.line}:1: {e}")
        return EXIT_PROBLEMS
    session.save()  # a SaveError (changed on disk, read-only) is reported by run()
    print(f"{brief_path}: added the '{SECTION}' section")
    return EXIT_OK
