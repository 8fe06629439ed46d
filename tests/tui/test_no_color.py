"""NO_COLOR: every colour is stripped (the terminal's own foreground and background),
whatever the theme, so nothing can end up black on black."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.filter import Monochrome, NoColor
from tuihelp import WEEKLY, ready

from briefer.tui.app import make_app


@pytest.mark.parametrize("term", ["linux", "xterm-256color"])
async def test_no_color_strips_colours_in_every_theme(sample_ws: Path, monkeypatch, term):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", term)
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        filters = list(app.get_line_filters())
        assert any(isinstance(f, NoColor) for f in filters)
        assert not any(isinstance(f, Monochrome) for f in filters)
        if term == "linux":
            assert app.current_theme.ansi  # the console theme, now readable


async def test_colour_is_kept_without_no_color(sample_ws: Path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert not any(isinstance(f, NoColor | Monochrome) for f in app.get_line_filters())
