"""80x24, the analyst's ssh terminal: the header keeps the marking, the save state and the
file name (the title is what gets shortened), the filter's placeholder fits its box, and
library rows are cut by cell width, so wide Hangul/Han text keeps its grade column."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from tuihelp import WEEKLY, library, ready

from briefer.schema import load_brief, save_brief
from briefer.tui.app import make_app
from briefer.tui.widgets.header import BriefHeader, HeaderState
from briefer.tui.widgets.library import LibraryPane

SIZE = (80, 24)
LONG = "North Korean artillery and troops for Russia: weekly update on shells and soldiers"

KOREAN_TAKE = (
    "북한은 올해 포탄 생산량을 크게 늘렸으며 그 대부분이 러시아로 보내지고 있다고 "
    "정보 당국이 밝혔다"
)
KOREAN_NOTE = f"""\
id: zz-korean
title: 북한 포탄 생산과 러시아 지원에 관한 국내 언론 보도 모음
reliability: B
takes:
  - id: t1
    text: {KOREAN_TAKE}
    credibility: 2
"""


def retitle(path: Path, title: str) -> None:
    brief, stamp = load_brief(path)
    brief.title = title
    save_brief(brief, path, stamp)


def test_header_shortens_the_title_first() -> None:
    header = BriefHeader()
    header.header = HeaderState(LONG, "TLP:AMBER", "unsaved", "nk-russia-weekly.brief.yaml", ())
    shown = header.content(80)
    plain = shown.plain
    assert shown.cell_length <= 80
    assert "TLP:AMBER" in plain and "UNSAVED" in plain
    assert plain.endswith("nk-russia-weekly.brief.yaml")
    assert "North Ko" in plain and LONG not in plain
    narrow = header.content(50)  # then the file name is shortened too, never the marking
    assert narrow.cell_length <= 50
    assert "TLP:AMBER" in narrow.plain and "UNSAVED" in narrow.plain
    assert "nk-russi" in narrow.plain and "…" in narrow.plain
    wide = header.content(200).plain
    assert LONG in wide


async def test_header_at_80_columns_keeps_marking_state_and_file(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    retitle(path, LONG)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        text = str(app.screen.query_one(BriefHeader).render())
        assert "TLP:GREEN" in text and "saved" in text and text.endswith(WEEKLY)
        assert "North" in text  # the title, shortened


async def test_filter_placeholder_fits(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        box = app.screen.query_one("#filter")
        assert cell_len(box.placeholder) <= box.content_region.width
        assert app.screen.query_one(LibraryPane).size.width >= 44  # more than half of 80


async def test_wide_text_keeps_the_grade_column(sample_ws: Path) -> None:
    (sample_ws / "sources" / "zz-korean.yaml").write_text(KOREAN_NOTE, encoding="utf-8")
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        lib = library(pilot)
        src = app.ws.sources["zz-korean"]
        lib.select(src, src.takes[0])
        await pilot.pause()
        width = lib.scrollable_content_region.width
        rows = {}
        for y in range(lib.scrollable_content_region.height):
            strip = lib.render_line(y)
            rows[y] = "".join(seg.text for seg in strip)
        korean = [r for r in rows.values() if "북한" in r]
        assert len(korean) == 2, rows  # the source line and its take
        for row in korean:
            assert cell_len(row) == width
            assert row.rstrip().endswith(("B2", "B")), row
            assert "…" in row


async def test_adding_in_the_snapshot_scenario_cites_a_new_item(sample_ws: Path) -> None:
    """The 120x40 snapshot adds an item not yet cited (no "already cited" toast over the
    outline)."""
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"shells", "enter", "a")
        await pilot.pause()
        assert not any("already cited" in m for m in app.messages)
        cited = [str(e.ref) for s in app.session.brief.sections for e in s.entries if e.ref]
        # the first item whose own text says "shells" (#19: note-level matches come last)
        assert cited.count("nk-shells-missiles-2025/f2") == 1
        assert app.session.errors == 0
