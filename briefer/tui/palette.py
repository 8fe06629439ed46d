"""The command palette's one provider: every action of the main screen and the app (named
by its binding's description), "Open brief: …", "Theme: …" and "Export as …". The app
lists them (``palette_commands``); this only matches and shows them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.style import Style

Command = tuple[str, str, Callable[[], object]]  # name, help, what it runs


class HasCommands(Protocol):
    def palette_commands(self) -> list[Command]: ...


def highlight(name: str, offsets: list[int], style: Style | str = "bold") -> Content:
    """``name`` with the matched characters in ``style``, never read as markup (a brief's
    file name may hold ``[``)."""
    content = Content(name)
    for offset in offsets:
        if 0 <= offset < len(name) and not name[offset].isspace():
            content = content.stylize(style, offset, offset + 1)
    return content


class BrieferCommands(Provider):
    """briefer's commands, by name."""

    async def startup(self) -> None:
        app = cast(HasCommands, self.app)
        self._cached = app.palette_commands()  # once per opening of the palette, not per key

    async def discover(self) -> Hits:
        for name, help_text, run in self._cached:
            yield DiscoveryHit(Content(name), run, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, run in self._cached:
            score = matcher.match(name)
            if score > 0:
                offsets = matcher.fuzzy_search.match(matcher.query, name)[1]
                yield Hit(
                    score,
                    highlight(name, list(offsets), matcher.match_style),
                    run,
                    text=name,
                    help=escape(help_text),
                )
