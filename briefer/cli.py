"""Command line. Headless commands never import Textual; only opening the TUI does."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .errors import BrieferError, LoadError, Problem
from .textutil import one_line, visible

COMMANDS = ("export", "check", "import", "new", "items", "paths")
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(visible(message), file=sys.stderr)


def _report(problems: Sequence[Problem]) -> None:
    for p in problems:
        _err(str(p))


# ------------------------------------------------------------------ parsers


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with a one-line hint, no traceback
        self.print_usage(sys.stderr)
        _err(f"{self.prog}: error: {message}")
        raise SystemExit(EXIT_USAGE)


def _tui_parser() -> argparse.ArgumentParser:
    p = _Parser(
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


def _command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="briefer")
    p.add_argument("--version", action="version", version=f"briefer {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    e = sub.add_parser("export", help="export a brief to Markdown, HTML, Typst or PDF")
    e.add_argument("brief", help="the .brief.yaml file")
    e.add_argument("-f", "--format", choices=("md", "html", "typst", "pdf"))
    e.add_argument("-o", "--output", help="output file (default: WORKSPACE/exports/SLUG.EXT)")
    e.add_argument("--theme", help="theme whose export stylesheet to use")
    e.add_argument("-v", "--verbose", action="store_true", help="timing on stderr")

    c = sub.add_parser("check", help="check briefs against analytic standards")
    c.add_argument("target", nargs="?", default=".", help="a brief or a workspace (default .)")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--strict", action="store_true", help="exit 1 on warnings too")

    i = sub.add_parser("import", help="turn a raw article into a draft source note")
    i.add_argument("file", help="the article (text, Markdown or HTML), or - for stdin")
    i.add_argument("-o", "--output", help="sources folder to write into (default ./sources)")
    i.add_argument("--id", help="id of the new source note (default: from the title)")

    n = sub.add_parser("new", help="create a brief from the standard template")
    n.add_argument("path", help="the new file (.brief.yaml is added when missing)")
    n.add_argument("--title", help="the brief's title (default: from the file name)")

    it = sub.add_parser("items", help="list or search the items of a workspace")
    it.add_argument("workspace", nargs="?", default=".")
    it.add_argument("--search", "-s", default="", help="words that must all match")
    it.add_argument("--kind", "-k", choices=("take", "quote", "figure"))
    it.add_argument("--json", action="store_true", help="a JSON list of items")

    sub.add_parser("paths", help="where config, themes, cache and data live")
    return p


# ----------------------------------------------------------------- commands


def cmd_items(args: argparse.Namespace) -> int:
    from .workspace import Workspace

    ws = Workspace.load(args.workspace)
    _report(ws.errors)
    hits = ws.search(args.search, args.kind)
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
            print(f"{h.ref}\t{h.item.kind}\t{one_line(h.item.text, 200)}")
    return EXIT_OK


def _grade(hit: object) -> str:
    from .model import admiralty

    return admiralty(hit.source, hit.item)  # type: ignore[attr-defined]


def cmd_check(args: argparse.Namespace) -> int:
    from .checks import run_check

    return run_check(args.target, args.format, args.strict)


def cmd_new(args: argparse.Namespace) -> int:
    from . import config
    from .schema import load_settings
    from .template import create_brief
    from .workspace import SETTINGS_FILE

    cfg, _ = config.load()
    target = Path(args.path)
    settings_file = target.parent / SETTINGS_FILE
    author, marking = cfg.author, cfg.marking
    if settings_file.is_file():
        try:
            s = load_settings(settings_file)
            author, marking = s.author or author, s.marking or marking
        except LoadError as e:
            _report(e.problems)
    created = create_brief(target, args.title, author, marking)
    print(created)
    return EXIT_OK


def cmd_paths(args: argparse.Namespace) -> int:
    from . import paths

    rows = [
        ("config file", paths.config_file()),
        ("user themes", paths.user_themes_dir()),
        ("bundled themes", paths.themes_dir()),
        ("cache", paths.cache_dir()),
        ("data", paths.data_dir()),
        ("sample workspace", paths.sample_workspace()),
    ]
    for name, value in rows:
        print(f"{name + ':':<18}{value}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .render import export_command

    return export_command(args)


def cmd_import(args: argparse.Namespace) -> int:
    from .extract import import_command

    return import_command(args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": cmd_export,
    "check": cmd_check,
    "import": cmd_import,
    "new": cmd_new,
    "items": cmd_items,
    "paths": cmd_paths,
}


def open_tui(args: argparse.Namespace) -> int:
    from . import config
    from .workspace import find_workspace, is_workspace

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
            _err(
                "briefer: this folder is not a workspace and no default workspace is "
                "configured.\n  Try: briefer --demo, briefer PATH/TO/WORKSPACE, or "
                "briefer new NAME in a new folder."
            )
            return EXIT_USAGE
    if target is not None:
        find_workspace(target)  # clear error before Textual starts
    from .tui.app import make_app

    app = make_app(target, demo=args.demo, config=cfg, config_problems=problems)
    app.run()
    return int(app.return_code or 0)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            return HANDLERS[args.command](args)
        return open_tui(_tui_parser().parse_args(argv))
    except BrieferError as e:
        _err(str(e))
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # a bug: say so plainly; the traceback only on request
        if os.environ.get("BRIEFER_DEBUG"):
            raise
        _err(
            f"briefer: internal error: {type(e).__name__}: {e}\n"
            "  Nothing was written. Run again with BRIEFER_DEBUG=1 to see the traceback, "
            "and please report it."
        )
        return EXIT_PROBLEMS


def run() -> None:
    sys.exit(main())
