"""The main screen at 80x24 in each theme briefer ships (plain ``def`` tests:
``snap_compare`` runs its own event loop). A new bundled theme fails the first test until
it has a snapshot here too.

Update after an intended change: ``pytest tests/tui/test_theme_snapshots.py
--snapshot-update`` (then look at the SVGs under ``__snapshots__`` before committing them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tuihelp import WEEKLY, ready

from briefer import model as m
from briefer import paths
from briefer.themes import load_theme
from briefer.tui.app import make_app

SHIPPED = ["briefer-console", "briefer-dark", "briefer-light"]


def test_every_shipped_theme_has_a_snapshot() -> None:
    assert sorted(load_theme(p).name for p in paths.themes_dir().glob("*.yaml")) == SHIPPED


@pytest.mark.parametrize("theme", SHIPPED)
def test_main_80x24_in_theme(theme: str, sample_ws: Path, snap_compare) -> None:  # noqa: ANN001
    app = make_app(sample_ws / WEEKLY, config=m.Config(theme=theme))

    async def loaded_in_theme(pilot) -> None:  # noqa: ANN001
        await ready(pilot)
        assert app.theme == theme  # set on mount, before the first frame

    assert snap_compare(app, terminal_size=(80, 24), run_before=loaded_in_theme)
