"""Issue #11 "done when": the TUI starts on a workspace holding every hostile file at once (a
FIFO note, a FIFO brief, /dev/zero, link loops, 5000-digit numbers, floods…) and stays usable:
the good notes are in the library, the filter works, the brief is open, ctrl+q quits."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tuihelp import library, ready, type_text

from briefer.tui.app import make_app

_SPEC = importlib.util.spec_from_file_location(
    "hostile_ws", Path(__file__).resolve().parent.parent / "unit" / "hostile_ws.py"
)
assert _SPEC is not None and _SPEC.loader is not None
hostile_ws = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(hostile_ws)


async def test_the_tui_starts_on_hostile_files_and_stays_usable(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    _bad, good = hostile_ws.build(root)
    app = make_app(root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert set(app.ws.sources) == good
        shown = {s.id for s, _ in library(pilot).shown_items()}
        assert shown == good
        assert app.session is not None and app.session.path.name == "weekly.brief.yaml"
        await pilot.press("slash")
        await type_text(pilot, "freight")
        await pilot.press("enter")
        await pilot.pause()
        assert [f"{s.id}/{it.id}" for s, it in library(pilot).shown_items()] == ["rail/t1"]
        await pilot.press("escape")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code in (0, None)
