"""What the keys and the palette offer: the help screen's bindings by pane (``?``), the
command palette's commands (ctrl+p; shown by ``palette.BrieferCommands``), and which of
Textual's own commands briefer has under the same name. Built from the bindings of the
main screen, the library and the app, which are passed in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial

from textual.app import SystemCommand
from textual.binding import Binding

from .export_flow import format_name
from .host import Host
from .palette import Command
from .screens.main import MainScreen
from .widgets.library import LibraryPane

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


def bindings(items: Iterable[object]) -> list[Binding]:
    """The ``Binding`` objects of a ``BINDINGS`` list (Textual also allows tuples there)."""
    return [b for b in items if isinstance(b, Binding)]


def _ordered(bindings: list[Binding]) -> list[Binding]:
    return sorted(bindings, key=lambda b: ORDER.index(b.id) if b.id in ORDER else len(ORDER))


def help_groups(
    app_bindings: Iterable[object], palette_key: str
) -> list[tuple[str, list[Binding]]]:
    """Every binding of the main screen, the library and the app (``app_bindings``; the
    palette opens with ``palette_key``), by pane."""
    main = bindings(MainScreen.BINDINGS)
    palette = Binding(
        palette_key,
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
                + bindings(app_bindings)
                + [palette]
            ),
        ),
    ]


def _keys(app: Host, b: Binding) -> str:
    return " / ".join(app.get_key_display(Binding(k.strip(), b.action)) for k in b.key.split(","))


def palette_commands(app: Host, app_bindings: Iterable[object]) -> list[Command]:
    """Every command of the palette: the main screen's and the app's actions (by their
    binding's description), save as, open brief…, theme…, export as…"""
    from ..render import FORMATS
    from .screens.themes import theme_names

    out: list[Command] = []
    main = app.main_screen
    screen_bindings = bindings(MainScreen.BINDINGS)
    for b in [*screen_bindings, *bindings(app_bindings)]:
        if b.description:
            target: MainScreen | Host = main if b in screen_bindings else app
            out.append(
                (
                    b.description,
                    f"{b.tooltip or b.description} ({_keys(app, b)})",
                    partial(target.run_action, b.action),
                )
            )
    out.append(("Save as", "save the brief to another file", app.action_save_as))
    out.append(
        (
            "Insert sourcing statement",
            "the drafted ICD 206 source summary as a prose entry in a 'Sourcing' section",
            app.action_sourcing_statement,
        )
    )
    if app.session is not None:
        for path in app.session.ws.brief_paths():
            out.append(
                (f"Open brief: {path.name}", str(path), partial(app.open_brief_asking, path))
            )
    for name in theme_names(app.available_themes):
        out.append(
            (
                f"Theme: {name}",
                "switch theme (remembered in the config file)",
                partial(app.switch_theme, name),
            )
        )
    for fmt in FORMATS:
        out.append(
            (
                f"Export as {format_name(fmt)}",
                "to the workspace's exports/ folder",
                partial(app.export_as, fmt),
            )
        )
    return out


def system_commands(
    commands: Iterable[SystemCommand], app_bindings: Iterable[object]
) -> Iterator[SystemCommand]:
    """Textual's own palette ``commands``, less those briefer has under the same name
    ("Quit", which asks about unsaved work, and "Theme", which is remembered)."""
    own = {b.description for b in bindings(app_bindings)}
    for command in commands:
        if command.title not in own:
            yield command
