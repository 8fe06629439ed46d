"""The app's comforts: themes (ctrl+t, remembered in the config file), exports by format
for the command palette, and the help screen generated from the real bindings.

Mixed into ``BrieferApp`` (before ``App``, so these methods are the app's own).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from .. import config
from ..errors import BrieferError
from ..textutil import visible
from ..themes import BRIEFER_VARIABLES
from .screens.help import HelpScreen, help_rows
from .screens.themes import ThemePicker, theme_names
from .widgets.library import LibraryPane

FORMAT_NAMES = {"md": "Markdown", "html": "HTML", "typst": "Typst", "pdf": "PDF"}
# Which pane a main-screen binding acts on (by binding id); any other one works everywhere.
LIBRARY_IDS = ("filter", "add")
OUTLINE_IDS = (
    "edit",
    "editor",
    "prose",
    "bluf",
    "confidence",
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
    "theme",
    "help",
    "quit",
    "palette",
]


def _ordered(bindings: list[Binding]) -> list[Binding]:
    return sorted(bindings, key=lambda b: ORDER.index(b.id) if b.id in ORDER else len(ORDER))


class AppComforts:
    """Theme switching, exports by format and the help screen, for ``BrieferApp``."""

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """briefer's own variables (take/quote/figure colours, marking badges) for themes
        that do not set them, Textual's built-in themes among them."""
        return {**super().get_theme_variable_defaults(), **BRIEFER_VARIABLES}

    # ------------------------------------------------------------- themes
    def action_pick_theme(self) -> None:
        def done(name: str | None) -> None:
            if name is not None:
                self.switch_theme(name)

        self.push_screen(ThemePicker(theme_names(self.available_themes), self.theme), done)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own palette commands, less those briefer has under the same name
        ("Quit", which asks about unsaved work, and "Theme", which is remembered)."""
        own = {b.description for b in self.BINDINGS}
        for command in super().get_system_commands(screen):  # type: ignore[misc]
            if command.title not in own:
                yield command

    def action_change_theme(self) -> None:
        """Textual's own "Theme" command opens briefer's picker (which remembers it)."""
        self.action_pick_theme()

    def switch_theme(self, name: str) -> bool:
        """Apply theme ``name`` at once and remember it in the config file."""
        if name not in self.available_themes:
            self.notify(visible(f"No theme named {name!r}."), severity="warning", markup=False)
            return False
        self.theme = name
        try:
            self.config = config.update(theme=name)
        except (BrieferError, OSError) as e:
            self.notify(
                visible(f"Theme {name} applied but not remembered: {e}"),
                severity="warning",
                timeout=10,
                markup=False,
            )
            return True
        self.notify(
            visible(f"Theme: {name} (saved in {config.config_path()})"), timeout=3, markup=False
        )
        return True

    # ------------------------------------------------------------- exports
    def export_as(self, fmt: str) -> None:
        """Export the brief in ``fmt`` to its default file (exports/ in the workspace)."""
        if self.session is None:
            self.notify("No brief is open.", severity="warning")
            return
        self.notify(f"Exporting {FORMAT_NAMES.get(fmt, fmt)}…", timeout=2)
        self._export(fmt, None)

    # --------------------------------------------------------------- help
    def help_groups(self) -> list[tuple[str, list[Binding]]]:
        """Every binding of the main screen, the library and the app, by pane."""
        from .screens.main import MainScreen

        main = list(MainScreen.BINDINGS)
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
                _ordered([b for b in main if b.id in LIBRARY_IDS]) + list(LibraryPane.BINDINGS),
            ),
            ("Outline", _ordered([b for b in main if b.id in OUTLINE_IDS])),
            (
                "Everywhere",
                _ordered(
                    [b for b in main if b.id not in (*LIBRARY_IDS, *OUTLINE_IDS)]
                    + list(self.BINDINGS)
                    + [palette]
                ),
            ),
        ]

    def action_help(self) -> None:
        self.push_screen(HelpScreen(help_rows(self.help_groups(), self)))

    def open_brief_asking(self, path: Path) -> None:
        """Open ``path`` (asking first when a change of the open brief is not saved)."""
        self._unsaved_then(lambda: self.open_brief(path), "open another brief")
