"""Nothing lost: another writer's changes survive, failed saves keep the edit, quitting asks."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from tuihelp import WEEKLY, goto, on_disk, outline_text, ready, refs

from briefer.session import BriefSession, sibling_path
from briefer.tui.app import make_app
from briefer.tui.screens.dialogs import ChoiceDialog, LineDialog
from briefer.tui.widgets.header import BriefHeader
from briefer.workspace import Workspace

SIZE = (100, 30)


def _theirs(path: Path) -> str:
    """Another program edits the brief behind briefer's back."""
    text = path.read_text(encoding="utf-8").replace(
        "title: North Korea's support to Russia's war", "title: Edited by someone else"
    )
    path.write_text(text, encoding="utf-8")
    return text


async def test_external_change_keep_mine_saves_beside_theirs(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        theirs = _theirs(path)
        await goto(pilot, ("entry", 0, 0))
        await pilot.press("x")  # an edit: the save must not overwrite theirs
        assert isinstance(app.screen, ChoiceDialog)
        assert "changed" in app.screen.message
        assert path.read_text(encoding="utf-8") == theirs
        assert "UNSAVED" in str(app.screen_stack[0].query_one(BriefHeader).render())
        offered = sibling_path(path)
        assert offered.name in app.screen.message
        await pilot.click("#choice-mine")
        assert path.read_text(encoding="utf-8") == theirs
        kept = on_disk(offered)
        assert kept.title == "North Korea's support to Russia's war"
        assert len(kept.sections[0].entries) == 3
        assert app.session.path == offered and not app.session.dirty
        # later edits go to the new file, never to theirs
        await pilot.press("x")
        assert len(on_disk(offered).sections[0].entries) == 2
        assert path.read_text(encoding="utf-8") == theirs


async def test_external_change_reload_theirs(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        theirs = _theirs(path)
        await goto(pilot, ("entry", 0, 0))
        await pilot.press("x")
        await pilot.click("#choice-theirs")
        assert path.read_text(encoding="utf-8") == theirs
        assert app.session.brief.title == "Edited by someone else"
        assert len(app.session.brief.sections[0].entries) == 4
        assert "Edited by someone else" in str(app.screen.query_one(BriefHeader).render())
        await pilot.press("ctrl+z")  # history was dropped with our version
        assert path.read_text(encoding="utf-8") == theirs


async def test_read_only_brief_keeps_edit_and_offers_save_as(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    before = path.read_text(encoding="utf-8")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("section", 2))
        await pilot.press("n")
        await pilot.press("N", "e", "w", "enter")
        assert isinstance(app.screen, ChoiceDialog)
        assert "read-only" in app.screen.message
        assert app.screen.title_text == "Could not save"
        assert path.read_text(encoding="utf-8") == before
        # the edit is still in the outline (memory and screen)
        assert [s.heading for s in app.session.brief.sections][-1] == "New"
        assert "New" in outline_text(pilot)
        assert "UNSAVED" in str(app.screen_stack[0].query_one(BriefHeader).render())
        await pilot.click("#choice-saveas")
        assert isinstance(app.screen, LineDialog)
        target = sample_ws / "copy.brief.yaml"
        app.screen.query_one("#dialog-input").value = str(target)
        await pilot.press("enter")
        assert [s.heading for s in on_disk(target).sections][-1] == "New"
        assert app.session.path == target and not app.session.dirty
        assert path.read_text(encoding="utf-8") == before


async def test_quit_with_unsaved_work_asks(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    path.chmod(0o444)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 0, 0))
        await pilot.press("x", "escape")  # dismiss the save-failure dialog
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ChoiceDialog) and "not saved" in app.screen.message
        await pilot.press("escape")  # cancel: still running, edit still there
        assert app.is_running and len(app.session.brief.sections[0].entries) == 3
        await pilot.press("ctrl+q")
        await pilot.click("#choice-discard")
    assert app.return_code == 0


def test_session_never_saves_over_a_changed_file(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    session = BriefSession(Workspace.load(sample_ws))
    session.open(path)
    theirs = _theirs(path)
    session.outline.set_bluf("mine")
    from briefer.errors import ChangedOnDisk

    with pytest.raises(ChangedOnDisk, match="changed on disk"):
        session.save()
    assert session.dirty and path.read_text(encoding="utf-8") == theirs
    target = session.keep_mine()
    assert on_disk(target).bluf == "mine" and target.name == "nk-russia-weekly-mine.brief.yaml"
    assert sibling_path(path) == sample_ws / "nk-russia-weekly-mine-2.brief.yaml"
    assert refs(on_disk(path), 0) == refs(on_disk(target), 0)
