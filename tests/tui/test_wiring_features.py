"""The headless features of #14, #16 and #17 reached from the TUI at 80x24: portion marking
(m), the audience of an export, the sourcing statement, snapshots (s), the history (h), the
git line in the header, and browser mode (downloads, no external editor)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList
from tuihelp import WEEKLY, goto, on_disk, outline_text, ready, type_text

from briefer.editions.snapshot import snapshot_files, take_snapshot
from briefer.schema import load_brief
from briefer.servemode import EDITOR_IN_BROWSER
from briefer.tui.app import make_app
from briefer.tui.editor import run_editor
from briefer.tui.screens.export import ExportDialog
from briefer.tui.screens.history import HistoryScreen
from briefer.tui.widgets.detail import item_content
from briefer.tui.widgets.header import BriefHeader
from briefer.tui.widgets.library import LibraryList
from briefer.workspace import Workspace

SIZE = (80, 24)
TECH = "nk-tech-transfer.brief.yaml"  # marked TLP:AMBER


async def test_m_cycles_entry_and_bluf_marking(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    assert on_disk(path).sections[0].entries[1].marking is None
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 0, 1))
        await pilot.press("m")
        assert on_disk(path).sections[0].entries[1].marking == "TLP:CLEAR"
        await pilot.press("m")
        assert on_disk(path).sections[0].entries[1].marking == "TLP:GREEN"
        assert "(TLP:GREEN)" in outline_text(pilot)
        assert on_disk(path).sections[0].entries[0].marking is None  # others untouched
        await pilot.press("ctrl+z")
        assert on_disk(path).sections[0].entries[1].marking == "TLP:CLEAR"
        await goto(pilot, ("bluf",))
        await pilot.press("m")
        assert on_disk(path).bluf_marking == "TLP:CLEAR"
        assert "BLUF (TLP:CLEAR)" in outline_text(pilot)
        assert any("BLUF marking: TLP:CLEAR" in n for n in app.messages)
        await goto(pilot, ("section", 0))
        before = path.read_bytes()
        await pilot.press("m")
        assert path.read_bytes() == before
        assert any("portion marking" in n for n in app.messages)


async def test_export_for_an_audience_reports_what_was_left_out(sample_ws: Path) -> None:
    path = sample_ws / TECH
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        audience = dialog.query_one("#export-audience", OptionList)
        # only the levels below the brief's TLP:AMBER
        ids = [audience.get_option_at_index(i).id for i in range(audience.option_count)]
        assert ids == ["audience-all", "audience-TLP:CLEAR", "audience-TLP:GREEN"]
        await pilot.press("tab")
        assert audience.has_focus
        await pilot.press("down")  # TLP:CLEAR
        out = sample_ws / dialog.query_one("#export-path", Input).value
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert out.is_file()
        report = next(n for n in app.messages if n.startswith("Exported to"))
        assert "for TLP:CLEAR readers" in report
        assert "left out" in report
        assert f"{TECH}:" in report  # each omission with its place in the brief
        text = out.read_text(encoding="utf-8")
        assert "TLP:AMBER" not in text


async def test_export_without_audience_leaves_nothing_out(sample_ws: Path) -> None:
    path = sample_ws / TECH
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+e")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        report = next(n for n in app.messages if n.startswith("Exported to"))
        assert "readers" not in report


async def test_sourcing_statement_from_the_palette(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        commands = {title: run for title, _, run in app.palette_commands()}
        commands["Insert sourcing statement"]()
        await pilot.pause()
        brief = on_disk(path)
        assert brief.sections[-1].heading == "Sourcing"
        (entry,) = brief.sections[-1].entries
        assert entry.is_prose and "source" in (entry.text or "").lower()
        commands["Insert sourcing statement"]()  # a second one is refused
        await pilot.pause()
        assert [s.heading for s in on_disk(path).sections].count("Sourcing") == 1
        assert any("already has a 'Sourcing' section" in n for n in app.messages)
        await pilot.press("ctrl+z")
        assert "Sourcing" not in [s.heading for s in on_disk(path).sections]


async def test_s_takes_a_snapshot_with_a_note(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s")
        await type_text(pilot, "sent to desk")
        await pilot.press("enter")
        await pilot.pause()
        (snap,) = snapshot_files(path)
        assert "sent-to-desk" in snap.name
        assert any(f"Snapshot taken: {snap.name}" in n for n in app.messages)


async def test_h_restores_a_snapshot_as_one_undoable_step(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    ws = Workspace.load(sample_ws)
    take_snapshot(ws, load_brief(path)[0], path, "before")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 0, 1))
        await pilot.press("x")  # remove an entry: the snapshot still has it
        removed = on_disk(path)
        await pilot.press("h")
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("r")  # the snapshot is highlighted (the first line is "now")
        await pilot.pause()
        assert len(on_disk(path).sections[0].entries) == len(removed.sections[0].entries) + 1
        await pilot.press("ctrl+z")
        assert on_disk(path) == removed


async def test_h_restores_as_a_new_brief_and_opens_it(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    ws = Workspace.load(sample_ws)
    take_snapshot(ws, load_brief(path)[0], path, "old")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("h")
        await pilot.press("n")
        await pilot.pause()
        await pilot.pause()
        assert app.session is not None and app.session.path != path
        assert app.session.path.parent == path.parent
        assert app.session.path.is_file()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
async def test_header_shows_the_git_branch(sample_ws: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(sample_ws), *args], check=True, capture_output=True)

    git("init", "-q", "-b", "desk")
    git("add", ".")
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "start")
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(120, 24)) as pilot:
        await ready(pilot)
        app.check_disk()
        await app.workers.wait_for_complete()
        await pilot.pause()
        header = app.main_screen.query_one(BriefHeader)
        assert "desk" in header.content(120).plain
        assert "desk" in app.main_screen.git


async def test_export_in_a_browser_is_delivered(
    sample_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefer.tui.app as tui_app

    sent: list[Path] = []

    def deliver(app: object, out: Path) -> str:
        sent.append(out)
        return f"downloading {out.name}"

    monkeypatch.setattr(tui_app, "deliver_export", deliver)
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.export_as("md")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(sent) == 1 and sent[0].is_file()
        assert f"downloading {sent[0].name}" in app.messages


def test_no_external_editor_in_a_browser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    marker = tmp_path / "ran"
    new, message = run_editor(None, ["touch", str(marker)], "text")  # type: ignore[arg-type]
    assert (new, message) == (None, EDITOR_IN_BROWSER)
    assert not marker.exists()


UNGRADED = """\
id: zz-ungraded
title: A note nobody graded yet
kind: article
takes:
  - id: t1
    text: A claim in a note without a reliability.
    credibility: 3
"""


async def test_a_note_without_reliability_shows_as_ungraded(sample_ws: Path) -> None:
    (sample_ws / "sources" / "zz-ungraded.yaml").write_text(UNGRADED, encoding="utf-8")
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"nobody", "enter")
        await pilot.pause()
        lib = app.main_screen.query_one(LibraryList)
        src, item = lib.current
        assert src is not None and src.id == "zz-ungraded" and item is not None
        rows = "\n".join(lib.render_line(y).text for y in range(lib.size.height))
        assert "ungraded 3" in rows
        assert " F3" not in rows
        detail = item_content(src, item, []).plain  # what the detail pane shows
        assert "grade ungraded 3" in detail
        assert "Reliability: ungraded" in detail


async def test_new_keys_are_in_help_palette_and_readme(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        groups = {name: [b.key for b in keys] for name, keys in app.help_groups()}
        assert "m" in groups["Outline"]
        assert "s" in groups["Everywhere"] and "h" in groups["Everywhere"]
        titles = {title for title, _, _ in app.palette_commands()}
        assert {"Marking", "Snapshot", "History", "Insert sourcing statement"} <= titles
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "| Outline | `m` |" in readme
    assert "| Everywhere | `s` / `h` |" in readme
