"""The briefer app and its one factory, ``make_app`` (used by the CLI and the tests).

The app is a shell around the session (``briefer.session.BriefSession``): nothing is read
in its constructor; ``on_ready`` (the first frame is on the screen) starts a worker that
loads the workspace and opens the brief, so the first frame never waits on the disk nor
shares the CPU with the load. Once loaded, the main screen gets the
session (and follows its events); the app answers what concerns the whole session, each
concern in a module of its own that the app holds or calls (they see it as a
``host.Host``): failed saves (``saving.SaveGuard``), crash recovery (``recovery_flow``),
the checks panel (``checks_flow``), opening and creating briefs and quitting
(``brief_files``), preview and export (``export_flow``), editions (``editions_flow``),
importing (``import_flow``), following the disk (``disk_watch``), themes
(``theme_flow``), help and the palette (``commands``), keys typed while starting
(``early_keys``), the crash log (``crash_log``). What stays here is what Textual looks for
on the app (actions, message handlers, workers), each handing over to those.
"""

from __future__ import annotations

import asyncio
import gc
import io
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import Notify, SeverityLevel
from textual.screen import Screen

from .. import model as m
from .. import paths
from ..errors import BrieferError, Problem
from ..layout import BRIEF_SUFFIX, find_workspace
from ..servemode import deliver_export  # here: the tests replace it (served in a browser)
from ..textutil import visible
from ..themes import BRIEFER_VARIABLES
from . import commands, editions_flow, export_flow, import_flow, theme_flow
from . import demo as demo_copy
from .brief_files import BriefFiles
from .checks_flow import ChecksFlow
from .crash_log import log_crash, log_error
from .disk_watch import POLL, DiskWatch
from .early_keys import EarlyKeys
from .host import problems_text
from .palette import BrieferCommands, Command
from .recovery_flow import RecoveryFlow
from .screens.main import MainScreen
from .theming import install as install_themes
from .widgets.header import ascii_mode

# Not on the first frame: imported where used (the session and what follows the loaded
# brief, the dialogs and screens other than the main one, the renderers, extract,
# editions, tradecraft), so a start imports less (#18; tests/tui/test_first_frame.py).
if TYPE_CHECKING:
    from ..session import BriefSession, Event
    from ..workspace import Workspace  # the YAML stack: read in the load's thread
    from .locking import BriefFollower
    from .saving import SaveGuard
    from .screens.importer import ImportDialog

# Rows; below this a new toast replaces the one shown (#19). Toasts sit over the top half
# (the detail pane) and take up to 10 rows each: three fit above the outline from 64 rows.
SMALL_HEIGHT = 64


class BrieferApp(App[None]):
    """| key | action |
    |---|---|
    | ctrl+q | quit (asks first about unsaved typing or changes) |
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
            tooltip="quit (asks first about unsaved typing or changes)",
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
        demo_files: demo_copy.Manifest | None = None,
    ) -> None:
        # NO_COLOR: Textual picks its colour filter here, before our theme is set. Asking
        # for native ANSI colours makes it strip every colour (text in the terminal's own
        # foreground and background) instead of greying them, which turned the ANSI
        # console theme into black on black.
        super().__init__(ansi_color=True if os.environ.get("NO_COLOR") is not None else None)
        self.root = root
        self.brief_path = brief
        self.config = config or m.Config()
        self.config_problems = list(config_problems)
        self.demo_dir = demo_dir
        self.demo_files: demo_copy.Manifest = demo_files or {}
        self.first_frame_at: float | None = None
        self.session: BriefSession | None = None  # set once the workspace is loaded
        self.loaded = asyncio.Event()  # set then (tests and the benchmark wait on it)
        self.messages: list[str] = []  # every notification's text, in order
        self.theme_messages: list[str] = []  # problems with theme files (set on mount)
        self.main_screen = MainScreen(editor=self.config.editor, id="main")
        self.guard: SaveGuard | None = None
        self.follower: BriefFollower | None = None  # the brief's lock and disk (#19)
        # the concerns of the whole session, each in its own module (see the docstring)
        self.recovery = RecoveryFlow(self)
        self.checks = ChecksFlow(self)
        self.files = BriefFiles(self)
        self.disk = DiskWatch(self, self._refresh_in_thread)
        self.early_keys = EarlyKeys()  # typed before the workspace is loaded
        # what cyclic GC waits for when cli/tui.py turned it off for the start (#18)
        self._gc_waits = {"first frame", "load"}

    # ------------------------------------------------------------- plumbing
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
        text = visible(message)
        self.messages.append(text)
        super().notify(text, title=visible(title), severity=severity, timeout=timeout, markup=False)

    def on_notify(self, event: Notify) -> None:
        """At small sizes one toast at a time: the newest replaces the one shown (three
        stacked toasts covered half the outline at 80x24; #19). Runs before Textual's own
        handler adds the new notification; every text stays in ``messages``."""
        if self.size.height < SMALL_HEIGHT:
            self.clear_notifications()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the app; afterwards (terminal restored) remove the demo copy unless the user
        changed files in it, then its path is printed on stderr. Never a traceback: what
        Textual would print after an internal error goes to the crash log, and one line
        says where (every change made before it is saved)."""
        captured = io.StringIO()
        self.error_console = Console(file=captured, width=100, markup=False, highlight=False)
        try:
            return super().run(*args, **kwargs)
        finally:
            text = captured.getvalue()
            if text.strip():
                where = log_crash(text)
                sys.stderr.write(
                    f"briefer stopped after an internal error ({where}). Every change "
                    "made before it is saved.\n"
                )
            self.finish_demo()

    def finish_demo(self) -> None:
        if self.demo_dir is not None:
            demo_copy.finish(self.demo_dir, self.demo_files)

    @property
    def ws(self) -> Workspace:
        """The library (once loaded)."""
        if self.session is None:
            raise BrieferError("the workspace is still loading")
        return self.session.ws

    def get_default_screen(self) -> Screen[Any]:
        return self.main_screen

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """briefer's own variables (take/quote/figure colours, marking badges) for themes
        that do not set them, Textual's built-in themes among them."""
        return {**super().get_theme_variable_defaults(), **BRIEFER_VARIABLES}

    def on_ready(self) -> None:
        """The first frame is on the screen: now read the workspace. Started in on_mount,
        the load's thread took CPU from the first frame (the GIL: one thread runs Python
        at a time), ~0.03 s on the sample (#18)."""
        self.first_frame_at = time.perf_counter()  # for the benchmark
        self._gc_done("first frame")
        self._load()

    def _gc_done(self, what: str) -> None:
        """Cyclic GC back on once the first frame is shown and the workspace loaded (or
        failed): ``briefer`` turns it off for the start, whose imports and first frame
        make no garbage worth ~0.04 s CPU of collections (#18)."""
        self._gc_waits.discard(what)
        if not self._gc_waits:
            gc.enable()

    # -------------------------------------------------------------- loading
    def on_load(self) -> None:
        """The themes, before the stylesheet's first parse: set at mount, Textual parsed
        every stylesheet a second time for the new theme's variables (#18)."""
        line, col = self.config.pos.get("theme", (1, 1))
        self.theme_messages = install_themes(
            self, self.config.theme, f"{paths.config_file()}:{line}:{col}"
        )

    def on_mount(self) -> None:
        if self.no_color:
            self.add_class("-no-color")
        if ascii_mode():  # the Linux console: ASCII borders, modals that keep the screen
            self.add_class("-ascii")
        if self.theme_messages:
            self.notify(
                "Themes:\n" + "\n".join(self.theme_messages[:3]), severity="warning", timeout=8
            )
        if self.demo_dir is not None:
            self.notify(
                f"Demo: a temporary copy of the sample workspace in {self.demo_dir} "
                "(removed when you quit, unless you changed files in it)",
                timeout=6,
            )
        if self.config_problems:
            self.notify(
                "Problems in your config file (defaults used):\n"
                + problems_text(self.config_problems),
                severity="warning",
                timeout=10,
            )

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self) -> None:
        """Read the workspace and open the brief, off the UI thread."""
        try:
            from ..session import open_session
            from ..workspace import Workspace

            ws = Workspace.load(self.root)
            # The library lives as long as the app: keep the cycle collector from walking
            # its objects on every full collection (a 75,000-item library made that ~200 ms).
            gc.freeze()
            session, problems = open_session(ws, self.brief_path)
        except Exception as e:  # noqa: BLE001 - reported on the UI thread
            self.call_from_thread(self._load_failed, e)
            return
        self.call_from_thread(self._loaded, session, problems)

    def _load_failed(self, error: Exception) -> None:
        self._gc_done("load")
        self.early_keys.release(self)
        text = str(error) if isinstance(error, BrieferError) else repr(error)
        self.notify(f"The workspace cannot be loaded: {text}", severity="error", timeout=30)
        self.main_screen.cannot_load(text)
        if not isinstance(error, BrieferError):
            log_error(error)
        self.loaded.set()

    def _loaded(self, session: BriefSession, problems: list[Problem]) -> None:
        from .locking import BriefFollower
        from .saving import SaveGuard

        self._gc_done("load")
        self.session = session
        self.guard = SaveGuard(self, session)
        self.follower = BriefFollower(self, session)
        session.runner = self.checks.run
        session.subscribe(self._session_event)
        self.main_screen.session = session
        self.set_interval(POLL, self.check_disk, name="follow-disk")
        ws = session.ws
        if ws.errors:
            self.notify(
                f"{len(ws.errors)} problem(s) in the workspace's files:\n"
                + problems_text(ws.errors),
                severity="warning",
                timeout=10,
            )
        if problems:
            self.notify(
                "The brief cannot be opened:\n" + problems_text(problems),
                severity="error",
                timeout=15,
            )
        elif not session.is_open:
            self.call_after_refresh(
                self.action_new_brief, "This workspace has no brief yet. Create one?"
            )
        else:
            self.call_after_refresh(self.recovery.offer)
        self.loaded.set()
        self.early_keys.release(self)

    def _session_event(self, event: Event) -> None:
        from ..session import SaveFailed

        if isinstance(event, SaveFailed):
            self.recovery.after_failed_save()
            if self.guard is not None:
                self.guard.failed(event)
        else:
            self.recovery.after_event()

    # ------------------------------------------------------------ recovery (#11)
    def save_recovery(self) -> Path | None:
        """What exists only in memory, written to the open brief's recovery record (see
        ``RecoveryFlow.save``). Called on SIGTERM / SIGHUP (``cli.tui.run_app``)."""
        return self.recovery.save()

    # ----------------------------------------------------- keys while starting
    async def on_event(self, event: events.Event) -> None:
        """Keys typed before the workspace is loaded never reach a binding: they are held
        until it is (``EarlyKeys``). ctrl+q and ctrl+c work at all times."""
        if self.early_keys.hold(event):
            return
        await super().on_event(event)

    # --------------------------------------------------------------- checks
    def action_checks(self) -> None:
        """``c``: the checks panel on the open brief; enter jumps to a finding."""
        self.checks.show_panel()

    # --------------------------------------------------------- opening briefs
    def open_brief_asking(self, path: Path) -> None:
        """Open ``path`` (asking first when a change of the open brief is not saved)."""
        self.files.open_asking(path)

    def action_open(self) -> None:
        self.files.choose()

    def action_new_brief(self, note: str = "") -> None:
        self.files.new(note)

    def action_save_as(self) -> None:
        self.files.save_as()

    async def action_quit(self) -> None:
        """ctrl+q: first what is typed in an open dialog, then the brief's unsaved
        changes, then quit (``BriefFiles.quit``)."""
        self.files.quit()

    def action_help_quit(self) -> None:
        """ctrl+c: say how to quit (plain text: Textual's own message carries markup)."""
        self.notify("Press ctrl+q to quit briefer.", title="Do you want to quit?")

    # ------------------------------------------------------- preview, export
    def action_preview(self) -> None:
        export_flow.preview(self)

    def action_export(self) -> None:
        export_flow.choose(self, self._export)

    def export_as(self, fmt: str) -> None:
        """Export the brief in ``fmt`` to its default file (exports/ in the workspace)."""
        export_flow.export_as(self, fmt, self._export)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, fmt: str, output: Path | None, audience: str | None = None) -> None:
        # deliver_export is read here, at each export: the tests replace it
        export_flow.export(self, fmt, output, audience, deliver_export)

    # ------------------------------------------------- editions (#16), sourcing (#14)
    def action_snapshot(self) -> None:
        """``s``: a snapshot of the brief and its cited items, with an optional note."""
        editions_flow.snapshot(self)

    def action_history(self) -> None:
        """``h``: the brief's snapshots (and git commits); restore one as the brief (one
        undoable step) or as a new brief."""
        editions_flow.show_history(self)

    def action_sourcing_statement(self) -> None:
        """Insert the drafted source summary statement (ICD 206) as a prose entry in a new
        "Sourcing" section (one undoable step; the analyst edits it like prose)."""
        editions_flow.sourcing_statement(self)

    # --------------------------------------------------------------- import
    def action_import_article(self) -> None:
        """``i``: the import dialog, then the review screen, then save."""
        import_flow.import_article(self)

    def on_import_dialog_read_failed(self, event: ImportDialog.ReadFailed) -> None:
        """A bug while reading an article (ImportDialog.ReadFailed; handled by its name, so
        the importer is imported when used, not at start)."""
        self.internal_error("import", event.error)

    # ---------------------------------------------------------- follow disk
    def on_app_focus(self) -> None:
        self.check_disk()

    def on_unmount(self) -> None:
        if self.follower is not None:
            self.follower.stop()  # the brief's lock goes with the app

    def check_disk(self) -> None:
        """Look at the disk now (in a thread; ``DiskWatch.check``)."""
        self.disk.check()

    @work(
        thread=True,
        group="follow-disk",
        exit_on_error=False,
        description="look for source notes changed on disk",
    )
    def _refresh_in_thread(self, ws: Workspace) -> None:
        self.disk.refresh(ws)

    # --------------------------------------------------------------- themes
    def action_pick_theme(self) -> None:
        theme_flow.pick(self)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette commands, less those briefer has under the same name
        (``commands.system_commands``)."""
        return commands.system_commands(super().get_system_commands(screen), self.BINDINGS)

    def action_change_theme(self) -> None:
        """Textual's own "Theme" command opens briefer's picker (which remembers it)."""
        self.action_pick_theme()

    def switch_theme(self, name: str) -> bool:
        """Apply theme ``name`` at once and remember it in the config file."""
        return theme_flow.switch(self, name)

    # ------------------------------------------------------ help and palette
    def help_groups(self) -> list[tuple[str, list[Binding]]]:
        """Every binding of the main screen, the library and the app, by pane."""
        return commands.help_groups(self.BINDINGS, self.COMMAND_PALETTE_BINDING)

    def action_help(self) -> None:
        from .screens.help import HelpScreen, help_rows

        self.push_screen(HelpScreen(help_rows(self.help_groups(), self)))

    def palette_commands(self) -> list[Command]:
        """Every command of the palette (``commands.palette_commands``)."""
        return commands.palette_commands(self, self.BINDINGS)

    # ------------------------------------------------------------ safety net
    def internal_error(self, what: str, error: BaseException) -> None:
        """A bug in one feature: say so, log it, keep the app (and the outline) running."""
        where = log_error(error)
        self.notify(f"Internal error in {what}: {error!r} ({where}).", severity="error", timeout=15)


def make_app(
    target: Path | None = None,
    demo: bool = False,
    config: m.Config | None = None,
    config_problems: Sequence[Problem] = (),
) -> BrieferApp:
    """The app for a workspace folder or a brief file (``target``; default: the current
    folder), or for a temporary copy of the sample workspace (``demo``). The workspace is
    read once the app runs (see ``BrieferApp.loaded``)."""
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
    return BrieferApp(
        root,
        brief,
        config=config,
        config_problems=config_problems,
        demo_dir=demo_dir,
        demo_files=demo_files,
    )
