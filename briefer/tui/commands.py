"""Command palette: every action of the main screen, found by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

# (name, help, action on the main screen)
COMMANDS: list[tuple[str, str, str]] = [
    ("Filter the library", "Focus the filter box (/)", "filter"),
    ("Add item to the brief", "Add the highlighted library item (a)", "add"),
    ("Add prose", "Add a prose entry (t)", "prose"),
    ("Edit entry", "Edit the highlighted entry's comment or prose (e)", "edit"),
    ("Edit BLUF", "Edit the bottom line up front (b)", "bluf"),
    ("New section", "Add a section after the highlighted one (n)", "new_section"),
    ("Rename section", "Rename the highlighted section (r)", "rename_section"),
    ("Remove entry or section", "Remove the highlighted entry or section (x)", "remove"),
    ("Move up", "Move the entry or section up (shift+up)", "move(-1)"),
    ("Move down", "Move the entry or section down (shift+down)", "move(1)"),
    ("Undo", "Undo the last outline change (ctrl+z)", "undo"),
    ("Redo", "Redo (ctrl+y)", "redo"),
    ("Preview", "Preview the rendered brief (p)", "preview"),
    ("Export", "Export to Markdown, HTML, Typst or PDF (ctrl+e)", "export"),
    ("Open brief", "Open another brief of the workspace (ctrl+o)", "open"),
    ("New brief", "Create a brief from the template (ctrl+n)", "new_brief"),
    ("Check the brief", "Run the checks (c)", "checks"),
    ("Copy reference", "Copy the highlighted item's SOURCE/ITEM reference (y)", "copy_ref"),
    ("Help", "Every key (?)", "help"),
    ("Save as", "Save the brief to another file", "save_as"),
    ("Quit", "Quit briefer (ctrl+q)", "app.quit"),
]


class BrieferCommands(Provider):
    """The main screen's actions, by name."""

    def _main(self):  # noqa: ANN202
        from .screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        return None

    async def _run(self, action: str) -> None:
        screen = self._main()
        if screen is not None:
            await screen.run_action(action)

    async def discover(self) -> Hits:
        for name, help_text, action in COMMANDS:
            yield DiscoveryHit(name, partial(self._run, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, action in COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._run, action),
                          help=help_text)
