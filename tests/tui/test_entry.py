"""Entry points of make_app and the safety net for internal errors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from tuihelp import WEEKLY, on_disk, outline_text, ready

from briefer import paths
from briefer.errors import BrieferError
from briefer.tui.app import make_app
from briefer.tui.screens.briefs import NewBriefDialog
from briefer.tui.screens.main import MainScreen
from briefer.workspace import Workspace


async def test_workspace_opens_newest_brief_and_file_opens_that_brief(sample_ws: Path) -> None:
    older, newer = sample_ws / WEEKLY, sample_ws / "nk-tech-transfer.brief.yaml"
    os.utime(older, (1_000_000, 1_000_000))
    for target, opened in ((sample_ws, newer), (older, older)):
        app = make_app(target)
        assert app.session is None  # nothing is read before the app runs
        async with app.run_test(size=(80, 24)) as pilot:
            await ready(pilot)
            assert app.session is not None and app.session.path == opened
    with pytest.raises(BrieferError, match=r"missing\.brief\.yaml: no such brief \(briefer new "):
        make_app(sample_ws / "missing.brief.yaml")


async def test_demo_is_a_temporary_copy() -> None:
    app = make_app(demo=True)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await ready(pilot)
            assert app.ws.root != paths.sample_workspace()
            sample = Workspace.load(paths.sample_workspace())
            assert set(app.ws.sources) == set(sample.sources)
            assert app.session is not None and app.session.path.parent == app.ws.root
    finally:
        shutil.rmtree(app.root.parent)


async def test_workspace_without_brief_offers_to_create(tmp_path: Path, sample_ws: Path) -> None:
    ws = tmp_path / "empty"
    shutil.copytree(sample_ws / "sources", ws / "sources")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert app.session is not None and not app.session.is_open
        assert isinstance(app.screen, NewBriefDialog)
        await pilot.press("W", "k", "enter")
        assert on_disk(ws / "wk.brief.yaml").title == "Wk"
        assert app.session.path == ws / "wk.brief.yaml"


def test_internal_error_is_logged_not_shown_as_traceback(
    sample_ws: Path, monkeypatch, capfd
) -> None:  # noqa: ANN001
    def boom(self: MainScreen) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(MainScreen, "action_add", boom)
    app = make_app(sample_ws / WEEKLY)

    async def press_a(pilot) -> None:  # noqa: ANN001
        await ready(pilot)
        await pilot.press("a")

    app.run(headless=True, size=(80, 24), auto_pilot=press_a)
    assert app.return_code == 1
    log = paths.cache_dir() / "crash.log"
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")
    shown = capfd.readouterr()
    assert "internal error" in shown.err + shown.out
    assert "Traceback" not in shown.err + shown.out


async def test_themes_from_files(sample_ws: Path, monkeypatch) -> None:  # noqa: ANN001
    from briefer import model as m

    async def theme_of(app) -> str:  # noqa: ANN001
        async with app.run_test(size=(80, 24)) as pilot:
            await ready(pilot)
            return str(app.theme)

    monkeypatch.setenv("TERM", "xterm-256color")
    app = make_app(sample_ws, config=m.Config(theme="briefer-light"))
    assert await theme_of(app) == "briefer-light" and not app.theme_messages
    assert "take-color" in app.get_css_variables()
    app = make_app(sample_ws, config=m.Config(theme="no-such-theme"))
    assert await theme_of(app) == "briefer-dark" and "no-such-theme" in app.theme_messages[0]
    monkeypatch.setenv("TERM", "linux")
    assert await theme_of(make_app(sample_ws)) == "briefer-console"


async def test_a_bug_in_the_renderer_keeps_the_app_running(sample_ws: Path, monkeypatch) -> None:  # noqa: ANN001
    import briefer.render

    def broken(*args: object) -> str:
        raise ZeroDivisionError("renderer bug")

    monkeypatch.setattr(briefer.render, "render_markdown", broken)
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("p")
        assert app.is_running and isinstance(app.screen, MainScreen)
        await pilot.press("down", "a")  # still editing, still saving
        assert len(on_disk(sample_ws / WEEKLY).sections[0].entries) == 5
    assert "renderer bug" in (paths.cache_dir() / "crash.log").read_text(encoding="utf-8")


async def test_console_theme_runs(sample_ws: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("TERM", "linux")
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("down", "e", "escape")
        assert app.theme == "briefer-console" and app.is_running


async def test_theme_switch_redraws_library(sample_ws: Path) -> None:
    from briefer.tui.widgets.library import LibraryList

    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        lib = app.screen.query_one(LibraryList)
        await pilot.pause()
        before = lib.render_line(1)
        app.theme = "briefer-light"
        await pilot.pause()
        after = lib.render_line(1)
        assert before.text == after.text
        assert [s.style for s in before] != [s.style for s in after]


def test_preview_markdown_for_the_viewer() -> None:
    from briefer.tui.screens.preview import for_viewer

    text = (
        '---\ntitle: "x"\n---\n\nSee \\[^not-a-note\\] and a note.[^a.b]\n\n[^a.b]: The source.\n'
    )
    out = for_viewer(text, "Title [with] *stars*", "Sub")
    assert out.startswith("# Title \\[with\\] \\*stars\\*\n\n*Sub*\n\n")
    assert "title:" not in out and "[^" not in out.replace("\\[^not-a-note", "")
    assert "a note. \\[1\\]" in out and "**[1]** The source." in out
    assert "\\[^not-a-note\\]" in out  # escaped text from a note is left alone


async def test_a_workspace_that_cannot_load_says_so(sample_ws: Path, monkeypatch) -> None:  # noqa: ANN001
    from briefer.workspace import Workspace  # the load's thread imports it from there

    def broken(root: Path) -> None:
        raise BrieferError(f"{root}: the disk went away")

    monkeypatch.setattr(Workspace, "load", broken)
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.session is None and app.is_running
        assert any("the disk went away" in m for m in app.messages)
        await pilot.press("t")  # an edit key: says why nothing happens, no crash
        assert app.messages[-1].startswith("The workspace could not be loaded:")
        shown = outline_text(pilot)
        assert "Cannot load" in shown and "the disk went away" in shown
