"""``briefer export BRIEF [-f FORMAT] [-o PATH] [--theme NAME] [--pdf-a] [--strict] [-v]``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BrieferError
from ..render import (
    FORMAT_ALIASES,
    FORMATS,
    ExportError,
    check_theme,
    export_brief,
    output_format,
)
from ..textutil import visible

if TYPE_CHECKING:
    from ..tradecraft.audience import Omission
from .common import EXIT_USAGE, open_brief

HELP = "export a brief to " + ", ".join(FORMATS)


def add_arguments(e: argparse.ArgumentParser) -> None:
    e.add_argument("brief", help="the .brief.yaml file")
    e.add_argument(
        "-f",
        "--format",
        type=format_name,
        metavar="{" + ",".join(FORMATS) + "}",
        help="the format (default: from -o's suffix, else md)",
    )
    e.add_argument(
        "-o",
        "--output",
        help="output file, or - for standard output (default: WORKSPACE/exports/SLUG.EXT); "
        "an existing file is replaced only if it is a regular file",
    )
    e.add_argument("--theme", help="theme whose export stylesheet to use")
    e.add_argument(
        "--audience",
        type=audience_level,
        metavar="TLP:LEVEL",
        help="release to readers at this TLP level (CLEAR, GREEN, AMBER, AMBER+STRICT, RED): "
        "portions marked above it are left out and listed on stderr",
    )
    e.add_argument(
        "--pdf-a",
        action="store_true",
        help="PDF: PDF/A-2b for records retention besides PDF/UA-1 (as pdf_standard: a-2b)",
    )
    e.add_argument(
        "--strict",
        action="store_true",
        help="PDF: characters no installed font has are an error (default: a warning)",
    )
    e.add_argument("-v", "--verbose", action="store_true", help="timing on stderr")


def format_name(text: str) -> str:
    """``-f`` value → format name: case-insensitive, with the obvious aliases."""
    name = FORMAT_ALIASES.get(text.lower(), text.lower())
    if name not in FORMATS:
        raise argparse.ArgumentTypeError(
            f"unknown format {text!r} (choose from {', '.join(FORMATS)})"
        )
    return name


def audience_level(text: str) -> str:
    """``--audience`` value → a TLP marking (``green`` → ``TLP:GREEN``)."""
    from ..tradecraft.audience import AudienceError, level

    try:
        return level(text)
    except AudienceError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def run(args: argparse.Namespace) -> int:
    """``briefer export BRIEF [-f FORMAT] [-o PATH] [--theme NAME] [-v]``."""
    verbose = bool(getattr(args, "verbose", False))
    start = time.perf_counter()
    try:
        fmt = output_format(args.format, args.output)
    except ExportError as e:  # -f and -o disagree, or -o's suffix names no format
        print(f"briefer export: error: {visible(str(e))}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.theme is not None:
            check_theme(args.theme)
            if fmt != "html":
                print("briefer: note: --theme only styles HTML exports", file=sys.stderr)
        ws, brief, brief_path = open_brief(args.brief)
        pdf_only = [o for o in ("pdf_a", "strict") if getattr(args, o, False)]
        if pdf_only and fmt != "pdf":
            flags = " and ".join("--" + o.replace("_", "-") for o in pdf_only)
            print(f"briefer: note: {flags} only apply to PDF exports", file=sys.stderr)
        if getattr(args, "pdf_a", False):
            brief.pdf_standard = "a-2b"  # this export only; the brief file is not changed
        loaded = time.perf_counter()
        audience = getattr(args, "audience", None)
        left_out: list[Omission] = []
        warnings: list[str] = []
        path = export_brief(
            ws,
            brief,
            brief_path,
            fmt,
            args.output,
            args.theme if fmt == "html" else None,
            audience=audience,
            left_out=left_out,
            warnings=warnings,
            strict_fonts=bool(getattr(args, "strict", False)),
        )
    except BrieferError as e:
        print(visible(str(e)), file=sys.stderr)
        return 1
    done = time.perf_counter()
    if verbose:
        print(
            f"briefer: loaded {len(ws.sources)} sources in {(loaded - start) * 1000:.0f} ms; "
            f"rendered and wrote {fmt} in {(done - loaded) * 1000:.0f} ms",
            file=sys.stderr,
        )
    for warning in warnings:  # e.g. scripts no installed font has (PDF)
        print(f"briefer: warning: {visible(warning)}", file=sys.stderr)
    if audience:
        _report(audience, left_out, brief_path)
    if str(path) != "-":  # -o -: the export itself went to standard output
        print(path)
    return 0


def _report(audience: str, left_out: list[Omission], brief_path: Path) -> None:
    """What an audience export left out, one ``path:line:col: …`` line each, on stderr."""
    from ..tradecraft.audience import report

    lines = report(audience, left_out, str(brief_path))
    print("briefer: " + "\n".join(visible(line) for line in lines), file=sys.stderr)
