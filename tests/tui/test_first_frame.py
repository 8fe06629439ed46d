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


FIRST_FRAME_MODULES = """
import asyncio, sys
from pathlib import Path
from briefer import config
from briefer.tui.app import BrieferApp, make_app
seen = []
real = BrieferApp.on_ready
def on_ready(self):
    seen.extend(m for m in sys.modules if m == "yaml" or m in (
        "briefer.schema", "briefer.walk", "briefer.yamlio", "briefer.workspace", "briefer.cache"))
    real(self)
BrieferApp.on_ready = on_ready
async def main():
    cfg, problems = config.load()
    app = make_app(Path(sys.argv[1]), config=cfg, config_problems=problems)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.session is not None or app.first_frame_at is not None
    print(" ".join(sorted(seen)) or "-")
asyncio.run(main())
"""


def test_a_second_start_draws_its_first_frame_without_the_yaml_parser(sample_ws: Path) -> None:
    """The config and theme files come from the start cache (briefer.startcache) and the
    workspace is read after the first frame: the YAML stack (~0.02 s of imports) is not
    needed before it (#18). The first start parses the themes and fills the cache."""

    def start() -> str:
        return subprocess.run(
            [sys.executable, "-c", FIRST_FRAME_MODULES, str(sample_ws)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    first, second = start(), start()
    assert "yaml" in first.split()  # parsed the theme files
    assert second == "-"
