"""What every command shares: the argument parser, exit codes, messages on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import Problem
from ..textutil import visible

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def err(message: str) -> None:
    """A message on stderr, control characters made visible."""
    print(visible(message), file=sys.stderr)


def report(problems: Sequence[Problem]) -> None:
    for p in problems:
        err(str(p))


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # exit 2, no traceback
        self.print_usage(sys.stderr)
        err(f"{self.prog}: error: {message}")
        raise SystemExit(EXIT_USAGE)
