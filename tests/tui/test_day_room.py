"""Issue #19, point 5: room for the text. Library rows use the width they have at 120
columns; the checks panel uses the terminal's width; at 80x24 one toast at a time, never
over the outline or the library; on the Linux console ASCII borders and markers, and a
modal keeps the screen behind it."""

from __future__ import annotations

import html
import re
from pathlib import Path

from textual.widgets._toast import Toast
from tuihelp import WEEKLY, library, outline, ready

from briefer.tui.app import make_app
from briefer.tui.screens.checks import ChecksPanel
from briefer.tui.widgets.header import BriefHeader


async def test_library_rows_use_the_width_at_120_columns(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        lib = library(pilot)
        assert lib.scrollable_content_region.width >= 60
        src, item = lib.row(1)
        assert item is not None and len(item.text) > 70
        shown = lib.row_text(1)
        # far more than ~30 characters of the item's text on its row
        assert item.text[:55] in shown, shown
        # the outline spans the whole width below library and detail
        assert outline(pilot).size.width >= 110


async def test_checks_panel_uses_the_terminal_width(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ChecksPanel)
        assert app.screen.query_one("#dialog-box").size.width >= 110


async def test_one_toast_at_a_time_over_the_detail_pane(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        main = app.screen
        view = outline(pilot)
        view.focus()
        view.highlighted = view.option_count - 1  # the cursor line low in the outline
        await pilot.pause()
        for n in range(3):
            app.notify(f"Toast number {n}: " + "a fairly long message to wrap " * 3, timeout=30)
        await pilot.pause()
        await pilot.pause()
        toasts = [t for t in main.query(Toast) if t.display and t.region.area]
        assert len(toasts) == 1
        assert "Toast number 2" in str(toasts[0].render())
        box = toasts[0].region
        for pane in (view, main.query_one("#library-pane"), main.query_one(BriefHeader)):
            assert not box.overlaps(pane.region), (box, pane.region)


async def test_linux_console_ascii_borders_and_modals_keep_the_screen(
    sample_ws: Path, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv("TERM", "linux")
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        main = app.screen
        for pane in ("#library-pane", "#detail", "#outline"):
            assert main.query_one(pane).styles.border_top[0] == "ascii", pane
        lib = library(pilot)
        rows = [lib.row_text(i) for i in range(1, 6)]
        assert any(r.lstrip(" >").startswith(("* ", '" ', "# ")) for r in rows), rows
        assert not any("•" in r or "“ " in r for r in rows)
        header = main.query_one(BriefHeader).content(80).plain
        assert " | " in header
        # the console's fonts have no "…": a cut row or title ends with "~" (rows are cut
        # at 80 columns: the sample's titles are longer than the library pane)
        assert not any("…" in r for r in rows) and "…" not in header
        assert any(r.rstrip().split(" ")[-2].endswith("~") for r in rows if "~" in r)
        await pilot.press("c")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, ChecksPanel)
        assert panel.styles.background.a == 0  # the main screen shows around the panel
        assert panel.query_one("#dialog-box").styles.border_top[0] == "ascii"
        shot = html.unescape(re.sub(r"<[^>]+>", "", app.export_screenshot())).replace("\xa0", " ")
        assert "Library" in shot and "judgments" in shot  # the main screen, not a blank


def test_cut_marks_are_ascii_on_the_linux_console(monkeypatch) -> None:  # noqa: ANN001
    from briefer.tui.text import fit, full, line

    monkeypatch.setenv("TERM", "xterm-256color")
    assert fit("abcdefgh", 5) == "abcd…" and line("x" * 30, 10) == "x" * 9 + "…"
    monkeypatch.setenv("TERM", "linux")
    assert fit("abcdefgh", 5) == "abcd~"
    assert fit("한국어입니다", 5) == "한국~"  # wide letters count two cells
    assert line("x" * 30, 10) == "x" * 9 + "~" and line("a  b", 10) == "a b"
    assert line("ends with …", 20) == "ends with …"  # the note's own ellipsis stays
    assert full("y" * 30, 10).endswith(" ~ (20 more characters not shown)")
