"""``briefer [WORKSPACE | BRIEF] [--demo]``: open the TUI (the only command that imports
Textual)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import __version__
from .common import EXIT_USAGE, Parser, err


def parser() -> Parser:
    from . import COMMANDS

    p = Parser(
        prog="briefer",
        description="Build analytic briefs from source notes, in the terminal.",
        epilog="commands: " + ", ".join(COMMANDS) + " (briefer COMMAND --help for each)",
    )
    p.add_argument(
        "workspace",
        nargs="?",
        help="workspace folder or a .brief.yaml file "
        "(default: this folder if it is a workspace, else the configured one)",
    )
    p.add_argument(
        "--demo", action="store_true", help="open a temporary copy of the sample workspace"
    )
    p.add_argument("--version", action="version", version=f"briefer {__version__}")
    return p


def run(args: argparse.Namespace) -> int:
    from .. import config
    from ..workspace import find_workspace, is_workspace

    cfg, problems = config.load()
    target: Path | None = Path(args.workspace) if args.workspace else None
    if args.demo:
        target = None
    elif target is None:
        if is_workspace(Path.cwd()):
            target = Path.cwd()
        elif cfg.workspace:
            target = Path(cfg.workspace).expanduser()
        else:
            err(
                "briefer: this folder is not a workspace and no default workspace is "
                "configured.\n  Try: briefer --demo, briefer PATH/TO/WORKSPACE, or "
                "briefer new NAME in a new folder."
            )
            return EXIT_USAGE
    if target is not None:
        find_workspace(target)  # clear error before Textual starts
    from ..tui.app import make_app

    app = make_app(target, demo=args.demo, config=cfg, config_problems=problems)
    app.run()
    return int(app.return_code or 0)
