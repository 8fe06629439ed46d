"""The briefer app and its one factory, ``make_app`` (used by the CLI and the tests).

The app is a shell around the session (``briefer.session.BriefSession``): nothing is read
in its constructor; ``on_ready`` (the first frame is on the screen) starts a worker that
loads the workspace and opens the brief, so the first frame never waits on the disk nor
shares the CPU with the load. Once loaded, the main screen gets the
session (and follows its events); the app answers what concerns the whole session: failed
saves (``saving.SaveGuard``), opening and creating briefs, preview and export, the checks
panel, importing, following the disk, themes, help and the palette.
"""

from __future__ import annotations

import asyncio
import copy
import gc
import io
import os
import sys
import time
import traceback
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import Notify, SeverityLevel
from textual.screen import Screen
from textual.widgets import Input

from .. import model as m
from .. import paths
from ..errors import BrieferError, Problem
from ..layout import BRIEF_SUFFIX, find_workspace
from ..outline import OutlineError
from ..servemode import deliver_export  # here: the tests replace it (served in a browser)
from ..textutil import visible
from ..themes import BRIEFER_VARIABLES
from . import demo as demo_copy
from . import recovering
from .palette import BrieferCommands, Command
from .screens.main import MainScreen
from .theming import install as install_themes
from .widgets.header import ascii_mode, glyphs
from .widgets.library import LibraryPane

# Not on the first frame: imported where used (the session and what follows the loaded
# brief, the dialogs and screens other than the main one, the renderers, extract,
# editions, tradecraft), so a start imports less (#18; tests/tui/test_first_frame.py).
if TYPE_CHECKING:
    from .. import recovery
    from ..checks import Finding
    from ..session import BriefSession, CheckJob, Event
    from ..tradecraft.audience import Omission
    from ..workspace import Workspace  # the YAML stack: read in the load's thread
    from .locking import BriefFollower
    from .saving import SaveGuard
    from .screens.dialogs import LineDialog, TextDialog
    from .screens.history import HistoryChoice
    from .screens.importer import ImportDialog

POLL = 2.0  # seconds between two looks at the disk for changed source notes
# Rows; below this a new toast replaces the one shown (#19). Toasts sit over the top half
# (the detail pane) and take up to 10 rows each: three fit above the outline from 64 rows.
SMALL_HEIGHT = 64

# Which pane a main-screen binding acts on (by binding id); any other one works everywhere.
LIBRARY_IDS = ("filter", "add")
OUTLINE_IDS = (
    "edit",
    "editor",
    "prose",
    "bluf",
    "confidence",
    "marking",
    "section.new",
    "section.rename",
    "remove",
    "move.up",
    "move.down",
    "undo",
    "redo",
)
# The key table's order within each group (ids not named here come after, as declared).
ORDER = [
    *LIBRARY_IDS,
    *OUTLINE_IDS,
    "copy",
    "preview",
    "export",
    "open",
    "new",
    "checks",
    "snapshot",
    "history",
    "theme",
    "help",
    "quit",
    "palette",
]


def format_name(fmt: str) -> str:
    """A format's name for people ("Markdown" for md); the formats are ``render.FORMATS``."""
    from ..render import FORMAT_LABELS

    return FORMAT_LABELS.get(fmt, fmt)


def problems_text(problems: Sequence[Problem], limit: int = 3) -> str:
    shown = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        shown.append(f"… and {len(problems) - limit} more (briefer check lists them all)")
    return visible("\n".join(shown))


def bindings(items: Iterable[object]) -> list[Binding]:
    """The ``Binding`` objects of a ``BINDINGS`` list (Textual also allows tuples there)."""
    return [b for b in items if isinstance(b, Binding)]


def _ordered(bindings: list[Binding]) -> list[Binding]:
    return sorted(bindings, key=lambda b: ORDER.index(b.id) if b.id in ORDER else len(ORDER))


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
        self._disk_busy = False
        self._checks_reported = False
        self._checks_index = 0  # the finding highlighted when the panel was last closed
        self._recovery_written = False  # a record of ours holds the open brief's edit
        # keys typed before the workspace is loaded (None once it is; see on_event)
        self._early_keys: list[events.Key] | None = []
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
                where = self._log_crash(text)
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
        self._early_keys_done()
        text = str(error) if isinstance(error, BrieferError) else repr(error)
        self.notify(f"The workspace cannot be loaded: {text}", severity="error", timeout=30)
        self.main_screen.cannot_load(text)
        if not isinstance(error, BrieferError):
            self._log_crash("".join(traceback.format_exception(error)))
        self.loaded.set()

    def _loaded(self, session: BriefSession, problems: list[Problem]) -> None:
        from .locking import BriefFollower
        from .saving import SaveGuard

        self._gc_done("load")
        self.session = session
        self.guard = SaveGuard(self, session)
        self.follower = BriefFollower(self, session)
        session.runner = self._run_checks
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
            self.call_after_refresh(self.offer_recovery)
        self.loaded.set()
        self._early_keys_done()

    def _session_event(self, event: Event) -> None:
        from ..session import SaveFailed, State

        if isinstance(event, SaveFailed):
            self._recovery_after_failed_save()
            if self.guard is not None:
                self.guard.failed(event)
        elif self._recovery_written and self.session is not None:
            session = self.session
            if session.is_open and session.state is State.SAVED:
                from .. import recovery

                recovery.discard(session.path)  # saved: nothing is only in memory now
                self._recovery_written = False

    # ------------------------------------------------------------ recovery (#11)
    def _typed_dialog(self) -> TextDialog | LineDialog | None:
        """The topmost open text dialog that edits the brief and holds unsaved typing."""
        from .screens.dialogs import LineDialog, TextDialog

        for screen in reversed(self.screen_stack):
            if isinstance(screen, TextDialog | LineDialog) and screen.target:
                if screen.unsaved_input():
                    return screen
        return None

    def save_recovery(self) -> Path | None:
        """Write what exists only in memory (a brief that could not be saved, text typed in
        an open dialog) to the brief's recovery record; the record's path, or None when
        nothing needed it. Called on SIGTERM / SIGHUP (``cli.tui.run_app``) and after a
        failed save. Raises RecoveryError when the record cannot be written."""
        session = self.session
        if session is None or not session.is_open:
            return None
        dialog = self._typed_dialog()
        if not session.dirty and dialog is None:
            return None
        from .. import recovery

        written = recovery.write(
            session.path,
            yaml=session.text if session.dirty else None,
            dialog=dialog.typed if dialog is not None else None,
            target=dialog.target if dialog is not None else None,
            base_sha256=session.disk_sha256,
        )
        self._recovery_written = True
        return written

    def _recovery_after_failed_save(self) -> None:
        from ..recovery import RecoveryError

        try:
            self.save_recovery()
        except RecoveryError as e:
            self.notify(str(e), severity="warning", timeout=10)

    def offer_recovery(self) -> None:
        """If the open brief has a recovery record (briefer was stopped with an edit in
        memory), ask: restore it, discard it, or not now (asked again next time)."""
        session = self.session
        if session is None or not session.is_open:
            return
        from .. import recovery
        from .screens.dialogs import ChoiceDialog

        path = session.path
        record = recovery.pending(path)
        if record is None:
            return
        held = []
        if record.yaml is not None:
            held.append("changes to the brief that were not saved")
        if record.dialog:
            held.append(f"text typed in {recovering.describe(record.target)}")
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.saved_at))
        message = f"briefer was stopped on {when} holding {' and '.join(held)}. Restore?"
        if record.disk_changed():
            message += (
                f"\n\nWarning: {path.name} was changed on disk since then. Restoring "
                "replaces that version (ctrl+z brings it back)."
            )

        def answer(choice: str | None) -> None:
            if choice == "restore":
                self._restore_recovery(record)
            elif choice == "discard":
                recovery.discard(path)
                self.notify("Recovered work discarded.", timeout=4)

        self.push_screen(
            ChoiceDialog(
                "Recover unsaved work?",
                message,
                [("restore", "Restore"), ("discard", "Discard it"), ("later", "Not now")],
                danger="discard",
            ),
            answer,
        )

    def _restore_recovery(self, record: recovery.Record) -> None:
        session = self.session
        if session is None or not session.is_open:
            return
        from .. import recovery
        from ..schema import brief_from_doc
        from ..yamlio import compose

        if record.yaml is not None:
            try:
                brief = brief_from_doc(compose(record.yaml, str(record.brief)))
            except BrieferError as e:
                self.notify(f"The recovered brief cannot be read: {e}", severity="error")
                return
            session.edit(lambda o: o.replace(brief, "restore recovered changes"))
        recovery.discard(record.brief)
        if record.dialog and not self.main_screen.reopen(record.target, record.dialog):
            self.main_screen.action_prose(record.dialog)  # its place is gone: as new prose
        self.notify("Recovered work restored (ctrl+z undoes a restored brief).", timeout=6)

    # ----------------------------------------------------- keys while starting
    async def on_event(self, event: events.Event) -> None:
        """Keys typed before the workspace is loaded never reach a binding (typing
        ``/zebrafinch`` at once used to open the BLUF editor through its ``b``): they are
        held, and once loaded a leading ``/`` puts the rest in the library filter; other
        keys are dropped, and the user is told. ctrl+q and ctrl+c work at all times."""
        if (
            isinstance(event, events.Key)
            and not event.is_forwarded
            and self._early_keys is not None
            and event.key not in ("ctrl+q", "ctrl+c")
        ):
            self._early_keys.append(event)
            return
        await super().on_event(event)

    def _early_keys_done(self) -> None:
        keys, self._early_keys = self._early_keys or [], None
        if not keys:
            return
        if keys[0].key == "slash" and self.session is not None:
            text = "".join(k.character or "" for k in keys[1:] if k.is_printable)
            box = self.main_screen.query_one("#filter", Input)
            box.focus()
            box.insert_text_at_cursor(text)
            return
        n = len(keys)
        self.notify(
            f"{n} key{'s' if n != 1 else ''} typed while briefer was starting "
            f"{'were' if n != 1 else 'was'} ignored.",
            timeout=4,
        )

    def _ready_session(self) -> BriefSession | None:
        """The session with a brief open, else None (and the user is told why)."""
        s = self.session
        if s is None:
            self.notify("The workspace is still loading.", severity="warning")
            return None
        if not s.is_open:
            self.notify("No brief is open.", severity="warning")
            return None
        return s

    # --------------------------------------------------------------- checks
    def _run_checks(self, job: CheckJob) -> None:
        """A large brief's checks, in a thread (the newest job wins)."""

        def run() -> None:
            try:
                found = job.run()
            except Exception as e:  # noqa: BLE001 - reported on the UI thread
                self.call_from_thread(self._checks_failed, e)
                return
            self.call_from_thread(self._checks_done, job, found)

        self.run_worker(
            run,
            name="checks",
            group="checks",
            thread=True,
            exclusive=True,
            description="check the brief",
            exit_on_error=False,
        )

    def _checks_done(self, job: CheckJob, found: list[Finding]) -> None:
        if self.session is not None:
            self.session.accept(job, found)

    def _checks_failed(self, error: Exception) -> None:
        if not self._checks_reported:  # once: not after every keystroke
            self._checks_reported = True
            self.internal_error("checks", error)

    def action_checks(self) -> None:
        """``c``: the checks panel on the open brief; enter jumps to a finding."""
        session = self._ready_session()
        if session is None:
            return
        from ..session import FindingsChanged, LibraryChanged, cursor_for
        from .screens.checks import ChecksPanel

        panel = ChecksPanel(
            session.findings,
            session.brief,
            session.path.name,
            self._checks_index,
            base=session.ws.root,
            problems=list(session.ws.errors),  # unreadable notes, listed until fixed (#19)
        )

        def update(event: Event) -> None:
            if isinstance(event, FindingsChanged) and panel.is_attached and session.is_open:
                panel.show(list(event.findings or ()), brief=session.brief)
            elif isinstance(event, LibraryChanged) and panel.is_attached and session.is_open:
                panel.show(panel.findings, problems=list(session.ws.errors))

        stop = session.subscribe(update)

        def done(finding: Finding | None) -> None:
            stop()
            self._checks_index = panel.highlighted
            if finding is not None and session.is_open:
                # once the panel is gone: the outline must have the focus when it reports
                # its new highlight, or the detail pane would not follow it
                cursor = cursor_for(finding, session.brief)
                self.call_after_refresh(self.main_screen.jump, cursor)

        self.push_screen(panel, done)

    # --------------------------------------------------------- opening briefs
    def _unsaved_then(self, then: Any, verb: str) -> None:
        if self.guard is None:
            then()
            return
        self.guard.unsaved_then(then, verb)

    def open_brief(self, path: Path) -> bool:
        session = self.session
        if session is None:
            return False
        try:
            session.open(path)
        except BrieferError as e:
            problems = getattr(e, "problems", None)
            detail = problems_text(problems) if problems else str(e)
            self.notify(f"{path.name} cannot be opened:\n{detail}", severity="error", timeout=15)
            return False
        except OSError as e:
            self.notify(f"{path}: {e.strerror or e}", severity="error")
            return False
        self.notify(f"Opened {path.name}", timeout=2)
        return True

    def open_brief_asking(self, path: Path) -> None:
        """Open ``path`` (asking first when a change of the open brief is not saved)."""
        self._unsaved_then(lambda: self.open_brief(path), "open another brief")

    def action_open(self) -> None:
        session = self.session
        if session is None:
            return

        def done(path: Path | None) -> None:
            if path is not None:
                self.open_brief_asking(path)

        from .screens.briefs import OpenBriefDialog

        current = session.path if session.is_open else None
        self.push_screen(OpenBriefDialog(session.ws.brief_paths(), current), done)

    def action_new_brief(self, note: str = "") -> None:
        session = self.session
        if session is None:
            return

        def done(result: tuple[str, Path] | None) -> None:
            if result is None:
                return
            title, path = result
            author = session.ws.settings.author or self.config.author
            marking = session.ws.settings.marking or self.config.marking

            def create() -> None:
                try:
                    session.create(path, title, author, marking)
                except BrieferError as e:
                    self.notify(str(e), severity="error")

            self._unsaved_then(create, "open the new brief")

        from .screens.briefs import NewBriefDialog

        self.push_screen(NewBriefDialog(session.ws.root, note), done)

    def action_save_as(self) -> None:
        if self.guard is not None:
            self.guard.save_as()

    async def action_quit(self) -> None:
        """ctrl+q: first what is typed in an open dialog (save / discard / back), then the
        brief's unsaved changes (see SaveGuard), then quit."""
        from .screens.dialogs import ChoiceDialog, HoldsInput
        from .screens.importer import ImportDialog

        holder = next(
            (
                s
                for s in reversed(self.screen_stack)
                if isinstance(s, HoldsInput) and s.unsaved_input()
            ),
            None,
        )
        if holder is None:
            self._unsaved_then(lambda: self.exit(return_code=0), "quit")
            return
        choices = [("discard", "Discard and quit"), ("back", "Back to it")]
        if not isinstance(holder, ImportDialog):  # reading an article saves nothing
            choices.insert(0, ("save", "Save it"))

        def answer(choice: str | None) -> None:
            if choice == "discard":
                self._unsaved_then(lambda: self.exit(return_code=0), "quit")
            elif choice == "save":
                holder.keep_input()
                # once it is saved and closed, quit (or ask about the next dialog)
                self.call_after_refresh(self._quit_after_save, holder)

        self.push_screen(
            ChoiceDialog(
                "Quit: your typing is not saved",
                "A dialog holds text or changes that are not saved anywhere yet. Save them "
                "first, or quit without them?",
                choices,
                danger="discard",
            ),
            answer,
        )

    async def _quit_after_save(self, holder: Screen[Any]) -> None:
        if holder in self.screen_stack:  # it could not be saved (it says why): stay
            return
        await self.action_quit()

    def action_help_quit(self) -> None:
        """ctrl+c: say how to quit (plain text: Textual's own message carries markup)."""
        self.notify("Press ctrl+q to quit briefer.", title="Do you want to quit?")

    # ------------------------------------------------------- preview, export
    def action_preview(self) -> None:
        session = self._ready_session()
        if session is None:
            return
        from .. import render as renderers
        from .screens.preview import PreviewScreen, for_viewer

        try:
            brief = session.brief
            text = for_viewer(
                renderers.render_markdown(session.ws, brief, session.path),
                brief.title,
                brief.subtitle,
            )
        except BrieferError as e:
            self.notify(str(e), severity="error")
            return
        except Exception as e:  # noqa: BLE001 - a renderer bug must not take the outline down
            self.internal_error("preview", e)
            return
        self.push_screen(PreviewScreen(text, brief.title))

    def action_export(self) -> None:
        session = self._ready_session()
        if session is None:
            return
        from ..render import FORMATS, default_output
        from .screens.export import ExportDialog

        brief, ws = session.brief, session.ws

        def done(result: tuple[str, Path, str | None] | None) -> None:
            if result is not None:
                self.notify(f"Exporting {format_name(result[0])}…", timeout=2)
                self._export(result[0], result[1], result[2])

        # a tearline export (#14): any TLP level below the brief's marking
        audiences = list(m.MARKINGS[: m.marking_rank(brief.marking)])

        self.push_screen(
            ExportDialog(
                list(FORMATS),
                lambda f: default_output(ws, brief, f),
                ws.root,
                names={f: format_name(f) for f in FORMATS},
                warning=session.export_warning(glyphs().error),
                audiences=audiences,
            ),
            done,
        )

    def export_as(self, fmt: str) -> None:
        """Export the brief in ``fmt`` to its default file (exports/ in the workspace)."""
        if self._ready_session() is None:
            return
        self.notify(f"Exporting {format_name(fmt)}…", timeout=2)
        self._export(fmt, None)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, fmt: str, output: Path | None, audience: str | None = None) -> None:
        session = self.session
        if session is None or not session.is_open:
            return
        from .. import render as renderers
        from ..render import default_output
        from ..tradecraft.audience import report as audience_report

        ws, brief, path = session.ws, session.brief, session.path
        try:
            if output == default_output(ws, brief, fmt):
                output = None  # the default: export_brief creates exports/ when missing
            warnings: list[str] = []  # e.g. PDF: scripts no installed font has (#20)
            left_out: list[Omission] = []
            out = renderers.export_brief(
                ws,
                brief,
                path,
                fmt,
                output,
                theme=self.config.theme,
                audience=audience,
                left_out=left_out,
                warnings=warnings,
            )
        except BrieferError as e:
            self.call_from_thread(self.notify, str(e), severity="error", timeout=12)
            return
        except Exception as e:  # noqa: BLE001 - an export bug must not take the outline down
            self.call_from_thread(self.internal_error, "export", e)
            return
        for warning in warnings:
            self.call_from_thread(self.notify, warning, severity="warning", timeout=30)
        message = self.call_from_thread(deliver_export, self, out) or f"Exported to {out}"
        if audience:  # what the tearline left out, each with its place in the brief
            message += "\n" + "\n".join(audience_report(audience, left_out, path.name))
        self.call_from_thread(self.notify, message, timeout=20 if audience else 10)

    # ------------------------------------------------- editions (#16), sourcing (#14)
    def action_snapshot(self) -> None:
        """``s``: a snapshot of the brief and its cited items, with an optional note."""
        session = self._ready_session()
        if session is None:
            return

        def done(note: str | None) -> None:
            if note is None or not session.is_open:
                return
            from ..editions.snapshot import take_snapshot

            try:
                snap = take_snapshot(session.ws, session.brief, session.path, note)
            except BrieferError as e:
                self.notify(f"No snapshot taken: {e}", severity="error", timeout=12)
                return
            shown = snap.path.name if snap.path is not None else "?"
            self.notify(f"Snapshot taken: {shown} (h shows the history)", timeout=6)

        from .screens.dialogs import LineDialog

        self.push_screen(
            LineDialog(
                "Take a snapshot",
                placeholder="Note (optional), e.g. sent to the desk",
                note="A copy of the brief and of the items it cites, kept under "
                ".briefer/snapshots/. Enter takes it.",
            ),
            done,
        )

    def action_history(self) -> None:
        """``h``: the brief's snapshots (and git commits); restore one as the brief (one
        undoable step) or as a new brief."""
        session = self._ready_session()
        if session is None:
            return
        from ..editions.history import History
        from .screens.history import HistoryScreen

        try:
            history = History(session.ws, session.brief, session.path)
            entries = history.entries()
        except BrieferError as e:
            self.notify(f"The history cannot be read: {e}", severity="error", timeout=12)
            return
        git = self.main_screen.git

        def done(choice: HistoryChoice | None) -> None:
            if choice is None or not session.is_open:
                return
            try:
                if choice.action == "restore":
                    brief = history.restore(choice.key)
                    session.edit(lambda o: o.replace(brief))
                    self.notify("Snapshot restored as the brief (ctrl+z undoes).", timeout=6)
                elif choice.action == "new":
                    path = history.restore_as_new(choice.key)
                    self.notify(f"Snapshot restored as a new brief: {path.name}", timeout=6)
                    self.open_brief_asking(path)
            except (BrieferError, OutlineError) as e:
                self.notify(f"Not restored: {e}", severity="error", timeout=12)

        self.push_screen(HistoryScreen(entries, history.diff_text, session.path.name, git), done)

    def action_sourcing_statement(self) -> None:
        """Insert the drafted source summary statement (ICD 206) as a prose entry in a new
        "Sourcing" section (one undoable step; the analyst edits it like prose)."""
        session = self._ready_session()
        if session is None:
            return
        from ..document import resolve
        from ..tradecraft.sourcing import insert_statement, statement, summarize

        try:
            doc = resolve(session.ws, session.brief, session.path)
            text = statement(summarize(session.ws, doc))
            cursor = session.edit(lambda o: insert_statement(o, text))
        except (BrieferError, OutlineError) as e:
            self.notify(f"No sourcing statement inserted: {e}", severity="warning", timeout=10)
            return
        self.main_screen.jump(cursor)
        self.notify("Sourcing statement inserted (edit it like prose; ctrl+z undoes).", timeout=6)

    # --------------------------------------------------------------- import
    def action_import_article(self) -> None:
        """``i``: the import dialog, then the review screen, then save."""
        session = self.session
        if session is None:
            return
        from ..extract import summary
        from ..extract.draft import free_id
        from .screens.importer import ImportDialog
        from .screens.review import ReviewScreen

        ws = session.ws

        def reviewed(result: tuple[Path, m.Source] | None) -> None:
            if result is None:
                self.notify("Import cancelled: nothing was written.", timeout=4)
                return
            path, saved = result
            shown = path.relative_to(ws.root) if path.is_relative_to(ws.root) else path
            self.notify(
                f"Saved {shown}: {summary(saved)}. Its items are in the library.", timeout=10
            )
            # the library, the outline and the checks: a reference may have been unknown
            session.library_changed(before=before, select=saved)

        def read(result: tuple[m.Source, str] | None) -> None:
            if result is None:
                self.notify("Import cancelled: nothing was written.", timeout=4)
                return
            draft, name = result
            note_id = free_id(ws, draft.id or draft.title)
            self.push_screen(ReviewScreen(draft, name, ws, note_id), reviewed)

        before = list(ws.errors)
        self.push_screen(ImportDialog(ws.root), read)

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
        """Look at the disk now (in a thread); the library follows when anything changed.
        Skipped while a dialog or another screen is open (they may hold items)."""
        session = self.session
        if session is None or self._disk_busy or len(self.screen_stack) != 1:
            return
        self._disk_busy = True
        self._refresh_in_thread(session.ws)

    @work(
        thread=True,
        group="follow-disk",
        exit_on_error=False,
        description="look for source notes changed on disk",
    )
    def _refresh_in_thread(self, ws: Workspace) -> None:
        try:
            shadow = copy.copy(ws)  # refresh assigns new dicts and lists: ws is not touched
            changed = shadow.refresh()
            if changed:
                shadow.hits()  # build the search index here, not on the UI thread
        except Exception as e:  # noqa: BLE001 - reported on the UI thread, the app goes on
            self.call_from_thread(self._disk_failed, e)
            return
        from ..editions.history import git_line

        self.call_from_thread(self.main_screen.show_git, git_line(ws.root))
        self.call_from_thread(self._disk_checked, ws, shadow if changed else None)

    def _disk_failed(self, error: Exception) -> None:
        self._disk_busy = False
        self.internal_error("reloading the library", error)

    def _disk_checked(self, base: Workspace, shadow: Workspace | None) -> None:
        self._disk_busy = False
        if self.follower is not None and len(self.screen_stack) == 1:
            self.follower.check()  # the open brief, followed like the library (#19)
        session = self.session
        if shadow is None or session is None:
            return
        if session.ws is not base or session.ws.sources is not base.sources:
            return  # an import changed the library meanwhile: look again later
        before = list(session.ws.errors)
        session.library_changed(shadow, before)
        known = {str(p) for p in before}
        broken = [p for p in shadow.errors if str(p) not in known]
        n = len(shadow.sources)
        self.notify(f"Library updated: {n:,} note{'' if n == 1 else 's'}", timeout=3)
        if broken:
            self.notify(
                f"{len(broken)} new problem(s) in the workspace's files:\n" + problems_text(broken),
                severity="warning",
                timeout=12,
            )

    # --------------------------------------------------------------- themes
    def action_pick_theme(self) -> None:
        from .screens.themes import ThemePicker, theme_names

        def done(name: str | None) -> None:
            if name is not None:
                self.switch_theme(name)

        self.push_screen(ThemePicker(theme_names(self.available_themes), self.theme), done)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette commands, less those briefer has under the same name
        ("Quit", which asks about unsaved work, and "Theme", which is remembered)."""
        own = {b.description for b in bindings(self.BINDINGS)}
        for command in super().get_system_commands(screen):
            if command.title not in own:
                yield command

    def action_change_theme(self) -> None:
        """Textual's own "Theme" command opens briefer's picker (which remembers it)."""
        self.action_pick_theme()

    def switch_theme(self, name: str) -> bool:
        """Apply theme ``name`` at once and remember it in the config file."""
        if name not in self.available_themes:
            self.notify(f"No theme named {name!r}.", severity="warning")
            return False
        self.theme = name
        from .. import config as user_config

        try:
            self.config = user_config.update(theme=name)
        except (BrieferError, OSError) as e:
            self.notify(
                f"Theme {name} applied but not remembered: {e}", severity="warning", timeout=10
            )
            return True
        self.notify(f"Theme: {name} (saved in {user_config.config_path()})", timeout=3)
        return True

    # ------------------------------------------------------ help and palette
    def help_groups(self) -> list[tuple[str, list[Binding]]]:
        """Every binding of the main screen, the library and the app, by pane."""
        main = bindings(MainScreen.BINDINGS)
        palette = Binding(
            self.COMMAND_PALETTE_BINDING,
            "command_palette",
            "Palette",
            id="palette",
            tooltip="command palette: every action by name",
        )
        return [
            (
                "Library",
                _ordered([b for b in main if b.id in LIBRARY_IDS]) + bindings(LibraryPane.BINDINGS),
            ),
            ("Outline", _ordered([b for b in main if b.id in OUTLINE_IDS])),
            (
                "Everywhere",
                _ordered(
                    [b for b in main if b.id not in (*LIBRARY_IDS, *OUTLINE_IDS)]
                    + bindings(self.BINDINGS)
                    + [palette]
                ),
            ),
        ]

    def action_help(self) -> None:
        from .screens.help import HelpScreen, help_rows

        self.push_screen(HelpScreen(help_rows(self.help_groups(), self)))

    def _keys(self, b: Binding) -> str:
        return " / ".join(
            self.get_key_display(Binding(k.strip(), b.action)) for k in b.key.split(",")
        )

    def palette_commands(self) -> list[Command]:
        """Every command of the palette: the main screen's and the app's actions (by their
        binding's description), save as, open brief…, theme…, export as…"""
        from ..render import FORMATS
        from .screens.themes import theme_names

        out: list[Command] = []
        main = self.main_screen
        screen_bindings = bindings(MainScreen.BINDINGS)
        for b in [*screen_bindings, *bindings(self.BINDINGS)]:
            if b.description:
                target: MainScreen | BrieferApp = main if b in screen_bindings else self
                out.append(
                    (
                        b.description,
                        f"{b.tooltip or b.description} ({self._keys(b)})",
                        partial(target.run_action, b.action),
                    )
                )
        out.append(("Save as", "save the brief to another file", self.action_save_as))
        out.append(
            (
                "Insert sourcing statement",
                "the drafted ICD 206 source summary as a prose entry in a 'Sourcing' section",
                self.action_sourcing_statement,
            )
        )
        if self.session is not None:
            for path in self.session.ws.brief_paths():
                out.append(
                    (f"Open brief: {path.name}", str(path), partial(self.open_brief_asking, path))
                )
        for name in theme_names(self.available_themes):
            out.append(
                (
                    f"Theme: {name}",
                    "switch theme (remembered in the config file)",
                    partial(self.switch_theme, name),
                )
            )
        for fmt in FORMATS:
            out.append(
                (
                    f"Export as {format_name(fmt)}",
                    "to the workspace's exports/ folder",
                    partial(self.export_as, fmt),
                )
            )
        return out

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
