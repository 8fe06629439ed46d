"""The outline's hanging indent: wrapped lines continue under the entry's text."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content
from tuihelp import WEEKLY, outline, ready

from briefer.tui.app import make_app
from briefer.tui.widgets.hanging import Hanging


def test_continuation_lines_start_under_the_text() -> None:
    h = Hanging(
        (Content("  • "), Content("one two three four five six seven eight")),
        (Content("    ↳ "), Content("alpha beta gamma delta")),
    )
    lines = h._lines(16)[0].plain.split("\n")
    assert lines[0].startswith("  • one")
    at = next(i for i, ln in enumerate(lines) if ln.startswith("    ↳ "))
    body = lines[1:at]
    assert body and all(ln.startswith("    ") and ln[4] != " " for ln in body), lines
    assert all(ln.startswith("      ") and ln[6] != " " for ln in lines[at + 1 :]), lines
    assert all(len(ln) <= 16 for ln in lines)
    assert h.get_height({}, 16) == len(lines)
    assert str(h) == ("  • one two three four five six seven eight\n    ↳ alpha beta gamma delta")


async def test_outline_pane_wraps_under_the_text(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        view = outline(pilot)
        rows = [view.render_line(y).text for y in range(view.content_region.height)]
        bluf = next(i for i, r in enumerate(rows) if r.lstrip().startswith("BLUF "))
        start = rows[bluf].index("BLUF ") + len("BLUF ")
        assert rows[bluf + 1][:start].strip() == "" and rows[bluf + 1][start] != " ", rows
