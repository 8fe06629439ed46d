"""The command palette lists briefer's Quit and Theme once (Textual's own are dropped)."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette
from tuihelp import WEEKLY, ready, type_text

from briefer.tui.app import make_app


async def palette_names(pilot, query: str) -> list[str]:  # noqa: ANN001
    await pilot.press("ctrl+p")
    assert isinstance(pilot.app.screen, CommandPalette)
    await type_text(pilot, query)
    for _ in range(20):  # the palette searches in the background
        await pilot.pause(0.05)
    found = pilot.app.screen.query_one(CommandList)
    names = [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]
    await pilot.press("escape")
    return names


async def test_quit_and_theme_are_listed_once(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Quit" not in titles and "Theme" not in titles
        assert "Keys" in titles and "Screenshot" in titles  # the others stay
        names = await palette_names(pilot, "quit")
        quits = [n for n in names if n.split("\n")[0] == "Quit"]
        assert len(quits) == 1 and "asks first about unsaved typing or changes" in quits[0], names
        names = await palette_names(pilot, "theme")
        themes = [n for n in names if n.split("\n")[0] == "Theme"]
        assert len(themes) == 1 and "remembered" in themes[0], names
