"""Issue #19, point 7: one brief in two terminals, at 80x24. The open brief has a lock
beside it (removed on close and exit); a second briefer warns like vim's swap warning
(open anyway / cancel); the open brief follows the other terminal's saves live, and
meets them with the reload-theirs / keep-mine dialog when something here is unsaved."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Label
from tuihelp import WEEKLY, outline_text, ready

from briefer.outline import BLUF
from briefer.session import BriefSession
from briefer.session import lock as locks
from briefer.tui.app import make_app
from briefer.tui.screens.dialogs import ChoiceDialog
from briefer.workspace import Workspace

SIZE = (80, 24)


@pytest.fixture
def other_briefer(sample_ws: Path) -> Iterator[int]:
    """A live process (not this one) holding the weekly brief's lock."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    info = {
        "host": socket.gethostname(),
        "pid": child.pid,
        "user": "second-analyst",
        "started": "2026-12-03T07:00:00Z",
    }
    locks.lock_path(sample_ws / WEEKLY).write_text(json.dumps(info), encoding="utf-8")
    try:
        yield child.pid
    finally:
        child.kill()
        child.wait()


def dialog_text(screen: ChoiceDialog) -> str:
    return "\n".join(str(label.render()) for label in screen.query(Label))


async def look(pilot) -> None:  # noqa: ANN001
    pilot.app.check_disk()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_lock_held_while_open_and_removed_on_close_and_exit(sample_ws: Path) -> None:
    brief = sample_ws / WEEKLY
    app = make_app(brief)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        info = locks.read(brief)
        assert info is not None and info.is_mine
        app.session.close()
        await pilot.pause()
        assert not locks.lock_path(brief).exists()
        app.session.open(brief)
        await pilot.pause()
        assert locks.read(brief) is not None
    assert not locks.lock_path(brief).exists()  # the app ended


async def test_second_open_warns_and_can_open_anyway(sample_ws: Path, other_briefer: int) -> None:
    brief = sample_ws / WEEKLY
    app = make_app(brief)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog)
        text = dialog_text(dialog)
        assert "open in another briefer" in text
        assert "second-analyst" in text and str(other_briefer) in text
        await pilot.press("enter")  # "Open anyway" has the focus
        await pilot.pause()
        assert app.session.is_open and app.session.path == brief
        assert locks.read(brief).is_mine
    assert not locks.lock_path(brief).exists()


async def test_second_open_can_be_cancelled(sample_ws: Path, other_briefer: int) -> None:
    brief = sample_ws / WEEKLY
    app = make_app(brief)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert not app.session.is_open
        assert any("not opened" in m for m in app.messages)
    held = locks.read(brief)
    assert held is not None and held.pid == other_briefer  # theirs, untouched


async def test_the_other_terminals_save_shows_up_live(sample_ws: Path) -> None:
    brief = sample_ws / WEEKLY
    app = make_app(brief)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        other = BriefSession(Workspace.load(sample_ws))
        other.open(brief)
        other.set_text(BLUF, "Shell deliveries will very likely slow in 2027.")
        await look(pilot)
        assert app.session.brief.bluf == "Shell deliveries will very likely slow in 2027."
        assert "very likely slow in 2027" in outline_text(pilot)
        assert any("changed on disk" in m and "reloaded" in m for m in app.messages)
        assert not isinstance(app.screen, ChoiceDialog)


async def test_an_unsaved_change_meets_theirs_in_the_dialog(sample_ws: Path) -> None:
    brief = sample_ws / WEEKLY
    app = make_app(brief)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.session._open.dirty = True  # an edit that could not be saved yet
        other = BriefSession(Workspace.load(sample_ws))
        other.open(brief)
        other.set_text(BLUF, "Theirs.")
        await look(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog)
        assert "changed" in dialog_text(dialog)
        assert app.session.brief.bluf != "Theirs."
