"""Notifications show user text literally: a section heading or a file problem with
markup in it can neither style the message nor break it."""

from __future__ import annotations

from pathlib import Path

from tuihelp import WEEKLY, ready

from briefer.tui.app import make_app


async def test_notifications_are_plain_text(sample_ws: Path):
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        app.notify("rename section '[bold]x[/]' \x1b[2J", title="[red]t")
        app.screen.notify("[/] and [link=javascript:x]y")
        await pilot.pause()
        shown = [n for n in app.messages]
        assert "rename section '[bold]x[/]' \u241b[2J" in shown
        assert "[/] and [link=javascript:x]y" in shown
