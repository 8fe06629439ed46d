"""Issue #19, point 6: a broken note that no brief cites stays visible until it is fixed:
counted in the header (⊘, or U on the Linux console) and listed in the checks panel with
its path:line:col, not only in a toast."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static
from tuihelp import WEEKLY, ready

from briefer.tui.app import make_app
from briefer.tui.screens.checks import ChecksPanel
from briefer.tui.widgets.header import BriefHeader

SIZE = (80, 24)
BROKEN = "title: Port calls\ntakes:\n  - id: [t1\n    text: Cranes idle.\n"


async def look(pilot) -> None:  # noqa: ANN001
    pilot.app.check_disk()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def header_text(app) -> str:  # noqa: ANN001
    header = app.screen_stack[0].query_one(BriefHeader)
    return header.content(80).plain


def panel_lines(panel: ChecksPanel) -> list[str]:
    options = panel.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_unreadable_note_counted_and_listed_until_fixed(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert "⊘" not in header_text(app)
        bad = sample_ws / "sources" / "zz-port.yaml"
        bad.write_text(BROKEN)
        await look(pilot)
        # long after any toast: the header still counts it
        assert "⊘1" in header_text(app)
        assert header_text(app).index("⊘1") < header_text(app).index("TLP:")
        await pilot.press("c")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, ChecksPanel)
        lines = panel_lines(panel)
        broken = [ln for ln in lines if "zz-port.yaml:4:" in ln]
        assert broken and broken[0].startswith("⊘ sources/zz-port.yaml:4:")
        assert any("1 file of the workspace cannot be read" in ln for ln in lines)
        # highlighting it shows the problem in full, with the line quoted
        options = panel.query_one(OptionList)
        options.highlighted = lines.index(broken[0])
        await pilot.pause()
        detail = str(panel.query_one("#finding-detail", Static).render())
        assert "sources/zz-port.yaml:4:" in detail and "text: Cranes idle." in detail
        # enter on it keeps the panel open (there is no entry to jump to)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is panel
        await pilot.press("escape")
        await pilot.pause()
        # fixed: gone from the header
        bad.write_text(BROKEN.replace("[t1", "t1"))
        await look(pilot)
        assert "⊘" not in header_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert not any("zz-port" in ln for ln in panel_lines(app.screen))


async def test_unreadable_count_is_ascii_on_the_linux_console(sample_ws: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("TERM", "linux")
    (sample_ws / "sources" / "zz-port.yaml").write_text(BROKEN)
    (sample_ws / "sources" / "zz-two.yaml").write_text("title: [x\n")
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        text = header_text(app)
        assert "U2" in text and "⊘" not in text
        assert all(ord(c) < 128 for c in text.split("U2")[0])
