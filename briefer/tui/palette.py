"""The command palette's one provider: every action of the main screen and the app (named
by its binding's description), "Open brief: …", "Theme: …" and "Export as …"."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from .app_comforts import FORMAT_NAMES
from .screens.themes import theme_names

Command = tuple[str, str, Callable[[], Awaitable[None] | None]]


def _highlight(matcher: Matcher, name: str) -> Content:
    """``Matcher.highlight`` without reading ``name`` as markup (a brief's file name)."""
    content = Content(name)
    score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets if score else ():
        if not name[offset].isspace():
            content = content.stylize(matcher._match_style, offset, offset + 1)
    return content


class BrieferCommands(Provider):
    """briefer's commands, by name."""

    def _main(self):  # noqa: ANN202 - MainScreen | None
        from .screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _keys(self, b: Binding) -> str:
        return " / ".join(
            self.app.get_key_display(Binding(k.strip(), b.action)) for k in b.key.split(",")
        )

    def commands(self) -> list[Command]:
        app, main = self.app, self._main()
        out: list[Command] = []
        if main is not None:
            for b in main.BINDINGS:
                if b.description:
                    out.append(
                        (
                            b.description,
                            f"{b.tooltip or b.description} ({self._keys(b)})",
                            partial(main.run_action, b.action),
                        )
                    )
            out.append(("Save as", "save the brief to another file", main.save_as))
        for b in app.BINDINGS:
            if b.description:
                out.append(
                    (
                        b.description,
                        f"{b.tooltip or b.description} ({self._keys(b)})",
                        partial(app.run_action, b.action),
                    )
                )
        for path in app.ws.brief_paths():
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
        for fmt, label in FORMAT_NAMES.items():
            out.append(
                (
                    f"Export as {label}",
                    "to the workspace's exports/ folder",
                    partial(app.export_as, fmt),
                )
            )
        return out

    async def startup(self) -> None:
        self._cached = self.commands()  # once per opening of the palette, not per key

    async def discover(self) -> Hits:
        for name, help_text, run in self._cached:
            yield DiscoveryHit(Content(name), run, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, run in self._cached:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, _highlight(matcher, name), run, text=name, help=escape(help_text))
