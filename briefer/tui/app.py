"""The briefer app and its one factory, ``make_app`` (used by the CLI and the tests)."""

from __future__ import annotations

import gc
import os
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel

from .. import model as m
from .. import paths
from ..errors import BrieferError, LoadError, Problem
from ..template import create_brief
from ..textutil import visible
from ..workspace import BRIEF_SUFFIX, Workspace, find_workspace
from . import demo as demo_copy
from .app_comforts import AppComforts
from .checking import Checker
from .following import FollowDisk
from .palette import BrieferCommands
from .screens.briefs import NewBriefDialog, OpenBriefDialog
from .screens.dialogs import ChoiceDialog
from .screens.export import ExportDialog
from .screens.main import MainScreen
from .screens.preview import PreviewScreen, for_viewer
from .session import BriefSession
from .theming import install as install_themes


def _problems_text(problems: Sequence[Problem], limit: int = 3) -> str:
    shown = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        shown.append(f"… and {len(problems) - limit} more (briefer check lists them all)")
    return visible("\n".join(shown))


class BrieferApp(AppComforts, FollowDisk, App[None]):
    """| key | action |
    |---|---|
    | ctrl+q | quit (asks when a change is not saved) |
    | ctrl+t | theme (remembered in the config file) |
    | ctrl+p | command palette |
    """

    CSS_PATH = "app.tcss"
    TITLE = "briefer"
    COMMANDS = App.COMMANDS | {BrieferCommands}
    BINDINGS = [
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            id="quit",
            priority=True,
            tooltip="quit (asks when a change is not saved)",
        ),
        Binding(
            "ctrl+t",
            "pick_theme",
            "Theme",
            id="theme",
            show=False,
            tooltip="switch theme (applies at once, remembered)",
        ),
    ]

    def __init__(
        self,
        root: Path,
        brief: Path | None = None,
        *,
        config: m.Config | None = None,
        config_problems: Sequence[Problem] = (),
        demo_dir: Path | None = None,
    ) -> None:
        # NO_COLOR: Textual picks its colour filter here, before our theme is set. Asking
        # for native ANSI colours makes it strip every colour (text in the terminal's own
        # foreground and background) instead of greying them, which turned the ANSI
        # console theme into black on black.
        super().__init__(ansi_color=True if os.environ.get("NO_COLOR") is not None else None)
        self.config = config or m.Config()
        self.config_problems = list(config_problems)
        self.demo_dir = demo_dir
        self.demo_files: demo_copy.Manifest = {}  # the demo copy as made (make_app sets it)
        self.first_frame_at: float | None = None
        line, col = self.config.pos.get("theme", (1, 1))
        self.theme_messages = install_themes(
            self, self.config.theme, f"{paths.config_file()}:{line}:{col}"
        )
        self.ws = Workspace.load(root)
        # The library lives as long as the app: keep the cycle collector from walking its
        # objects on every full collection (a 75,000-item library made that ~200 ms).
        gc.freeze()
        self.session: BriefSession | None = None
        self.checker = Checker(self)  # findings of the open brief, refreshed after each change
        self.startup_problems: list[Problem] = []
        candidates = [brief] if brief is not None else self.ws.brief_paths()[:1]
        for path in candidates:
            try:
                self.session = BriefSession.open(path)
            except LoadError as e:
                self.startup_problems = e.problems
            except OSError as e:
                self.startup_problems = [Problem(str(path), 1, 1, e.strerror or str(e))]

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification is plain text: messages quote file names, headings and
        problems from the user's files, and ``[bold]`` there must show as typed. (Widgets'
        and screens' notify() come here too.)"""
        super().notify(
            visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False
        )

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the app; afterwards (terminal restored) remove the demo copy unless the user
        changed files in it, then its path is printed on stderr."""
        try:
            return super().run(*args, **kwargs)
        finally:
            self.finish_demo()

    def finish_demo(self) -> None:
        if self.demo_dir is not None:
            demo_copy.finish(self.demo_dir, self.demo_files)

    def get_default_screen(self) -> MainScreen:
        return MainScreen(id="main")

    @property
    def main(self) -> MainScreen:
        return self.get_screen("main") if self.is_screen_installed("main") else self.screen_stack[0]

    def on_ready(self) -> None:
        self.first_frame_at = time.perf_counter()  # for the benchmark

    def on_mount(self) -> None:
        if self.no_color:
            self.add_class("-no-color")
        self.start_following_disk()  # the library follows source notes changed on disk
        if self.theme_messages:
            self.notify(
                visible("Themes:\n" + "\n".join(self.theme_messages[:3])),
                severity="warning",
                timeout=8,
            )
        if self.demo_dir is not None:
            self.notify(
                visible(
                    f"Demo: a temporary copy of the sample workspace in "
                    f"{self.demo_dir} (removed when you quit, unless you "
                    "changed files in it)"
                ),
                timeout=6,
            )
        if self.config_problems:
            self.notify(
                "Problems in your config file (defaults used):\n"
                + _problems_text(self.config_problems),
                severity="warning",
                timeout=10,
            )
        if self.ws.errors:
            self.notify(
                f"{len(self.ws.errors)} problem(s) in the workspace's files:\n"
                + _problems_text(self.ws.errors),
                severity="warning",
                timeout=10,
            )
        if self.startup_problems:
            self.notify(
                "The brief cannot be opened:\n" + _problems_text(self.startup_problems),
                severity="error",
                timeout=15,
            )
        elif self.session is None:
            self.call_after_refresh(
                self.action_new_brief, "This workspace has no brief yet. Create one?"
            )

    # --------------------------------------------------------- opening briefs
    def _unsaved_then(self, then: Callable[[], None], verb: str) -> None:
        """Run ``then`` unless a change is unsaved; then ask first."""
        s = self.session
        if s is not None and s.dirty:
            try:
                s.save()  # maybe the disk is back; never over a changed file
            except BrieferError:
                pass
        if s is None or not s.dirty:
            then()
            return

        def done(choice: str | None) -> None:
            if choice == "discard":
                then()
            elif choice == "saveas":
                self.main.save_as(then)

        self.push_screen(
            ChoiceDialog(
                "Unsaved changes",
                f"Your last changes to {s.path.name} are not saved. "
                f"Save them to a new file first, or {verb} without saving them?",
                [
                    ("saveas", "Save as…"),
                    ("discard", f"{verb.capitalize()} without saving"),
                    ("cancel", "Cancel"),
                ],
                danger="discard",
            ),
            done,
        )

    def open_brief(self, path: Path) -> bool:
        try:
            session = BriefSession.open(path)
        except LoadError as e:
            self.notify(
                f"{path.name} cannot be opened:\n" + _problems_text(e.problems),
                severity="error",
                timeout=15,
            )
            return False
        except OSError as e:
            self.notify(visible(f"{path}: {e.strerror or e}"), severity="error")
            return False
        self.session = session
        self.main.redraw(("bluf",))
        self.notify(visible(f"Opened {path.name}"), timeout=2)
        return True

    def action_open(self) -> None:
        def done(path: Path | None) -> None:
            if path is not None:
                self._unsaved_then(lambda: self.open_brief(path), "open another brief")

        current = self.session.path if self.session else None
        self.push_screen(OpenBriefDialog(self.ws.brief_paths(), current), done)

    def action_new_brief(self, note: str = "") -> None:
        def done(result: tuple[str, Path] | None) -> None:
            if result is None:
                return
            title, path = result
            author = self.ws.settings.author or self.config.author
            marking = self.ws.settings.marking or self.config.marking
            try:
                created = create_brief(path, title, author, marking)
            except BrieferError as e:
                self.notify(visible(str(e)), severity="error")
                return
            self._unsaved_then(lambda: self.open_brief(created), "open the new brief")

        self.push_screen(NewBriefDialog(self.ws.root, note), done)

    # ------------------------------------------------------- preview, export
    def action_preview(self) -> None:
        if self.session is None:
            self.notify("No brief is open.", severity="warning")
            return
        try:
            from ..render import render_markdown
        except ImportError:
            self.notify(
                "Preview needs the renderer (briefer.render), not in this build yet.",
                severity="warning",
            )
            return
        try:
            brief = self.session.brief
            text = for_viewer(
                render_markdown(self.ws, brief, self.session.path), brief.title, brief.subtitle
            )
        except BrieferError as e:
            self.notify(visible(str(e)), severity="error")
            return
        except Exception as e:  # noqa: BLE001 - a renderer bug must not take the outline down
            self.internal_error("preview", e)
            return
        self.push_screen(PreviewScreen(text, brief.title))

    def action_export(self) -> None:
        if self.session is None:
            self.notify("No brief is open.", severity="warning")
            return
        try:
            from ..render import FORMATS, default_output
        except ImportError:
            self.notify(
                "Export needs the renderer (briefer.render), not in this build yet.",
                severity="warning",
            )
            return
        brief = self.session.brief

        def done(result: tuple[str, Path] | None) -> None:
            if result is not None:
                self.notify(f"Exporting {result[0]}…", timeout=2)
                self._export(result[0], result[1])

        self.checker.refresh()
        self.push_screen(
            ExportDialog(
                list(FORMATS),
                lambda f: default_output(self.ws, brief, f),
                self.ws.root,
                warning=self.checker.export_warning(),
            ),
            done,
        )

    @work(thread=True, exclusive=True, group="export")
    def _export(self, fmt: str, output: Path | None) -> None:
        from ..render import default_output, export_brief

        session = self.session
        if session is None:
            return
        try:
            if output == default_output(self.ws, session.brief, fmt):
                output = None  # the default: export_brief creates exports/ when missing
            out = export_brief(
                self.ws, session.brief, session.path, fmt, output, theme=self.config.theme
            )
        except BrieferError as e:
            self.call_from_thread(self.notify, visible(str(e)), severity="error", timeout=12)
            return
        except Exception as e:  # noqa: BLE001 - an export bug must not take the outline down
            self.call_from_thread(self.internal_error, "export", e)
            return
        self.call_from_thread(self.notify, visible(f"Exported to {out}"), timeout=10)

    def action_checks(self) -> None:
        self.checker.open_panel()  # the checks panel (checking.py, screens/checks.py)

    async def action_quit(self) -> None:
        self._unsaved_then(lambda: self.exit(return_code=0), "quit")

    # ------------------------------------------------------------ safety net
    def _log_crash(self, text: str) -> str:
        log = paths.cache_dir() / "crash.log"
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with open(log, "a", encoding="utf-8") as f:
                f.write(text)
            return f"details in {log}"
        except OSError:
            return "no log could be written"

    def internal_error(self, what: str, error: BaseException) -> None:
        """A bug in one feature: say so, log it, keep the app (and the outline) running."""
        where = self._log_crash("".join(traceback.format_exception(error)))
        self.notify(
            visible(f"Internal error in {what}: {error!r} ({where})."), severity="error", timeout=15
        )

    def _fatal_error(self) -> None:
        """Never show a traceback: log it and say where (the brief was saved at the last
        successful edit)."""
        where = self._log_crash(traceback.format_exc())
        self.bell()
        self.panic(
            Text(
                f"briefer stopped after an internal error ({where}). Every change "
                "made before it is saved."
            )
        )


def make_app(
    target: Path | None = None,
    demo: bool = False,
    config: m.Config | None = None,
    config_problems: Sequence[Problem] = (),
) -> BrieferApp:
    """The app for a workspace folder or a brief file (``target``; default: the current
    folder), or for a temporary copy of the sample workspace (``demo``)."""
    brief: Path | None = None
    demo_dir = None
    demo_files: demo_copy.Manifest = {}
    if demo:
        root, demo_files = demo_copy.make_copy()
        demo_dir = root
    else:
        target = Path(target) if target is not None else Path.cwd()
        if target.name.endswith(BRIEF_SUFFIX) and not target.is_dir():
            if not target.is_file():
                raise BrieferError(f"{target}: no such brief (briefer new {target} creates it)")
            brief = target
        root = find_workspace(target)
    app = BrieferApp(root, brief, config=config, config_problems=config_problems, demo_dir=demo_dir)
    app.demo_files = demo_files
    return app
