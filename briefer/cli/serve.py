"""``briefer serve [WORKSPACE | BRIEF] [--host H] [--port P]``: the TUI in a web browser.

textual-serve runs one ``briefer WORKSPACE`` process per browser tab, all on the same files;
a save never overwrites a brief another tab (or any program) changed meanwhile. Textual is
never imported here: the app runs in those child processes.
"""

from __future__ import annotations

import argparse
import errno
from pathlib import Path
from urllib.parse import urlsplit

from .common import EXIT_PROBLEMS, EXIT_USAGE, err

HELP = "the TUI in a web browser (one app per tab; listens on 127.0.0.1 unless told otherwise)"


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 1-65535, not {port}")
    return port


def _url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"not an http(s) URL: {value!r}")
    if parts.query or parts.fragment:
        raise argparse.ArgumentTypeError(f"no ?query or #fragment in the URL: {value!r}")
    if parts.path.strip("/"):
        # the page asks for downloads at /download/… of its origin, whatever the path
        raise argparse.ArgumentTypeError(
            f"briefer must be at the root of its address, not under a path: {value!r}"
        )
    return value.rstrip("/")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "workspace",
        nargs="?",
        help="workspace folder or a .brief.yaml file "
        "(default: this folder if it is a workspace, else the configured one)",
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; reach it from "
        "elsewhere with ssh -L 8000:localhost:8000 HOST). Any other address lets everyone "
        "who reaches the port edit the workspace: there is no login",
    )
    where.add_argument(
        "--socket",
        type=Path,
        metavar="PATH",
        help="listen on a Unix socket that only you can connect to, instead of a port (for "
        "shared servers: ssh -L 8000:PATH HOST, then http://localhost:8000)",
    )
    p.add_argument("--port", type=_port, default=8000, help="port to listen on (default 8000)")
    p.add_argument(
        "--public-url",
        type=_url,
        metavar="URL",
        help="the address browsers use, when it is not http://HOST:PORT (a reverse proxy "
        "that serves briefer at the root of its address, e.g. https://briefs.example.org)",
    )


def _target(args: argparse.Namespace) -> Path | None:
    from .. import config
    from ..workspace import find_workspace, is_workspace

    if args.workspace:
        target = Path(args.workspace)
    elif is_workspace(Path.cwd()):
        target = Path.cwd()
    else:
        cfg, _problems = config.load()
        if not cfg.workspace:
            return None
        target = Path(cfg.workspace).expanduser()
    find_workspace(target)  # a clear error now, not in every browser tab
    return target.resolve()


def run(args: argparse.Namespace) -> int:
    from ..servemode import app_command, is_loopback

    target = _target(args)
    if target is None:
        err(
            "briefer serve: this folder is not a workspace and no default workspace is "
            "configured.\n  Try: briefer serve PATH/TO/WORKSPACE"
        )
        return EXIT_USAGE
    try:
        from ..tui.webserve import BrieferServer
    except ImportError as e:
        err(f"briefer serve needs textual-serve ({e}).\n  Install it: pip install textual-serve")
        return EXIT_PROBLEMS
    sock: Path | None = args.socket.expanduser().absolute() if args.socket else None
    if sock is None and not is_loopback(args.host):
        err(
            f"briefer serve: warning: listening on {args.host}:{args.port}. Anyone who can "
            f"reach that port can open briefer and edit {target} (textual-serve has no login "
            "and no encryption).\n  Safer: the default --host 127.0.0.1, reached with "
            f"ssh -L {args.port}:localhost:{args.port} THIS_HOST"
        )
    server = BrieferServer(
        app_command(target),
        host=args.host,
        port=args.port,
        target=target,
        public_url=args.public_url,
        unix_socket=sock,
    )
    try:
        server.serve()
    except OSError as e:
        where = str(sock) if sock else f"{args.host}:{args.port}"
        if e.errno == errno.EADDRINUSE:
            reason = "another server is listening there" if sock else "the port is in use"
            reason += " (try --port)" if not sock else ""
        else:
            reason = e.strerror or str(e)
        err(f"briefer serve: cannot listen on {where}: {reason}")
        return EXIT_PROBLEMS
    return 0
