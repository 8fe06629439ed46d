"""``briefer [WORKSPACE | BRIEF] [--demo]``: open the TUI (the only command that imports
Textual)."""

from __future__ import annotations

import argparse
import gc
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
    # No cyclic GC during the start: the imports and the first frame make long-lived
    # objects and little garbage, and the collections cost ~0.04 s CPU before the first
    # frame (#18). The app turns it back on after its first frame and load.
    gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    from .. import config
    from ..layout import is_workspace

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
                "configured.\n  Try: briefer --demo (a copy of the sample), briefer "
                "PATH/TO/WORKSPACE, or briefer init to make this folder one."
            )
            return EXIT_USAGE
    if target is not None and not _workspace_or_offer(target):
        return EXIT_USAGE
    from ..tui.app import make_app

    app = make_app(target, demo=args.demo, config=cfg, config_problems=problems)
    run_app(app)
    return int(app.return_code or 0)


STOP_SIGNALS = ("SIGTERM", "SIGHUP")
EXIT_GRACE_SECONDS = 5.0


def run_app(app: object) -> None:
    """Run the Textual ``app`` so that SIGTERM and SIGHUP end it the way ctrl+q does: the
    terminal leaves the alternate screen with mouse tracking off and echo back, instead of
    needing ``reset``. Before exiting, the app's ``save_recovery()`` (when it has one) writes
    edits that exist only in memory to a recovery record (:mod:`briefer.recovery`). The exit
    status is 128 + the signal number. A second signal stops at once, and so does a clean exit
    that has not finished after a few seconds (after a hangup the terminal is gone and
    Textual's writer can wait on it for ever)."""
    import asyncio
    import os
    import signal
    import threading

    loop = asyncio.new_event_loop()
    received: list[int] = []

    def on_signal(signum: int) -> None:
        if received:  # asked twice: stop now, whatever state the app is in
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        received.append(signum)
        save = getattr(app, "save_recovery", None)
        if callable(save):
            try:
                save()
            except Exception as e:  # noqa: BLE001 - exiting cleanly matters more here
                err(f"briefer: could not write the recovery record: {e}")
        watchdog = threading.Timer(EXIT_GRACE_SECONDS, os._exit, (128 + signum,))
        watchdog.daemon = True
        watchdog.start()
        app.exit(return_code=128 + signum)  # type: ignore[attr-defined]

    handled = [getattr(signal, name) for name in STOP_SIGNALS if hasattr(signal, name)]
    for signum in handled:
        try:
            loop.add_signal_handler(signum, on_signal, signum)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
            pass
    try:
        app.run(loop=loop)  # type: ignore[attr-defined]
    finally:
        for signum in handled:
            try:
                loop.remove_signal_handler(signum)
            except (NotImplementedError, RuntimeError, ValueError):
                pass
        loop.close()


def _workspace_or_offer(target: Path) -> bool:
    """True when ``target`` is a workspace (or a brief in one). A folder that is not one is
    offered to be made one when a person is at the terminal; otherwise the error says how."""
    import sys

    from ..errors import BrieferError
    from ..layout import NotAWorkspace, find_workspace

    try:
        find_workspace(target)  # clear error before Textual starts
        return True
    except NotAWorkspace as e:
        if not target.is_dir():
            raise
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            err(f"{e}\n  Make it one with: briefer init {target}")
            return False
        answer = input(
            f"{target} is not a briefer workspace. Make it one here (sources/ and "
            "briefer.yaml)? [y/N] "
        )
    if answer.strip().lower() not in ("y", "yes"):
        err(f"nothing changed; later: briefer init {target}")
        return False
    from ..template import init_workspace  # the YAML stack: only to make a workspace

    try:
        for path in init_workspace(target):
            print(f"created {path}")
    except BrieferError as e:
        err(str(e))
        return False
    return True
