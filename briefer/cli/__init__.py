"""Command line: ``briefer COMMAND …`` and ``briefer [WORKSPACE]`` (the TUI).

Each command is one module of this package with ``HELP`` (one line), ``add_arguments(parser)``
and ``run(args) -> int``. Only the module of the command being run is imported, so headless
commands start fast and never import Textual (only :mod:`.tui` does). To add a command: write
its module here and add one line to ``COMMANDS``. The renderers, checks and extraction export
plain functions; argparse lives only in this package.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from ..errors import BrieferError
from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Parser, err

__all__ = ["COMMANDS", "EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "command", "main", "run"]

# command name -> module of this package (import is a keyword, hence import_)
COMMANDS: dict[str, str] = {
    "export": "export",
    "check": "check",
    "import": "import_",
    "import-refs": "import_refs",
    "new": "new",
    "items": "items",
    "paths": "paths",
    "snapshot": "snapshot",
    "diff": "diff",
    "serve": "serve",
    "init": "init",
    "sourcing": "sourcing",
}


def command(name: str) -> ModuleType:
    """The module that implements ``briefer NAME``."""
    return importlib.import_module(f".{COMMANDS[name]}", __name__)


def parser_for(name: str) -> Parser:
    module = command(name)
    parser = Parser(prog=f"briefer {name}", description=module.HELP)
    module.add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = parser_for(argv[0]).parse_args(argv[1:])
            return int(command(argv[0]).run(args))
        from . import tui

        return tui.run(tui.parser().parse_args(argv))
    except BrieferError as e:
        err(str(e))
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # a bug: say so plainly; the traceback only on request
        if os.environ.get("BRIEFER_DEBUG"):
            raise
        err(
            f"briefer: internal error: {type(e).__name__}: {e}\n"
            "  Nothing was written. Run again with BRIEFER_DEBUG=1 to see the traceback, "
            "and please report it."
        )
        return EXIT_PROBLEMS


def run() -> None:
    sys.exit(main())
