"""A floor for briefer's first frame: Textual alone drawing a screen like briefer's main one.

No briefer code is imported: the same widget tree (a one-line header, the panes in a
Horizontal: a Vertical with an Input, a Static and a ScrollView; a VerticalScroll with a
Static; an OptionList with one line; a Footer with the same 21 keys), the same stylesheet
(``briefer/tui/app.tcss``, read as a file), the same width breakpoints and the focus on the
list. bench/bench_process.py times it like the bare app: what is left between this and briefer
is briefer's own code; what is between the bare app and this is the screen itself.
"""

from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.widgets import Footer, Input, OptionList, Static

MARKER = "Outline"
TCSS = Path(__file__).resolve().parent.parent / "briefer" / "tui" / "app.tcss"
# the keys briefer's footer shows (main screen and app), same order and labels
KEYS = [
    ("slash", "Filter"),
    ("a", "Add"),
    ("e", "Edit"),
    ("delete,x", "Remove"),
    ("ctrl+z", "Undo"),
    ("p", "Preview"),
    ("ctrl+e", "Export"),
    ("question_mark", "Help"),
    ("t", "Prose"),
    ("b", "BLUF"),
    ("n", "New section"),
    ("r", "Rename section"),
    ("shift+up,K", "Move up"),
    ("shift+down,J", "Move down"),
    ("ctrl+y", "Redo"),
    ("ctrl+o", "Open brief"),
    ("ctrl+n", "New brief"),
    ("c", "Check"),
    ("f", "Confidence"),
]
VARIABLES = {  # the theme variables app.tcss uses beyond Textual's own
    name: "#888888"
    for name in (
        "take-color",
        "quote-color",
        "figure-color",
        "marking-clear",
        "marking-green",
        "marking-amber",
        "marking-red",
    )
}


class LibraryList(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {
        "library--source",
        "library--cursor",
        "library--dim",
        "library--take",
        "library--quote",
        "library--figure",
        "library--match",
        "library--note",
    }


class MainScreen(Screen[None]):
    BINDINGS = [Binding(key, "bell", label) for key, label in KEYS]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (160, "-wide")]

    def compose(self) -> ComposeResult:
        yield Static("briefer │ loading…", id="header")
        with Horizontal(id="panes"):
            with Vertical(id="library-pane"):
                yield Input(placeholder="/ filter · 1 2 3 0 kinds", id="filter")
                yield Static(id="library-status")
                yield LibraryList(id="library-list")
            with VerticalScroll(id="detail"):
                yield Static("Highlight an item in the library to see it here.")
            yield OptionList("Loading the workspace…", id="outline")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#library-pane").border_title = "Library"
        self.query_one("#detail").border_title = "Detail"
        self.query_one("#outline").border_title = MARKER
        self.query_one(LibraryList).focus()


class Floor(App[None]):
    CSS_PATH = str(TCSS)
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **VARIABLES}

    def get_default_screen(self) -> Screen[None]:
        return MainScreen()


if __name__ == "__main__":
    Floor().run()
