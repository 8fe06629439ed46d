"""The library follows the disk: source notes edited, added or broken by another program
show up (filter and highlight kept), and a broken note's problem is reported."""

from __future__ import annotations

import re
from pathlib import Path

from textual import events
from textual.widgets import Input, Static
from tuihelp import WEEKLY, library, ready, type_text

from briefer.tui.app import make_app
from briefer.tui.widgets.detail import Detail

SIZE = (80, 24)
NEW_NOTE = """id: zz-new-note
title: A note written by another program
kind: article
takes:
  - id: t1
    text: Shell output rose again according to a second count.
"""


def detail_text(app) -> str:  # noqa: ANN001
    return str(app.screen.query_one(Detail).query_one("#detail-body", Static).render())


async def look(pilot) -> None:  # noqa: ANN001
    pilot.app.check_disk()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_library_follows_edits_new_notes_and_broken_notes(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await type_text(pilot, "shell")
        await pilot.press("enter")
        lib = library(pilot)
        shown = [f"{s.id}/{it.id}" for s, it in lib.shown_items()]
        assert "nk-artillery-2026/t2" in shown and "zz-new-note/t1" not in shown
        lib.cursor = next(
            i for i, r in enumerate(lib.rows) if getattr(r, "ref", "") == "nk-artillery-2026/t2"
        )
        lib._after_move()
        await pilot.pause()
        assert "has reportedly doubled" in detail_text(app)
        await look(pilot)  # nothing changed: nothing said
        assert not any("Library updated" in n for n in app.messages)

        sources = sample_ws / "sources"
        art = sources / "nk-artillery-2026.yaml"
        art.write_text(art.read_text().replace("has reportedly doubled", "has reportedly tripled"))
        (sources / "zz-new-note.yaml").write_text(NEW_NOTE)
        cas = sources / "nk-casualties-2025.yaml"
        lines = cas.read_text().splitlines(keepends=True)
        lines[21] = "  - id: [t2\n"  # line 22: an unclosed flow sequence
        cas.write_text("".join(lines))
        await look(pilot)

        assert app.query_one("#filter", Input).value == "shell"
        src, item = lib.current
        assert (src.id, item.id) == ("nk-artillery-2026", "t2")
        assert "has reportedly tripled" in detail_text(app)
        shown = [f"{s.id}/{it.id}" for s, it in lib.shown_items()]
        assert "zz-new-note/t1" in shown
        assert "nk-casualties-2025" not in app.ws.sources
        messages = [n for n in app.messages]
        assert any(f"Library updated: {len(app.ws.sources)} notes" in m for m in messages)
        assert any(re.search(re.escape(str(cas)) + r":2[23]:\d+: ", m) for m in messages)

        # fixed again, picked up when the terminal gives the app its focus back
        lines[21] = "  - id: t2\n"
        cas.write_text("".join(lines))
        app.post_message(events.AppFocus())
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "nk-casualties-2025" in app.ws.sources
        assert not any(str(cas) in str(p) for p in app.ws.errors)


async def test_no_look_while_a_dialog_is_open(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        (sample_ws / "sources" / "zz-new-note.yaml").write_text(NEW_NOTE)
        await look(pilot)
        assert "zz-new-note" not in app.ws.sources
        await pilot.press("escape")
        await look(pilot)
        assert "zz-new-note" in app.ws.sources
        assert any("zz-new-note/t1" == f"{s.id}/{it.id}" for s, it in library(pilot).shown_items())
