"""#11 in the TUI at 80x24: what exists only in memory (text typed in an open dialog, a
brief that could not be saved) is written to a recovery record by ``save_recovery`` (what
SIGTERM and SIGHUP call) and offered at the next start; keys typed while the app starts
never reach a binding."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from textual.widgets import Button, Input, TextArea
from tuihelp import WEEKLY, goto, on_disk, ready, type_text

from briefer import recovery
from briefer.tui.app import make_app
from briefer.tui.screens.dialogs import ChoiceDialog, TextDialog
from briefer.workspace import Workspace

SIZE = (80, 24)


async def choose(pilot, key: str) -> None:  # noqa: ANN001
    screen = pilot.app.screen
    assert isinstance(screen, ChoiceDialog)
    screen.query_one(f"#choice-{key}", Button).press()
    await pilot.pause()
    await pilot.pause()


async def test_text_typed_in_a_dialog_is_offered_at_the_next_start(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    before = on_disk(path)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 0, 1))
        await pilot.press("t")  # a new prose entry after entry 2
        await type_text(pilot, "typed before the hangup")
        record = app.save_recovery()  # what SIGHUP does before the app exits
        assert record is not None and record.is_file()
    assert on_disk(path) == before  # nothing was saved into the brief
    rec = recovery.read(path)
    assert rec is not None and rec.dialog == "typed before the hangup"
    assert rec.target == "prose 0 1" and rec.yaml is None

    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        offer = app.screen
        assert isinstance(offer, ChoiceDialog)
        assert "text typed in a new prose entry" in offer.message
        await choose(pilot, "restore")
        dialog = app.screen
        assert isinstance(dialog, TextDialog)  # the dialog is back, with the text in it
        assert dialog.query_one(TextArea).text == "typed before the hangup"
        await pilot.press("ctrl+s")
        await pilot.pause()
    entries = on_disk(path).sections[0].entries
    assert entries[2].text == "typed before the hangup"  # where it was being added
    assert recovery.read(path) is None  # restored: the record is gone


async def test_a_failed_save_is_recovered_with_a_warning(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        os.chmod(sample_ws, 0o555)  # the save's temp file cannot be made
        try:
            await goto(pilot, ("entry", 0, 1))
            await pilot.press("x")  # in memory only: the save fails
            await pilot.pause()
        finally:
            os.chmod(sample_ws, 0o755)
        if app.session is None or not app.session.dirty:
            pytest.skip("this user can write to a read-only folder (root without caps?)")
        removed = app.session.text
    rec = recovery.read(path)
    assert rec is not None and rec.yaml == removed  # written after the failed save
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # changed since

    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        offer = app.screen
        assert isinstance(offer, ChoiceDialog)
        assert "changes to the brief that were not saved" in offer.message
        assert "was changed on disk since" in offer.message
        await choose(pilot, "restore")
        assert len(on_disk(path).sections[0].entries) == 3  # the removal restored
        assert recovery.read(path) is None


async def test_declined_recovery_is_discarded(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    recovery.write(path, dialog="an old draft", target="bluf")
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert "text typed in the BLUF" in app.screen.message  # type: ignore[attr-defined]
        await choose(pilot, "discard")
        assert not isinstance(app.screen, TextDialog)
    assert recovery.read(path) is None
    assert path.read_bytes() == before


async def test_nothing_in_memory_writes_no_record(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("t")  # a dialog with nothing typed
        assert app.save_recovery() is None
    assert recovery.read(path) is None


def slow_load(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold the workspace load until the returned event is set."""
    go = threading.Event()
    real = Workspace.load

    def load(root: Path) -> Workspace:
        go.wait(30)
        return real(root)

    monkeypatch.setattr(Workspace, "load", staticmethod(load))
    return go


async def test_keys_typed_while_starting_trigger_no_binding(
    sample_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sample_ws / WEEKLY
    go = slow_load(monkeypatch)
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"zebx")  # b: the BLUF editor, x: remove
        go.set()
        await ready(pilot)
        await pilot.pause()
        assert not isinstance(app.screen, TextDialog)
        assert any(
            "4 keys typed while briefer was starting were ignored" in n for n in app.messages
        )
        assert not any("still loading" in n for n in app.messages)
    assert path.read_bytes() == before


async def test_slash_typed_while_starting_filters(
    sample_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    go = slow_load(monkeypatch)
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"/zebrafinch")
        go.set()
        await ready(pilot)
        await pilot.pause()
        assert not isinstance(app.screen, TextDialog)
        box = app.main_screen.query_one("#filter", Input)
        assert box.value == "zebrafinch"
        assert box.has_focus
