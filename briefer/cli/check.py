"""``briefer check [BRIEF|WORKSPACE] [--format text|json] [--strict]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from ..checks import collect
from ..checks.finding import counts

HELP = "check briefs against analytic standards"


def add_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("target", nargs="?", default=".", help="a brief or a workspace (default .)")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--strict", action="store_true", help="exit 1 on warnings too")


def run(args: argparse.Namespace) -> int:
    return run_check(args.target, args.format, args.strict)


def run_check(
    target: str | Path = ".",
    fmt: str = "text",
    strict: bool = False,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Print the findings (text lines or a JSON list) on ``out`` and a summary on ``err``;
    return 1 if there is an error (or, with ``strict``, a warning), else 0."""
    out = out or sys.stdout
    err = err or sys.stderr
    findings, n_briefs = collect(target)
    if fmt == "json":
        json.dump([f.to_dict() for f in findings], out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for f in findings:
            out.write(f"{f}\n")
    errors, warnings = counts(findings)
    err.write(
        f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')} in "
        f"{_plural(n_briefs, 'brief')}\n"
    )
    return 1 if errors or (strict and warnings) else 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
