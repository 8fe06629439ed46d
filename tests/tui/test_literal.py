"""Text from notes is shown literally and cannot freeze the app or reach the terminal."""

from __future__ import annotations

import time
from pathlib import Path

from textual.widgets import Static
from tuihelp import WEEKLY, library, on_disk, outline_text, ready

from briefer import model as m
from briefer.schema import save_source
from briefer.tui.app import make_app
from briefer.tui.widgets.detail import Detail

HOSTILE = "[bold]x[/bold] and [/] and [00] \x1b[2J\x07 end"
BIG = "lorem ipsum " * 90_000  # ~1 MB on one line


def _hostile_note(ws: Path) -> None:
    src = m.Source(
        id="zz-hostile",
        title="Hostile [red]title[/red]",
        reliability="B",
        quotes=[m.Quote(id="q1", text=HOSTILE, speaker="[i]Mallory[/i]")],
        takes=[m.Take(id="t1", text=BIG)],
    )
    save_source(src, ws / "sources" / "zz-hostile.yaml", None)


def _detail_text(app) -> str:  # noqa: ANN001
    return str(app.screen.query_one(Detail).query_one("#detail-body", Static).render())


async def test_markup_and_escapes_show_literally(sample_ws: Path) -> None:
    _hostile_note(sample_ws)
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        lib = library(pilot)
        hit = app.ws.resolve("zz-hostile/q1")
        assert hit is not None and hit.item.text == HOSTILE  # the note really holds it
        lib.select(hit.source, hit.item)
        await pilot.pause()
        row = lib.render_line(lib.cursor - lib.scroll_offset.y).text
        assert "“ [bold]x[/bold] and [/] and" in row
        shown = _detail_text(app)
        assert HOSTILE.replace("\x1b", "␛").replace("\x07", "␇") in shown
        assert "[i]Mallory[/i]" in shown and "Hostile [red]title[/red]" in shown
        await pilot.press("a")
        assert str(on_disk(path).sections[0].entries[-1].ref) == "zz-hostile/q1"
        assert "[bold]x[/bold] and [/] and [00] ␛[2J␇" in outline_text(pilot)
        screen = app.export_screenshot()
        assert "\x1b" not in screen and "\x07" not in screen
        assert "[bold]x[/bold]" in screen.replace("&#160;", " ")


async def test_one_megabyte_line_stays_responsive(sample_ws: Path) -> None:
    _hostile_note(sample_ws)
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        start = time.monotonic()
        lib = library(pilot)
        hit = app.ws.resolve("zz-hostile/t1")
        lib.select(hit.source, hit.item)
        await pilot.press("down", "up", "a")
        await pilot.pause()
        elapsed = time.monotonic() - start
        assert str(on_disk(path).sections[0].entries[-1].ref) == "zz-hostile/t1"
        shown = _detail_text(app)
        assert "more characters not shown" in shown and len(shown) < 25_000
        assert len(lib.render_line(lib.cursor - lib.scroll_offset.y).text) <= 80
        assert elapsed < 10, f"a 1 MB line took {elapsed:.1f}s to show and add"
