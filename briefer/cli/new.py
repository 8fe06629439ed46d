"""``briefer new PATH [--title T]``: a new brief from the standard template."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import LoadError
from .common import EXIT_OK, report

HELP = "create a brief from the standard template"


def add_arguments(n: argparse.ArgumentParser) -> None:
    n.add_argument("path", help="the new file (.brief.yaml is added when missing)")
    n.add_argument("--title", help="the brief's title (default: from the file name)")


def run(args: argparse.Namespace) -> int:
    from .. import config
    from ..schema import load_settings
    from ..template import create_brief
    from ..workspace import SETTINGS_FILE

    cfg, _ = config.load()
    target = Path(args.path)
    settings_file = target.parent / SETTINGS_FILE
    author, marking = cfg.author, cfg.marking
    if settings_file.is_file():
        try:
            s = load_settings(settings_file)
            author, marking = s.author or author, s.marking or marking
        except LoadError as e:
            report(e.problems)
    created = create_brief(target, args.title, author, marking)
    print(created)
    return EXIT_OK
