"""What the first frame is spared (#18): imports of screens not on it, a second parse of
every stylesheet for the theme, cyclic GC during the start. Behaviour must not change."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from tuihelp import ready

from briefer.tui.app import make_app

SIZE = (80, 24)


def test_starting_imports_no_screen_that_is_not_on_the_first_frame() -> None:
    code = (
        "import sys, briefer.cli.tui, briefer.tui.app\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith(('briefer', 'markdown'))"
        " or 'textual.widgets._markdown' in m)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "briefer.tui.app" in out and "briefer.tui.screens.main" in out
    for lazy in (
        "briefer.extract",  # its tables: only when an article is imported
        "briefer.tui.screens.preview",
        "briefer.tui.screens.review",
        "briefer.tui.screens.export",
        "briefer.tui.screens.help",
        "briefer.tui.screens.themes",
        "briefer.tui.screens.checks",
        "briefer.tui.screens.history",
        "briefer.editions.history",
        "textual.widgets._markdown",
        "markdown_it",
        # the core the first frame does not need: imported when the checks run, a
        # source's detail is shown or a citation is copied, after the first frame
        "briefer.checks",
        "briefer.citation",
        "briefer.document",
        "briefer.tradecraft",
        # what follows the loaded brief and the dialogs: imported once used (#18, round 3)
        "briefer.session",
        "briefer.recovery",
        "briefer.template",
        "briefer.tui.locking",
        "briefer.tui.saving",
        "briefer.tui.editor",
        "briefer.tui.screens.dialogs",
        "briefer.tui.screens.importer",
        "briefer.tui.screens.briefs",
    ):
        assert lazy not in out, lazy


async def test_the_workspace_is_read_after_the_first_frame(
    sample_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The load's thread starts once the first frame is shown (on_ready), so it does not
    share the CPU with drawing it; keys typed meanwhile are still held (test_wiring)."""
    from briefer.workspace import Workspace

    app = make_app(sample_ws)
    seen: list[float | None] = []
    real = Workspace.load.__func__  # type: ignore[attr-defined]

    def load(cls: type[Workspace], path: Path, **kwargs: bool) -> Workspace:
        seen.append(app.first_frame_at)
        return real(cls, path, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Workspace, "load", classmethod(load))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.session is not None and app.session.is_open
    assert len(seen) == 1 and seen[0] is not None


async def test_cyclic_gc_turned_off_for_the_start_is_back_on_after_frame_and_load(
    sample_ws: Path,
) -> None:
    gc.disable()  # as briefer's command does before it imports the app
    try:
        app = make_app(sample_ws)
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()
